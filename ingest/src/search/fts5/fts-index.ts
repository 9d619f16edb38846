/**
 * The open FTS5 index: the connection and its prepared statements, the in-memory mirrors
 * (facet values and items, fts-facets.ts; the vocabulary, fts-vocab.ts; documents in date
 * order) and one LRU of recent query results. Everything derived from the tables is dropped by
 * one `invalidate()`, called on every write and whenever another connection changed the file.
 */
import Database from 'better-sqlite3';
import { FacetItems, FacetValues } from './fts-facets.ts';
import { Vocabulary } from './fts-vocab.ts';
import { decodeIds } from './fts-pack.ts';
import { ALL_FACET_NAMES, FACET_INDEX, createTables, docnoOf, dropTables, openIndexDb } from './fts-schema.ts';

/** Live document slots by date (newest first, undated last) and in document order. */
export interface DateOrder {
  order: Int32Array;
  /** Number of dated documents (they come first in `order`). */
  dated: number;
  live: Int32Array;
}

/** A small LRU (Map order = recency). */
class Lru<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    if (this.max <= 0) return;
    this.map.delete(key);
    this.map.set(key, v);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  clear(): void {
    this.map.clear();
  }
}

export class FtsIndex {
  readonly values = new FacetValues();
  readonly docs = new FacetItems(true);
  readonly res = new FacetItems(false);
  readonly vocab = new Vocabulary();
  private vocabLoaded = false;
  private resLoaded = false;
  private dataVersion = -1;
  private stmts = new Map<string, Database.Statement>();
  private byDate: DateOrder | null = null;
  /** Recent query results (document matches, document marks) by key; see `cached`. */
  private results: Lru<unknown>;

  constructor(
    readonly db: Database.Database,
    cacheEntries: number,
  ) {
    // two kinds of entries (matches and marks) per cached query
    this.results = new Lru(cacheEntries * 2);
    this.load();
    // The vocabulary (typo candidates, completions, joins) is read once here rather than
    // during the first user query (~1 s per 100 000 documents).
    this.ensureVocab();
  }

  static open(file: string, cacheEntries: number): FtsIndex {
    return new FtsIndex(openIndexDb(file, Database), cacheEntries);
  }

  /** A prepared statement (prepared once per connection and schema). */
  st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** Drop every derived cache (date order, recent results). Called before any write. */
  invalidate(): void {
    this.byDate = null;
    this.results.clear();
  }

  /** A cached result, computed by `make` on a miss; `keep` decides whether a fresh one is stored. */
  cached<V>(key: string, make: () => V, keep: (v: V) => boolean = () => true): V {
    const hit = this.results.get(key) as V | undefined;
    if (hit !== undefined) return hit;
    const v = make();
    if (keep(v)) this.results.set(key, v);
    return v;
  }

  /** Reload the mirrors when another connection (a CLI reindex, another server) changed the index. */
  sync(): void {
    if (this.version() !== this.dataVersion) this.load();
  }

  /** Note the current data version after the engine's own writes (mirrors already updated). */
  wrote(): void {
    this.dataVersion = this.version();
  }

  private version(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Drop and recreate every table, then reload. */
  reset(): void {
    dropTables(this.db);
    createTables(this.db);
    this.stmts.clear();
    this.db.exec('VACUUM');
    this.load();
  }

  /**
   * Rebuild the in-memory mirrors from the database. Facet value ids are read from the
   * per-row `vids` blobs (one row per document, not one per value); resolutions load lazily.
   */
  private load(): void {
    this.values.clear();
    this.docs.clear();
    this.res.clear();
    this.resLoaded = false;
    this.vocab.clear();
    this.vocabLoaded = false;
    this.invalidate();
    const db = this.db;
    for (const r of db.prepare('SELECT vid, facet, value FROM facet_values').raw().iterate() as Iterable<
      [number, string, string]
    >) {
      const f = FACET_INDEX.get(r[1]);
      if (f !== undefined) this.values.add(r[0], f, r[2]);
    }
    for (const [docno, dnum, vids] of db.prepare('SELECT docno, dnum, vids FROM docs').raw().iterate() as Iterable<
      [number, number, Buffer]
    >)
      this.docs.set(docno, decodeIds(vids), dnum);
    this.wrote();
  }

  get resReady(): boolean {
    return this.resLoaded;
  }

  ensureRes(): void {
    if (this.resLoaded) return;
    this.res.clear();
    for (const [rowid, vids] of this.db.prepare('SELECT rowid, vids FROM res').raw().iterate() as Iterable<
      [number, Buffer]
    >) {
      const dslot = this.docs.slotOf(docnoOf(rowid));
      this.res.set(rowid, decodeIds(vids), dslot >= 0 ? this.docs.date[dslot]! : 0);
    }
    this.resLoaded = true;
  }

  get vocabReady(): boolean {
    return this.vocabLoaded;
  }

  ensureVocab(): Vocabulary {
    if (this.vocabLoaded) return this.vocab;
    this.vocab.clear();
    for (const [term, doc] of this.db.prepare('SELECT term, doc FROM passages_vocab').raw().iterate() as Iterable<
      [string, number]
    >)
      this.vocab.add(term, doc);
    this.vocabLoaded = true;
    return this.vocab;
  }

  /** Live document slots by date (newest first, undated last) and in document order. */
  dateOrder(): DateOrder {
    if (this.byDate) return this.byDate;
    const slots: number[] = [];
    const date = this.docs.date;
    for (let s = 0; s < this.docs.capacity; s++) if (this.docs.alive[s]) slots.push(s);
    const live = Int32Array.from(slots);
    slots.sort((a, b) => {
      const da = date[a]!;
      const db = date[b]!;
      if (da === 0 || db === 0) return da === db ? b - a : da === 0 ? 1 : -1;
      return db - da || b - a;
    });
    let dated = 0;
    while (dated < slots.length && date[slots[dated]!]! !== 0) dated++;
    this.byDate = { order: Int32Array.from(slots), dated, live };
    return this.byDate;
  }

  /** The id of a facet value, registered in `facet_values` when new. */
  valueId(facet: number, value: string): number {
    const known = this.values.id(facet, value);
    if (known !== undefined) return known;
    const name = ALL_FACET_NAMES[facet]!;
    this.st('INSERT OR IGNORE INTO facet_values(facet, value) VALUES (?, ?)').run(name, value);
    const row = this.st('SELECT vid FROM facet_values WHERE facet = ? AND value = ?').get(name, value) as {
      vid: number;
    };
    this.values.add(row.vid, facet, value);
    return row.vid;
  }

  close(): void {
    this.db.close();
    this.stmts.clear();
  }
}
