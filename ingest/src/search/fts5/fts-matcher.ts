/**
 * Tiered matching of a query against the passages:
 * 1. strict: every term (or its plural fold, or a concatenation of two adjacent terms, or a
 *    split of an unknown term) in one passage, every quoted phrase, AND;
 * 2. when (1) finds fewer than `relaxBelow` documents: the same with expansions — the 30 most
 *    frequent completions of the last word and typo candidates from the vocabulary (1 typo ≥ 5
 *    letters, 2 ≥ 9, same first letter, at most 8 per word);
 * 3. when still fewer: terms spread over several passages of a document, then documents
 *    missing only function words (fts-stopwords.ts), ranked by how many terms they match. Every
 *    word that carries meaning (and a year or number: the year also matches the document's
 *    date through the `meta` column) must match: adding a word never adds documents.
 *    Typo candidates are never function words.
 * Tiers rank before BM25: strict results first, and among the best strict ones the documents
 * holding the query's adjacent words as a unit (a name: «بانک ملی»), by the share of adjacent
 * pairs held. `-word` excludes documents having it anywhere.
 *
 * An expression matching more passages than `rankWindow` costs one bm25 pass over the newest
 * ones plus one rowid-only pass read back as a single `group_concat` string. Large match results
 * and the phrase/exclusion marks of recent queries stay in the index's LRU (dropped on any
 * write), so paging and facet refinement of a query do not go back to FTS5.
 */
import type { ParsedQuery } from '../query-parser.ts';
import { QueryError } from '../search-engine.ts';
import { parseIntList } from './fts-pack.ts';
import type { FtsIndex } from './fts-index.ts';
import { PASSAGE_WEIGHTS, docnoOf } from './fts-schema.ts';
import type { QueryCompiler } from './query-compiler.ts';
import { newCands, pushCand, type Cands } from './ranking.ts';

/** Matches smaller than this are cheap to recompute and are not cached. */
const MATCH_CACHE_MIN_DOCS = 512;

/** Documents matching one FTS5 expression, newest first (columnar: result sets can hold most of the archive). */
export interface Match {
  n: number;
  docno: Int32Array;
  /** Best (lowest) bm25 of the document's passages in the window; 0 beyond it. */
  score: Float64Array;
  /** rowid of the best passage (the newest matching one beyond the window). */
  row: Float64Array;
  /** 1 for matches in the BM25 window, 0 beyond it. */
  ranked: Uint8Array;
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

export interface MatchOptions {
  relaxBelow: number;
  rankWindow: number;
}

/** Run an FTS5 statement; an FTS5 failure is an engine limit (terms are always quoted). */
export function runFts<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new QueryError(`query cannot be run: ${(e as Error).message}`);
  }
}

export class FtsMatcher {
  constructor(
    private readonly ix: FtsIndex,
    private readonly compiler: QueryCompiler,
    private readonly opts: MatchOptions,
  ) {}

  /**
   * Run a MATCH over passages: per document the best (lowest) bm25 and its passage.
   * BM25 is computed for the `rankWindow` most recently indexed matching passages only (one
   * pass in descending rowid order that stops there); when more passages match, the rest come
   * from a rowid-only pass (no position lists, no bm25) returned as one `group_concat` string,
   * and are marked unranked.
   */
  private matchDocs(expr: string): Match {
    const win = this.opts.rankWindow;
    const ix = this.ix;
    const rows = ix
      .st(
        `SELECT rowid, bm25(passages, ${PASSAGE_WEIGHTS}) FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?`,
      )
      .raw()
      .all(expr, win + 1) as [number, number][];
    let all: Float64Array | null = null;
    if (rows.length > win) {
      all = parseIntList(
        ix.st('SELECT group_concat(rowid) FROM passages WHERE passages MATCH ?').pluck().get(expr) as string | null,
      );
      // FTS5 yields ascending rowids; keep the guarantee explicit rather than assumed.
      for (let i = 1; i < all.length; i++)
        if (all[i]! < all[i - 1]!) {
          all.sort();
          break;
        }
    }
    const m = emptyMatch(all ? Math.min(all.length, ix.docs.capacity + 1) : rows.length);
    let n = 0;
    let last = -1;
    for (const [rowid, s] of rows) {
      const d = docnoOf(rowid);
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
        const d = docnoOf(rowid);
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
   * `matchDocs` behind the index's LRU: a user refining facets, paging or re-sorting re-runs the
   * same expression, and the very common words («مقرر», «صورتجلسه») are the costly ones. Only
   * results too large to be cheap are kept.
   */
  runMatch(expr: string): Match {
    return this.ix.cached(
      `m\u0000${expr}`,
      () => runFts(() => this.matchDocs(expr)),
      (m) => m.n >= MATCH_CACHE_MIN_DOCS,
    );
  }

  /**
   * Marks (by docno) of the documents with a passage matching an expression (the newest `limit`
   * passages), through the same LRU: the whole-query phrase and the `-word` exclusions of a
   * repeated query cost as much as its match.
   */
  docMarks(expr: string, limit = -1): Uint8Array {
    return this.ix.cached(`k\u0000${limit}\u0000${expr}`, () => this.readDocMarks(expr, limit));
  }

  private readDocMarks(expr: string, limit: number): Uint8Array {
    const marks = new Uint8Array(this.ix.docs.capacity + 1);
    const s = runFts(
      () =>
        this.ix
          .st(
            'SELECT group_concat(rowid) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)',
          )
          .pluck()
          .get(expr, limit) as string | null,
    );
    const ids = parseIntList(s);
    for (let i = 0; i < ids.length; i++) {
      const d = docnoOf(ids[i]!);
      if (d < marks.length) marks[d] = 1;
    }
    return marks;
  }

  /** Marks (by docno) of the documents containing an excluded word or phrase; null when none. */
  excludedDocs(q: ParsedQuery): Uint8Array | null {
    const expr = this.compiler.excludedExpr(q);
    return expr === null ? null : this.docMarks(expr);
  }

  /**
   * Among the strict matches, documents holding the query's adjacent words as a unit rank
   * first (by the share of adjacent pairs held; with two words, the whole query as a phrase).
   * Returns the marks (by docno) of the documents holding one, or null.
   */
  phraseBoost(q: ParsedQuery, cands: Cands): Uint8Array | null {
    const pairs = this.compiler.adjacentPhrases(q);
    if (pairs.length === 0 || cands.n < 1) return null;
    // Only where BM25 ranks (the window): beyond it matches are ordered by date anyway.
    const marks = pairs.map((p) => this.docMarks(p, this.opts.rankWindow));
    const holds = new Uint8Array(this.ix.docs.capacity + 1);
    const { docno, tier } = cands;
    for (let i = 0; i < cands.n; i++) {
      if (tier[i]! >= 1) continue;
      const d = docno[i]!;
      let held = 0;
      for (const m of marks) if (d < m.length && m[d]) held++;
      if (held > 0) {
        if (cands.n > 1) tier[i]! -= held / pairs.length;
        if (d < holds.length) holds[d] = 1;
      }
    }
    return holds;
  }

  /**
   * The passages where the query's adjacent words occur as a unit in the text (not only in the
   * title or metadata), by document: the first such passage of each (newest `rankWindow`
   * passages), for the snippet and the page link. One MATCH per query, through the LRU.
   */
  occurrenceRows(q: ParsedQuery): Map<number, number> {
    const pairs = this.compiler.adjacentPhrases(q);
    if (pairs.length === 0) return new Map();
    const expr = `{resol body} : (${pairs.join(' OR ')})`;
    return this.ix.cached(`o\u0000${expr}`, () => {
      const s = runFts(
        () =>
          this.ix
            .st(
              'SELECT group_concat(rowid) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)',
            )
            .pluck()
            .get(expr, this.opts.rankWindow) as string | null,
      );
      const rows = new Map<number, number>();
      const ids = parseIntList(s);
      // descending rowids: the last seen per document is its first passage
      for (let k = 0; k < ids.length; k++) rows.set(docnoOf(ids[k]!), ids[k]!);
      return rows;
    });
  }

  /** Documents matching the query, with tiers. */
  candidates(q: ParsedQuery, extra: Set<string>): Cands {
    // docno → already a candidate (typed array: result sets can hold most of the archive)
    const seen = new Uint8Array(this.ix.docs.capacity + 1);
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
    const strict = this.compiler.groupExprs(q, false, extra);
    push(this.runMatch(strict.join(' AND ')), 0);
    const relax = this.opts.relaxBelow;
    if (out.n >= relax) return out;
    const content: boolean[] = [];
    const loose = this.compiler.groupExprs(q, true, extra, content);
    const looseExpr = loose.join(' AND ');
    if (looseExpr !== strict.join(' AND ')) push(this.runMatch(looseExpr), 1);
    if (out.n >= relax || loose.length <= 1) return out;
    // Terms spread over passages, then partial matches ranked by matched-term count.
    const per = new Map<
      number,
      { n: number; content: number; phrases: number; score: number; row: number; best: number }
    >();
    const plainGroups = loose.length - q.phrases.length; // phrases come last in groupExprs
    const contentGroups = content.filter(Boolean).length;
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
      // Quoted phrases stay required, and so does every plain word that carries meaning: a
      // document may miss only function words («که»).
      if ((d < seen.length && seen[d]) || e.phrases < q.phrases.length) continue;
      if (e.content < contentGroups) continue;
      if (d < seen.length) seen[d] = 1;
      out = pushCand(out, d, 2 + (plainGroups - e.n), e.score, e.row);
    }
    return out;
  }
}
