/**
 * SQLite FTS5 search engine (better-sqlite3, synchronous calls behind async methods).
 *
 * Index layout (own database file, rebuildable from the archive store):
 * - `passages` (FTS5, contentless with delete): one row per passage (a page, or ~400 words of
 *   a longer page); rowid = docno · 2^16 + passage number, so a hit's document is arithmetic.
 *   Columns hold engine terms (search keys, space-joined): `title`, `meta` (organisations,
 *   places, speakers, funding, people, Jalali year), `resol` (resolutions on that page), `body`,
 *   and `fold` (plural folds that differ from the term). BM25 weights title 10 > meta 4 =
 *   resol 4 > body 1 > fold 0.5.
 * - `passage_text`: the display text of each passage (deflated; read for the snippets of the page
 *   shown only) and its page.
 * - `res_fts` / `res`: one row per resolution (rowid = docno · 2^16 + index) and its record (deflated JSON).
 * - `docs`, `facet_values`: hit fields and facet value ids (a little-endian Int32 blob per row).
 *   The facet rows are mirrored in memory as integer runs (fts-facets.ts) so that filters and
 *   exact facet counts over any number of matches cost one pass without SQL or JSON.
 *
 * Matching (see README/DESIGN notes of the report):
 * 1. strict: every term (or its plural fold, or a concatenation of two adjacent terms, or a
 *    split of an unknown term) in one passage, every quoted phrase, AND;
 * 2. when (1) finds fewer than `relaxBelow` documents: the same with expansions — the 30 most
 *    frequent completions of the last word and typo candidates from the vocabulary (1 typo ≥ 5
 *    letters, 2 ≥ 9, same first letter, at most 8 per word);
 * 3. when still fewer: terms spread over several passages of a document, then documents
 *    matching only some terms (ranked by how many), Meilisearch's "last" strategy in spirit —
 *    but only through a term that carries meaning: not a function word (fts-stopwords.ts), not
 *    a piece of a split written word (`QueryTerm.part`). Typo candidates are never function words.
 * Tiers rank before BM25: strict results first, and a phrase match of the whole query first
 * among the best strict ones. `-word` excludes documents having it anywhere.
 *
 * Cost at 100 000 documents (see test/bench/run.ts): an expression matching more passages than
 * `rankWindow` costs one bm25 pass over the newest ones plus one rowid-only pass read back as a
 * single `group_concat` string; candidates are columnar typed arrays, filters and disjunctive
 * facet counts are one loop over them (fts-facets.ts layout), the page is chosen with a bounded
 * heap, and only the page's passages are inflated and snippeted. Large match results and the
 * phrase/exclusion marks of recent queries stay in a small LRU (dropped on any write), so paging
 * and facet refinement of a query do not go back to FTS5.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Resolution } from '../../schema.ts';
import { FacetItems, FacetValues, countItem, failMask, makeSelection, type Selection } from './fts-facets.ts';
import { queryMatcher, typoBudget } from '../fts-match.ts';
import {
  dateNumber,
  documentFacets,
  documentMetaText,
  documentPassages,
  foldTerm,
  keyTerms,
  resolutionFacets,
  resolutionMetaText,
  resolutionsOfPassage,
} from '../fts-records.ts';
import { checkDate, checkPaging, checkValues, topK } from './fts-paging.ts';
import { decodeIds, encodeIds, packText, unpackText } from './fts-pack.ts';
import { isStopTerm } from './fts-stopwords.ts';
import { Vocabulary } from './fts-vocab.ts';
import { ftsPhrase, ftsString, hasPositive, parseQuery, type ParsedQuery } from '../query-parser.ts';
import {
  FACETS,
  QueryError,
  type FacetCounts,
  type FacetName,
  type ResolutionHit,
  type ResolutionSearchRequest,
  type ResolutionSearchResponse,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type SortOrder,
} from '../search-engine.ts';
import { buildSnippet } from '../snippet.ts';

const SCHEMA_VERSION = '3';
/** rowid = docno * ROW_SPAN + passage (or resolution) number. */
const ROW_SPAN = 65536;
const MAX_PASSAGES = ROW_SPAN;
const TOKENIZE = `unicode61 remove_diacritics 0 categories 'L* N* Co M*' tokenchars '.'`;
const PASSAGE_WEIGHTS = '10.0, 4.0, 4.0, 1.0, 0.5';
const RES_WEIGHTS = '1.0, 3.0, 0.5';

/** Facets of the resolution view, after the document facets in the shared value dictionary. */
const RES_RESPONSIBLE = FACETS.length; // 7
const RES_FUNDING = FACETS.length + 1; // 8
const ALL_FACET_NAMES = [...FACETS, 'res_responsible', 'res_funding'] as const;
const FACET_INDEX = new Map<string, number>(ALL_FACET_NAMES.map((f, i) => [f, i]));

export interface SqliteFts5EngineOptions {
  /** Database file of the index (created if missing), e.g. `DATA_DIR/search.db`. */
  path: string;
  /** Most values listed per facet (selected values are always listed). Default 100. */
  maxValuesPerFacet?: number;
  /** Expansions and relaxed matching apply while fewer documents than this match. Default 10. */
  relaxBelow?: number;
  /** Most typo candidates per query term. Default 8. */
  maxTypoCandidates?: number;
  /**
   * BM25 is computed for at most this many matching passages per expression (the newest);
   * further matches count (totals, facets) and sort by date. Default 2000.
   */
  rankWindow?: number;
  /** Recent large match results kept in memory (LRU, dropped on any write); 0 disables. Default 16. */
  matchCacheEntries?: number;
}

/** Matches smaller than this are cheap to recompute and are not cached. */
const MATCH_CACHE_MIN_DOCS = 512;

/** Completions of the last query word tried (most frequent first). */
const MAX_PREFIX_TERMS = 30;

/** Documents matching one FTS5 expression, newest first (columnar: result sets can hold most of the archive). */
interface Match {
  n: number;
  docno: Int32Array;
  /** Best (lowest) bm25 of the document's passages in the window; 0 beyond it. */
  score: Float64Array;
  /** rowid of the best passage (the newest matching one beyond the window). */
  row: Float64Array;
  /** 1 for matches in the BM25 window, 0 beyond it. */
  ranked: Uint8Array;
}

/** Candidate documents of a query, columnar. `tier` ranks before the BM25 score. */
interface Cands {
  n: number;
  docno: Int32Array;
  tier: Float64Array;
  score: Float64Array;
  row: Float64Array;
}

interface Candidate {
  docno: number;
  tier: number;
  score: number;
  row: number;
}

function emptyMatch(cap: number): Match {
  return {
    n: 0,
    docno: new Int32Array(cap),
    score: new Float64Array(cap),
    row: new Float64Array(cap),
    ranked: new Uint8Array(cap),
  };
}

function newCands(cap: number): Cands {
  return {
    n: 0,
    docno: new Int32Array(cap),
    tier: new Float64Array(cap),
    score: new Float64Array(cap),
    row: new Float64Array(cap),
  };
}

function pushCand(c: Cands, docno: number, tier: number, score: number, row: number): Cands {
  if (c.n === c.docno.length) {
    const next = newCands(Math.max(16, c.n * 2));
    next.docno.set(c.docno);
    next.tier.set(c.tier);
    next.score.set(c.score);
    next.row.set(c.row);
    next.n = c.n;
    c = next;
  }
  c.docno[c.n] = docno;
  c.tier[c.n] = tier;
  c.score[c.n] = score;
  c.row[c.n] = row;
  c.n++;
  return c;
}

/**
 * Parse a comma-separated list of non-negative integers (SQLite `group_concat(rowid)`) into
 * a Float64Array: one string crosses from SQLite to JS instead of one row per passage.
 */
function parseIntList(s: string | null): Float64Array {
  if (!s) return new Float64Array(0);
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) n++;
  const out = new Float64Array(n);
  let k = 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      out[k++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  out[k] = v;
  return out;
}

/** The FTS5 engine. */
export class SqliteFts5Engine implements SearchEngine {
  readonly name = 'sqlite' as const;
  private db: Database.Database | null = null;
  private readonly opts: Required<SqliteFts5EngineOptions>;
  private values = new FacetValues();
  private docs = new FacetItems(true);
  private res = new FacetItems(false);
  private vocab = new Vocabulary();
  private vocabLoaded = false;
  private resLoaded = false;
  private dataVersion = -1;
  private stmts: Record<string, Database.Statement> = {};
  /** Live document slots by date (newest first, undated last), built on demand. */
  private byDate: { order: Int32Array; dated: number; live: Int32Array } | null = null;
  /** Recent large `matchDocs` results by FTS5 expression (LRU order = Map order). */
  private matchCache = new Map<string, Match>();
  /** Recent `docMarks` results by limit and expression (LRU). */
  private marksCache = new Map<string, Uint8Array>();

  constructor(opts: SqliteFts5EngineOptions) {
    this.opts = {
      maxValuesPerFacet: 100,
      relaxBelow: 10,
      maxTypoCandidates: 8,
      rankWindow: 2000,
      matchCacheEntries: 16,
      ...opts,
    };
  }

  private get conn(): Database.Database {
    if (!this.db) throw new Error('SqliteFts5Engine: call init() first');
    return this.db;
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts[sql];
    if (!s) this.stmts[sql] = s = this.conn.prepare(sql);
    return s;
  }

  async init(): Promise<void> {
    if (this.db) return;
    if (this.opts.path !== ':memory:') fs.mkdirSync(path.dirname(this.opts.path), { recursive: true });
    const db = new Database(this.opts.path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    this.db = db;
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const v = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    if (v && v.value !== SCHEMA_VERSION) this.dropAll(); // derived data: rebuild with `npm run reindex`
    this.createTables();
    this.loadCaches();
    // The vocabulary (typo candidates, completions, joins) is read once here rather than
    // during the first user query (~1 s per 100 000 documents).
    this.ensureVocab();
  }

  private createTables(): void {
    this.conn.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5(
        title, meta, resol, body, fold,
        content='', contentless_delete=1, tokenize="${TOKENIZE}");
      CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages, row);
      CREATE TABLE IF NOT EXISTS passage_text (rowid INTEGER PRIMARY KEY, page INTEGER, display BLOB NOT NULL);
      CREATE VIRTUAL TABLE IF NOT EXISTS res_fts USING fts5(
        body, meta, fold, content='', contentless_delete=1, tokenize="${TOKENIZE}");
      CREATE TABLE IF NOT EXISTS res (rowid INTEGER PRIMARY KEY, record BLOB NOT NULL, vids BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        docno INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT,
        date TEXT, date_jalali TEXT, dnum INTEGER NOT NULL, organisations TEXT NOT NULL,
        province TEXT, counties TEXT NOT NULL, npassages INTEGER NOT NULL, nres INTEGER NOT NULL,
        vids BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS docs_dnum ON docs(dnum);
      CREATE TABLE IF NOT EXISTS facet_values (vid INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (facet, value));
      INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', '${SCHEMA_VERSION}');
    `);
    this.stmts = {};
  }

  private dropAll(): void {
    this.conn.exec(`
      DROP TABLE IF EXISTS passages_vocab; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS passage_text;
      DROP TABLE IF EXISTS res_fts; DROP TABLE IF EXISTS res; DROP TABLE IF EXISTS docs;
      DROP TABLE IF EXISTS facet_values; DROP TABLE IF EXISTS doc_facets; DROP TABLE IF EXISTS res_facets;`);
    this.stmts = {};
  }

  /**
   * Rebuild the in-memory mirrors from the database. Facet value ids are read from the
   * per-row `vids` blobs (one row per document, not one per value); resolutions load lazily.
   */
  private loadCaches(): void {
    const db = this.conn;
    this.values.clear();
    this.docs.clear();
    this.res.clear();
    this.resLoaded = false;
    this.vocab.clear();
    this.vocabLoaded = false;
    this.byDate = null;
    this.matchCache.clear();
    this.marksCache.clear();
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
    this.dataVersion = db.pragma('data_version', { simple: true }) as number;
  }

  private ensureRes(): void {
    if (this.resLoaded) return;
    this.res.clear();
    for (const [rowid, vids] of this.conn.prepare('SELECT rowid, vids FROM res').raw().iterate() as Iterable<
      [number, Buffer]
    >) {
      const dslot = this.docs.slotOf(Math.floor(rowid / ROW_SPAN));
      this.res.set(rowid, decodeIds(vids), dslot >= 0 ? this.docs.date[dslot]! : 0);
    }
    this.resLoaded = true;
  }

  /** Live document slots by date (newest first, undated last) and in document order. */
  private dateOrder(): { order: Int32Array; dated: number; live: Int32Array } {
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

  /** Reload the mirrors when another connection (a CLI reindex, another server) changed the index. */
  private sync(): void {
    const v = this.conn.pragma('data_version', { simple: true }) as number;
    if (v !== this.dataVersion) this.loadCaches();
  }

  private ensureVocab(): void {
    if (this.vocabLoaded) return;
    this.vocab.clear();
    for (const [term, doc] of this.conn.prepare('SELECT term, doc FROM passages_vocab').raw().iterate() as Iterable<
      [string, number]
    >)
      this.vocab.add(term, doc);
    this.vocabLoaded = true;
  }

  private valueId(facet: number, value: string): number {
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

  async index(docs: DocumentRecord[]): Promise<void> {
    this.sync();
    const db = this.conn;
    const newTerms = new Map<string, number>();
    this.byDate = null;
    this.matchCache.clear();
    this.marksCache.clear();
    const run = db.transaction((batch: DocumentRecord[]) => {
      for (const doc of batch) this.indexOne(doc, newTerms);
    });
    run(docs);
    this.dataVersion = db.pragma('data_version', { simple: true }) as number;
    if (this.vocabLoaded) for (const [t, n] of newTerms) this.vocab.add(t, n);
  }

  private deleteRows(docno: number): void {
    const row = this.st('SELECT npassages, nres FROM docs WHERE docno = ?').get(docno) as
      { npassages: number; nres: number } | undefined;
    if (!row) return;
    const base = docno * ROW_SPAN;
    const delP = this.st('DELETE FROM passages WHERE rowid = ?');
    for (let i = 0; i < row.npassages; i++) delP.run(base + i);
    this.st('DELETE FROM passage_text WHERE rowid >= ? AND rowid < ?').run(base, base + ROW_SPAN);
    const delR = this.st('DELETE FROM res_fts WHERE rowid = ?');
    for (let i = 0; i < row.nres; i++) {
      delR.run(base + i);
      this.res.remove(base + i);
    }
    this.st('DELETE FROM res WHERE rowid >= ? AND rowid < ?').run(base, base + ROW_SPAN);
  }

  private indexOne(doc: DocumentRecord, newTerms: Map<string, number>): void {
    const existing = this.st('SELECT docno FROM docs WHERE id = ?').get(doc.id) as { docno: number } | undefined;
    let docno: number;
    if (existing) {
      docno = existing.docno;
      this.deleteRows(docno);
    } else {
      const r = this.st('SELECT coalesce(max(docno), 0) + 1 AS n FROM docs').get() as { n: number };
      docno = r.n;
    }
    const passages = documentPassages(doc).slice(0, MAX_PASSAGES);
    const resolutions = doc.resolutions.slice(0, ROW_SPAN);
    const dnum = dateNumber(doc.date);
    // facets
    const facets = documentFacets(doc);
    const vids: number[] = [];
    FACETS.forEach((f, i) => {
      for (const v of facets[f]) vids.push(this.valueId(i, v));
    });
    this.st(
      `INSERT OR REPLACE INTO docs(docno, id, kind, title, date, date_jalali, dnum, organisations, province, counties, npassages, nres, vids)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ).run(
      docno,
      doc.id,
      doc.kind,
      doc.title,
      doc.date,
      doc.dateJalali,
      dnum,
      JSON.stringify(doc.organisations),
      doc.province,
      JSON.stringify(doc.counties),
      passages.length,
      resolutions.length,
      encodeIds(vids),
    );

    this.docs.set(docno, vids, dnum);

    // passages
    const seen = new Set<string>();
    const note = (terms: string[]) => {
      for (const t of terms) if (!seen.has(t)) seen.add(t);
    };
    const titleTerms = keyTerms(doc.title ?? '');
    const metaTerms = keyTerms(documentMetaText(doc));
    note(titleTerms);
    note(metaTerms);
    const titleKey = titleTerms.join(' ');
    const metaKey = metaTerms.join(' ');
    const folds = (terms: string[]) => {
      const out: string[] = [];
      for (const t of terms) {
        const f = foldTerm(t);
        if (f !== t) out.push(f);
      }
      return out;
    };
    const headFold = folds(titleTerms).concat(folds(metaTerms));
    const insP = this.st('INSERT INTO passages(rowid, title, meta, resol, body, fold) VALUES (?,?,?,?,?,?)');
    const insT = this.st('INSERT INTO passage_text(rowid, page, display) VALUES (?,?,?)');
    const base = docno * ROW_SPAN;
    const resTermsOf = new Map<Resolution, string[]>(resolutions.map((r) => [r, keyTerms(r.text)]));
    for (const p of passages) {
      const bodyTerms = keyTerms(p.display);
      const resTerms = resolutionsOfPassage(doc, passages, p).flatMap((r) => resTermsOf.get(r) ?? keyTerms(r.text));
      note(bodyTerms);
      const fold = headFold.concat(folds(resTerms), folds(bodyTerms));
      note(fold);
      insP.run(base + p.seq, titleKey, metaKey, resTerms.join(' '), bodyTerms.join(' '), fold.join(' '));
      insT.run(base + p.seq, p.page, packText(p.display));
    }
    for (const t of seen) newTerms.set(t, (newTerms.get(t) ?? 0) + 1);

    // resolutions
    const insR = this.st('INSERT INTO res_fts(rowid, body, meta, fold) VALUES (?,?,?,?)');
    const insRR = this.st('INSERT INTO res(rowid, record, vids) VALUES (?,?,?)');
    resolutions.forEach((r, i) => {
      const rowid = base + i;
      const body = resTermsOf.get(r)!;
      const meta = keyTerms(resolutionMetaText(r));
      insR.run(rowid, body.join(' '), meta.join(' '), folds(body).concat(folds(meta)).join(' '));
      const rf = resolutionFacets(r);
      const rv = [
        ...rf.responsible.map((v) => this.valueId(RES_RESPONSIBLE, v)),
        ...rf.funding.map((v) => this.valueId(RES_FUNDING, v)),
      ];
      insRR.run(rowid, packText(JSON.stringify(r)), encodeIds(rv));
      if (this.resLoaded) this.res.set(rowid, rv, dnum);
    });
  }

  async remove(ids: string[]): Promise<void> {
    this.sync();
    this.byDate = null;
    this.matchCache.clear();
    this.marksCache.clear();
    const db = this.conn;
    db.transaction(() => {
      for (const id of ids) {
        const row = this.st('SELECT docno FROM docs WHERE id = ?').get(id) as { docno: number } | undefined;
        if (!row) continue;
        this.deleteRows(row.docno);
        this.st('DELETE FROM docs WHERE docno = ?').run(row.docno);
        this.docs.remove(row.docno);
      }
    })();
    this.dataVersion = db.pragma('data_version', { simple: true }) as number;
  }

  async clear(): Promise<void> {
    this.dropAll();
    this.createTables();
    this.conn.exec('VACUUM');
    this.loadCaches();
  }

  async count(): Promise<number> {
    this.sync();
    return this.docs.count;
  }

  async close(): Promise<void> {
    if (!this.db) return;
    this.db.close();
    this.db = null;
    this.stmts = {};
  }

  // ---------------------------------------------------------------- matching

  /** FTS5 expression for one plain term: the term or its plural fold (+ expansions). */
  private termExpr(term: string, expand: { prefix: boolean; typos: boolean }, extra: Set<string>): string {
    const alts = new Set<string>([term]);
    const f = foldTerm(term);
    alts.add(f);
    const parts = [...alts].map(ftsString);
    if (expand.typos) {
      this.ensureVocab();
      for (const c of this.vocab.typoCandidates(term, typoBudget(term), this.opts.maxTypoCandidates)) {
        // a function word is never the intended spelling of a content word («برایی» ≠ «برای»)
        if (isStopTerm(c) && !isStopTerm(term)) continue;
        parts.push(ftsString(c));
        extra.add(c);
      }
    }
    if (expand.prefix && [...term].length >= 2) {
      this.ensureVocab();
      for (const c of this.vocab.prefixCandidates(term, MAX_PREFIX_TERMS)) {
        parts.push(ftsString(c));
        extra.add(c);
      }
    }
    // An unknown word may be written split in the documents («تسهیلگری» → «تسهیل گری»).
    if ([...term].length >= 5) {
      this.ensureVocab();
      if (this.vocab.freq(term) < 3) {
        const split = this.vocab.bestSplit(term);
        if (split) {
          parts.push(`(${ftsPhrase(split)})`);
          extra.add(split[0]).add(split[1]);
        }
      }
    }
    return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
  }

  /**
   * One AND-group per term, adjacent terms of a run also as their concatenation. `content`, when
   * given, receives per plain group whether a match of that group alone may make a partial match:
   * it has a term that is neither a function word nor a piece of a split written word.
   */
  private groupExprs(q: ParsedQuery, expand: boolean, extra: Set<string>, content?: boolean[]): string[] {
    const groups: string[] = [];
    const terms = q.terms;
    const counts = (t: (typeof terms)[number]) => !t.part && !isStopTerm(t.term);
    for (let i = 0; i < terms.length; i++) {
      const isLast = i === terms.length - 1;
      const e = this.termExpr(terms[i]!.term, { prefix: expand && isLast && q.prefixLast, typos: expand }, extra);
      const next = terms[i + 1];
      if (next && next.run === terms[i]!.run) {
        this.ensureVocab();
        const joined = terms[i]!.term + next.term;
        if (this.vocab.freq(joined) > 0) {
          const e2 = this.termExpr(
            next.term,
            { prefix: expand && i + 1 === terms.length - 1 && q.prefixLast, typos: expand },
            extra,
          );
          groups.push(`((${e} AND ${e2}) OR ${ftsString(joined)})`);
          content?.push(counts(terms[i]!) || counts(next));
          extra.add(joined);
          i++;
          continue;
        }
      }
      groups.push(e);
      content?.push(counts(terms[i]!));
    }
    for (const p of q.phrases) groups.push(ftsPhrase(p));
    return groups;
  }

  /**
   * Run a MATCH over passages: per document the best (lowest) bm25 and its passage.
   * BM25 is computed for the `rankWindow` most recently indexed matching passages only (one
   * pass in descending rowid order that stops there); when more passages match, the rest come
   * from a rowid-only pass (no position lists, no bm25) returned as one `group_concat` string,
   * and are marked unranked.
   */
  private matchDocs(expr: string): Match {
    const win = this.opts.rankWindow;
    const rows = this.st(
      `SELECT rowid, bm25(passages, ${PASSAGE_WEIGHTS}) FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?`,
    )
      .raw()
      .all(expr, win + 1) as [number, number][];
    let all: Float64Array | null = null;
    if (rows.length > win) {
      all = parseIntList(
        this.st('SELECT group_concat(rowid) FROM passages WHERE passages MATCH ?').pluck().get(expr) as string | null,
      );
      // FTS5 yields ascending rowids; keep the guarantee explicit rather than assumed.
      for (let i = 1; i < all.length; i++)
        if (all[i]! < all[i - 1]!) {
          all.sort();
          break;
        }
    }
    const m = emptyMatch(all ? Math.min(all.length, this.docs.capacity + 1) : rows.length);
    let n = 0;
    let last = -1;
    for (const [rowid, s] of rows) {
      const d = Math.floor(rowid / ROW_SPAN);
      if (d !== last) {
        m.docno[n] = d;
        m.score[n] = s;
        m.row[n] = rowid;
        m.ranked[n] = 1;
        n++;
        last = d;
      } else if (s < m.score[n - 1]!) {
        m.score[n - 1] = s;
        m.row[n - 1] = rowid;
      }
    }
    if (all) {
      // descending, after the rows the ranked pass already read
      for (let i = all.length - 1 - rows.length; i >= 0; i--) {
        const rowid = all[i]!;
        const d = Math.floor(rowid / ROW_SPAN);
        if (d === last) continue;
        if (n === m.docno.length) break; // cannot happen: one entry per live document
        m.docno[n] = d;
        m.score[n] = 0;
        m.row[n] = rowid;
        m.ranked[n] = 0;
        n++;
        last = d;
      }
    }
    m.n = n;
    return m;
  }

  /**
   * `matchDocs` behind a small LRU of recent expressions (dropped on any write): a user refining
   * facets, paging or re-sorting re-runs the same expression, and the very common words
   * («مقرر», «صورتجلسه») are the costly ones. Only results too large to be cheap are kept.
   */
  private runMatch(expr: string): Match {
    const cached = this.matchCache.get(expr);
    if (cached) {
      this.matchCache.delete(expr);
      this.matchCache.set(expr, cached);
      return cached;
    }
    let m: Match;
    try {
      m = this.matchDocs(expr);
    } catch (e) {
      // Terms are always quoted, so this is an engine limit (e.g. expression too complex).
      throw new QueryError(`query cannot be run: ${(e as Error).message}`);
    }
    const max = this.opts.matchCacheEntries;
    if (max > 0 && m.n >= MATCH_CACHE_MIN_DOCS) {
      this.matchCache.set(expr, m);
      while (this.matchCache.size > max) this.matchCache.delete(this.matchCache.keys().next().value!);
    }
    return m;
  }

  /**
   * Marks (by docno) of the documents with a passage matching an expression (the newest `limit`
   * passages), through the same LRU as `runMatch`: the whole-query phrase and the `-word`
   * exclusions of a repeated query cost as much as its match.
   */
  private docMarks(expr: string, limit = -1): Uint8Array {
    const max = this.opts.matchCacheEntries;
    if (max <= 0) return this.readDocMarks(expr, limit);
    const key = `${limit}\u0000${expr}`;
    let marks = this.marksCache.get(key);
    if (marks) this.marksCache.delete(key);
    else marks = this.readDocMarks(expr, limit);
    this.marksCache.set(key, marks);
    while (this.marksCache.size > max) this.marksCache.delete(this.marksCache.keys().next().value!);
    return marks;
  }

  private readDocMarks(expr: string, limit: number): Uint8Array {
    const marks = new Uint8Array(this.docs.capacity + 1);
    let s: string | null;
    try {
      s = this.st(
        'SELECT group_concat(rowid) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)',
      )
        .pluck()
        .get(expr, limit) as string | null;
    } catch (e) {
      throw new QueryError(`query cannot be run: ${(e as Error).message}`);
    }
    const ids = parseIntList(s);
    for (let i = 0; i < ids.length; i++) {
      const d = Math.floor(ids[i]! / ROW_SPAN);
      if (d < marks.length) marks[d] = 1;
    }
    return marks;
  }

  /** Documents matching the query, with tiers. */
  private candidates(q: ParsedQuery, extra: Set<string>): Cands {
    // docno → already a candidate (typed array: result sets can hold most of the archive)
    const seen = new Uint8Array(this.docs.capacity + 1);
    let out = newCands(0);
    const push = (m: Match, tier: number) => {
      if (out.n === 0 && m.n > 0) out = newCands(m.n);
      for (let i = 0; i < m.n; i++) {
        const d = m.docno[i]!;
        if (d >= seen.length || seen[d]) continue;
        seen[d] = 1;
        out = pushCand(out, d, m.ranked[i] ? tier : tier + 0.5, m.score[i]!, m.row[i]!);
      }
    };
    const strict = this.groupExprs(q, false, extra);
    push(this.runMatch(strict.join(' AND ')), 0);
    const relax = this.opts.relaxBelow;
    if (out.n < relax) {
      const content: boolean[] = [];
      const loose = this.groupExprs(q, true, extra, content);
      const looseExpr = loose.join(' AND ');
      if (looseExpr !== strict.join(' AND ')) push(this.runMatch(looseExpr), 1);
      if (out.n < relax && loose.length > 1) {
        // Terms spread over passages, then partial matches ranked by matched-term count.
        const per = new Map<
          number,
          { n: number; content: number; phrases: number; score: number; row: number; best: number }
        >();

        const plainGroups = loose.length - q.phrases.length; // phrases come last in groupExprs
        for (let g = 0; g < loose.length; g++) {
          const m = this.runMatch(loose[g]!);
          for (let i = 0; i < m.n; i++) {
            const d = m.docno[i]!;
            let e = per.get(d);
            if (!e) per.set(d, (e = { n: 0, content: 0, phrases: 0, score: 0, row: m.row[i]!, best: Infinity }));
            if (g < plainGroups) {
              e.n++;
              if (content[g]) e.content++;
            } else e.phrases++;
            e.score += m.score[i]!;
            if (m.score[i]! < e.best) {
              e.best = m.score[i]!;
              e.row = m.row[i]!;
            }
          }
        }
        for (const [d, e] of per) {
          // Quoted phrases stay required. A document with only some plain words needs one that
          // carries meaning: not only function words («که») nor only pieces of a split word.
          if ((d < seen.length && seen[d]) || e.phrases < q.phrases.length) continue;
          if (plainGroups > 0 && e.n < plainGroups && e.content === 0) continue;
          if (d < seen.length) seen[d] = 1;
          out = pushCand(out, d, 2 + (plainGroups - e.n), e.score, e.row);
        }
      }
    }
    return out;
  }

  /** Documents having the whole query as a phrase rank first among the strict matches. */
  private phraseBoost(q: ParsedQuery, cands: Cands): void {
    if (q.terms.length < 2 || cands.n < 2) return;
    // Only where BM25 ranks (the window): beyond it matches are ordered by date anyway.
    const phrase = this.docMarks(ftsPhrase(q.terms.map((t) => t.term)), this.opts.rankWindow);
    const { docno, tier } = cands;
    for (let i = 0; i < cands.n; i++) {
      const d = docno[i]!;
      if (tier[i]! < 1 && d < phrase.length && phrase[d]) tier[i]! -= 1;
    }
  }

  /** Marks (by docno) of the documents containing an excluded word or phrase; null when none. */
  private excludedDocs(q: ParsedQuery): Uint8Array | null {
    if (q.excluded.length === 0) return null;
    const expr = q.excluded
      .map((t) => (t.length === 1 ? `(${ftsString(t[0]!)} OR ${ftsString(foldTerm(t[0]!))})` : ftsPhrase(t)))
      .join(' OR ');
    return this.docMarks(expr);
  }

  // ---------------------------------------------------------------- search

  async search(req: SearchRequest): Promise<SearchResponse> {
    const t0 = performance.now();
    this.sync();
    const { page, perPage } = checkPaging(req.page, req.perPage, 20);
    const sort: SortOrder = req.sort ?? 'relevance';
    if (!['relevance', 'date_desc', 'date_asc'].includes(sort))
      throw new QueryError('sort must be relevance, date_desc or date_asc');
    const f = req.filters ?? {};
    const from = checkDate(f.from, 'from');
    const to = checkDate(f.to, 'to');
    const selFilters: { facet: number; values: string[] }[] = [];
    FACETS.forEach((name, i) => {
      const vals = checkValues(f[name], name);
      if (vals.length > 0) selFilters.push({ facet: i, values: vals });
    });
    const sel = makeSelection(this.values, selFilters);
    const q = parseQuery(req.q ?? '');
    const extra = new Set<string>();

    const positive = hasPositive(q);
    const excluded = this.excludedDocs(q);
    const counts = new Int32Array(this.values.size);
    const dates = this.docs.date;
    const k = page * perPage;
    const asc = sort === 'date_asc';
    let total = 0;
    let pageItems: Candidate[];

    if (!positive) {
      // Listing: filter and count in document order (sequential memory access: ~6× faster
      // than in date order at 100 000 documents), then walk the cached date order for the page.
      const { order, dated, live } = this.dateOrder();
      const pass = this.filterAndCount(live, live.length, excluded, from, to, sel, counts);
      total = pass.length;
      const ok = new Uint8Array(this.docs.capacity + 1);
      for (let i = 0; i < pass.length; i++) ok[pass[i]!] = 1;
      const first: number[] = [];
      const visit = (slot: number) => {
        if (ok[slot]) first.push(slot);
      };
      if (asc) {
        for (let i = dated - 1; i >= 0 && first.length < k; i--) visit(order[i]!);
        for (let i = dated; i < order.length && first.length < k; i++) visit(order[i]!);
      } else for (let i = 0; i < order.length && first.length < k; i++) visit(order[i]!);
      pageItems = first.slice((page - 1) * perPage).map((d) => ({ docno: d, tier: 0, score: 0, row: d * ROW_SPAN }));
    } else {
      const cands = this.candidates(q, extra);
      if (sort === 'relevance') this.phraseBoost(q, cands);
      const matched = this.filterAndCount(cands.docno, cands.n, excluded, from, to, sel, counts, true);
      total = matched.length;
      const docno = cands.docno;
      // candidate index → document date key: undated last either way
      const dateKey = (i: number) => {
        const d = dates[docno[i]!]!;
        if (d === 0) return 1e9;
        return asc ? d : -d;
      };
      const keys = new Float64Array(total);
      if (sort !== 'relevance') for (let j = 0; j < total; j++) keys[j] = dateKey(matched[j]!);
      else
        for (let j = 0; j < total; j++) {
          const i = matched[j]!;
          keys[j] = cands.tier[i]! * 1e7 + Math.max(-9e6, cands.score[i]!);
        }
      const order =
        sort !== 'relevance'
          ? topK(total, k, keys, (a, b) => docno[matched[b]!]! - docno[matched[a]!]!)
          : topK(
              total,
              k,
              keys,
              (a, b) => dateKey(matched[a]!) - dateKey(matched[b]!) || docno[matched[b]!]! - docno[matched[a]!]!,
            );
      pageItems = order.slice((page - 1) * perPage, k).map((j) => {
        const i = matched[j]!;
        return { docno: docno[i]!, tier: cands.tier[i]!, score: cands.score[i]!, row: cands.row[i]! };
      });
    }

    const matcher = positive ? queryMatcher(q, extra) : null;
    const hits = pageItems.map((c) => this.hit(c, matcher));
    return {
      total,
      page,
      perPage,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
      hits,
      facets: this.facetCounts(counts, selFilters),
    };
  }

  /**
   * The filter and facet-count pass over a list of document numbers, in one tight loop over
   * typed arrays: drops dead, excluded and out-of-range documents, counts facet values under
   * disjunctive faceting (see `countItem`) and returns the passing entries, in input order —
   * their positions in `list` when `positions`, otherwise the document numbers.
   */
  private filterAndCount(
    list: Int32Array,
    n: number,
    excluded: Uint8Array | null,
    from: number,
    to: number,
    sel: Selection,
    counts: Int32Array,
    positions = false,
  ): Int32Array {
    const items = this.docs;
    const dates = items.date;
    const alive = items.alive;
    const cap = items.capacity;
    const vals = items.vals;
    const facetOf = this.values.facetOf;
    const bits = sel.bits;
    const active = sel.active;
    const out = new Int32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const d = list[i]!;
      if (d >= cap || !alive[d]) continue;
      if (excluded !== null && d < excluded.length && excluded[d]) continue;
      if (from !== 0 || to !== 0) {
        const dn = dates[d]!;
        if ((from && (dn === 0 || dn < from)) || (to && (dn === 0 || dn > to))) continue;
      }
      const b = items.begin(d);
      const e = b + items.length(d);
      let fail = 0;
      if (active !== 0) {
        let pass = 0;
        for (let j = b; j < e; j++) pass |= bits[vals[j]!]!;
        fail = active & ~pass;
      }
      if (fail === 0) {
        for (let j = b; j < e; j++) counts[vals[j]!]!++;
        out[m++] = positions ? i : d;
      } else if ((fail & (fail - 1)) === 0) {
        const fct = 31 - Math.clz32(fail);
        for (let j = b; j < e; j++) {
          const v = vals[j]!;
          if (facetOf[v] === fct) counts[v]!++;
        }
      }
    }
    return out.subarray(0, m);
  }

  private hit(c: Candidate, matcher: ReturnType<typeof queryMatcher>): SearchHit {
    const d = this.st(
      'SELECT id, kind, title, date, date_jalali, organisations, province, counties FROM docs WHERE docno = ?',
    )
      .raw()
      .get(c.docno) as [
      string,
      SearchHit['kind'],
      string | null,
      string | null,
      string | null,
      string,
      string | null,
      string,
    ];
    const p = this.st('SELECT page, display FROM passage_text WHERE rowid = ?').raw().get(c.row) as
      [number | null, Buffer] | undefined;
    return {
      id: d[0],
      kind: d[1],
      title: d[2],
      date: d[3],
      dateJalali: d[4],
      organisations: JSON.parse(d[5]) as string[],
      province: d[6],
      counties: JSON.parse(d[7]) as string[],
      // only the hits of the page shown are decompressed and snippeted
      snippet: p ? buildSnippet(unpackText(p[1]), matcher) : '',
      page: p?.[0] ?? null,
      score: c.tier <= 0 ? -c.score : -c.score / (1 + c.tier),
    };
  }

  /**
   * Facet lists from the counts: most frequent first (ties by value), years newest first; the
   * top `maxValuesPerFacet` are selected with a bounded heap, not by sorting every value
   * (organisations and speakers have thousands).
   */
  private facetCounts(counts: Int32Array, selected: { facet: number; values: string[] }[]): FacetCounts {
    const lists: number[][] = FACETS.map(() => []);
    const facetOf = this.values.facetOf;
    const text = this.values.text;
    for (let v = 0; v < counts.length; v++) {
      if (counts[v]! > 0) {
        const f = facetOf[v]!;
        if (f < FACETS.length) lists[f]!.push(v);
      }
    }
    const max = this.opts.maxValuesPerFacet;
    const out = {} as FacetCounts;
    FACETS.forEach((name, i) => {
      const l = lists[i]!;
      let top: number[];
      if (name === 'year') {
        l.sort((a, b) => (text[a]! < text[b]! ? 1 : text[a]! > text[b]! ? -1 : 0));
        top = l.slice(0, max);
      } else {
        const keys = Float64Array.from(l, (v) => -counts[v]!);
        top = topK(l.length, max, keys, (a, b) => (text[l[a]!]! < text[l[b]!]! ? -1 : 1)).map((j) => l[j]!);
      }
      const list = top.map((v) => ({ value: text[v]!, count: counts[v]! }));
      // selected values are always listed (with count 0 when nothing has them)
      const listed = new Set(list.map((x) => x.value));
      for (const s of selected.find((x) => x.facet === i)?.values ?? []) {
        if (listed.has(s)) continue;
        const vid = this.values.id(i, s);
        list.push({ value: s, count: vid === undefined ? 0 : counts[vid]! });
        listed.add(s);
      }
      out[name as FacetName] = list;
    });
    return out;
  }

  // ---------------------------------------------------------------- resolutions

  async searchResolutions(req: ResolutionSearchRequest): Promise<ResolutionSearchResponse> {
    const t0 = performance.now();
    this.sync();
    const { page, perPage } = checkPaging(req.page, req.perPage, 20);
    const f = req.filters ?? {};
    const from = checkDate(f.from, 'from');
    const to = checkDate(f.to, 'to');
    const filters: { facet: number; values: string[] }[] = [];
    const add = (facet: number, v: unknown, name: string) => {
      const vals = checkValues(v, name);
      if (vals.length > 0) filters.push({ facet, values: vals });
    };
    add(RES_RESPONSIBLE, f.responsible, 'responsible');
    add(RES_FUNDING, f.funding, 'funding');
    add(FACET_INDEX.get('organisation')!, f.organisation, 'organisation');
    add(FACET_INDEX.get('county')!, f.county, 'county');
    const sel: Selection = makeSelection(this.values, filters);
    const q = parseQuery(req.q ?? '');
    this.ensureRes();
    const positive = hasPositive(q);
    const extra = new Set<string>();

    const cands: { rowid: number; tier: number; score: number }[] = [];
    if (positive) {
      const seen = new Set<number>();
      const runRes = (expr: string, tier: number) => {
        let rows: [number, number][];
        try {
          rows = this.st(`SELECT rowid, bm25(res_fts, ${RES_WEIGHTS}) FROM res_fts WHERE res_fts MATCH ?`)
            .raw()
            .all(expr) as [number, number][];
        } catch (e) {
          throw new QueryError(`query cannot be run: ${(e as Error).message}`);
        }
        for (const [rowid, score] of rows) {
          if (seen.has(rowid)) continue;
          seen.add(rowid);
          cands.push({ rowid, tier, score });
        }
      };
      const strict = this.groupExprs(q, false, extra).join(' AND ');
      runRes(strict, 0);
      if (cands.length < this.opts.relaxBelow) {
        const loose = this.groupExprs(q, true, extra).join(' AND ');
        if (loose !== strict) runRes(loose, 1);
      }
    } else {
      for (let s = 0; s < this.res.capacity; s++)
        if (this.res.alive[s]) cands.push({ rowid: this.res.keyOf(s), tier: 0, score: 0 });
    }
    const excludedDocs = this.excludedDocs(q);
    const counts = new Int32Array(this.values.size);
    const matched: typeof cands = [];
    for (const c of cands) {
      const slot = this.res.slotOf(c.rowid);
      if (slot < 0) continue;
      const docno = Math.floor(c.rowid / ROW_SPAN);
      if (excludedDocs !== null && docno < excludedDocs.length && excludedDocs[docno]) continue;
      const dn = this.res.date[slot]!;
      if ((from && (dn === 0 || dn < from)) || (to && (dn === 0 || dn > to))) continue;
      const fail = failMask(this.res, slot, sel, { items: this.docs, slot: this.docs.slotOf(docno) });
      countItem(this.res, slot, fail, this.values, counts);
      if (fail === 0) matched.push(c);
    }
    const k = page * perPage;
    const dateKey = (c: (typeof cands)[number]) => {
      const d = this.res.date[this.res.slotOf(c.rowid)]!;
      return d === 0 ? 1e9 : -d;
    };
    const keys = Float64Array.from(matched, (c) => (positive ? c.tier * 1e7 + Math.max(-9e6, c.score) : dateKey(c)));
    const order = positive
      ? topK(
          matched.length,
          k,
          keys,
          (a, b) => dateKey(matched[a]!) - dateKey(matched[b]!) || matched[a]!.rowid - matched[b]!.rowid,
        )
      : topK(matched.length, k, keys, (a, b) => matched[a]!.rowid - matched[b]!.rowid);
    const matcher = positive ? queryMatcher(q, extra) : null;
    const hits: ResolutionHit[] = order.slice((page - 1) * perPage, k).map((i) => {
      const c = matched[i]!;
      const r = JSON.parse(
        unpackText(this.st('SELECT record FROM res WHERE rowid = ?').pluck().get(c.rowid) as Buffer),
      ) as Resolution;
      const d = this.st('SELECT id, title, date, date_jalali, organisations, counties FROM docs WHERE docno = ?').get(
        Math.floor(c.rowid / ROW_SPAN),
      ) as {
        id: string;
        title: string | null;
        date: string | null;
        date_jalali: string | null;
        organisations: string;
        counties: string;
      };
      return {
        ...r,
        documentId: d.id,
        documentTitle: d.title,
        date: d.date,
        dateJalali: d.date_jalali,
        organisations: JSON.parse(d.organisations) as string[],
        counties: JSON.parse(d.counties) as string[],
        snippet: buildSnippet(r.text, matcher, 60),
      };
    });
    const list = (facet: number) => {
      const l: { value: string; count: number }[] = [];
      for (let v = 0; v < counts.length; v++)
        if (counts[v]! > 0 && this.values.facetOf[v] === facet)
          l.push({ value: this.values.text[v]!, count: counts[v]! });
      l.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      const top = l.slice(0, this.opts.maxValuesPerFacet);
      for (const s of filters.find((x) => x.facet === facet)?.values ?? [])
        if (!top.some((x) => x.value === s)) top.push({ value: s, count: l.find((x) => x.value === s)?.count ?? 0 });
      return top;
    };
    return {
      total: matched.length,
      page,
      perPage,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
      hits,
      facets: { responsible: list(RES_RESPONSIBLE), funding: list(RES_FUNDING) },
    };
  }
}
