/**
 * Term-level matching rules shared by the engines and the snippet builder (pure):
 * typo budgets (Meilisearch defaults: 1 typo from 5 letters, 2 from 9) and the matcher that decides which display words of a hit get a `<mark>`.
 */
import { editDistance } from '../text/index.ts';
import { foldTerm } from './fts-records.ts';
import type { ParsedQuery } from './query-parser.ts';
import type { TermMatcher } from './snippet.ts';

/** Typos allowed for a query term (Meilisearch: minWordSizeForTypos oneTypo 5, twoTypos 9). Numbers get none. */
export function typoBudget(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  const n = [...term].length;
  return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}

/**
 * The snippet matcher for a parsed query: a display word is marked when its key is a query
 * term (or a concatenation the engine searched), has the same plural fold, starts with the
 * last term (prefix), or is within the term's typo budget.
 */
export function queryMatcher(q: ParsedQuery, extraTerms: Iterable<string> = []): TermMatcher | null {
  const exact = new Set<string>(extraTerms);
  const folds = new Set<string>();
  const typo: { term: string; budget: number }[] = [];
  for (const t of q.terms) {
    exact.add(t.term);
    folds.add(foldTerm(t.term));
    const b = typoBudget(t.term);
    if (b > 0) typo.push({ term: t.term, budget: b });
  }
  for (const p of q.phrases) for (const t of p) exact.add(t);
  const prefix = q.prefixLast ? q.terms[q.terms.length - 1]!.term : null;
  if (exact.size === 0) return null;
  // Display words repeat within and across the hits of one search: decide each term once.
  const memo = new Map<string, boolean>();
  const typoMemo = new Map<string, boolean>();
  const typoHit = (term: string): boolean => {
    let v = typoMemo.get(term);
    if (v === undefined) {
      v = false;
      for (const t of typo)
        if (term.charCodeAt(0) === t.term.charCodeAt(0) && editDistance(term, t.term, t.budget) <= t.budget) {
          v = true;
          break;
        }
      if (typoMemo.size > 50_000) typoMemo.clear();
      typoMemo.set(term, v);
    }
    return v;
  };
  const typoFirst = new Set(typo.map((t) => t.term.charCodeAt(0)));
  const decide = (term: string, fold: string): boolean =>
    exact.has(term) ||
    (prefix !== null && term.startsWith(prefix)) ||
    folds.has(fold) ||
    (typoFirst.has(term.charCodeAt(0)) && typoHit(term));
  const matcher: TermMatcher = (term: string, exactOnly = false) => {
    if (exactOnly) return exact.has(term);
    let v = memo.get(term);
    if (v === undefined) {
      v = decide(term, foldTerm(term));
      if (memo.size > 50_000) memo.clear();
      memo.set(term, v);
    }
    return v;
  };
  matcher.folded = decide;
  const joinHeads = new Set<string>();
  for (const t of exact) for (let i = 1; i < t.length; i++) joinHeads.add(t.slice(0, i));
  matcher.joinHeads = joinHeads;
  // every accepted term starts with the first letter of an exact term or of a fold (the prefix
  // and typo rules keep the first letter of a query term)
  matcher.firstChars = new Set([...exact, ...folds].filter((t) => t !== '').map((t) => t.charCodeAt(0)));
  return matcher;
}
