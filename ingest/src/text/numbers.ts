/**
 * Persian numbers: number words («دو هزار میلیارد»), digits in any digit set with separators
 * («۱۲٬۵۰۰٬۰۰۰», «۱۲٫۵»), mixed forms («۴۶ میلیارد»), ordinals («بیست و سومین») and money amounts
 * («۱۰۰ میلیارد ریال» → 10,000,000,000 toman). Pure functions, no IO.
 */
import { AR_LETTER, foldKeyLetters, foldLetters, removeHarakat, removeInvisible, toAsciiDigits } from './chars.ts';

const UNITS: Readonly<Record<string, number>> = {
  صفر: 0,
  یک: 1,
  یه: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  شیش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  یازده: 11,
  دوازده: 12,
  سیزده: 13,
  چهارده: 14,
  پانزده: 15,
  پونزده: 15,
  شانزده: 16,
  شونزده: 16,
  هفده: 17,
  هیفده: 17,
  هجده: 18,
  هیجده: 18,
  نوزده: 19,
  بیست: 20,
  سی: 30,
  چهل: 40,
  پنجاه: 50,
  شصت: 60,
  هفتاد: 70,
  هشتاد: 80,
  نود: 90,
  صد: 100,
  یکصد: 100,
  دویست: 200,
  سیصد: 300,
  چهارصد: 400,
  پانصد: 500,
  ششصد: 600,
  هفتصد: 700,
  هشتصد: 800,
  نهصد: 900,
};
const MAGNITUDES: Readonly<Record<string, number>> = {
  هزار: 1e3,
  میلیون: 1e6,
  ملیون: 1e6,
  میلیارد: 1e9,
  ملیارد: 1e9,
  بیلیون: 1e9,
  تریلیون: 1e12,
  بیلیارد: 1e12,
};
const MAGNITUDE_ALT = Object.keys(MAGNITUDES).join('|');
// «۱۳۶میلیارد», «۵۰۰میلیون»: digits written straight onto their magnitude word.
const DIGIT_THEN_MAGNITUDE = new RegExp(`(?<=\\d)(?=(?:${MAGNITUDE_ALT}))`, 'g');
const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(MAGNITUDES)].sort(
  (a, b) => b.length - a.length,
);

/** Prepare text for number parsing: folded letters, ASCII digits, `.` decimals, no separators. */
function normalizeNumeric(s: string): string {
  return toAsciiDigits(removeHarakat(foldKeyLetters(foldLetters(removeInvisible(s)))))
    .replace(GROUPED, (g) => g.replace(/[^\d]/g, ''))
    .replace(/(?<=\d)[,٬،'’](?=\d{3}(?!\d))/g, '')
    .replace(/(^|\s)سی\s+صد(?=\s|$)/g, '$1سیصد')
    .replace(/\u200c/g, ' ')
    .replace(DIGIT_THEN_MAGNITUDE, ' ');
}

/**
 * Digits with thousands groups: «11/500/000/000», «۱۲٬۵۰۰٬۰۰۰», «1,250», and «۱۲٫۵۰۰٫۰۰۰» or
 * «12.500.000» where the decimal mark repeats (once, «۲٫۵۰۰» stays a decimal).
 */
const GROUP_SOURCE = '\\d{1,3}(?:(?:[/][0-9]{3})+|(?:[.٫][0-9]{3}){2,})(?![0-9])';
const GROUPED = new RegExp(`(?<![\\d/.٫])${GROUP_SOURCE}`, 'g');

const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Split a word that fuses several number words («یکهزار», «سیوپنج», «دوهزار») into them.
 * Returns null when the word is not made only of number words and «و».
 */
function segment(word: string): string[] | null {
  if (word in UNITS || word in MAGNITUDES || word === 'و') return [word];
  const out: string[] = [];
  let i = 0;
  outer: while (i < word.length) {
    for (const w of NUMBER_WORDS) {
      if (word.startsWith(w, i)) {
        out.push(w);
        i += w.length;
        continue outer;
      }
    }
    if (word[i] === 'و' && out.length > 0) {
      i += 1;
      continue;
    }
    return null;
  }
  return out;
}

/**
 * Parse a Persian number written in words, digits (any digit set, with `٬ , ،` thousands and
 * `٫ .` decimal separators) or both («۴۶ میلیارد», «۲.۵ میلیون», «هزار و دویست میلیارد»,
 * «چهار صد», «سی‌و‌پنج», «یکهزار»). The whole string must be a number; otherwise null.
 *
 * Magnitudes group like Persian speech: a magnitude multiplies everything before it that has a
 * smaller magnitude («دو هزار میلیارد» = 2×10¹², «صد و بیست هزار میلیارد» = 1.2×10¹⁴,
 * «بیست و پنج میلیارد و ششصد میلیون» = 25.6×10⁹).
 */
export function parseNumber(s: string): number | null {
  const words = normalizeNumeric(s).trim().split(/\s+/);
  if (words.length === 1 && words[0] === '') return null;
  const parts: string[] = [];
  for (const w of words) {
    if (DECIMAL.test(w)) {
      parts.push(w);
      continue;
    }
    const seg = segment(w);
    if (!seg) return null;
    parts.push(...seg);
  }
  return evaluate(parts);
}

/** Evaluate number-word parts (already segmented, digits allowed). */
function evaluate(parts: readonly string[]): number | null {
  const stack: { value: number; mag: number }[] = [];
  let cur = 0;
  let curSet = false;
  let seen = false;
  let lastWasAnd = true;
  for (const p of parts) {
    if (p === 'و') {
      if (lastWasAnd) return null;
      lastWasAnd = true;
      continue;
    }
    const small = DECIMAL.test(p) ? Number(p) : UNITS[p];
    if (small !== undefined) {
      // After «… میلیون و» only a part smaller than a million may follow; «۵۰۰ میلیون و ۱۲۵۰۰۰۰۰»
      // is two numbers, not one.
      const lastMag = stack.length > 0 ? stack[stack.length - 1]!.mag : Infinity;
      if (cur + small >= lastMag) return null;
      // «چهار صد» = 4 × 100: a hundred word right after a unit multiplies it.
      if (curSet && !lastWasAnd && p === 'صد' && cur > 0 && cur < 10) cur *= 100;
      else if (curSet && !lastWasAnd && DECIMAL.test(p))
        return null; // «۱۲ ۱۳» is two numbers
      else cur += small;
      curSet = true;
      seen = true;
      lastWasAnd = false;
      continue;
    }
    const mag = MAGNITUDES[p];
    if (mag === undefined) return null;
    let value = curSet ? cur : 0;
    while (stack.length > 0 && stack[stack.length - 1]!.mag < mag) value += stack.pop()!.value;
    if (value === 0) value = 1; // «هزار» alone, «هزار میلیارد»
    stack.push({ value: value * mag, mag });
    cur = 0;
    curSet = false;
    seen = true;
    lastWasAnd = false;
  }
  if (!seen || lastWasAnd) return null;
  let total = cur;
  for (const t of stack) total += t.value;
  return Number(total.toPrecision(15));
}

const ORDINAL_SPECIAL: Readonly<Record<string, number>> = {
  اول: 1,
  نخست: 1,
  یکم: 1,
  دوم: 2,
  سوم: 3,
  سیم: 30,
};

/**
 * Parse a Persian ordinal: «سومین» → 3, «دهمین» → 10, «اولین»/«نخستین» → 1, «بیست و سوم» → 23,
 * «یکصد و دوازدهمین» → 112, «سی‌ام» → 30, «۲۳ام»/«۲۳مین» → 23. Returns null otherwise.
 */
export function parseOrdinal(s: string): number | null {
  let t = normalizeNumeric(s).trim().replace(/\s+/g, ' ');
  const digits = /^(\d+)\s*-?\s*(?:امین|مین|ام|م)$/.exec(t);
  if (digits) return Number(digits[1]);
  if (t.endsWith('ین')) t = t.slice(0, -2);
  t = t.replace(/ ام$/, 'ام');
  const m = /^(.*?)(\S+)$/.exec(t);
  if (!m) return null;
  const head = m[1] ?? '';
  const last = m[2] ?? '';
  let lastValue: string | null = null;
  if (last in ORDINAL_SPECIAL) {
    const v = ORDINAL_SPECIAL[last]!;
    if (head === '') return v;
    lastValue = String(v);
  } else if (last.endsWith('ام') && parseNumber(last.slice(0, -2)) !== null) {
    lastValue = last.slice(0, -2);
  } else if (last.endsWith('م') && parseNumber(last.slice(0, -1)) !== null) {
    lastValue = last.slice(0, -1);
  }
  if (lastValue === null) return null;
  const n = parseNumber(head + lastValue);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

// ---------------------------------------------------------------------------------------------
// Amounts in running text

/** A money amount found in text. */
export interface FoundAmount {
  /** The amount as written in the original text (number + magnitude + currency). */
  text: string;
  /** Start offset in the original text (UTF-16 code units). */
  index: number;
  /** End offset (exclusive) in the original text. */
  end: number;
  /** The number as written, in the written unit («۱۰۰ میلیارد ریال» → 1e11). */
  value: number;
  /** Amount in toman (rial / 10); null when no currency word follows the number, or a foreign one. */
  toman: number | null;
  /**
   * The currency word: تومان, ریال, or null for «مبلغ ۵۰۰ میلیون» with no currency and for a
   * foreign currency («۱۸۰ میلیون دلار», «۳ میلیون یورو»: money, but no toman value).
   */
  unit: 'toman' | 'rial' | null;
}

const L = `[${AR_LETTER}]`;
const NUM_WORD_ALT = NUMBER_WORDS.join('|');
// One number token: digits (with decimals) or a number word, optionally fused («یکهزار»).
// A number word may run straight into the currency word («۳ میلیاردتومان»).
// Currency words: Iranian (a toman value) and foreign («۲ میلیارد دلار», «۵۰ میلیون یورو»,
// «۳۰۰ هزار درهم»; adjective forms «دلاری», «یورویی»).
const HOME_CURRENCY = 'تومان|تومن|ریال';
const FOREIGN_CURRENCY = 'دلار|یورو|درهم|یوان|پوند|روبل|لیر|دینار|روپیه';
const CURRENCY_WORD = `${HOME_CURRENCY}|${FOREIGN_CURRENCY}`;
const NUM_TOKEN = `(?:${GROUP_SOURCE}|\\d{1,3}(?:[,،]\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:[.٫]\\d+)?|(?:${NUM_WORD_ALT})(?:و?(?:${NUM_WORD_ALT}))*(?!(?!${CURRENCY_WORD})${L}))`;
const NUM_PHRASE = `${NUM_TOKEN}(?:(?:\\s+و\\s*|\\s*و\\s+|\\s+|(?<=\\d)(?=${MAGNITUDE_ALT}))${NUM_TOKEN})*`;
const CURRENCY = `(?:${CURRENCY_WORD})(?:ی|یی)?(?!${L})`;
const HOME_CURRENCY_RE = new RegExp(`^(?:${HOME_CURRENCY})`);
const AMOUNT_RE = new RegExp(
  `(?<![${AR_LETTER}\\d.])(?:(${NUM_PHRASE})\\s*(${CURRENCY})|(?<=مبلغ\\s+)(${NUM_PHRASE}))`,
  'gu',
);
const RANGE_BEFORE = new RegExp(`(?:(?:بین|از)\\s+)?(${NUM_PHRASE})\\s*(?:تا|الی|-|–)\\s*$`, 'u');
const PER_UNIT_AFTER = new RegExp(`^\\s*(?:برای|به ازای|به ازا ی)?\\s*هر\\s+${L}+(?:\\s+(?:مسکونی|شغلی|تولیدی))?`, 'u');
/** «۱۰» before «تا ۱۵ میلیارد»: a lower bound smaller than the upper one (a year is not). */
function isRangeStart(lower: string, upper: string): boolean {
  const lo = parseNumber(lower);
  const head = parseNumber(upper.trim().split(/\s+/)[0] ?? '');
  if (lo === null || head === null) return false;
  const bare = !/[^\d.\s٫,]/u.test(lower);
  return bare ? lo < head : lo < (parseNumber(upper) ?? 0);
}
const VAGUE_BEFORE = new RegExp(`(?:چند|چندین|ها|هزاران|میلیونها|میلیاردها|صدها|دهها)\\s*$`, 'u');
const MAGNITUDE_START = new RegExp(`^(?:${MAGNITUDE_ALT})`, 'u');

/**
 * A copy of `text` normalized for number/date matching, with the original offset of each of its
 * characters. Removed characters (harakat, tatweel, bidi marks) vanish; ZWNJ becomes a space.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` = original index of normalized character i; one extra entry = text.length. */
  offsets: Int32Array;
}

const DROP_RE =
  /\u200d|[\u064b-\u065f\u0670\u0640\u200b\u200e\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/;

// Replacement of every character the scanner normalizes ('' = dropped), built once. Characters
// below U+00A0 and those absent from the map are kept as they are.
const SCAN_MAP: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  const ranges: ReadonlyArray<readonly [number, number]> = [
    [0x00a0, 0x00ad],
    [0x0600, 0x06ff],
    [0x2000, 0x206f],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      let rep: string;
      if (DROP_RE.test(ch)) rep = '';
      else if (code === 0x200c || code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) rep = ' ';
      else rep = toAsciiDigits(foldKeyLetters(foldLetters(ch))).replace('٬', ',');
      if (rep !== ch) map.set(code, rep);
    }
  }
  return map;
})();

/** Normalize `text` for number/date scanning while keeping a map back to original offsets. */
export function mapForScanning(text: string): MappedText {
  let out = '';
  const offsets = new Int32Array(text.length * 2 + 1);
  let n = 0;
  let runStart = 0; // start of the current run of unchanged characters
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const rep = code < 0x00a0 ? undefined : SCAN_MAP.get(code);
    if (rep === undefined) {
      offsets[n++] = i;
      continue;
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
    out += rep;
    for (let k = 0; k < rep.length; k++) offsets[n++] = i;
  }
  out += text.slice(runStart);
  offsets[n] = text.length;
  return { text: out, offsets: offsets.subarray(0, n + 1) };
}

/** Original [index, end) of the normalized range [start, stop). */
export function originalRange(m: MappedText, start: number, stop: number): [number, number] {
  const index = m.offsets[start]!;
  const end = stop > start ? m.offsets[stop - 1]! + 1 : index;
  return [index, end];
}

/**
 * Find money amounts in running text, in text order. An amount is a number (digits, words or
 * both, with magnitude words) followed by a currency word (تومان/ریال, also «تومانی»/«ریالی»).
 * Rials are converted to toman (÷ 10). «مبلغ X» with no currency word is also reported, with
 * `unit: null` and `toman: null` (the value is kept as written in `value`): the unit cannot be
 * known, and guessing would put wrong numbers in the amount facet.
 * Vague quantities («چند میلیون تومان», «ده‌ها میلیارد ریال») are not amounts.
 */
export function findAmounts(text: string): FoundAmount[] {
  const mapped = mapForScanning(text);
  const t = mapped.text;
  const found: FoundAmount[] = [];
  for (const m of t.matchAll(AMOUNT_RE)) {
    const phrase = m[1] ?? m[3] ?? '';
    const currency = m[2];
    if (MAGNITUDE_START.test(m[1] ?? m[3] ?? '') && VAGUE_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) {
      continue;
    }
    let start = m.index;
    let value = parseNumber(phrase);
    if (value === null && currency !== undefined) {
      // «۵۰۰ میلیون و ۱۲٬۵۰۰٬۰۰۰ ریال»: keep the longest tail of the phrase that is one number.
      for (const cut of phrase.matchAll(/(?<=\s)(?=\S)(?!و\s)/g)) {
        value = parseNumber(phrase.slice(cut.index));
        if (value !== null) {
          start = m.index + cut.index;
          break;
        }
      }
    }
    if (value === null) continue;
    const home = currency !== undefined && HOME_CURRENCY_RE.test(currency);
    const unit = !home ? null : currency.startsWith('ریال') ? 'rial' : 'toman';
    if (currency === undefined && !/[^\d.\s]/.test(phrase)) {
      // «مبلغ ۵۰۰» alone (no magnitude, no currency) is too weak to call an amount.
      continue;
    }
    let toman = unit === 'rial' ? Number((value / 10).toPrecision(15)) : unit === 'toman' ? value : null;
    let stop = m.index + m[0].length;
    // «۱۰ تا ۱۵ میلیارد تومان», «بین ۱۰ تا ۱۵ میلیارد»: the whole range is the amount, and it has
    // no one value (toman null: shown as written, never summed).
    const range = currency !== undefined ? RANGE_BEFORE.exec(t.slice(Math.max(0, start - 80), start)) : null;
    if (range && isRangeStart(range[1]!, phrase)) {
      start -= range[0].length;
      toman = null;
    }
    // «۵۰ میلیون تومان برای هر واحد»: a per-unit amount keeps its unit in the text.
    const per = currency !== undefined ? PER_UNIT_AFTER.exec(t.slice(stop, stop + 40)) : null;
    if (per) stop += per[0].length;
    const [index, end] = originalRange(mapped, start, stop);
    found.push({ text: text.slice(index, end), index, end, value, toman, unit });
  }
  return found;
}
