/**
 * Candidate lists and ranking shared by the document and resolution (and commitment) searches:
 * columnar candidates with a tier that ranks before the BM25 score, the relevance and date sort
 * keys, and a bounded top-k selection for the page.
 */

/** Candidate documents of a query, columnar. `tier` ranks before the BM25 score. */
export interface Cands {
  n: number;
  docno: Int32Array;
  tier: Float64Array;
  score: Float64Array;
  row: Float64Array;
}

export interface Candidate {
  docno: number;
  tier: number;
  score: number;
  row: number;
}

export function newCands(cap: number): Cands {
  return {
    n: 0,
    docno: new Int32Array(cap),
    tier: new Float64Array(cap),
    score: new Float64Array(cap),
    row: new Float64Array(cap),
  };
}

export function pushCand(c: Cands, docno: number, tier: number, score: number, row: number): Cands {
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

/** Relevance sort key: tier first, then BM25 (lower is better). */
export function relevanceKey(tier: number, score: number): number {
  return tier * 1e7 + Math.max(-9e6, score);
}

/** Date sort key of a `yyyymmdd` number: newest first (or oldest with `asc`), undated last either way. */
export function dateKey(dnum: number, asc = false): number {
  if (dnum === 0) return 1e9;
  return asc ? dnum : -dnum;
}

/** The score shown with a hit: higher is better, lower tiers scaled down. */
export function hitScore(tier: number, score: number): number {
  return tier <= 0 ? -score : -score / (1 + tier);
}
