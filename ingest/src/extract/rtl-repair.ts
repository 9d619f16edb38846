/**
 * Repair of Persian PDF text layers (pure, no IO).
 *
 * Chromium/Skia and many older producers write Persian as positioned glyphs in *visual* order
 * (left to right on the page), often mapped to Arabic presentation forms. pdf.js then reverses
 * each multi-glyph RTL item on its own, so a naive join reads «ﻪﺴﻠﺟ ﺦریﺎت» (reversed, with a few
 * pairs such as «ری» in logical order). We rebuild each line from the glyph positions:
 * units (pdf.js items, each internally in logical order) are sorted by x and the line is turned
 * from visual into logical order with the rules of the Unicode bidi algorithm that matter here
 * (RTL paragraph; digit runs with their separators and Latin words stay left-to-right).
 * Candidates are scored with language evidence (presentation-form joining consistency, common
 * Persian words) so logical-order PDFs are not "repaired" into nonsense.
 */

import { AR_LETTER, ZWNJ, foldLetters } from '../text/chars.ts';

/** One positioned text unit of a line (a pdf.js text item). */
export interface TextUnit {
  str: string;
  /** Left edge in page units. */
  x: number;
  /** Advance width in page units. */
  width: number;
  /** Font size/height in page units (for gap detection). */
  height: number;
}

type UnitType = 'R' | 'L' | 'EN' | 'N';

const ARABIC_LETTER =
  /[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
// Separators that stay inside a number («۱۴۰۲/۰۸/۱۵», «۱۰:۳۰», «۴۵٬۰۰۰», «۱۲٫۵», «1-2»).
const NUMBER_SEPARATOR = /^[/:.,\u066b\u066c\u060c-]$/;

function unitType(s: string): UnitType {
  if (ARABIC_LETTER.test(s)) return 'R';
  if (LATIN_LETTER.test(s)) return 'L';
  if (DIGIT.test(s)) return 'EN';
  return 'N';
}

/**
 * Resolve the embedding level of every unit of a line in visual order (1 = RTL, 2 = LTR
 * island in an RTL paragraph; 0/1 for an LTR paragraph).
 */
function resolveLevels(types: UnitType[], units: string[], rtl: boolean): number[] {
  const t = [...types];
  // W4: one number separator between two numbers belongs to the number.
  for (let i = 1; i < t.length - 1; i++) {
    if (t[i] === 'N' && t[i - 1] === 'EN' && t[i + 1] === 'EN' && NUMBER_SEPARATOR.test(units[i]!.trim() || ' ')) {
      t[i] = 'EN';
    }
  }
  // N1/N2: neutrals between two strong units of the same direction take it; numbers count as
  // R for this (UBA N1), so «۱۲ ۴۵» in a table row stays two separate runs.
  const strong = (x: UnitType): 'L' | 'R' | null => (x === 'L' ? 'L' : x === 'R' || x === 'EN' ? 'R' : null);
  const dirs: ('L' | 'R')[] = t.map((x) => strong(x) ?? (rtl ? 'R' : 'L'));
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== 'N') continue;
    let j = i;
    while (j < t.length && t[j] === 'N') j++;
    const before = i > 0 ? strong(t[i - 1]!) : null;
    const after = j < t.length ? strong(t[j]!) : null;
    const d = before !== null && before === after ? before : rtl ? 'R' : 'L';
    for (let k = i; k < j; k++) dirs[k] = d;
    i = j - 1;
  }
  return t.map((x, i) => {
    if (rtl) return x === 'L' || x === 'EN' || (x === 'N' && dirs[i] === 'L') ? 2 : 1;
    return x === 'R' || (x === 'N' && dirs[i] === 'R') ? 1 : x === 'EN' && dirs[i] === 'R' ? 2 : 0;
  });
}

/**
 * Turn one line of units in visual (left-to-right) order into logical order. `rtl` is the
 * paragraph direction; when omitted it is RTL if the line has more Arabic-script than Latin
 * letters.
 */
export function visualToLogical(units: string[], rtl?: boolean): string {
  if (units.length === 0) return '';
  const types = units.map(unitType);
  const dirRtl = rtl ?? isRtlText(units.join(''));
  const levels = resolveLevels(types, units, dirRtl);
  // Reverse from the highest level down (UBA L2); for our two-level lines this is: reverse the
  // whole line, then restore each LTR island.
  const idx = units.map((_, i) => i);
  const maxLevel = Math.max(...levels);
  for (let level = maxLevel; level >= 1; level--) {
    let i = 0;
    while (i < idx.length) {
      if (levels[idx[i]!]! >= level) {
        let j = i;
        while (j < idx.length && levels[idx[j]!]! >= level) j++;
        const run = idx.slice(i, j).reverse();
        idx.splice(i, j - i, ...run);
        i = j;
      } else i++;
    }
  }
  // L4: a bracket at an RTL level was drawn with its mirrored glyph, whose Unicode value is the
  // opposite bracket of the one meant.
  return idx.map((i) => (levels[i] === 1 && units.length > 1 ? (MIRROR[units[i]!] ?? units[i]!) : units[i]!)).join('');
}

const MIRROR: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/** True when a text has more Arabic-script letters than Latin letters. */
export function isRtlText(s: string): boolean {
  let ar = 0;
  let la = 0;
  for (const ch of s) {
    if (ARABIC_LETTER.test(ch)) ar++;
    else if (LATIN_LETTER.test(ch)) la++;
  }
  return ar > la;
}

const MARKS_ONLY = /^\p{M}+$/u;

/**
 * A unit without Arabic-script letters that holds spaces is an LTR run the producer drew in one
 * piece («08:51 1401», visual order). In an RTL line, numbers separated by a space are separate
 * runs (UBA N1 treats numbers as R), so the run is cut at its spaces, with positions shared out
 * by character count, and each piece is placed on its own: «24 اسفند 1401 08:51».
 */
function splitLtrRun(u: TextUnit): TextUnit[] {
  if (!/\S \S/.test(u.str) || ARABIC_LETTER.test(u.str)) return [u];
  const chars = [...u.str].length;
  const out: TextUnit[] = [];
  let at = 0;
  for (const piece of u.str.split(/( +)/)) {
    const n = [...piece].length;
    if (n > 0) out.push({ ...u, str: piece, x: u.x + (u.width * at) / chars, width: (u.width * n) / chars });
    at += n;
  }
  return out;
}

/**
 * Combining marks drawn as units of their own (Chromium writes «ّ» of «اللّه» as a zero-width
 * item) belong to the glyph they sit on: the non-mark unit starting at or just left of the
 * mark's position. Sorting by x alone can put the mark next to the neighbouring letter
 * («عبدالّلهی»). Returns the marks to append to each base and the set of attached mark units.
 */
function attachMarks(sorted: TextUnit[]): { marks: Map<TextUnit, string>; attached: Set<TextUnit> } {
  const marks = new Map<TextUnit, string>();
  const attached = new Set<TextUnit>();
  for (const m of sorted) {
    if (!MARKS_ONLY.test(m.str) || m.width > m.height * 0.3) continue;
    const eps = m.height * 0.05;
    let base: TextUnit | null = null;
    for (const u of sorted) {
      if (u === m || MARKS_ONLY.test(u.str) || u.x > m.x + eps) continue;
      if (m.x <= u.x + u.width + eps && (base === null || u.x > base.x)) base = u;
    }
    if (base === null) continue;
    marks.set(base, (marks.get(base) ?? '') + m.str);
    attached.add(m);
  }
  return { marks, attached };
}

/**
 * Build a line's logical text from positioned units: sort by x, add a space where the gap
 * between two units is wider than a word space but no space unit exists (table cells, producers
 * that position words without spaces), then reorder.
 */
export function lineFromUnits(units: TextUnit[], options: { reverseRtlUnits?: boolean } = {}): string {
  const sorted = units
    .flatMap(splitLtrRun)
    .filter((u) => u.str.length > 0)
    .sort((a, b) => a.x - b.x);
  const marksOf = attachMarks(sorted);
  const parts: string[] = [];
  let prevEnd: number | null = null;
  for (const u of sorted) {
    if (marksOf.attached.has(u)) continue;
    const gap = prevEnd === null ? 0 : u.x - prevEnd;
    if (prevEnd !== null && gap > Math.max(1, u.height * 0.25)) {
      const last = parts[parts.length - 1];
      if (last !== undefined && !/\s$/.test(last) && !/^\s/.test(u.str)) parts.push(' ');
    }
    let s = u.str;
    if (options.reverseRtlUnits && s.length > 1 && unitType(s) === 'R') s = [...s].reverse().join('');
    parts.push(s + (marksOf.marks.get(u) ?? ''));
    prevEnd = Math.max(prevEnd ?? -Infinity, u.x + u.width);
  }
  return restoreZwnj(visualToLogical(parts));
}

/**
 * Producers do not write ZWNJ into the text layer, but the glyph forms show it: a dual-joining
 * letter drawn in its final or isolated form and followed, inside the word, by another letter
 * was cut by a ZWNJ («طرح‌های» → ﺡ isolated + ﻫ). Needs logical order and presentation forms.
 */
export function restoreZwnj(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += ch;
    const cp = ch.codePointAt(0)!;
    const form = FORM_OF.get(cp);
    if (
      (form === 'iso' || form === 'fin') &&
      DUAL_JOINING.has(cp) &&
      i + 1 < chars.length &&
      JOINING.test(chars[i + 1]!)
    ) {
      out += '\u200c';
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Language evidence

/** Joining forms of the presentation-form letters: index in [isolated, final, initial, medial]. */
const FORM_OF = new Map<number, 'iso' | 'fin' | 'ini' | 'med'>();
/** Code points of the presentation forms of dual-joining letters. */
const DUAL_JOINING = new Set<number>();
(() => {
  const FORMS = ['iso', 'fin', 'ini', 'med'] as const;
  // [first code point, number of forms] for the FE70 block letters (hamza … lam-alef).
  const fe: [number, number][] = [
    [0xfe80, 1],
    [0xfe81, 2],
    [0xfe83, 2],
    [0xfe85, 2],
    [0xfe87, 2],
    [0xfe89, 4],
    [0xfe8d, 2],
    [0xfe8f, 4],
    [0xfe93, 2],
    [0xfe95, 4],
    [0xfe99, 4],
    [0xfe9d, 4],
    [0xfea1, 4],
    [0xfea5, 4],
    [0xfea9, 2],
    [0xfeab, 2],
    [0xfead, 2],
    [0xfeaf, 2],
    [0xfeb1, 4],
    [0xfeb5, 4],
    [0xfeb9, 4],
    [0xfebd, 4],
    [0xfec1, 4],
    [0xfec5, 4],
    [0xfec9, 4],
    [0xfecd, 4],
    [0xfed1, 4],
    [0xfed5, 4],
    [0xfed9, 4],
    [0xfedd, 4],
    [0xfee1, 4],
    [0xfee5, 4],
    [0xfee9, 4],
    [0xfeed, 2],
    [0xfeef, 2],
    [0xfef1, 4],
    [0xfef5, 2],
    [0xfef7, 2],
    [0xfef9, 2],
    [0xfefb, 2],
    // FB50 block: the Persian letters پ چ ژ ک گ ی and heh variants.
    [0xfb56, 4],
    [0xfb7a, 4],
    [0xfb8a, 2],
    [0xfb8e, 4],
    [0xfb92, 4],
    [0xfbfc, 4],
    [0xfba4, 2],
    [0xfba6, 4],
    [0xfbaa, 4],
  ];
  for (const [start, n] of fe) {
    for (let i = 0; i < n; i++) {
      FORM_OF.set(start + i, FORMS[i]!);
      if (n === 4) DUAL_JOINING.add(start + i);
    }
  }
})();

const JOINING = /[\u0621-\u064a\u066e-\u06d3\u06d5\ufb50-\ufdff\ufe70-\ufefc]/;

/**
 * How consistent the presentation forms are with their neighbours in this order, −1..1
 * (null when there are none): an initial/medial form must be followed by a letter, a
 * final/medial form preceded by one. Text in visual order scores strongly negative.
 */
export function formConsistency(s: string): number | null {
  const chars = [...s];
  let good = 0;
  let total = 0;
  for (let i = 0; i < chars.length; i++) {
    const form = FORM_OF.get(chars[i]!.codePointAt(0)!);
    if (form === undefined || form === 'iso') continue;
    const next = chars[i + 1] ?? ' ';
    const prev = chars[i - 1] ?? ' ';
    if (form === 'ini' || form === 'med') {
      total++;
      if (JOINING.test(next)) good++;
    }
    if (form === 'fin' || form === 'med') {
      total++;
      if (JOINING.test(prev)) good++;
    }
  }
  return total === 0 ? null : (2 * good) / total - 1;
}

// The most frequent Persian words of more than one letter (none is a palindrome, so reversed
// text does not match them).
const COMMON = new Set(
  (
    'در به از که این را با است برای آن شد می های ها شده تا هم یک کرد بر خود شود نیز ' +
    'کند اند بود ای دارد باید کرده گفت سال اعلام جلسه استان شهر آب دو سه پس ما وی ' +
    'شهرستان مورد اجرای طرح ریال تومان میلیون میلیارد هزار تاریخ شماره روز ساعت ' +
    'مدیر کل سازمان اداره عنوان گزارش نماینده بانک صندوق حضور رئیس معاون پیگیری ' +
    'مقرر گردید شورای اسلامی مصوبات موضوع کار دستور توسط همچنین بین پیش اما چون ' +
    'بیش کرده‌اند شده‌اند شده است خواهد تمامی کلیه جهت درصد روستایی توسعه'
  ).split(/\s+/),
);

/** A word: Arabic-script letters, their marks and ZWNJ (not the digits and punctuation of the block). */
const TOKEN = new RegExp(`[${AR_LETTER}\\u064B-\\u065F\\u0670${ZWNJ}]+`, 'g');

/** Share of Arabic-script tokens that are common Persian words (after NFKC), 0..1. */
export function commonWordRatio(s: string): { ratio: number; tokens: number } {
  const tokens = foldLetters(s.normalize('NFKC')).match(TOKEN) ?? [];
  if (tokens.length === 0) return { ratio: 0, tokens: 0 };
  let hits = 0;
  for (const t of tokens) if (COMMON.has(t) || COMMON.has(t.replace(/\u200c/g, ''))) hits++;
  return { ratio: hits / tokens.length, tokens: tokens.length };
}

/** A plausibility score for choosing between reading orders (higher = more like Persian). */
export function orderScore(s: string): number {
  const form = formConsistency(s);
  const { ratio, tokens } = commonWordRatio(s);
  return (form ?? 0) + (tokens > 0 ? ratio * 4 : 0);
}

const EXPECTED_CHAR = /[\p{L}\p{N}\p{M}\s\u200c\u200d.,،؛:;!?؟«»()[\]{}\-–—_/\\%٪٫٬'"“”‘’*+=#@&|<>~^$€﷼·•…]/u;
const LATIN_SUPPLEMENT = /[\u00c0-\u00ff]/;

/**
 * How far a page's text layer can be trusted, 0..1. Low for: garbage characters (unmapped
 * glyphs, PUA, control codes, Latin-1 mojibake of legacy Arabic encodings), Persian text in which
 * common words are missing (wrong order or broken glyph mapping), inconsistent joining forms.
 */
export function textLayerQuality(s: string): number {
  const chars = [...s.replace(/\s+/g, '')];
  if (chars.length === 0) return 0;
  let bad = 0;
  let mojibake = 0;
  let arabic = 0;
  for (const ch of chars) {
    if (!EXPECTED_CHAR.test(ch) || (ch >= '\ue000' && ch <= '\uf8ff') || ch === '\ufffd') bad++;
    if (LATIN_SUPPLEMENT.test(ch)) mojibake++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  const garbage = (bad + mojibake) / chars.length;
  let q = Math.max(0, 1 - garbage * 4);
  if (arabic >= chars.length * 0.3) {
    const { ratio, tokens } = commonWordRatio(s);
    // Persian prose has 15–30 % common words; a list, a table or a heading fewer, so a short
    // text is judged leniently.
    const wordEvidence = tokens >= 15 ? Math.min(1, ratio / 0.1) : Math.min(1, 0.6 + ratio * 4);
    q *= 0.35 + 0.65 * wordEvidence;
    const form = formConsistency(s);
    if (form !== null) q *= Math.max(0, Math.min(1, (form + 1) / 1.6));
  }
  return Math.round(q * 1000) / 1000;
}
