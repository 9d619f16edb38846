/**
 * Word boundaries of Persian text, built from real letter classes. The Arabic block
 * U+0600–U+06FF also holds «،» «؛» «؟», the Arabic-Indic and Persian digits and other signs, so a
 * pattern that treats that whole range as "letter" misses a keyword followed by «،» or «:» —
 * every parser pattern builds its boundaries from {@link L} instead. Pure.
 */
import { AR_LETTER } from '../text/chars.ts';

/** Persian/Arabic letters plus harakat and ZWNJ: the characters a word is made of (class body). */
export const L = `${AR_LETTER}\\u064B-\\u065F\\u0670\\u200c`;

/** Not preceded by a letter (start of a word). */
export const WB_START = `(?<![${L}])`;
/** Not followed by a letter (end of a word). */
export const WB_END = `(?![${L}])`;

/**
 * A regex from a template, with backslashes kept as written (like String.raw), so word
 * boundaries can be interpolated: re('g')`${WB_START}شهردار${WB_END}`.
 */
export function re(flags = ''): (strings: TemplateStringsArray, ...subs: string[]) => RegExp {
  return (strings, ...subs) => new RegExp(String.raw({ raw: strings.raw }, ...subs), flags);
}

/** Whether `word` occurs in `text` as a whole word (not inside a longer word). */
export function hasWord(text: string, word: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${WB_START}${esc}${WB_END}`).test(text);
}
