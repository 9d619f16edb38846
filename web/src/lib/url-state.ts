/**
 * The URL is the state of the search and commitments pages: every filter, the sort and the
 * page live in the query string, so a view can be shared and the back button restores it.
 * Pure functions over URLSearchParams; the pages only render what these return.
 */
import { readDateBound as readBound, toAsciiDigits } from '@sanad/ingest/text/index.ts';

/** Filters of `GET /api/search` (repeatable parameters). */
export const SEARCH_FILTERS = ['kind', 'organisation', 'province', 'county', 'speaker', 'funding', 'year'] as const;
/** Filters of `GET /api/resolutions` (repeatable parameters). */
export const RESOLUTION_FILTERS = ['responsible', 'funding', 'organisation', 'county'] as const;

export const SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABEL: Record<Sort, string> = {
  relevance: 'مرتبط‌ترین',
  date_desc: 'جدیدترین',
  date_asc: 'قدیمی‌ترین',
};

export const PER_PAGE = 20;

type Changes = Record<string, string | string[] | null | undefined>;

/**
 * `?…` with some parameters replaced (null/undefined/'' removes them). Any change other than
 * the page itself goes back to page 1, as a new filter makes the old page number meaningless.
 */
export function hrefWith(params: URLSearchParams, changes: Changes, path = ''): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const v of values) if (v !== '') next.append(key, v);
  }
  if (!('page' in changes)) next.delete('page');
  const s = next.toString();
  return `${path}${s ? `?${s}` : path ? '' : '?'}`;
}

/** Add a filter value if absent, remove it if present. */
export function hrefToggle(params: URLSearchParams, key: string, value: string, path = ''): string {
  const values = params.getAll(key);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return hrefWith(params, { [key]: next }, path);
}

/** Parameters without any filter (keeps the query text and sort). */
export function hrefClearFilters(params: URLSearchParams, keys: readonly string[], path = ''): string {
  const changes: Changes = { from: null, to: null };
  for (const k of keys) changes[k] = null;
  return hrefWith(params, changes, path);
}

export interface ActiveFilter {
  key: string;
  value: string;
  /** Link that removes this one value. */
  href: string;
}

/** The filters set in the URL, each with a link that removes it (for the «filters» chips). */
export function activeFilters(params: URLSearchParams, keys: readonly string[], path = ''): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const key of keys) {
    for (const value of params.getAll(key)) out.push({ key, value, href: hrefToggle(params, key, value, path) });
  }
  for (const key of ['from', 'to']) {
    const value = params.get(key);
    if (value) out.push({ key, value, href: hrefWith(params, { [key]: null }, path) });
  }
  return out;
}

export interface DateBound {
  /** What the user typed, as it stands in the URL. */
  raw: string;
  /** Jalali `yyyy/mm/dd` in ASCII digits when it could be read, for the API. */
  jalali: string | null;
}

/**
 * A `from`/`to` value typed by a user: «۱۴۰۱/۰۱/۰۱», «1401/1/1», «۱۴۰۱» (a whole year: its
 * first or last day), «۱۴۰۱/۷» (a month), or ISO — read as the API reads it. Unreadable input is
 * kept as raw with `jalali: null`, so the page can say so instead of failing.
 */
export function readDateBound(raw: string | null, end: 'from' | 'to'): DateBound | null {
  if (!raw || !raw.trim()) return null;
  return { raw, jalali: readBound(raw, end === 'from' ? 'start' : 'end')?.jalali ?? null };
}

export interface ListRequest {
  /** Parameters to send to the API (dates normalised, page size fixed, bad dates dropped). */
  api: URLSearchParams;
  q: string;
  page: number;
  from: DateBound | null;
  to: DateBound | null;
  /** Persian messages about input that was ignored. */
  problems: string[];
}

/** Turn the page URL into an API request for `/api/search` or `/api/resolutions`. */
export function listRequest(params: URLSearchParams, keys: readonly string[], withSort: boolean): ListRequest {
  const api = new URLSearchParams();
  const q = params.get('q') ?? '';
  if (q) api.set('q', q);
  for (const key of keys) {
    for (const v of params.getAll(key)) {
      const value = key === 'year' ? toAsciiDigits(v) : v;
      if (value.trim()) api.append(key, value);
    }
  }
  const problems: string[] = [];
  const from = readDateBound(params.get('from'), 'from');
  const to = readDateBound(params.get('to'), 'to');
  if (from?.jalali) api.set('from', from.jalali);
  else if (from) problems.push(`تاریخ «از» خوانده نشد: ${from.raw}`);
  if (to?.jalali) api.set('to', to.jalali);
  else if (to) problems.push(`تاریخ «تا» خوانده نشد: ${to.raw}`);
  // undated documents join a date range only when asked (the page offers it with their count)
  if (params.get('undated') === 'include' && (api.has('from') || api.has('to'))) api.set('undated', 'include');
  if (withSort) {
    const sort = params.get('sort');
    if (sort && (SORTS as readonly string[]).includes(sort)) api.set('sort', sort);
  }
  const pageRaw = Number(toAsciiDigits(params.get('page') ?? '1'));
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 10_000 ? pageRaw : 1;
  api.set('page', String(page));
  api.set('perPage', String(PER_PAGE));
  return { api, q, page, from, to, problems };
}

/** The CSV export of the same list (all pages: no page/perPage). */
export function csvHref(path: '/api/search' | '/api/resolutions', api: URLSearchParams): string {
  const p = new URLSearchParams(api);
  p.delete('page');
  p.delete('perPage');
  p.set('format', 'csv');
  return `${path}?${p.toString()}`;
}

/** Page numbers to show in a pager: first, last, and a window around the current page (0 = gap). */
export function pagerPages(current: number, total: number): number[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1);
  const set = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total));
  const sorted = [...set].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p - last > 1) out.push(0);
    out.push(p);
  }
  return out;
}
