/**
 * One end of a date range as people type it: a whole Jalali year («۱۴۰۱»: its first or last
 * day), a year and month («1401/7»), a full Jalali date («۱۴۰۱/۰۷/۰۵») or an ISO date. Shared by
 * the API's `from`/`to` parameters and the search page, so both read a range the same way.
 */
import { jalaliToIso, parseJalaliDate } from './dates.ts';
import { toAsciiDigits } from './chars.ts';

export interface DateBound {
  /** Jalali `yyyy/mm/dd`, ASCII digits. */
  jalali: string;
  /** Gregorian `yyyy-mm-dd`. */
  iso: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(1[2-5]\d\d)$/;
const YEAR_MONTH = /^(1[2-5]\d\d)[/-](\d{1,2})$/;

function bound(jalali: string): DateBound | null {
  const iso = jalaliToIso(jalali);
  return iso ? { jalali: parseJalaliDate(jalali)?.jalali ?? jalali, iso } : null;
}

/** The last day of a Jalali month (31, 30 or 29/30 for Esfand). */
function lastDay(year: number, month: number): DateBound | null {
  const mm = String(month).padStart(2, '0');
  for (const d of [31, 30, 29]) {
    const b = bound(`${year}/${mm}/${d}`);
    if (b) return b;
  }
  return null;
}

/** Read one end of a range (`start` = from, `end` = to); null when it is not a date. */
export function readDateBound(raw: string, end: 'start' | 'end'): DateBound | null {
  const s = toAsciiDigits(raw.trim());
  if (s === '') return null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return null;
    const j = parseJalaliDate(s);
    return j ? { jalali: j.jalali, iso: s } : null;
  }
  const y = YEAR.exec(s);
  if (y) return end === 'start' ? bound(`${y[1]}/01/01`) : lastDay(Number(y[1]), 12);
  const ym = YEAR_MONTH.exec(s);
  if (ym) {
    const m = Number(ym[2]);
    if (m < 1 || m > 12) return null;
    return end === 'start' ? bound(`${ym[1]}/${String(m).padStart(2, '0')}/01`) : lastDay(Number(ym[1]), m);
  }
  const j = parseJalaliDate(s);
  return j ? { jalali: j.jalali, iso: j.iso } : null;
}
