import { SanadError } from '@sanad/ingest/errors.ts';
import type { ArchiveStore } from '@sanad/ingest/store/store.ts';
import type { SearchEngine } from '@sanad/ingest/search/search-engine.ts';
import type {
  DocumentRecord,
  Health,
  ResolutionSearchRequest,
  ResolutionSearchResponse,
  SearchRequest,
  SearchResponse,
} from '@sanad/ingest/schema.ts';
import { analyze, type TextAnalysis } from '@sanad/ingest/text/index.ts';
import { createCommitmentServices, type CommitmentServices } from './commitment-services.ts';
import {
  analyzeQuerySchema,
  cleanQuery,
  engineQuery,
  ID_PATTERN,
  parseOrThrow,
  rejectBracketKeys,
  resolutionQuerySchema,
  searchQuerySchema,
} from './validation.ts';

/** A query string as parsed: repeated keys are arrays (Express's parser and {@link queryInput} agree). */
export type QueryInput = Record<string, unknown>;

/** URL search parameters → the shape Express gives a route (`a=1&a=2` → `{a: ['1','2']}`). */
export function queryInput(params: URLSearchParams): QueryInput {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/**
 * The read operations of the API, used by the routes and by the web app's
 * server-side loads alike: validation of raw input, the engine request, the answer.
 */
export interface ReadServices extends CommitmentServices {
  /** A validated search: the engine request and the wanted format. */
  searchInput(query: QueryInput): { request: SearchRequest; format: 'json' | 'csv' };
  search(query: QueryInput): Promise<SearchResponse>;
  resolutionInput(query: QueryInput): { request: ResolutionSearchRequest; format: 'json' | 'csv' };
  resolutions(query: QueryInput): Promise<ResolutionSearchResponse>;
  /** The record, or `not_found`. */
  document(id: string): DocumentRecord;
  analyze(query: QueryInput): TextAnalysis;
  health(): Health;
}

export function createReadServices(deps: { store: ArchiveStore; engine: SearchEngine }): ReadServices {
  const { store, engine } = deps;

  const searchInput = (query: QueryInput): ReturnType<ReadServices['searchInput']> => {
    rejectBracketKeys(query);
    const p = parseOrThrow(searchQuerySchema, query);
    const filters = {
      kind: p.kind,
      organisation: p.organisation,
      province: p.province,
      county: p.county,
      speaker: p.speaker,
      funding: p.funding,
      year: p.year,
      from: p.from,
      to: p.to,
      undated: p.undated,
    };
    return {
      request: { q: engineQuery(p.q), filters, sort: p.sort, page: p.page, perPage: p.perPage },
      format: p.format,
    };
  };

  const resolutionInput = (query: QueryInput): ReturnType<ReadServices['resolutionInput']> => {
    rejectBracketKeys(query);
    const p = parseOrThrow(resolutionQuerySchema, query);
    const filters = {
      responsible: p.responsible,
      funding: p.funding,
      organisation: p.organisation,
      county: p.county,
      from: p.from,
      to: p.to,
    };
    return { request: { q: engineQuery(p.q), filters, page: p.page, perPage: p.perPage }, format: p.format };
  };

  return {
    ...createCommitmentServices(engine),
    searchInput,
    search: (query) => engine.search(searchInput(query).request),
    resolutionInput,
    resolutions: (query) => engine.searchResolutions(resolutionInput(query).request),
    document: (id) => {
      const doc = ID_PATTERN.test(id) ? store.getDocument(id) : null;
      if (!doc) throw new SanadError('not_found', 'No document with this id.');
      return doc;
    },
    analyze: (query) => {
      rejectBracketKeys(query);
      return analyze(cleanQuery(parseOrThrow(analyzeQuerySchema, query).text));
    },
    health: () => ({ status: 'ok', engine: engine.name, documents: store.countDocuments() }),
  };
}
