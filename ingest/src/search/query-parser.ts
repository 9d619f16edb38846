/**
 * The user query language, shared by both engines (pure, no IO):
 *
 * - words: all required (AND); each is turned into search-key terms with the same function
 *   used at index time, so «می کنند», «می‌کنند» and «میکنند» are one term, and a compound
 *   («سرمایه‌گذاری», «سرمایه گذاری», «سرمایهگذاری») is one term with its parts as `split`;
 * - `"quoted phrase"`, `«گیومه»` or `“…”`: the terms adjacent and in order, no expansions;
 * - `-word` / `-"phrase"`: documents containing it are excluded;
 * - the last word, when the query does not end in a space, may also match as a prefix
 *   (search as you type).
 *
 * There are no operators: `OR`, `NEAR`, `AND`, `*`, `:`, `^`, parentheses are ordinary text
 * (punctuation is dropped by the search key). Terms only ever reach FTS5 inside a quoted string.
 */
import { QueryError } from './search-engine.ts';
import { keyTermGroups, keyTerms } from './fts-records.ts';

/** Longest accepted query, in characters (longer → QueryError / HTTP 400). */
export const MAX_QUERY_CHARS = 1000;
/** Terms beyond this many are ignored (a pasted paragraph is still a valid query). */
export const MAX_QUERY_TERMS = 32;

export interface QueryTerm {
  term: string;
  /** Index of the run of plain words it comes from; terms of one run may be concatenated. */
  run: number;
  /**
   * The parts of a compound written as one word or of a known compound written apart
   * («سرمایه‌گذاری» → term «سرمایهگذاری», split «سرمایه» «گذاری»): the engines also match the
   * parts as a phrase, so every written form finds the same documents.
   */
  split?: string[];
}

export interface ParsedQuery {
  /** Required plain terms, in query order. */
  terms: QueryTerm[];
  /** Required quoted phrases (a one-term phrase is an exact word without expansions). */
  phrases: string[][];
  /** Excluded words and phrases. */
  excluded: string[][];
  /** The last plain term may match as a prefix. */
  prefixLast: boolean;
}

// Control characters (NUL…) become spaces; built from code points so the source stays plain.
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
  'g',
);
const OPEN_QUOTE: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };

/** Parse a user query. Throws QueryError for a query the engines must not run. */
export function parseQuery(raw: string): ParsedQuery {
  if (typeof raw !== 'string') throw new QueryError('query must be a string');
  if (raw.length > MAX_QUERY_CHARS) throw new QueryError(`query longer than ${MAX_QUERY_CHARS} characters`);
  const q = raw.replace(CONTROL, ' ');
  const out: ParsedQuery = { terms: [], phrases: [], excluded: [], prefixLast: false };
  let budget = MAX_QUERY_TERMS;
  const take = (terms: string[]): string[] => {
    const t = terms.slice(0, Math.max(0, budget));
    budget -= t.length;
    return t;
  };
  let run = 0;
  let plain = '';
  let lastWasPlain = false;
  const flushPlain = () => {
    if (plain.trim() !== '') {
      for (const g of keyTermGroups(plain)) {
        if (budget <= 0) break;
        budget--;
        const term = g[g.length - 1]!;
        out.terms.push(g.length > 1 ? { term, run, split: g.slice(0, -1) } : { term, run });
      }
      run++;
    }
    plain = '';
  };

  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    const atWordStart = i === 0 || /\s/.test(q[i - 1]!);
    if (ch === '-' && atWordStart && i + 1 < q.length && !/\s/.test(q[i + 1]!)) {
      // exclusion of the next word or quoted phrase
      flushPlain();
      let j = i + 1;
      let text: string;
      const close = OPEN_QUOTE[q[j]!];
      if (close !== undefined) {
        const end = q.indexOf(close, j + 1);
        text = q.slice(j + 1, end < 0 ? q.length : end);
        j = end < 0 ? q.length : end + 1;
      } else {
        while (j < q.length && !/\s/.test(q[j]!)) j++;
        text = q.slice(i + 1, j);
      }
      const terms = take(keyTerms(text));
      if (terms.length > 0) out.excluded.push(terms);
      i = j;
      lastWasPlain = false;
      continue;
    }
    const close = OPEN_QUOTE[ch];
    if (close !== undefined) {
      flushPlain();
      const end = q.indexOf(close, i + 1);
      const text = q.slice(i + 1, end < 0 ? q.length : end);
      const terms = take(keyTerms(text));
      if (terms.length > 0) out.phrases.push(terms);
      i = end < 0 ? q.length : end + 1;
      lastWasPlain = false;
      continue;
    }
    plain += ch;
    lastWasPlain = true;
    i++;
  }
  const endsOpen = lastWasPlain && /[\p{L}\p{N}\p{M}]$/u.test(plain);
  flushPlain();
  out.prefixLast = endsOpen && out.terms.length > 0;
  return out;
}

/** True when the query has something that must match (a term or a phrase). */
export function hasPositive(q: ParsedQuery): boolean {
  return q.terms.length > 0 || q.phrases.length > 0;
}

/** A term as an FTS5 string literal (the only way user text reaches a MATCH expression). */
export function ftsString(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A phrase as an FTS5 phrase of quoted strings. */
export function ftsPhrase(terms: readonly string[]): string {
  return terms.map(ftsString).join(' + ');
}
