import { JALALI_MONTHS, formatJalaliFromIso, toPersianDigits } from '@sanad/ingest/text/index.ts';
import type { Amount } from '@sanad/ingest/schema.ts';

/**
 * Persian digits for every number shown to users, with the Persian thousands separator «٬» and
 * decimal separator «٫» (۱۲٬۵۰۰٫۷۵). `decimals` fixes the digits after the separator.
 */
export function fa(n: number | string, decimals?: number): string {
  if (typeof n === 'string') return persianNumbers(toPersianDigits(n));
  const options =
    decimals === undefined
      ? { maximumFractionDigits: 3 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const western = n.toLocaleString('en-US', options);
  return toPersianDigits(western.replace(/[,.]/g, (c) => (c === ',' ? '٬' : '٫')));
}

/** An identifier written with digits (a meeting or letter number): Persian digits, no grouping. */
export function faId(n: number | string): string {
  return toPersianDigits(String(n));
}

const FA_DIGIT = '[۰-۹٠-٩]';
const GROUPED = new RegExp(`(?<=${FA_DIGIT})[,،](?=${FA_DIGIT}{3}(?!${FA_DIGIT}))`, 'g');
const DOTTED = new RegExp(`${FA_DIGIT}+(?:\\.${FA_DIGIT}+)+`, 'g');

/**
 * Separators inside numbers written with Persian digits in a text, the Persian way: «۱۲,۵۰۰» →
 * «۱۲٬۵۰۰», «۲.۵» → «۲٫۵». Dotted dates («۱۴۰۱.۰۸.۰۵») and Latin-digit numbers stay as written.
 * Every change is one character for one, so offsets into the text stay valid.
 */
export function persianNumbers(text: string): string {
  return text
    .replace(GROUPED, '٬')
    .replace(DOTTED, (m) => (m.indexOf('.') === m.lastIndexOf('.') ? m.replace('.', '٫') : m));
}

/** A stored Jalali date ('1401/08/05') as users read it: ۱۴۰۱/۰۸/۰۵. */
export function jalaliDisplay(dateJalali: string | null, iso?: string | null): string {
  if (dateJalali) return toPersianDigits(dateJalali);
  if (iso) return formatJalaliFromIso(iso);
  return 'بی‌تاریخ';
}

/** «۵ آبان ۱۴۰۱» from a stored Jalali date, for headings and citations. */
export function jalaliLong(dateJalali: string | null): string {
  if (!dateJalali) return 'بی‌تاریخ';
  const [y, m, d] = dateJalali.split('/').map(Number);
  const month = m ? JALALI_MONTHS[m - 1] : undefined;
  if (!y || !month || !d) return toPersianDigits(dateJalali);
  return toPersianDigits(`${d} ${month} ${y}`);
}

/** An amount in toman with Persian digits and separators («۱۲٬۵۰۰٬۰۰۰ تومان»), or as written. */
export function tomanDisplay(a: Amount): string {
  return a.toman === null ? fa(a.text) : `${fa(a.toman)} تومان`;
}

/** Kilobytes / megabytes for file sizes. */
export function bytesDisplay(bytes: number): string {
  if (bytes < 1024) return `${fa(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${fa(Math.round(bytes / 1024))} کیلوبایت`;
  return `${fa(bytes / 1024 / 1024, 1)} مگابایت`;
}

/** A percentage 0..1 → «۴۲٪». */
export function percent(fraction: number): string {
  return `${fa(Math.round(Math.max(0, Math.min(1, fraction)) * 100))}٪`;
}

export const KIND_LABEL: Record<string, string> = { minutes: 'صورتجلسه', news: 'خبر', other: 'سند' };

export const FACET_LABEL: Record<string, string> = {
  kind: 'نوع سند',
  organisation: 'دستگاه / شورا',
  province: 'استان',
  county: 'شهرستان',
  speaker: 'سخنران',
  funding: 'بانک / صندوق',
  year: 'سال',
  responsible: 'مسئول اجرا',
  party: 'متعهد',
  due: 'مهلت',
};

/** How a facet value is shown (kinds are translated, years get Persian digits). */
export function facetValueLabel(facet: string, value: string): string {
  if (facet === 'kind') return KIND_LABEL[value] ?? value;
  if (facet === 'due') return value === 'passed' ? 'مهلت گذشته' : value === 'upcoming' ? 'مهلت باقی' : value;
  return toPersianDigits(value);
}
