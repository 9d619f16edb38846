/**
 * The commitments view of the FTS5 index (the ledger): one row per commitment, in its own
 * tables of the engine's database, beside the document index.
 *
 * - `cm_fts` (FTS5, contentless with delete): `body` (the clause), `meta` (parties, supervisor,
 *   purpose, deadline, amounts), `fold` (plural folds); rowid = cdoc · 2^16 + commitment index.
 * - `cm`: the stored hit (commitment + document fields, deflated JSON), facet value ids, the
 *   document date, the toman total and the due date of each row.
 * - `cm_docs`: document id → cdoc and its number of rows; `cm_values`: the facet dictionary.
 *
 * Query words are compiled by the engine's `QueryCompiler` (spelling folds; typo and prefix
 * expansions when few rows match); filtering and disjunctive facet counts use the shared
 * columnar helpers (fts-facets.ts), facet lists, paging and ranking keys those of the other
 * search paths (facet-lists.ts, fts-paging.ts, ranking.ts). The mirror of facet values, dates,
 * amounts and due dates is loaded on first use, updated in place by writes, and reloaded when
 * another connection changed the file.
 */
import type { DocumentRecord } from '../../schema.ts';
import {
  COMMITMENT_FACETS,
  COMMITMENT_FILTERS,
  checkDue,
  checkSort,
  checkSummaryBy,
  commitmentDocFields,
  commitmentDue,
  commitmentFacets,
  commitmentMetaText,
  commitmentToman,
  sortSummary,
  type CommitmentFacetCounts,
  type CommitmentHit,
  type CommitmentSearchRequest,
  type CommitmentSearchResponse,
  type CommitmentSummaryRequest,
  type CommitmentSummaryRow,
} from '../commitments.ts';
import { queryMatcher } from '../fts-match.ts';
import { dateNumber, foldTerm, keyTerms } from '../fts-records.ts';
import { hasPositive, parseQuery, type ParsedQuery } from '../query-parser.ts';
import { buildSnippet } from '../snippet.ts';
import { facetLists, type FacetFilter } from './facet-lists.ts';
import { FacetItems, FacetValues, countItem, failMask, makeSelection } from './fts-facets.ts';
import type { FtsIndex } from './fts-index.ts';
import { runFts } from './fts-matcher.ts';
import { decodeIds, encodeIds, packText, unpackText } from './fts-pack.ts';
import { checkPaging, checkRange, elapsedMs, facetFilters, outOfRange, topK } from './fts-paging.ts';
import { ROW_SPAN, TOKENIZE } from './fts-schema.ts';
import type { QueryCompiler } from './query-compiler.ts';
import { dateKey, relevanceKey } from './ranking.ts';

const WEIGHTS = '1.0, 3.0, 0.5';
const FILTER_INDEX = new Map<string, number>(COMMITMENT_FILTERS.map((f, i) => [f, i]));
const FACET_IDS = COMMITMENT_FACETS.map((f) => FILTER_INDEX.get(f)!);
const YEAR = FILTER_INDEX.get('year')!;
/** A sort key for "no value": after every real one (dates' own "undated" key is 1e9). */
const LAST = 1e15;

interface Cand {
  rowid: number;
  tier: number;
  score: number;
}

/** Rows of one request after filtering, with the facet counts and what the snippets need. */
interface Pass {
  matched: Cand[];
  counts: Int32Array;
  filters: FacetFilter[];
  positive: boolean;
  q: ParsedQuery;
  extra: Set<string>;
}

export interface CommitmentIndexDeps {
  ix: FtsIndex;
  compiler: QueryCompiler;
  relaxBelow: number;
  maxValuesPerFacet: number;
}

export class Fts5Commitments {
  private values = new FacetValues();
  private items = new FacetItems(false);
  /** Per slot: toman total (NaN when none), due date number, document id, index in the document. */
  private toman: number[] = [];
  private due: number[] = [];
  private docId: string[] = [];
  private ord: number[] = [];
  private loaded = false;
  /** `data_version` when the mirror was loaded: another connection's commit changes it. */
  private version = -1;

  constructor(private readonly deps: CommitmentIndexDeps) {
    this.createTables();
    // An index whose document tables were dropped (schema change) starts its ledger afresh too.
    const docs = deps.ix.db.prepare('SELECT count(*) FROM docs').pluck().get() as number;
    if (docs === 0) this.reset();
  }

  private get ix(): FtsIndex {
    return this.deps.ix;
  }

  private createTables(): void {
    this.ix.db.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS cm_fts USING fts5(
        body, meta, fold, content='', contentless_delete=1, tokenize="${TOKENIZE}");
      CREATE TABLE IF NOT EXISTS cm (rowid INTEGER PRIMARY KEY, record BLOB NOT NULL, vids BLOB NOT NULL,
        dnum INTEGER NOT NULL, toman REAL, due INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS cm_docs (cdoc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, n INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS cm_values (vid INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL,
        UNIQUE (facet, value));`);
  }

  /** Drop and recreate the ledger tables (the engine's `clear`; call before the index's own reset). */
  reset(): void {
    this.ix.db.exec(`DROP TABLE IF EXISTS cm_fts; DROP TABLE IF EXISTS cm; DROP TABLE IF EXISTS cm_docs;
      DROP TABLE IF EXISTS cm_values;`);
    this.createTables();
    this.unload();
  }

  private unload(): void {
    this.loaded = false;
    this.values.clear();
    this.items.clear();
    this.toman = [];
    this.due = [];
    this.docId = [];
    this.ord = [];
  }

  private dataVersion(): number {
    return this.ix.db.pragma('data_version', { simple: true }) as number;
  }

  private ensureLoaded(): void {
    if (this.loaded && this.version === this.dataVersion()) return;
    this.unload();
    const ix = this.ix;
    for (const [vid, facet, value] of ix.st('SELECT vid, facet, value FROM cm_values').raw().iterate() as Iterable<
      [number, string, string]
    >) {
      const f = FILTER_INDEX.get(facet);
      if (f !== undefined) this.values.add(vid, f, value);
    }
    const ids = new Map<number, string>();
    for (const [cdoc, id] of ix.st('SELECT cdoc, id FROM cm_docs').raw().iterate() as Iterable<[number, string]>)
      ids.set(cdoc, id);
    for (const [rowid, vids, dnum, toman, due] of ix
      .st('SELECT rowid, vids, dnum, toman, due FROM cm')
      .raw()
      .iterate() as Iterable<[number, Buffer, number, number | null, number]>)
      this.setItem(rowid, decodeIds(vids), dnum, toman, due, ids.get(Math.floor(rowid / ROW_SPAN)) ?? '');
    this.loaded = true;
    this.version = this.dataVersion();
  }

  private setItem(rowid: number, vids: number[], dnum: number, toman: number | null, due: number, docId: string) {
    this.items.set(rowid, vids, dnum);
    const slot = this.items.slotOf(rowid);
    this.toman[slot] = toman ?? Number.NaN;
    this.due[slot] = due;
    this.docId[slot] = docId;
    this.ord[slot] = rowid % ROW_SPAN;
  }

  private valueId(facet: number, value: string): number {
    const known = this.values.id(facet, value);
    if (known !== undefined) return known;
    const name = COMMITMENT_FILTERS[facet]!;
    this.ix.st('INSERT OR IGNORE INTO cm_values(facet, value) VALUES (?, ?)').run(name, value);
    const vid = this.ix
      .st('SELECT vid FROM cm_values WHERE facet = ? AND value = ?')
      .pluck()
      .get(name, value) as number;
    this.values.add(vid, facet, value);
    return vid;
  }

  private deleteDoc(cdoc: number, n: number): void {
    const base = cdoc * ROW_SPAN;
    const del = this.ix.st('DELETE FROM cm_fts WHERE rowid = ?');
    for (let i = 0; i < n; i++) {
      del.run(base + i);
      this.items.remove(base + i);
    }
    this.ix.st('DELETE FROM cm WHERE rowid >= ? AND rowid < ?').run(base, base + ROW_SPAN);
  }

  /** Index documents' commitments (replacing what they had), in one transaction. */
  write(docs: DocumentRecord[]): void {
    this.ensureLoaded();
    this.ix.db.transaction(() => {
      for (const doc of docs) this.writeOne(doc);
    })();
  }

  private writeOne(doc: DocumentRecord): void {
    const ix = this.ix;
    const existing = ix.st('SELECT cdoc, n FROM cm_docs WHERE id = ?').get(doc.id) as
      { cdoc: number; n: number } | undefined;
    let cdoc: number;
    if (existing) {
      cdoc = existing.cdoc;
      this.deleteDoc(cdoc, existing.n);
    } else cdoc = ix.st('SELECT coalesce(max(cdoc), 0) + 1 FROM cm_docs').pluck().get() as number;
    const list = doc.commitments.slice(0, ROW_SPAN);
    ix.st('INSERT OR REPLACE INTO cm_docs(cdoc, id, n) VALUES (?,?,?)').run(cdoc, doc.id, list.length);
    const dnum = dateNumber(doc.date);
    const fields = commitmentDocFields(doc);
    const insF = ix.st('INSERT INTO cm_fts(rowid, body, meta, fold) VALUES (?,?,?,?)');
    const insR = ix.st('INSERT INTO cm(rowid, record, vids, dnum, toman, due) VALUES (?,?,?,?,?,?)');
    list.forEach((c, i) => {
      const rowid = cdoc * ROW_SPAN + i;
      const body = keyTerms(c.text);
      const meta = keyTerms(commitmentMetaText(c));
      const all = body.concat(meta);
      const fold = all.map(foldTerm).filter((t, j) => t !== all[j]);
      insF.run(rowid, body.join(' '), meta.join(' '), fold.join(' '));
      const facets = commitmentFacets(c, doc);
      const vids: number[] = [];
      COMMITMENT_FILTERS.forEach((name, f) => {
        for (const v of facets[name]) vids.push(this.valueId(f, v));
      });
      const toman = commitmentToman(c);
      const due = commitmentDue(c);
      const record: Omit<CommitmentHit, 'snippet'> = { ...c, ...fields };
      insR.run(rowid, packText(JSON.stringify(record)), encodeIds(vids), dnum, toman, due);
      this.setItem(rowid, vids, dnum, toman, due, doc.id);
    });
  }

  /** Remove documents' commitments by document id, in one transaction. */
  remove(ids: string[]): void {
    this.ensureLoaded();
    const ix = this.ix;
    ix.db.transaction(() => {
      for (const id of ids) {
        const row = ix.st('SELECT cdoc, n FROM cm_docs WHERE id = ?').get(id) as
          { cdoc: number; n: number } | undefined;
        if (!row) continue;
        this.deleteDoc(row.cdoc, row.n);
        ix.st('DELETE FROM cm_docs WHERE cdoc = ?').run(row.cdoc);
      }
    })();
  }

  /** Rowids (with bm25) of rows matching an expression. */
  private run(expr: string): [number, number][] {
    return runFts(
      () =>
        this.ix.st(`SELECT rowid, bm25(cm_fts, ${WEIGHTS}) FROM cm_fts WHERE cm_fts MATCH ?`).raw().all(expr) as [
          number,
          number,
        ][],
    );
  }

  /** Filter every candidate and count facets (disjunctive, see `countItem`). */
  private pass(req: CommitmentSearchRequest): Pass {
    this.ensureLoaded();
    const f = req.filters ?? {};
    const range = checkRange(f);
    const { due, today } = checkDue(f, req.today);
    const filters = facetFilters(COMMITMENT_FILTERS.map((name, i) => [i, f[name], name] as const));
    const sel = makeSelection(this.values, filters);
    const q = parseQuery(req.q ?? '');
    const positive = hasPositive(q);
    const extra = new Set<string>();
    const cands: Cand[] = [];
    if (positive) {
      const seen = new Set<number>();
      const add = (expr: string, tier: number) => {
        for (const [rowid, score] of this.run(expr))
          if (!seen.has(rowid)) {
            seen.add(rowid);
            cands.push({ rowid, tier, score });
          }
      };
      const strict = this.deps.compiler.groupExprs(q, false, extra).join(' AND ');
      add(strict, 0);
      if (cands.length < this.deps.relaxBelow) {
        const loose = this.deps.compiler.groupExprs(q, true, extra).join(' AND ');
        if (loose !== strict) add(loose, 1);
      }
    } else {
      for (let s = 0; s < this.items.capacity; s++)
        if (this.items.alive[s]) cands.push({ rowid: this.items.keyOf(s), tier: 0, score: 0 });
    }
    const exclExpr = this.deps.compiler.excludedExpr(q);
    const excluded = exclExpr === null ? null : new Set(this.run(exclExpr).map((r) => r[0]));
    const counts = new Int32Array(this.values.size);
    const matched: Cand[] = [];
    for (const c of cands) {
      const slot = this.items.slotOf(c.rowid);
      if (slot < 0 || excluded?.has(c.rowid)) continue;
      if (outOfRange(this.items.date[slot]!, range)) continue;
      if (due) {
        const d = this.due[slot]!;
        if (d === 0 || (due === 'passed' ? d >= today : d < today)) continue;
      }
      const fail = failMask(this.items, slot, sel);
      countItem(this.items, slot, fail, this.values, counts);
      if (fail === 0) matched.push(c);
    }
    return { matched, counts, filters, positive, q, extra };
  }

  search(req: CommitmentSearchRequest): CommitmentSearchResponse {
    const t0 = performance.now();
    const { page, perPage, k, offset } = checkPaging(req.page, req.perPage);
    const sort = checkSort(req.sort);
    const p = this.pass(req);
    const { matched } = p;
    const slots = Int32Array.from(matched, (c) => this.items.slotOf(c.rowid));
    let toman = 0;
    let withAmount = 0;
    for (const s of slots) {
      const t = this.toman[s]!;
      if (!Number.isNaN(t)) {
        toman += t;
        withAmount++;
      }
    }
    const date = this.items.date;
    // ties: newest document first, then document id, then the commitment's place in its document
    const tie = (a: number, b: number) => {
      const sa = slots[a]!;
      const sb = slots[b]!;
      const da = this.docId[sa]!;
      const db = this.docId[sb]!;
      return (
        dateKey(date[sa]!) - dateKey(date[sb]!) || (da < db ? -1 : da > db ? 1 : 0) || this.ord[sa]! - this.ord[sb]!
      );
    };
    const effective = sort === 'relevance' && !p.positive ? 'date_desc' : sort;
    const keys = new Float64Array(matched.length);
    for (let i = 0; i < matched.length; i++) {
      const s = slots[i]!;
      const c = matched[i]!;
      if (effective === 'relevance') keys[i] = relevanceKey(c.tier, c.score);
      else if (effective === 'date_desc') keys[i] = dateKey(date[s]!);
      else if (effective === 'date_asc') keys[i] = dateKey(date[s]!, true);
      else if (effective === 'amount_desc') keys[i] = Number.isNaN(this.toman[s]!) ? LAST : -this.toman[s]!;
      else keys[i] = this.due[s] === 0 ? LAST : this.due[s]!;
    }
    const marker = p.positive ? queryMatcher(p.q, p.extra) : null;
    const hits = topK(matched.length, k, keys, tie)
      .slice(offset, k)
      .map((i) => {
        const blob = this.ix.st('SELECT record FROM cm WHERE rowid = ?').pluck().get(matched[i]!.rowid) as Buffer;
        const rec = JSON.parse(unpackText(blob)) as Omit<CommitmentHit, 'snippet'>;
        return { ...rec, snippet: buildSnippet(rec.text, marker, 60) };
      });
    const lists = facetLists(
      this.values,
      p.counts,
      FACET_IDS,
      this.deps.maxValuesPerFacet,
      p.filters,
      (f) => f === YEAR,
    );
    const facets = {} as CommitmentFacetCounts;
    COMMITMENT_FACETS.forEach((name, i) => (facets[name] = lists.get(FACET_IDS[i]!) ?? []));
    return { total: matched.length, page, perPage, tookMs: elapsedMs(t0), hits, facets, totals: { toman, withAmount } };
  }

  summarize(req: CommitmentSummaryRequest): CommitmentSummaryRow[] {
    const by = checkSummaryBy(req.by);
    const facet = FILTER_INDEX.get(by)!;
    const p = this.pass(req);
    const rows = new Map<number, CommitmentSummaryRow>();
    const facetOf = this.values.facetOf;
    const vals = this.items.vals;
    for (const c of p.matched) {
      const s = this.items.slotOf(c.rowid);
      const t = this.toman[s]!;
      for (let j = this.items.begin(s), e = j + this.items.length(s); j < e; j++) {
        const v = vals[j]!;
        if (facetOf[v] !== facet) continue;
        let r = rows.get(v);
        if (!r) rows.set(v, (r = { key: this.values.text[v]!, count: 0, toman: 0 }));
        r.count++;
        if (!Number.isNaN(t)) r.toman += t;
      }
    }
    return sortSummary([...rows.values()], by);
  }
}
