import { toPersianDigits } from '@sanad/ingest/text/index.ts';

/** Persian digits for every number shown to users. */
export function fa(n: number | string): string {
  return toPersianDigits(typeof n === 'number' ? n.toLocaleString('en-US').replace(/,/g, '٬') : n);
}

/** A stored Jalali date ('1401/08/05') as users read it: ۱۴۰۱/۰۸/۰۵. */
export function jalaliDisplay(dateJalali: string | null): string {
  return dateJalali ? toPersianDigits(dateJalali) : 'بی‌تاریخ';
}

export const KIND_LABEL: Record<string, string> = { minutes: 'صورتجلسه', news: 'خبر', other: 'سند' };
