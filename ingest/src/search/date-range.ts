/**
 * The date range of a search request, shared by both engines: inclusive `from`/`to` ISO dates
 * as `yyyymmdd` numbers (0 = open end). Undated documents are outside any range unless the
 * request says `undated: 'include'`; a response then reports how many undated documents a range
 * left out (`undated`), so the UI can offer them.
 */
import { dateNumber } from './fts-records.ts';
import { QueryError } from './search-engine.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DateRange {
  /** `yyyymmdd`, 0 = open. */
  from: number;
  to: number;
  /** Undated documents match the range too. */
  includeUndated: boolean;
}

/** An ISO date bound as `yyyymmdd` (0 when absent); QueryError for anything else. */
export function checkDate(d: string | undefined, name: string): number {
  if (d === undefined || d === '') return 0;
  if (!ISO_DATE.test(d)) throw new QueryError(`${name} must be an ISO date yyyy-mm-dd`);
  return dateNumber(d);
}

export function checkRange(f: { from?: string; to?: string; undated?: string }): DateRange {
  if (f.undated !== undefined && f.undated !== 'include') throw new QueryError('undated must be include');
  return { from: checkDate(f.from, 'from'), to: checkDate(f.to, 'to'), includeUndated: f.undated === 'include' };
}

/** True when a range limits the results (a bound is set and undated documents are left out). */
export function isRanged(r: DateRange): boolean {
  return r.from !== 0 || r.to !== 0;
}

/** True when a range is set and the date (0 = undated) is outside it. */
export function outOfRange(dn: number, r: DateRange): boolean {
  if (dn === 0) return isRanged(r) && !r.includeUndated;
  return (r.from !== 0 && dn < r.from) || (r.to !== 0 && dn > r.to);
}

/** True when a document is left out only for having no date (counted as `undated`). */
export function undatedLeftOut(dn: number, r: DateRange): boolean {
  return dn === 0 && isRanged(r) && !r.includeUndated;
}

/**
 * Filter clauses of a range over a numeric `yyyymmdd` attribute that is null for undated
 * documents (Meilisearch syntax), ANDed by the caller.
 */
export function dateRangeClauses(r: DateRange, attr = 'dnum'): string[] {
  const bounds: string[] = [];
  if (r.from !== 0) bounds.push(`${attr} >= ${r.from}`);
  if (r.to !== 0) bounds.push(`${attr} <= ${r.to}`);
  if (bounds.length === 0) return [];
  return r.includeUndated ? [`(${bounds.join(' AND ')}) OR ${attr} IS NULL`] : bounds;
}

/** The clause selecting the undated documents a range left out (to count them), or null. */
export function undatedLeftOutClause(r: DateRange, attr = 'dnum'): string | null {
  return isRanged(r) && !r.includeUndated ? `${attr} IS NULL` : null;
}
