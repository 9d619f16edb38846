/**
 * In-memory columnar copy of the per-item facet rows (`doc_facets`, `res_facets` tables) for
 * exact facet counting and filtering over large result sets: each item's values are a run of
 * integer value ids in one Int32Array, so counting N matches is N short loops with no SQL,
 * object allocation or JSON parsing. It is rebuilt from SQLite on open (or when another
 * connection changed the database) and updated in place by the engine's own writes.
 */

function grow<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  arr: T,
  need: number,
): T {
  if (need <= arr.length) return arr;
  let n = arr.length || 16;
  while (n < need) n *= 2;
  const next = new (arr.constructor as new (n: number) => T)(n);
  next.set(arr);
  return next;
}

/** Dictionary of facet values: id → (facet index, text). */
export class FacetValues {
  private ids = new Map<string, number>();
  facetOf = new Uint8Array(1024);
  text: string[] = [];

  get size(): number {
    return this.text.length;
  }
  /** Register a value with a known id (ids are dense small integers from SQLite). */
  add(id: number, facet: number, value: string): void {
    this.ids.set(`${facet}\u0000${value}`, id);
    this.facetOf = grow(this.facetOf, id + 1);
    this.facetOf[id] = facet;
    while (this.text.length <= id) this.text.push('');
    this.text[id] = value;
  }
  id(facet: number, value: string): number | undefined {
    return this.ids.get(`${facet}\u0000${value}`);
  }
  clear(): void {
    this.ids.clear();
    this.facetOf = new Uint8Array(1024);
    this.text = [];
  }
}

/**
 * Items (documents or resolutions) with their facet value ids and a date number. Items are
 * addressed by slot; `slotOf` maps an external key to a slot (identity for dense keys).
 */
export class FacetItems {
  private start = new Int32Array(1024);
  private len = new Uint16Array(1024);
  date = new Int32Array(1024);
  alive = new Uint8Array(1024);
  vals = new Int32Array(8192);
  private used = 0;
  private keys = new Map<number, number>();
  private slots = 0;
  /** Number of live items. */
  count = 0;
  /** Slot → key, for sparse keys. */
  private keyOfSlot = new Float64Array(1024);

  constructor(private readonly dense: boolean) {}

  /** Slot for a key, or -1 when the key has no item. */
  slotOf(key: number): number {
    if (this.dense) return key < this.slots && this.alive[key] ? key : -1;
    const s = this.keys.get(key);
    return s === undefined ? -1 : s;
  }
  keyOf(slot: number): number {
    return this.dense ? slot : this.keyOfSlot[slot]!;
  }
  /** Upper bound (exclusive) of slots; iterate `0..capacity` and check `alive`. */
  get capacity(): number {
    return this.slots;
  }

  set(key: number, valueIds: readonly number[], date: number): void {
    let slot = this.dense ? key : (this.keys.get(key) ?? -1);
    if (slot < 0) {
      slot = this.slots;
      this.keys.set(key, slot);
    }
    const need = Math.max(slot + 1, this.slots);
    if (need > this.start.length) {
      this.start = grow(this.start, need);
      this.len = grow(this.len, need);
      this.date = grow(this.date, need);
      this.alive = grow(this.alive, need);
      this.keyOfSlot = growF(this.keyOfSlot, need);
    }
    this.slots = need;
    if (!this.alive[slot]) this.count++;
    this.alive[slot] = 1;
    this.keyOfSlot[slot] = key;
    this.date[slot] = date;
    const n = Math.min(valueIds.length, 65535);
    // Rewrites append a fresh run; the old run is garbage until the next full load.
    this.vals = grow(this.vals, this.used + n);
    this.start[slot] = this.used;
    this.len[slot] = n;
    for (let i = 0; i < n; i++) this.vals[this.used + i] = valueIds[i]!;
    this.used += n;
  }

  remove(key: number): void {
    const slot = this.slotOf(key);
    if (slot < 0) return;
    this.alive[slot] = 0;
    this.len[slot] = 0;
    this.count--;
    if (!this.dense) this.keys.delete(key);
  }

  /** Value ids of a slot: `vals[begin(slot) .. begin(slot)+length(slot))`. */
  begin(slot: number): number {
    return this.start[slot]!;
  }
  length(slot: number): number {
    return this.len[slot]!;
  }

  clear(): void {
    this.start = new Int32Array(1024);
    this.len = new Uint16Array(1024);
    this.date = new Int32Array(1024);
    this.alive = new Uint8Array(1024);
    this.keyOfSlot = new Float64Array(1024);
    this.vals = new Int32Array(8192);
    this.used = 0;
    this.keys.clear();
    this.slots = 0;
    this.count = 0;
  }
}

function growF(arr: Float64Array<ArrayBuffer>, need: number): Float64Array<ArrayBuffer> {
  if (need <= arr.length) return arr;
  let n = arr.length || 16;
  while (n < need) n *= 2;
  const next = new Float64Array(n);
  next.set(arr);
  return next;
}

/**
 * Selection of filter values as bit masks: `bit[valueId]` has bit f set when the value is
 * selected in facet f's filter; `active` has bit f set when facet f is filtered. An item
 * passes facet f when one of its values carries bit f (OR within a facet); it passes the
 * filters when it passes every active facet (AND across facets).
 */
export interface Selection {
  bits: Uint32Array;
  active: number;
}

export function makeSelection(
  values: FacetValues,
  filters: readonly { facet: number; values: readonly string[] }[],
): Selection {
  const bits = new Uint32Array(Math.max(1, values.size));
  let active = 0;
  for (const f of filters) {
    active |= 1 << f.facet;
    for (const v of f.values) {
      const id = values.id(f.facet, v);
      if (id !== undefined) bits[id]! |= 1 << f.facet;
    }
  }
  return { bits, active };
}

/** Bits of the active facets an item fails (0 = passes all). */
export function failMask(
  items: FacetItems,
  slot: number,
  sel: Selection,
  extraVals?: { items: FacetItems; slot: number },
): number {
  if (sel.active === 0) return 0;
  let pass = 0;
  const vals = items.vals;
  for (let i = items.begin(slot), e = i + items.length(slot); i < e; i++) pass |= sel.bits[vals[i]!]!;
  if (extraVals && extraVals.slot >= 0) {
    const v2 = extraVals.items.vals;
    for (let i = extraVals.items.begin(extraVals.slot), e = i + extraVals.items.length(extraVals.slot); i < e; i++)
      pass |= sel.bits[v2[i]!]!;
  }
  return sel.active & ~pass;
}

/**
 * Count an item's values into `counts` under disjunctive faceting: with no failed facet all its
 * values count; with exactly one failed facet f only its values of facet f count (so a facet's
 * counts show what selecting another of its values would add); otherwise nothing.
 */
export function countItem(
  items: FacetItems,
  slot: number,
  fail: number,
  values: FacetValues,
  counts: Int32Array,
): void {
  const vals = items.vals;
  const b = items.begin(slot);
  const e = b + items.length(slot);
  if (fail === 0) {
    for (let i = b; i < e; i++) counts[vals[i]!]!++;
    return;
  }
  if ((fail & (fail - 1)) !== 0) return;
  const f = 31 - Math.clz32(fail);
  const facetOf = values.facetOf;
  for (let i = b; i < e; i++) {
    const v = vals[i]!;
    if (facetOf[v] === f) counts[v]!++;
  }
}
