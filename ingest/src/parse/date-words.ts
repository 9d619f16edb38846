/**
 * Meeting dates written out in words («در روز یکشنبه بیست و هشتم اسفند ماه یکهزار و چهارصد و
 * یک»): the day ordinal is read by the text core, the year in words is not. The year is
 * rewritten as digits so the date reads like «بیست و هشتم اسفند ماه 1401». A date with its
 * weekday and no year («روز شنبه سوم آذرماه») gets the year its weekday fixes. Pure.
 */
import { JALALI_MONTH_FORMS, jalaliToIso, parseNumber, parseOrdinal } from '../text/index.ts';
import { L, WB_END, WB_START } from './boundary.ts';

// Month names as written (alef with or without madda, «اردی بهشت» spaced or joined).
const MONTHS = JALALI_MONTH_FORMS.map(([m]) => m.replace(/^ا/, '[اآ]').replace(' ', '\\s*')).join('|');

// A month, optional «ماه» and «سال», then up to eight words that may be the year.
const MONTH_THEN_WORDS = new RegExp(
  `${WB_START}(${MONTHS})(\\s+(?:ماه\\s+)?(?:سال\\s+)?)((?:[${L}]+\\s+){0,7}[${L}]+)`,
  'g',
);

/** The longest run of leading words that reads as a Jalali year (1300–1499), with its length in words. */
function yearAtStart(words: string[]): { year: number; used: number } | null {
  for (let n = words.length; n >= 1; n--) {
    const v = parseNumber(words.slice(0, n).join(' '));
    if (v !== null && Number.isInteger(v) && v >= 1300 && v < 1500) return { year: v, used: n };
  }
  return null;
}

/** Rewrite every Jalali year written in words right after a month name as digits. */
export function yearsInWordsToDigits(text: string): string {
  return text.replace(MONTH_THEN_WORDS, (all, month: string, gap: string, rest: string) => {
    const words = rest.split(/\s+/);
    const y = yearAtStart(words);
    if (!y) return all;
    const tail = words.slice(y.used).join(' ');
    return `${month}${gap}${y.year}${tail ? ' ' + tail : ''}`;
  });
}

// Weekdays as `Date.getUTCDay()` numbers (Sunday 0 … Saturday 6); «سه‌شنبه» spaced, joined or with ZWNJ.
const WEEKDAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^یک\s*شنبه$/, 0],
  [/^دو\s*شنبه$/, 1],
  [/^سه\s*شنبه$/, 2],
  [/^چهار\s*شنبه$/, 3],
  [/^پنج\s*شنبه$/, 4],
  [/^جمعه$/, 5],
  [/^شنبه$/, 6],
];
const WEEKDAY = '(?:(?:یک|دو|سه|چهار|پنج)[\\s\u200c]*)?شنبه|جمعه';
const DAY_WORDS = `(?:[${L}]+\\s+و\\s+)?[${L}]+(?:م|ام|ُم)`;
// «شنبه سوم آذرماه», «سه‌شنبه ۱۴ آذر ماه»: a weekday, a day, a month, then no year.
const WEEKDAY_DATE = new RegExp(
  `${WB_START}(${WEEKDAY})[\\s\u200c،,]+(\\d{1,2}|${DAY_WORDS})\\s+(${MONTHS})((?:[\\s\u200c]*ماه)?${WB_END})(?![\\s،,]*(?:سال\\s*)?\\d)`,
  'g',
);
// A Jalali year written in the text (1300–1499).
const WRITTEN_YEAR = /(?<!\d)1[34]\d\d(?!\d)/g;

function weekdayOf(word: string): number | null {
  const w = word.replace(/[\s\u200c]+/g, '');
  for (const [rx, n] of WEEKDAYS) if (rx.test(w)) return n;
  return null;
}

function monthNumber(word: string): number | null {
  const w = word.replace(/^آ/, 'ا').replace(/\s+/g, ' ');
  for (const [name, n] of JALALI_MONTH_FORMS) if (w === name || w.replace(' ', '') === name.replace(' ', '')) return n;
  return null;
}

/**
 * Give a date written with its weekday but no year («یوسفی روز شنبه سوم آذرماه گفت …») the year
 * its weekday falls in, nearest to the years the text writes («بودجه سال ۱۴۰۴»): a weekday
 * recurs on the same day only years apart. Without a year in the text, or with no year within
 * six of it that fits, the text is left as it was. Digits are ASCII. The day is rewritten as
 * digits («شنبه 3 آذر ماه 1403»).
 */
export function weekdayDatesWithYear(text: string): string {
  const years = [...text.matchAll(WRITTEN_YEAR)].map((m) => Number(m[0])).sort((a, b) => a - b);
  if (years.length === 0) return text;
  const ref = years[Math.floor((years.length - 1) / 2)]!;
  return text.replace(WEEKDAY_DATE, (all, wd: string, dayText: string, month: string, tail: string) => {
    const weekday = weekdayOf(wd);
    const m = monthNumber(month);
    const day = /^\d+$/.test(dayText) ? Number(dayText) : parseOrdinal(dayText);
    if (weekday === null || m === null || day === null || day < 1 || day > 31) return all;
    let best: number | null = null;
    for (let d = 0; d <= 6 && best === null; d++)
      for (const y of [ref - d, ref + d]) {
        const iso = jalaliToIso({ year: y, month: m, day });
        if (best === null && iso && new Date(`${iso}T00:00:00Z`).getUTCDay() === weekday) best = y;
      }
    return best === null ? all : `${wd} ${day} ${month}${tail} ${best}`;
  });
}
