/**
 * Request checks and the bounded top-k selection shared by the FTS5 engine's views (documents,
 * resolutions, commitments): one paging rule, date range and ranking loop for all of them.
 */
import { QueryError } from '../search-engine.ts';

// The date range is shared with the Meilisearch engine (../date-range.ts).
export { checkDate, checkRange, outOfRange, undatedLeftOut, type DateRange } from '../date-range.ts';
export const MAX_PER_PAGE = 100;
export const MAX_WINDOW = 10_000;

export interface Paging {
  page: number;
  perPage: number;
  /** Entries needed to fill pages 1..page. */
  k: number;
  /** First entry of the page. */
  offset: number;
}

export function checkPaging(page: number | undefined, perPage: number | undefined, defPer = 20): Paging {
  const p = page ?? 1;
  const pp = perPage ?? defPer;
  if (!Number.isInteger(p) || p < 1) throw new QueryError('page must be an integer ≥ 1');
  if (!Number.isInteger(pp) || pp < 1 || pp > MAX_PER_PAGE)
    throw new QueryError(`perPage must be an integer in 1..${MAX_PER_PAGE}`);
  if (p * pp > MAX_WINDOW) throw new QueryError(`results beyond ${MAX_WINDOW} cannot be paged`);
  return { page: p, perPage: pp, k: p * pp, offset: (p - 1) * pp };
}

export function checkValues(v: unknown, name: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new QueryError(`filter ${name} must be a list of strings`);
  return v as string[];
}

/** Facet filters of a request as (facet index, values), skipping empty ones. */
export function facetFilters(spec: readonly (readonly [facet: number, values: unknown, name: string])[]): {
  facet: number;
  values: string[];
}[] {
  const out: { facet: number; values: string[] }[] = [];
  for (const [facet, v, name] of spec) {
    const vals = checkValues(v, name);
    if (vals.length > 0) out.push({ facet, values: vals });
  }
  return out;
}

export function elapsedMs(t0: number): number {
  return Math.round((performance.now() - t0) * 100) / 100;
}

/**
 * Indices of the `k` best of `n` entries in order: ascending `keys[i]`, ties by `tie(a, b)`
 * (which must be a total order). A bounded max-heap: O(n log k), one comparison with the heap
 * root for most entries, no sort of the whole result set.
 */
export function topK(n: number, k: number, keys: Float64Array, tie: (a: number, b: number) => number): number[] {
  const cmp = (a: number, b: number) => keys[a]! - keys[b]! || tie(a, b);
  const heap: number[] = [];
  const down = (i: number) => {
    const m = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= m) return;
      let c = l;
      if (l + 1 < m && cmp(heap[l + 1]!, heap[l]!) > 0) c = l + 1;
      if (cmp(heap[c]!, heap[i]!) <= 0) return;
      const t = heap[c]!;
      heap[c] = heap[i]!;
      heap[i] = t;
      i = c;
    }
  };
  if (k <= 0) return [];
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let j = heap.length - 1; j > 0;) {
        const p = (j - 1) >> 1;
        if (cmp(heap[j]!, heap[p]!) <= 0) break;
        const t = heap[j]!;
        heap[j] = heap[p]!;
        heap[p] = t;
        j = p;
      }
    } else if (keys[i]! <= keys[heap[0]!]! && cmp(i, heap[0]!) < 0) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(cmp);
}
