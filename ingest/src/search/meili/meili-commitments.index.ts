/**
 * Reads of the Meilisearch commitments index (`<prefix>commitments`, one record per commitment),
 * used by the Meilisearch engine for `searchCommitments` / `summarizeCommitments`. Its settings
 * and writes go through the engine with the other indexes (batched by bytes, awaited together,
 * added before leftovers are deleted). Searches go through the same edge (search key, timeouts,
 * retries); facet counts are disjunctive (one extra query per filtered facet, one multi-search
 * round trip), totals and summaries are read from pair facets (meili-commitments.ts).
 * Matching is strict (`matchingStrategy: 'all'`) without the passages' function-word relaxation,
 * as for resolutions: the SQLite ledger relaxes only through typos and prefixes, which
 * Meilisearch applies itself.
 */
import type { SearchResponse } from 'meilisearch';
import {
  COMMITMENT_FACETS,
  checkSort,
  checkSummaryBy,
  sortSummary,
  type CommitmentFacetCounts,
  type CommitmentHit,
  type CommitmentSearchRequest,
  type CommitmentSearchResponse,
  type CommitmentSummaryRequest,
  type CommitmentSummaryRow,
} from '../commitments.ts';
import { queryMatcher } from '../fts-match.ts';
import { hasPositive, parseQuery } from '../query-parser.ts';
import { QueryError } from '../search-engine.ts';
import { buildSnippet } from '../snippet.ts';
import type { MeiliApi, MultiSearchQuery } from './meili-api.ts';
import {
  LEDGER_FACETS,
  SUM_OF,
  buildCommitmentFilter,
  commitmentSortSpec,
  sumPairs,
  totalsOf,
  type CommitmentRecord,
} from './meili-commitments.ts';
import { meiliQueryString } from './meili-settings.ts';

const MAX_PER_PAGE = 100;
const MAX_WINDOW = 10_000;

export interface MeiliCommitmentsDeps {
  api: MeiliApi;
  uid: string;
  /** Facet list from a distribution: top values, selected ones always listed (the engine's). */
  facetList: (
    dist: Record<string, number> | undefined,
    selected?: readonly string[],
    byValueDesc?: boolean,
  ) => { value: string; count: number }[];
}

export class MeiliCommitments {
  constructor(private readonly deps: MeiliCommitmentsDeps) {}

  private prepare(req: CommitmentSearchRequest) {
    const parsed = parseQuery(req.q ?? '');
    const positive = hasPositive(parsed);
    const q = positive || parsed.excluded.length > 0 ? meiliQueryString(parsed) : '';
    const f = req.filters ?? {};
    return { parsed, positive, q, f, filter: buildCommitmentFilter(f, req.today) };
  }

  private async multi(queries: MultiSearchQuery[]): Promise<SearchResponse<CommitmentRecord>[]> {
    return (await this.deps.api.multiSearch(queries)) as unknown as SearchResponse<CommitmentRecord>[];
  }

  async search(req: CommitmentSearchRequest): Promise<CommitmentSearchResponse> {
    const t0 = performance.now();
    const page = req.page ?? 1;
    const perPage = req.perPage ?? 20;
    if (!Number.isInteger(page) || page < 1) throw new QueryError('page must be an integer ≥ 1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
      throw new QueryError(`perPage must be an integer in 1..${MAX_PER_PAGE}`);
    if (page * perPage > MAX_WINDOW) throw new QueryError(`results beyond ${MAX_WINDOW} cannot be paged`);
    const sort = checkSort(req.sort);
    const { parsed, positive, q, f, filter } = this.prepare(req);
    const uid = this.deps.uid;
    const queries: MultiSearchQuery[] = [
      {
        indexUid: uid,
        q,
        filter,
        facets: LEDGER_FACETS,
        page,
        hitsPerPage: perPage,
        sort: commitmentSortSpec(sort, positive),
        matchingStrategy: 'all',
        attributesToRetrieve: ['record'],
      },
    ];
    const filtered = COMMITMENT_FACETS.filter((name) => (f[name]?.length ?? 0) > 0);
    for (const name of filtered)
      queries.push({
        indexUid: uid,
        q,
        filter: buildCommitmentFilter(f, req.today, name),
        facets: [name],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
      });
    const res = await this.multi(queries);
    const main = res[0]!;
    const matcher = positive ? queryMatcher(parsed) : null;
    const facets = {} as CommitmentFacetCounts;
    for (const name of COMMITMENT_FACETS) {
      const i = filtered.indexOf(name);
      const dist = (i >= 0 ? res[i + 1]! : main).facetDistribution?.[name];
      facets[name] = this.deps.facetList(dist, f[name] ?? [], name === 'year');
    }
    return {
      total: main.totalHits ?? 0,
      page,
      perPage,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
      hits: main.hits.map((h) => {
        const rec = h.record as Omit<CommitmentHit, 'snippet'>;
        return { ...rec, snippet: buildSnippet(rec.text, matcher, 60) };
      }),
      facets,
      totals: totalsOf(main.facetDistribution?.sum_all),
    };
  }

  async summarize(req: CommitmentSummaryRequest): Promise<CommitmentSummaryRow[]> {
    const by = checkSummaryBy(req.by);
    const { q, filter } = this.prepare(req);
    const field = SUM_OF[by];
    const [r] = await this.multi([
      { indexUid: this.deps.uid, q, filter, facets: [field], page: 1, hitsPerPage: 0, matchingStrategy: 'all' },
    ]);
    return sortSummary(sumPairs(r!.facetDistribution?.[field]), by);
  }
}
