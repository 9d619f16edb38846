/**
 * The ledger page's state and formatting (pure): the URL → API request (filters, sort, due),
 * the CSV and summary requests of the same filter, overdue rows and compact toman amounts.
 */
import { COMMITMENT_SORTS, type CommitmentHit, type CommitmentSort } from '@sanad/ingest/search/commitments.ts';
import { toPersianDigits } from '@sanad/ingest/text/index.ts';
import { fa } from '../format.ts';
import { listRequest, type ListRequest } from '../url-state.ts';

/** Repeatable filters of `GET /api/commitments`. */
export const LEDGER_FILTERS = ['party', 'county', 'province', 'organisation', 'year'] as const;

export const LEDGER_SORT_LABEL: Record<CommitmentSort, string> = {
  relevance: 'مرتبط‌ترین',
  date_desc: 'جدیدترین',
  date_asc: 'قدیمی‌ترین',
  amount_desc: 'بیشترین مبلغ',
  due_asc: 'نزدیک‌ترین مهلت',
};

export const DUE_LABEL = { passed: 'مهلت گذشته', upcoming: 'مهلت باقی' } as const;
export type Due = keyof typeof DUE_LABEL;

export interface LedgerRequest extends ListRequest {
  sort: CommitmentSort;
  due: Due | null;
}

/** The page URL as a ledger request (unknown sort or due values are ignored). */
export function ledgerRequest(params: URLSearchParams): LedgerRequest {
  const req = listRequest(params, LEDGER_FILTERS, false);
  const s = params.get('sort');
  const sort = s && (COMMITMENT_SORTS as readonly string[]).includes(s) ? (s as CommitmentSort) : 'relevance';
  if (sort !== 'relevance') req.api.set('sort', sort);
  const d = params.get('due');
  const due = d === 'passed' || d === 'upcoming' ? d : null;
  if (due) req.api.set('due', due);
  return { ...req, sort, due };
}

/** The same filter for another endpoint: without paging (and sort), with extra parameters. */
export function sameFilter(api: URLSearchParams, extra: Record<string, string>): URLSearchParams {
  const p = new URLSearchParams(api);
  for (const k of ['page', 'perPage', 'sort']) p.delete(k);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

/** CSV export of every match (sorted as on screen). */
export function ledgerCsvHref(api: URLSearchParams): string {
  const p = sameFilter(api, { format: 'csv' });
  const sort = api.get('sort');
  if (sort) p.set('sort', sort);
  return `/api/commitments?${p.toString()}`;
}

/** True when the commitment's due date is before `today` (ISO). */
export function overdue(h: Pick<CommitmentHit, 'deadline'>, today: string): boolean {
  const due = h.deadline?.due;
  return !!due && due < today;
}

const UNITS: [number, string][] = [
  [1e12, 'هزار میلیارد'],
  [1e9, 'میلیارد'],
  [1e6, 'میلیون'],
];

/** A toman sum for charts and totals: «۴۶ میلیارد تومان», «۲٫۵ میلیون تومان», «۹۵۰٬۰۰۰ تومان». */
export function tomanCompact(n: number): string {
  for (const [size, word] of UNITS) {
    if (n >= size) {
      const v = Math.round((n / size) * 10) / 10;
      return `${toPersianDigits(String(v)).replace('.', '٫')} ${word} تومان`;
    }
  }
  return `${fa(Math.round(n))} تومان`;
}
