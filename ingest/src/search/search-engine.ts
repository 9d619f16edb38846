import type {
  DocumentRecord,
  ResolutionSearchRequest,
  ResolutionSearchResponse,
  SearchRequest,
  SearchResponse,
} from '../schema.ts';
import type {
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRequest,
  CommitmentSummaryRow,
} from './commitments.ts';

// The wire shapes live in ../schema.ts (zod); re-exported here for the engines.
export {
  FACETS,
  type FacetCounts,
  type FacetName,
  type ResolutionFilters,
  type ResolutionHit,
  type ResolutionSearchRequest,
  type ResolutionSearchResponse,
  type SearchFilters,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type SortOrder,
} from '../schema.ts';

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

/** Thrown for a query or filter the engine cannot accept (code `bad_query`). */
export { QueryError } from '../errors.ts';
