/**
 * Meeting dates written out in words («در روز یکشنبه بیست و هشتم اسفند ماه یکهزار و چهارصد و
 * یک»): the day ordinal is read by the text core, the year in words is not. The year is
 * rewritten as digits so the date reads like «بیست و هشتم اسفند ماه 1401». Pure.
 */
import { JALALI_MONTH_FORMS, parseNumber } from '../text/index.ts';
import { L, WB_START } from './boundary.ts';

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
