/**
 * Highlight a query in a document's display text by search key, so variant spellings
 * highlight too («ي/ی», «ك/ک», «می‌شود/میشود», Persian or ASCII digits): every word of the text
 * and of the query goes through the text core's `searchTokens`, the same function both
 * engines index with. Plurals fold to their stem as the engines' second field does
 * («بانک‌ها» highlights for «بانک» and the other way round).
 */
import { pluralFold, searchTokens } from '@sanad/ingest/text/index.ts';

/**
 * Text split into runs: even indexes are plain, odd indexes are highlighted.
 * Compact on purpose: it travels from the server load to the page.
 */
export type Runs = string[];

// Words too common to be worth a highlight when they stand alone in a longer query.
const STOP = new Set(['و', 'در', 'به', 'از', 'که', 'را', 'با', 'این', 'آن', 'ان', 'برای', 'تا', 'یا', 'بر', 'هم']);

/** The tokens of a query that should be highlighted (with their plural-folded forms). */
export function queryTokens(query: string): Set<string> {
  const tokens = searchTokens(query);
  const useful = tokens.filter((t) => !STOP.has(t));
  const chosen = useful.length ? useful : tokens;
  return new Set([...chosen, ...chosen.map(pluralFold)]);
}

// A word of the display text: letters, marks, digits and ZWNJ inside the word.
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u200c]*/gu;

/** Split `text` into plain/highlighted runs for the query tokens (see {@link Runs}). */
export function highlightRuns(text: string, tokens: ReadonlySet<string>, cache = new Map<string, string[]>()): Runs {
  if (tokens.size === 0 || !text) return [text];
  const words: { start: number; end: number; w: string }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, w: m[0] });
  const keyOf = (s: string): string[] => {
    let k = cache.get(s);
    if (!k) {
      const toks = searchTokens(s);
      k = [...toks, ...toks.map(pluralFold)];
      cache.set(s, k);
    }
    return k;
  };
  const marked: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const cur = words[i]!;
    if (keyOf(cur.w).some((t) => tokens.has(t))) {
      marked.push([cur.start, cur.end]);
      continue;
    }
    // A detached prefix or suffix written with a space («می کنند», «دستگاه ها») is one token
    // in the search key: try the word together with the next one.
    const next = words[i + 1];
    if (next && next.start === cur.end + 1 && text[cur.end] === ' ') {
      const joint = searchTokens(`${cur.w} ${next.w}`);
      if (joint.length === 1 && (tokens.has(joint[0]!) || tokens.has(pluralFold(joint[0]!)))) {
        marked.push([cur.start, next.end]);
        i++;
      }
    }
  }
  const runs: Runs = [];
  let pos = 0;
  for (const [s, e] of marked) {
    if (runs.length && /^[ \u200c]*$/.test(text.slice(pos, s))) {
      // Highlights separated by nothing or a space read as one phrase: extend the previous one.
      runs[runs.length - 1] += text.slice(pos, e);
    } else {
      runs.push(text.slice(pos, s), text.slice(s, e));
    }
    pos = e;
  }
  runs.push(text.slice(pos));
  return runs;
}

/** How many highlighted runs a text has. */
export function markCount(runs: Runs): number {
  return Math.floor(runs.length / 2);
}
