/**
 * The two forms of every Persian text (DESIGN.md §5): the repaired **display form** and the
 * **search key** used identically at index and query time by both search engines.
 *
 * Contract (what the engines rely on):
 * - Documents are indexed as `searchTokens(display)`, queries as `searchTokens(query)`.
 * - `searchTokens(x)` equals `searchTokens(toDisplay(x))` for any x, so indexing the display form
 *   or the raw text gives the same tokens.
 * - Spelling variants of the same words give equal tokens: Arabic ي/ك/ى/ة vs Persian letters,
 *   presentation forms, harakat, tatweel, invisible marks, Persian/Arabic-Indic/ASCII digits,
 *   thousands separators, and a bound affix written with ZWNJ, with a space, or joined
 *   («می‌شود» = «می شود» = «میشود»; «دستگاه‌ها» = «دستگاه ها» = «دستگاهها»).
 * - No stemming: a token is a surface word with affixes attached. Plural folding is a separate,
 *   optional second field ({@link ./plural.ts}).
 */
import { isValidJalaaliDate } from 'jalaali-js';
import {
  AR_LETTER,
  ZWNJ,
  foldKeyLetters,
  foldLetters,
  removeHarakat,
  removeInvisible,
  toAsciiDigits,
} from './chars.ts';
import { compoundSplit, isCompoundPair } from './compounds.ts';
import { foldHamzaSeats } from './hamza.ts';

const L = `[${AR_LETTER}]`;
const NOT_WORD_AFTER = `(?![${AR_LETTER}\\p{M}])`;
const NOT_WORD_BEFORE = `(?<![${AR_LETTER}\\p{M}\\p{N}\\u200c])`;

/**
 * Words that follow a detached «می/نمی/بی» without being its verb/noun («ماه می و ژوئن»). A
 * prefix is never joined to them, nor to a one-letter word or a digit.
 */
const PREFIX_BLOCKERS: ReadonlySet<string> = new Set([
  'و',
  'از',
  'به',
  'در',
  'که',
  'را',
  'با',
  'تا',
  'یا',
  'این',
  'آن',
  'ان',
  'هم',
  'بر',
  'اما',
  'اگر',
  'برای',
  'ها',
  'های',
  'بی',
  'می',
  'نمی',
  'سال',
  'ماه',
  'روز',
  'نیز',
  'هر',
  'چه',
  'چون',
  'ولی',
]);

// «می/نمی/بی» standing alone before a word. «ماه می» (May) is excluded by the look-behind, a
// following digit by the letter look-ahead («ماه می ۲۰۲۳»). Words that merely start with these
// letters («میز», «میلیارد», «بیمه», «بیست») never match: the prefix must be a whole word.
const PREFIX_SPACE = new RegExp(`${NOT_WORD_BEFORE}(?<!ماه )(ن?می|بی) (?=(${L}+)${NOT_WORD_AFTER})`, 'gu');

// Plural/comparative suffixes written as a separate word after a word of ≥ 2 letters.
const SUFFIX_SPACE = new RegExp(
  `(?<=${L}\\p{M}*${L}\\p{M}*) (هایمان|هایتان|هایشان|هایم|هایت|هایش|هایی|های|هاست|ها|ترین|تری|تر)${NOT_WORD_AFTER}`,
  'gu',
);
// Copula/indefinite suffixes after a vowel-final word («لحظه ای», «کرده اند», «ایرانی اند»).
const SUFFIX_SPACE_VOWEL = new RegExp(
  `(?<=${L}\\p{M}*[هی]) (ای|اند)${NOT_WORD_AFTER}|(?<=${L}\\p{M}*ه) (ام|ایم|اید)${NOT_WORD_AFTER}`,
  'gu',
);

// «ه» + «ها…» written joined without ZWNJ («خانوادههای»): a sequence «هها» only ever arises this
// way, so the display form may safely put the ZWNJ back.
const JOINED_HEH_HA = new RegExp(`(?<=${L}\\p{M}*)ه(?=ها)`, 'gu');

// ZWNJ that does not stand between two letters is noise (next to a space, digit, punctuation).
const ZWNJ_RUN = /\u200c{2,}/g;
const ZWNJ_STRAY = new RegExp(`(?<![${AR_LETTER}\\p{M}])\\u200c|\\u200c(?!${L})`, 'gu');

const SPACE_RUN = / {2,}/g;
const SPACE_AROUND_NEWLINE = / *\n */g;
const SPACE_AROUND_TAB = / *\t */g;
// No space before closing punctuation, none after opening punctuation.
const SPACE_BEFORE_CLOSE = /(?<=\S) +([،؛؟!»)\]}:.,;?])/g;
const SPACE_AFTER_OPEN = /([«([{]) +/g;
// One space after punctuation that is directly followed by a word (digits are left alone so
// «۱۲٫۵», «12.5», «10:30», «۱۲،۵۰۰» stay intact).
const MISSING_SPACE_AFTER = new RegExp(`([،؛؟!»)\\]}])(?=[\\p{L}])|([.:])(?=${L})`, 'gu');
const MISSING_SPACE_BEFORE_OPEN = new RegExp(`([${AR_LETTER}\\u06f0-\\u06f9])([«(])`, 'gu');

/**
 * Repaired display form of a Persian text.
 *
 * - presentation forms → letters (NFKC on those runs only: «ﻧ» → «ن»), ي ى → ی، ك → ک;
 * - tatweel, ZWJ, ZWSP, BOM, soft hyphen and bidi marks removed; NBSP/thin spaces → space;
 * - stray ZWNJ (next to a space, digit or punctuation) removed, repeated ZWNJ collapsed;
 * - detached affixes get a ZWNJ: «می کنند» → «می‌کنند», «خانواده های» → «خانواده‌های»,
 *   «بزرگ تر» → «بزرگ‌تر», «لحظه ای» → «لحظه‌ای», «خانوادههای» → «خانواده‌های»;
 * - no space before `.،؛؟!:»)`, one space after `،؛؟!»)` before a word, none inside «» ();
 * - runs of spaces collapsed; newlines and tabs kept (line structure is used by parsers),
 *   spaces around them removed; the whole text trimmed;
 * - digits and harakat are kept as written.
 */
export function toDisplay(text: string): string {
  let s = foldLetters(removeInvisible(text));
  s = s.replace(ZWNJ_RUN, ZWNJ).replace(ZWNJ_STRAY, '');
  s = s
    .replace(SPACE_RUN, ' ')
    .replace(SPACE_AROUND_NEWLINE, '\n')
    .replace(SPACE_AROUND_TAB, '\t')
    .replace(SPACE_BEFORE_CLOSE, '$1')
    .replace(SPACE_AFTER_OPEN, '$1')
    .replace(MISSING_SPACE_AFTER, '$1$2 ')
    .replace(MISSING_SPACE_BEFORE_OPEN, '$1 $2');
  s = joinAffixes(s, ZWNJ).replace(JOINED_HEH_HA, 'ه' + ZWNJ);
  return s.trim();
}

function joinAffixes(s: string, glue: string): string {
  return s
    .replace(PREFIX_SPACE, (m: string, prefix: string, next: string) =>
      next.length < 2 || PREFIX_BLOCKERS.has(next) || (prefix === 'بی' && next.startsWith('بی')) ? m : prefix + glue,
    )
    .replace(SUFFIX_SPACE, `${glue}$1`)
    .replace(SUFFIX_SPACE_VOWEL, (_m: string, a: string | undefined, b: string | undefined) => glue + (a ?? b ?? ''));
}

// Thousands separators: ASCII comma, Arabic thousands separator, Arabic comma, apostrophe, when
// followed by exactly three digits («۱۲٬۵۰۰٬۰۰۰», «12,500,000»).
const THOUSANDS = /(?<=\d)[,٬،'’](?=\d{3}(?!\d))/g;
// Ezafe written as a separate «ی» after «ه» («خانه‌ی», «خانه ی») means the same as «خانۀ».
const EZAFE_YEH = new RegExp(`(?<=${L}ه)[\\u200c ]ی${NOT_WORD_AFTER}`, 'gu');
// Final hamza after alef is optional in Persian spelling («اعضاء» = «اعضا»).
const FINAL_ALEF_HAMZA = new RegExp(`(?<=ا)ء${NOT_WORD_AFTER}`, 'gu');
const ALL_ZWNJ = /\u200c/g;
const WHITESPACE = /\s+/g;
// Numeric Y/M/D dates: padded and given a four-digit year in the key so «1401/8/5», «۱۴۰۱/۰۸/۰۵»
// and «01/8/5» give the same tokens (1401 08 05). Validated; anything else is left alone.
const NUMERIC_DATE = /(?<![\d./-])(\d{4}|\d{2})([/-])(\d{1,2})\2(\d{1,2})(?![\d/]|[.-]\d)/g;

/**
 * The search key: one string used for indexing and for queries, in both engines.
 *
 * On top of the display repairs: hamza seats folded (hamza.ts: مسئول = مسؤول = مسوول، هیئت = هیات);
 * ة ۀ هٔ → ه، أ إ ٱ آ → ا، ؤ → و، ئ → ی; harakat dropped; all
 * digits ASCII; `٫` → `.`, `٪` → `%`; thousands separators dropped; ZWNJ removed and detached
 * prefixes (می، نمی، بی) and suffixes (ها، های، هایی، تر، ترین، ای، اند، ام …) joined to their
 * word; numeric Y/M/D dates zero-padded with a four-digit year (two-digit years: ≥ 50 → 13yy,
 * else 14yy); Latin lower-cased; all whitespace collapsed to single spaces. Punctuation is kept
 * (engines treat it as a separator).
 */
export function searchKey(text: string): string {
  return keyWithCompoundZwnj(text).replace(ALL_ZWNJ, '');
}

// A ZWNJ in front of a bound suffix or after a word-initial prefix only marks the affix: it is
// dropped (the affix joins). Any other ZWNJ separates the parts of a compound («نیمه‌تمام»).
const AFFIX_ZWNJ = new RegExp(
  `\\u200c(?=(?:هایمان|هایتان|هایشان|هایم|هایت|هایش|هایی|های|هاست|ها|ترین|تری|تر|ای|اند|ام|ایم|اید|اش|ی)${NOT_WORD_AFTER})|(?<=${NOT_WORD_BEFORE}(?:ن?می|بی))\\u200c`,
  'gu',
);

/** The search key, still holding the ZWNJ of compounds (affix ZWNJ already removed). */
function keyWithCompoundZwnj(text: string): string {
  let s = removeHarakat(foldKeyLetters(foldHamzaSeats(foldLetters(removeInvisible(text)))));
  s = toAsciiDigits(s).replace(THOUSANDS, '');
  s = s
    .replace(ZWNJ_RUN, ZWNJ)
    .replace(ZWNJ_STRAY, '')
    .replace(EZAFE_YEH, '')
    .replace(FINAL_ALEF_HAMZA, '')
    .replace(AFFIX_ZWNJ, '')
    .replace(WHITESPACE, ' ')
    .trim();
  s = joinAffixes(s, '');
  s = s.replace(NUMERIC_DATE, padDate);
  return s.toLowerCase();
}

function padDate(m: string, y: string, _sep: string, mo: string, d: string): string {
  let year = Number(y);
  if (y.length === 2) year += year >= 50 ? 1300 : 1400;
  const month = Number(mo);
  const day = Number(d);
  if (year < 1200 || year > 1500 || !isValidJalaaliDate(year, month, day)) return m;
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

// Tokens: decimal numbers stay whole («12.5»); letters (with marks) and digit runs are split
// from each other («۹متر» → 9, متر); everything else separates («/», «-», punctuation).
const TOKEN = /\d+(?:\.\d+)*|[\p{L}\p{M}\u200c]+|\p{N}+/gu;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Split a search key into token groups: one group per written word, `[word]`, or for a
 * compound `[part, part, joined]`. A compound is a word written with a ZWNJ between parts (the
 * key still holds it: internal form), a known compound of the lexicon written joined
 * («سرمایهگذاری») or as two words with a space («سرمایه گذاری»), with or without a suffix.
 */
export function tokenGroupsOfKey(key: string): string[][] {
  const out: string[][] = [];
  let prev: { token: string; end: number } | null = null;
  for (const m of key.matchAll(TOKEN)) {
    const t = m[0];
    const at = m.index;
    if (t.includes(ZWNJ)) {
      const parts = t.split(ZWNJ).filter((p) => p !== '');
      out.push(parts.length > 1 ? [...parts, parts.join('')] : parts);
      prev = null;
      continue;
    }
    if (LETTERS.test(t)) {
      if (prev !== null && key.slice(prev.end, at) === ' ' && isCompoundPair(prev.token, t)) {
        out[out.length - 1] = [prev.token, t, prev.token + t];
        prev = null;
        continue;
      }
      const i = compoundSplit(t);
      out.push(i > 0 ? [t.slice(0, i), t.slice(i), t] : [t]);
      prev = i > 0 ? null : { token: t, end: at + t.length };
      continue;
    }
    out.push([t]);
    prev = null;
  }
  return out;
}

/** Split a search key into tokens: the token groups of {@link tokenGroupsOfKey}, flattened. */
export function tokenizeKey(key: string): string[] {
  return tokenGroupsOfKey(key).flat();
}

/**
 * Token groups of a text's search key (one per written word; a compound gives its parts and
 * the joined word). Queries use the groups to search a compound as one word.
 */
export function searchTokenGroups(text: string): string[][] {
  return tokenGroupsOfKey(keyWithCompoundZwnj(text));
}

/**
 * Tokens of the search key. Engines index `searchTokens(display)` and query with
 * `searchTokens(query)`.
 *
 * Guarantee: a query token equals a document token whenever the two are spelling variants of
 * the same word (letters, digits, marks, hamza seats, affix written with ZWNJ / space / joined).
 * A compound written with ZWNJ («نیمه‌تمام», «پیش‌بینی») gives its parts and the joined word
 * (`نیمه`, `تمام`, `نیمهتمام`); so does a compound of the lexicon written with a space or joined
 * («سرمایه گذاری», «سرمایهگذاری»). A compound the lexicon does not know, written with a space
 * in the document and joined in the query (or the reverse), is bridged by the engines (the
 * FTS5 engine from its vocabulary).
 */
export function searchTokens(text: string): string[] {
  return tokenizeKey(keyWithCompoundZwnj(text));
}
