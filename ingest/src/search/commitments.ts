/**
 * The commitments view shared by both engines and the API (pure, no IO): request and response
 * shapes, and what an engine derives from a commitment — facet values, searchable metadata,
 * its toman total, its due date as a number. Both adapters index exactly these values, so the
 * contract suite can hold them to the same answers.
 */
import { z } from 'zod';
import {
  CommitmentSchema,
  DocumentKindSchema,
  FacetListSchema,
  type Commitment,
  type DocumentRecord,
} from '../schema.ts';
import { canonicalAgency } from '../parse/organisations/index.ts';
import { dateNumber, jalaliYear, uniq } from './fts-records.ts';
import { QueryError } from '../errors.ts';

/** Facets of the ledger, in response order. */
export const COMMITMENT_FACETS = ['party', 'county', 'organisation', 'year'] as const;
export type CommitmentFacetName = (typeof COMMITMENT_FACETS)[number];

/** Filterable fields: the facets plus the document's province (a filter, not a facet). */
export const COMMITMENT_FILTERS = [...COMMITMENT_FACETS, 'province'] as const;
export type CommitmentFilterName = (typeof COMMITMENT_FILTERS)[number];

/** Groupings of `GET /api/commitments/summary`. */
export const COMMITMENT_SUMMARY_BY = ['party', 'year', 'county'] as const;
export const CommitmentSummaryBySchema = z.enum(COMMITMENT_SUMMARY_BY);
export type CommitmentSummaryBy = z.infer<typeof CommitmentSummaryBySchema>;

export const COMMITMENT_SORTS = ['relevance', 'date_desc', 'date_asc', 'amount_desc', 'due_asc'] as const;
export const CommitmentSortSchema = z.enum(COMMITMENT_SORTS);
export type CommitmentSort = z.infer<typeof CommitmentSortSchema>;

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const strings = z.array(z.string()).optional();

/** Filters: values OR within a field, AND across fields. */
export const CommitmentFiltersSchema = z.object({
  party: strings,
  county: strings,
  province: strings,
  organisation: strings,
  year: strings.meta({ description: "Jalali year of the document, e.g. '1401'." }),
  from: ISO_DATE.optional().meta({ description: 'Inclusive ISO range of the document date.' }),
  to: ISO_DATE.optional(),
  due: z.enum(['passed', 'upcoming']).optional().meta({
    description:
      '`passed`: the due date is before `today`; `upcoming`: on or after it. Commitments without a computed due date match neither.',
  }),
});
export type CommitmentFilters = z.infer<typeof CommitmentFiltersSchema>;

export const CommitmentSearchRequestSchema = z.object({
  q: z.string(),
  filters: CommitmentFiltersSchema.optional(),
  sort: CommitmentSortSchema.optional(),
  page: z.number().int().min(1).optional(),
  perPage: z.number().int().min(1).optional(),
  today: ISO_DATE.optional().meta({
    description: 'ISO date `due` is judged against (the API passes the date in Iran). Required with `due`.',
  }),
});
export type CommitmentSearchRequest = z.infer<typeof CommitmentSearchRequestSchema>;

/** A commitment with its document's fields (one ledger row). */
export const CommitmentHitSchema = CommitmentSchema.extend({
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  kind: DocumentKindSchema,
  date: z.string().nullable(),
  dateJalali: z.string().nullable(),
  organisations: z.array(z.string()),
  province: z.string().nullable(),
  snippet: z.string().meta({ description: 'HTML-escaped clause with <mark> around matched words.' }),
});
export type CommitmentHit = z.infer<typeof CommitmentHitSchema>;

export const CommitmentFacetCountsSchema = z.object({
  party: FacetListSchema,
  county: FacetListSchema,
  organisation: FacetListSchema,
  year: FacetListSchema,
});
export type CommitmentFacetCounts = z.infer<typeof CommitmentFacetCountsSchema>;

export const CommitmentSearchResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  tookMs: z.number(),
  hits: z.array(CommitmentHitSchema),
  facets: CommitmentFacetCountsSchema.meta({ description: 'Disjunctive counts over every match, like search.' }),
  totals: z
    .object({ toman: z.number(), withAmount: z.number().int() })
    .meta({ description: 'Over every match, not the page: sum of toman values and how many matches have one.' }),
});
export type CommitmentSearchResponse = z.infer<typeof CommitmentSearchResponseSchema>;

export type CommitmentSummaryRequest = Omit<CommitmentSearchRequest, 'sort' | 'page' | 'perPage'> & {
  by: CommitmentSummaryBy;
};

/** One group of a summary: matches having the key and the sum of their toman values. */
export const CommitmentSummaryRowSchema = z.object({ key: z.string(), count: z.number().int(), toman: z.number() });
export type CommitmentSummaryRow = z.infer<typeof CommitmentSummaryRowSchema>;
export const CommitmentSummarySchema = z.array(CommitmentSummaryRowSchema);

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
    // Parties are kept as written; the facet shows one value per provincial agency
    // («اداره کل بهزیستی استان فارس», «سازمان بهزیستی» → «بهزیستی»).
    party: uniq(c.parties.map((p) => canonicalAgency(p) ?? p)),
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

/** Anchor of a commitment's clause in its document page: `commitment-c3`. */
export function commitmentAnchor(commitmentId: string): string {
  return `commitment-${commitmentId.slice(commitmentId.lastIndexOf(':') + 1)}`;
}

/**
 * Path of a commitment's clause in its document page (the web app's route): `p` opens the
 * original at the clause's page, the fragment scrolls to the marked clause, `q` highlights.
 */
export function commitmentPath(documentId: string, commitmentId: string, page: number | null, q = ''): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (page !== null) params.set('p', String(page));
  const s = params.toString();
  return `/documents/${encodeURIComponent(documentId)}${s ? `?${s}` : ''}#${commitmentAnchor(commitmentId)}`;
}
