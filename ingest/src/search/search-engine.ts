import type { DocumentKind, DocumentRecord, Resolution } from '../schema.ts';
import type {
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRequest,
  CommitmentSummaryRow,
} from './commitments.ts';

/** Facet names shared by the API, both engines and the UI. */
export const FACETS = ['kind', 'organisation', 'province', 'county', 'speaker', 'funding', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

/** Filters: values OR within a facet, AND across facets. */
export interface SearchFilters {
  kind?: DocumentKind[];
  organisation?: string[];
  province?: string[];
  county?: string[];
  speaker?: string[];
  funding?: string[];
  /** Jalali year as a string, e.g. '1401'. */
  year?: string[];
  /** Inclusive ISO date range yyyy-mm-dd. */
  from?: string;
  to?: string;
}

export type SortOrder = 'relevance' | 'date_desc' | 'date_asc';

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  /** 1-based. */
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  id: string;
  kind: DocumentKind;
  title: string | null;
  date: string | null;
  dateJalali: string | null;
  organisations: string[];
  province: string | null;
  counties: string[];
  /** HTML-escaped display text with `<mark>` around matched words. */
  snippet: string;
  /** Page of the passage the snippet comes from. */
  page: number | null;
  score: number;
}

export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

export interface SearchResponse {
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: SearchHit[];
  facets: FacetCounts;
}

export interface ResolutionFilters {
  responsible?: string[];
  funding?: string[];
  organisation?: string[];
  county?: string[];
  from?: string;
  to?: string;
}

export interface ResolutionSearchRequest {
  q: string;
  filters?: ResolutionFilters;
  page?: number;
  perPage?: number;
}

export interface ResolutionHit extends Resolution {
  documentId: string;
  documentTitle: string | null;
  date: string | null;
  dateJalali: string | null;
  organisations: string[];
  counties: string[];
  snippet: string;
}

export interface ResolutionSearchResponse {
  total: number;
  page: number;
  perPage: number;
  tookMs: number;
  hits: ResolutionHit[];
  facets: { responsible: { value: string; count: number }[]; funding: { value: string; count: number }[] };
}

/**
 * One search engine behind the archive. The archive store is the system of
 * record; an engine only holds what it needs to answer queries and can always
 * be rebuilt from the store (`npm run reindex`).
 */
export interface SearchEngine {
  readonly name: 'sqlite' | 'meilisearch';
  /** Create tables / apply index settings. Idempotent. */
  init(): Promise<void>;
  /** Index (or re-index) whole documents with their passages, resolutions and commitments. */
  index(docs: DocumentRecord[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Drop everything from the index. */
  clear(): Promise<void>;
  search(req: SearchRequest): Promise<SearchResponse>;
  searchResolutions(req: ResolutionSearchRequest): Promise<ResolutionSearchResponse>;
  /** The ledger: one hit per commitment (commitments.ts), totals and facets over every match. */
  searchCommitments(req: CommitmentSearchRequest): Promise<CommitmentSearchResponse>;
  /** Matches of the same request grouped by party, year or county, with toman sums. */
  summarizeCommitments(req: CommitmentSummaryRequest): Promise<CommitmentSummaryRow[]>;
  /** Number of documents in the index. */
  count(): Promise<number>;
  close(): Promise<void>;
}

/** Thrown for a query or filter the engine cannot accept (maps to HTTP 400). */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}
