import type {
  CommitmentFilters,
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRow,
} from '@sanad/ingest/search/commitments.ts';
import type { SearchEngine } from '@sanad/ingest/search/search-engine.ts';
import {
  commitmentQuerySchema,
  commitmentSummarySchema,
  engineQuery,
  parseOrThrow,
  rejectBracketKeys,
} from './validation.ts';

/** A query string as parsed (repeated keys are arrays), as services.ts takes it. */
type QueryInput = Record<string, unknown>;

/**
 * The ledger's read operations (part of `ReadServices`): validation of raw input, the engine
 * request, the answer — for the `/api/commitments` routes and the web app's loads alike.
 */
export interface CommitmentServices {
  commitmentInput(query: QueryInput): { request: CommitmentSearchRequest; format: 'json' | 'csv' };
  commitments(query: QueryInput): Promise<CommitmentSearchResponse>;
  commitmentSummary(query: QueryInput): Promise<CommitmentSummaryRow[]>;
}

/** Today's date in Iran (deadlines are calendar dates there), ISO. */
export function tehranToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(now);
}

type Filters = Pick<
  ReturnType<typeof commitmentQuerySchema.parse>,
  'party' | 'county' | 'province' | 'organisation' | 'year' | 'from' | 'to' | 'due'
>;

function filtersOf(p: Filters): CommitmentFilters {
  return {
    party: p.party,
    county: p.county,
    province: p.province,
    organisation: p.organisation,
    year: p.year,
    from: p.from,
    to: p.to,
    due: p.due,
  };
}

export function createCommitmentServices(engine: SearchEngine): CommitmentServices {
  const commitmentInput = (query: QueryInput): ReturnType<CommitmentServices['commitmentInput']> => {
    rejectBracketKeys(query);
    const p = parseOrThrow(commitmentQuerySchema, query);
    return {
      request: {
        q: engineQuery(p.q),
        filters: filtersOf(p),
        sort: p.sort,
        page: p.page,
        perPage: p.perPage,
        today: tehranToday(),
      },
      format: p.format,
    };
  };
  return {
    commitmentInput,
    commitments: (query) => engine.searchCommitments(commitmentInput(query).request),
    commitmentSummary: (query) => {
      rejectBracketKeys(query);
      const p = parseOrThrow(commitmentSummarySchema, query);
      return engine.summarizeCommitments({
        q: engineQuery(p.q),
        by: p.by,
        filters: filtersOf(p),
        today: tehranToday(),
      });
    },
  };
}
