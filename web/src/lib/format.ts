import { JALALI_MONTHS, formatJalaliFromIso, toPersianDigits } from '@sanad/ingest/text/index.ts';
import type { Amount } from '@sanad/ingest/schema.ts';

/** Persian digits for every number shown to users, with the Persian thousands separator. */
export function fa(n: number | string): string {
  return toPersianDigits(typeof n === 'number' ? n.toLocaleString('en-US').replace(/,/g, '٬') : n);
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
  return a.toman === null ? toPersianDigits(a.text) : `${fa(a.toman)} تومان`;
}

/** Kilobytes / megabytes for file sizes. */
export function bytesDisplay(bytes: number): string {
  if (bytes < 1024) return `${fa(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${fa(Math.round(bytes / 1024))} کیلوبایت`;
  return `${toPersianDigits((bytes / 1024 / 1024).toFixed(1)).replace('.', '٫')} مگابایت`;
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
};

/** How a facet value is shown (kinds are translated, years get Persian digits). */
export function facetValueLabel(facet: string, value: string): string {
  if (facet === 'kind') return KIND_LABEL[value] ?? value;
  return toPersianDigits(value);
}
