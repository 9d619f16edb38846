/**
 * The commitments view shared by both engines and the API (pure, no IO): request and response
 * shapes, and what an engine derives from a commitment — facet values, searchable metadata,
 * its toman total, its due date as a number. Both adapters index exactly these values, so the
 * contract suite can hold them to the same answers.
 */
import type { Commitment, DocumentKind, DocumentRecord } from '../schema.ts';
import { dateNumber, jalaliYear } from './fts-records.ts';
import { QueryError } from './search-engine.ts';

/** Facets of the ledger, in response order. */
export const COMMITMENT_FACETS = ['party', 'county', 'organisation', 'year'] as const;
export type CommitmentFacetName = (typeof COMMITMENT_FACETS)[number];

/** Filterable fields: the facets plus the document's province (a filter, not a facet). */
export const COMMITMENT_FILTERS = [...COMMITMENT_FACETS, 'province'] as const;
export type CommitmentFilterName = (typeof COMMITMENT_FILTERS)[number];

/** Groupings of `GET /api/commitments/summary`. */
export const COMMITMENT_SUMMARY_BY = ['party', 'year', 'county'] as const;
export type CommitmentSummaryBy = (typeof COMMITMENT_SUMMARY_BY)[number];

export const COMMITMENT_SORTS = ['relevance', 'date_desc', 'date_asc', 'amount_desc', 'due_asc'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

/** Filters: values OR within a field, AND across fields. */
export interface CommitmentFilters {
  party?: string[];
  county?: string[];
  province?: string[];
  organisation?: string[];
  /** Jalali year of the document, e.g. '1401'. */
  year?: string[];
  /** Inclusive ISO range of the document date. */
  from?: string;
  to?: string;
  /**
   * `passed`: the due date is before `today`; `upcoming`: on or after it. Commitments without a
   * computed due date match neither.
   */
  due?: 'passed' | 'upcoming';
}

export interface CommitmentSearchRequest {
  q: string;
  filters?: CommitmentFilters;
  sort?: CommitmentSort;
  page?: number;
  perPage?: number;
  /** ISO date `due` is judged against (the API passes the server's date). Required with `due`. */
  today?: string;
}

/** A commitment with its document's fields (one ledger row). */
export interface CommitmentHit extends Commitment {
  documentId: string;
  documentTitle: string | null;
  kind: DocumentKind;
  date: string | null;
  dateJalali: string | null;
  organisations: string[];
  province: string | null;
  /** HTML-escaped clause with `<mark>` around matched words. */
  snippet: string;
}

export type CommitmentFacetCounts = Record<CommitmentFacetName, { value: string; count: number }[]>;

export interface CommitmentSearchResponse {
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: CommitmentHit[];
  /** Disjunctive counts over every match, like search. */
  facets: CommitmentFacetCounts;
  /** Over every match, not the page: sum of toman values and how many matches have one. */
  totals: { toman: number; withAmount: number };
}

export interface CommitmentSummaryRequest extends Omit<CommitmentSearchRequest, 'sort' | 'page' | 'perPage'> {
  by: CommitmentSummaryBy;
}

/** One group of a summary: matches having the key and the sum of their toman values. */
export interface CommitmentSummaryRow {
  key: string;
  count: number;
  toman: number;
}

function uniq(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const t = v?.trim();
    if (t) seen.add(t);
  }
  return [...seen];
}

/**
 * Filter values of a commitment. Counties are the commitment's own, or its document's when
 * the clause names none (a county body's minutes bind that county).
 */
export function commitmentFacets(
  c: Commitment,
  doc: Pick<DocumentRecord, 'organisations' | 'counties' | 'province' | 'dateJalali'>,
): Record<CommitmentFilterName, string[]> {
  const year = jalaliYear(doc);
  return {
    party: uniq(c.parties),
    county: uniq(c.counties.length > 0 ? c.counties : doc.counties),
    organisation: uniq(doc.organisations),
    year: year ? [year] : [],
    province: uniq([doc.province]),
  };
}

/** Toman value of a commitment: the sum of its readable amounts; null when none is readable. */
export function commitmentToman(c: Pick<Commitment, 'amounts'>): number | null {
  let sum = 0;
  let any = false;
  for (const a of c.amounts) {
    if (typeof a.toman === 'number' && Number.isFinite(a.toman)) {
      sum += a.toman;
      any = true;
    }
  }
  return any ? sum : null;
}

/** The due date as `yyyymmdd`, 0 when none. */
export function commitmentDue(c: Pick<Commitment, 'deadline'>): number {
  return dateNumber(c.deadline?.due ?? null);
}

/** Searchable text of a commitment besides its clause: parties, supervisor, purpose, deadline, amounts. */
export function commitmentMetaText(c: Commitment): string {
  return [...c.parties, ...c.supervisor, c.purpose, c.deadline?.text, ...c.amounts.map((a) => a.text)]
    .filter((p): p is string => !!p && p.trim() !== '')
    .join(' \n ');
}

/** The document fields every ledger row carries. */
export function commitmentDocFields(doc: DocumentRecord): Omit<CommitmentHit, keyof Commitment | 'snippet'> {
  return {
    documentId: doc.id,
    documentTitle: doc.title,
    kind: doc.kind,
    date: doc.date,
    dateJalali: doc.dateJalali,
    organisations: doc.organisations,
    province: doc.province,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Check `due` and `today`; the due bound as a date number (0 when not filtering on it). */
export function checkDue(
  f: CommitmentFilters,
  today: string | undefined,
): { due: CommitmentFilters['due']; today: number } {
  const due = f.due;
  if (due === undefined) return { due, today: 0 };
  if (due !== 'passed' && due !== 'upcoming') throw new QueryError('due must be passed or upcoming');
  if (!today || !ISO.test(today)) throw new QueryError('today must be an ISO date yyyy-mm-dd when due is given');
  return { due, today: dateNumber(today) };
}

export function checkSort(sort: unknown): CommitmentSort {
  const s = sort ?? 'relevance';
  if (!COMMITMENT_SORTS.includes(s as CommitmentSort))
    throw new QueryError(`sort must be one of ${COMMITMENT_SORTS.join(', ')}`);
  return s as CommitmentSort;
}

export function checkSummaryBy(by: unknown): CommitmentSummaryBy {
  if (!COMMITMENT_SUMMARY_BY.includes(by as CommitmentSummaryBy))
    throw new QueryError(`by must be one of ${COMMITMENT_SUMMARY_BY.join(', ')}`);
  return by as CommitmentSummaryBy;
}

/** Summary rows in display order: largest toman first, then most matches, then by key (years newest first). */
export function sortSummary(rows: CommitmentSummaryRow[], by: CommitmentSummaryBy): CommitmentSummaryRow[] {
  if (by === 'year') return rows.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return rows.sort((a, b) => b.toman - a.toman || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
