/**
 * Jalali (and Gregorian) dates in Persian text: parsing every written form, validation and
 * conversion (jalaali-js). Pure functions, no IO.
 */
import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import { AR_LETTER, toPersianDigits } from './chars.ts';
import { mapForScanning, originalRange, parseOrdinal } from './numbers.ts';

/** Jalali month names in standard spelling, index 0 = Farvardin. */
export const JALALI_MONTHS: readonly string[] = Object.freeze([
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
]);

/** A validated Jalali date. */
export interface JalaliDate {
  year: number;
  month: number;
  day: number;
  /** `yyyy/mm/dd`, zero-padded. */
  jalali: string;
  /** Gregorian `yyyy-mm-dd`. */
  iso: string;
  /** The calendar the date was written in. */
  calendar: 'jalali' | 'gregorian';
}

/** A date found in running text. */
export interface FoundDate {
  /** The date as written in the original text. */
  text: string;
  /** Start offset in the original text (UTF-16 code units). */
  index: number;
  /** End offset (exclusive). */
  end: number;
  /** Jalali `yyyy/mm/dd`. */
  jalali: string;
  /** Gregorian `yyyy-mm-dd`. */
  iso: string;
  /** The calendar the date was written in. */
  calendar: 'jalali' | 'gregorian';
}

// Month names as they look after key folding (آ → ا, ي → ی, ئ → ی, ZWNJ → space), with variants.
/** Jalali month names with their written variants (folded letters), longest form first where one is a prefix. */
export const JALALI_MONTH_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['فروردین', 1],
  ['فرودین', 1],
  ['اردیبهشت', 2],
  ['اردی بهشت', 2],
  ['خرداد', 3],
  ['تیر', 4],
  ['امرداد', 5],
  ['مرداد', 5],
  ['شهریور', 6],
  ['مهر', 7],
  ['ابان', 8],
  ['اذر', 9],
  ['دی', 10],
  ['بهمن', 11],
  ['اسفند', 12],
];
const GREGORIAN_MONTH_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['ژانویه', 1],
  ['ژانویه', 1],
  ['فوریه', 2],
  ['مارس', 3],
  ['اوریل', 4],
  ['مه', 5],
  ['می', 5],
  ['ژوین', 6],
  ['ژوان', 6],
  ['ژوییه', 7],
  ['جولای', 7],
  ['اوت', 8],
  ['اگوست', 8],
  ['سپتامبر', 9],
  ['اکتبر', 10],
  ['نوامبر', 11],
  ['دسامبر', 12],
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];
const JM = new Map(JALALI_MONTH_FORMS.map(([k, v]) => [k.replace(' ', ''), v]));
const GM = new Map(GREGORIAN_MONTH_FORMS);

const alt = (forms: ReadonlyArray<readonly [string, number]>): string =>
  [...new Set(forms.map(([k]) => k.replace(' ', '\\s*')))].sort((a, b) => b.length - a.length).join('|');

const L = `[${AR_LETTER}]`;
const ORD_UNIT = 'یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم';
const ORD_DAY =
  `(?:(?:بیست|سی)\\s*و\\s*(?:${ORD_UNIT})|بیستم|سی\\s*ام|سیم|یازدهم|دوازدهم|سیزدهم|چهاردهم|` +
  `پانزدهم|پونزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|دهم|${ORD_UNIT})`;
const DAY = `(\\d{1,2}|${ORD_DAY})(?:\\s*(?:ام|م)(?!${L}))?`;
const YEAR_SUFFIX = `(?:\\s*(?:ه\\s*\\.\\s*ش\\s*\\.?|هجری\\s*شمسی|شمسی|خورشیدی))?`;

// Alternatives of the date scanner (one combined regex, each with its own groups):
//  1 y/m/d numeric (sep / - .)           groups ny, nm, nd
//  2 d/m/yyyy numeric                    groups rd, rm, ry
//  3 day month-name [ماه] [سال] year      groups wd, wm, wy
//  4 day gregorian-month year            groups gd, gm, gy
//  5 english month day, year             groups em, ed, ey
const DATE_RE = new RegExp(
  [
    `(?<![\\d/.\\-])(?<ny>\\d{4}|\\d{2})(?<s1>[/\\-.])(?<nm>\\d{1,2})\\k<s1>(?<nd>\\d{1,2})(?![\\d]|[/\\-.]\\d)`,
    `(?<![\\d/.\\-])(?<rd>\\d{1,2})(?<s2>[/\\-.])(?<rm>\\d{1,2})\\k<s2>(?<ry>\\d{4})(?![\\d]|[/\\-.]\\d)`,
    `(?<![${AR_LETTER}\\d])${DAY.replace('(', '(?<wd>')}\\s*(?<wm>${alt(JALALI_MONTH_FORMS)})(?:\\s*ماه)?(?!${L})\\s*[،,]?\\s*(?:سال\\s*)?(?<wy>\\d{4}|\\d{2})(?!\\d)${YEAR_SUFFIX}`,
    `(?<![${AR_LETTER}\\d])(?<gd>\\d{1,2})\\s*(?<gm>${alt(GREGORIAN_MONTH_FORMS)})(?![\\p{L}])\\s*[،,]?\\s*(?<gy>\\d{4})(?!\\d)`,
    `(?<![\\p{L}])(?<em>${alt(GREGORIAN_MONTH_FORMS.filter(([k]) => /^[a-z]/.test(k)))})\\.?\\s+(?<ed>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<ey>\\d{4})(?!\\d)`,
  ].join('|'),
  'giu',
);

/** Expand a two-digit Jalali year with the fixed pivot: ≥ 50 → 13yy, else 14yy. */
export function expandJalaliYear(y: number): number {
  if (y >= 100) return y;
  return y >= 50 ? 1300 + y : 1400 + y;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function jalaliResult(jy: number, jm: number, jd: number, calendar: 'jalali' | 'gregorian'): JalaliDate | null {
  if (jy < 1200 || jy > 1600 || !isValidJalaaliDate(jy, jm, jd)) return null;
  const g = toGregorian(jy, jm, jd);
  return {
    year: jy,
    month: jm,
    day: jd,
    jalali: `${jy}/${pad2(jm)}/${pad2(jd)}`,
    iso: `${g.gy}-${pad2(g.gm)}-${pad2(g.gd)}`,
    calendar,
  };
}

function fromGregorian(gy: number, gm: number, gd: number): JalaliDate | null {
  if (gy < 1800 || gy > 2200 || gm < 1 || gm > 12 || gd < 1 || gd > 31) return null;
  const check = new Date(Date.UTC(gy, gm - 1, gd));
  if (check.getUTCMonth() !== gm - 1) return null; // 2023-02-30
  const j = toJalaali(gy, gm, gd);
  return jalaliResult(j.jy, j.jm, j.jd, 'gregorian');
}

function fromNumeric(y: number, yLen: number, m: number, d: number): JalaliDate | null {
  if (yLen === 4 && y >= 1800) return fromGregorian(y, m, d);
  return jalaliResult(yLen === 2 ? expandJalaliYear(y) : y, m, d, 'jalali');
}

function dayValue(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseOrdinal(s);
}

function resolve(g: Record<string, string | undefined>, defaultYear?: number): JalaliDate | null {
  if (g.ny !== undefined) {
    // A dot-separated date needs a four-digit year («12.5.3» is not a date).
    if (g.s1 === '.' && g.ny.length !== 4) return null;
    const ymd = fromNumeric(Number(g.ny), g.ny.length, Number(g.nm), Number(g.nd));
    // Day-first with a two-digit year («30/5/97»): only when the last part cannot be a day,
    // so «۹۹/۷/۱۳» keeps reading year-first.
    if (
      !ymd &&
      g.nd !== undefined &&
      g.ny.length === 2 &&
      g.nd.length === 2 &&
      Number(g.nd) > 31 &&
      Number(g.ny) <= 31
    ) {
      return jalaliResult(expandJalaliYear(Number(g.nd)), Number(g.nm), Number(g.ny), 'jalali');
    }
    return ymd;
  }
  if (g.rd !== undefined) return fromNumeric(Number(g.ry), 4, Number(g.rm), Number(g.rd));
  if (g.wd !== undefined && g.wm !== undefined) {
    const month = JM.get(g.wm.replace(/\s+/g, ''));
    const day = dayValue(g.wd.replace(/\s+/g, ' '));
    const y = g.wy !== undefined ? expandJalaliYear(Number(g.wy)) : defaultYear;
    if (month === undefined || day === null || y === undefined) return null;
    return jalaliResult(y, month, day, 'jalali');
  }
  if (g.gd !== undefined && g.gm !== undefined) {
    const month = GM.get(g.gm.toLowerCase());
    return month === undefined ? null : fromGregorian(Number(g.gy), month, Number(g.gd));
  }
  if (g.em !== undefined) {
    const month = GM.get(g.em.toLowerCase());
    return month === undefined ? null : fromGregorian(Number(g.ey), month, Number(g.ed));
  }
  return null;
}

/**
 * Find all dates in running text, in text order: numeric Jalali (`۱۴۰۱/۰۸/۰۵`, `1401-8-5`,
 * `۹۹/۷/۱۳`, `05/08/1401`), written Jalali (`27 اسفند 1401`, `پنجشنبه ۵ آبان ۱۴۰۱`,
 * `بیست و هفتم اسفند ماه ۱۴۰۱`, month variants اذر/دي/ارديبهشت/امرداد) and Gregorian
 * (`2023-03-18`, `18 March 2023`, `March 18, 2023`, `۱۸ مارس ۲۰۲۳`). Invalid dates
 * (1401/12/30, 1402/07/31) and number runs that only look like dates (letter numbers
 * «۲۱/۲۵/۵۴۲۰۷», «۱۴۰۱۱۰۸/۰۵») are skipped. Two-digit years: ≥ 50 → 13yy, else 14yy.
 */
export function findDates(text: string): FoundDate[] {
  const mapped = mapForScanning(text);
  const out: FoundDate[] = [];
  for (const m of mapped.text.matchAll(DATE_RE)) {
    const d = resolve(m.groups ?? {});
    if (!d) continue;
    const [index, end] = originalRange(mapped, m.index, m.index + m[0].length);
    out.push({ text: text.slice(index, end), index, end, jalali: d.jalali, iso: d.iso, calendar: d.calendar });
  }
  return out;
}

/**
 * Parse one date string (any form {@link findDates} knows, Jalali or Gregorian) into a Jalali
 * date. Words around the date without digits are allowed («پنجشنبه ۵ آبان ۱۴۰۱», «مورخ ۱۴۰۱/۰۸/۰۵»);
 * a string with other numbers or with an invalid date gives null.
 */
export function parseJalaliDate(s: string): JalaliDate | null {
  const mapped = mapForScanning(s);
  const t = mapped.text;
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(t);
  DATE_RE.lastIndex = 0;
  if (!m) return null;
  const rest = t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length);
  if (/\d/.test(rest)) return null;
  return resolve(m.groups ?? {});
}

/** Jalali `y/m/d` (any digits, `/` or `-`) or parts → Gregorian `yyyy-mm-dd`; null if invalid. */
export function jalaliToIso(jalali: string | { year: number; month: number; day: number }): string | null {
  if (typeof jalali !== 'string') return jalaliResult(jalali.year, jalali.month, jalali.day, 'jalali')?.iso ?? null;
  const d = parseJalaliDate(jalali);
  return d && d.calendar === 'jalali' ? d.iso : null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** Gregorian `yyyy-mm-dd` (a longer ISO timestamp is cut to its date) → Jalali `yyyy/mm/dd`. */
export function isoToJalali(iso: string): string | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  return fromGregorian(Number(m[1]), Number(m[2]), Number(m[3]))?.jalali ?? null;
}

/** Options of {@link formatJalaliFromIso}. */
export interface FormatJalaliOptions {
  /** Persian digits (default true). */
  persianDigits?: boolean;
  /** «۵ آبان ۱۴۰۱» instead of «۱۴۰۱/۰۸/۰۵» (default false). */
  monthName?: boolean;
}

/**
 * Format a Gregorian ISO date as a Jalali date for the UI: «۱۴۰۱/۰۸/۰۵» (default), or with
 * `monthName` «۵ آبان ۱۴۰۱». Returns the input unchanged when it is not a valid ISO date.
 */
export function formatJalaliFromIso(iso: string, opts: FormatJalaliOptions = {}): string {
  const j = isoToJalali(iso);
  if (!j) return iso;
  const [y, m, d] = j.split('/').map(Number) as [number, number, number];
  const s = opts.monthName ? `${d} ${JALALI_MONTHS[m - 1]} ${y}` : j;
  return opts.persianDigits === false ? s : toPersianDigits(s);
}
