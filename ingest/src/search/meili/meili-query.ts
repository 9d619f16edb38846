/**
 * The Meilisearch `q` strings for a parsed query (pure). See meili-behaviours.ts (2, 3, 4).
 *
 * - strict: every term must match (`matchingStrategy: 'all'`). Meilisearch reads 10 query terms
 *   (a phrase is one), so when the query has more, the terms that matter are kept: every phrase,
 *   the word being typed (prefix), then content words before function words, and among those the
 *   rarest first (document frequencies from a count query, when given). Dropping a term can only
 *   widen the all-terms set, and the most frequent terms widen it least. Kept terms stay in query
 *   order; the prefix word goes last.
 * - relaxed (fewer than RELAX_BELOW documents match strictly), as the SQLite engine: a document may
 *   miss only function words, so the relaxed `q` is the strict one without them, still 'all'.
 *   Every word that carries meaning stays required: adding a word never adds documents.
 * - exclusions are not sent in `q` (Meilisearch would drop only the passage): each excluded word
 *   or phrase is a phrase query of its own whose documents are then filtered out.
 */
import type { ParsedQuery, QueryTerm } from '../query-parser.ts';
import { foldTerm } from '../fts-records.ts';
import { isStopTerm } from '../fts5/fts-stopwords.ts';
import { MEILI_QUERY_TERMS } from './meili-behaviours.ts';

/** A term that carries meaning: not a function word. */
export const isContent = (t: QueryTerm): boolean => !isStopTerm(t.term);

const phrase = (terms: readonly string[]) => `"${terms.join(' ')}"`;

/** Index of the prefix term (the user's open last word), or -1. */
function prefixIndex(q: ParsedQuery): number {
  return q.prefixLast ? q.terms.length - 1 : -1;
}

/** `q` from phrases and chosen plain terms; the prefix term last and open (no trailing space). */
function compose(q: ParsedQuery, phrases: string[][], plain: number[]): string {
  const pre = prefixIndex(q);
  const order = plain.filter((i) => i !== pre);
  const open = plain.includes(pre);
  if (open) order.push(pre);
  const parts = [...phrases.map(phrase), ...order.map((i) => q.terms[i]!.term)];
  return parts.join(' ') + (open ? '' : ' ');
}

/** True when the strict query must drop terms and would choose better with frequencies. */
export function needsFrequencies(q: ParsedQuery): boolean {
  return q.phrases.length + q.terms.length > MEILI_QUERY_TERMS;
}

/**
 * The strict `q` (all terms), at most MEILI_QUERY_TERMS query terms. `freq` (term → documents)
 * ranks the plain terms to keep when there are too many; without it, query order decides.
 */
export function strictQuery(q: ParsedQuery, freq?: ReadonlyMap<string, number>): string {
  const phrases = q.phrases.slice(0, MEILI_QUERY_TERMS);
  const budget = MEILI_QUERY_TERMS - phrases.length;
  const all = q.terms.map((_, i) => i);
  if (all.length <= budget) return compose(q, phrases, all);
  const pre = prefixIndex(q);
  const rank = (i: number) => {
    const t = q.terms[i]!;
    const cls = i === pre ? 0 : isContent(t) ? 1 : 2;
    return [cls, freq?.get(t.term) ?? 0, i] as const;
  };
  const keep = [...all]
    .sort((a, b) => {
      const [ca, fa, ia] = rank(a);
      const [cb, fb, ib] = rank(b);
      return ca - cb || fa - fb || ia - ib;
    })
    .slice(0, budget)
    .sort((a, b) => a - b);
  return compose(q, phrases, keep);
}

/**
 * The relaxed `q` (still 'all'): the query without its function words, or null when that changes
 * nothing or leaves nothing that carries meaning.
 */
export function relaxedQuery(q: ParsedQuery, freq?: ReadonlyMap<string, number>): string | null {
  const kept = q.terms.filter(isContent);
  if (kept.length === q.terms.length || kept.length + q.phrases.length === 0) return null;
  const lastKept = q.prefixLast && kept.at(-1) === q.terms.at(-1);
  return strictQuery({ ...q, terms: kept, prefixLast: lastKept }, freq);
}

/** Every plain term (each once) with its prefix flag: the count queries that rank them. */
export function termsToCount(q: ParsedQuery): { term: string; prefix: boolean }[] {
  const seen = new Map<string, boolean>();
  q.terms.forEach((t, i) =>
    seen.set(t.term, (seen.get(t.term) ?? false) || (q.prefixLast && i === q.terms.length - 1)),
  );
  return [...seen].map(([term, prefix]) => ({ term, prefix }));
}

/** A count query's `q` for one term: open (prefix) or closed (trailing space). */
export const termQuery = (t: { term: string; prefix: boolean }): string => t.term + (t.prefix ? '' : ' ');

/**
 * Phrase queries whose matching records' documents are excluded: each excluded phrase, each
 * excluded word and its plural fold (as the SQLite engine excludes `term OR fold(term)`).
 * Phrases match exactly: no typo, no prefix (meili-behaviours.ts 3).
 */
export function exclusionQueries(q: ParsedQuery): string[] {
  const out = new Set<string>();
  for (const e of q.excluded) {
    out.add(phrase(e));
    if (e.length === 1 && foldTerm(e[0]!) !== e[0]) out.add(phrase([foldTerm(e[0]!)]));
  }
  return [...out];
}
