/**
 * Two-word compounds of the lexicon (data/compound-lexicon.ts, from Debian myspell-fa): a word
 * such as «سرمایه‌گذاری» is written with a ZWNJ, with a space or joined («سرمایه گذاری»,
 * «سرمایهگذاری»), and with suffixes («سرمایه گذاریهای»). The search key gives every written form
 * the same tokens: both parts and the joined word (see `searchTokens` in normalize.ts).
 */
import { COMPOUNDS } from './data/compound-lexicon.ts';

/** Suffixes a compound may carry after its second part (in key spelling, joined). */
const SUFFIXES: readonly string[] = [
  '',
  'ها',
  'های',
  'هایی',
  'هایش',
  'هایشان',
  'ی',
  'ای',
  'یی',
  'ات',
  'تر',
  'ترین',
  'اش',
  'شان',
];

let split: ReadonlyMap<string, number> | null = null;

/** Joined compound → length of its first part. Built on first use (≈ 1 700 entries). */
function lexicon(): ReadonlyMap<string, number> {
  if (split) return split;
  const m = new Map<string, number>();
  for (const e of COMPOUNDS.split(' ')) {
    const i = e.indexOf('\u200c');
    if (i > 0) m.set(e.slice(0, i) + e.slice(i + 1), i);
  }
  split = m;
  return m;
}

/**
 * The split point of a joined word that is a known compound, possibly with a suffix
 * («سرمایهگذاریهای» → 6: «سرمایه» + «گذاریهای»), or -1.
 */
export function compoundSplit(word: string): number {
  const lex = lexicon();
  for (const suf of SUFFIXES) {
    if (suf.length >= word.length || !word.endsWith(suf)) continue;
    const i = lex.get(suf === '' ? word : word.slice(0, word.length - suf.length));
    if (i !== undefined) return i;
  }
  return -1;
}

/** True when two words written apart form a known compound (the second may carry a suffix). */
export function isCompoundPair(a: string, b: string): boolean {
  return compoundSplit(a + b) === a.length;
}
