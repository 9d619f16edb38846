/**
 * Meilisearch adapter (official `meilisearch` client). Same records, search keys, query
 * language, facets and snippet format as the FTS5 engine:
 * - index `<prefix>passages`: one record per passage (search-key fields + display text),
 *   `distinct: docId`, so a document with many pages is one hit and no field nears
 *   Meilisearch's 65 535-position limit;
 * - index `<prefix>resolutions`: one record per resolution.
 * Facet counts are disjunctive like the FTS5 engine's: one extra query per filtered facet
 * (multi-search, one round trip). Writes are batched and every task is awaited; a failed task
 * throws with Meilisearch's message.
 */
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type Index,
  type MultiSearchQuery,
  type SearchResponse as MSearchResponse,
} from 'meilisearch';
import type { DocumentRecord, Resolution } from '../../schema.ts';
import { queryMatcher } from '../fts-match.ts';
import {
  buildResolutionFilter,
  buildSearchFilter,
  meiliQueryString,
  passageIndexSettings,
  passageRecords,
  resolutionIndexSettings,
  resolutionRecords,
  type PassageRecord,
  type ResolutionRecord,
  type StoredHit,
} from './meili-settings.ts';
import type {
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRequest,
  CommitmentSummaryRow,
} from '../commitments.ts';
import { MeiliCommitments } from './meili-commitments.index.ts';
import { hasPositive, parseQuery } from '../query-parser.ts';
import {
  FACETS,
  QueryError,
  type FacetCounts,
  type FacetName,
  type ResolutionSearchRequest,
  type ResolutionSearchResponse,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
} from '../search-engine.ts';
import { buildSnippet } from '../snippet.ts';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Prefix of the index uids (e.g. 'sanad_'). */
  indexPrefix?: string;
  /** Records per write request. Default 1000. */
  batchSize?: number;
  maxValuesPerFacet?: number;
  /** Longest wait for one task, ms. Default 10 minutes. */
  taskTimeoutMs?: number;
}

/** Thrown when Meilisearch reports a failed task. */
export class MeiliTaskError extends Error {
  override readonly name = 'MeiliTaskError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

const MAX_PER_PAGE = 100;
const MAX_WINDOW = 10_000;

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly passages: Index<PassageRecord>;
  private readonly resolutions: Index<ResolutionRecord>;
  private readonly prefix: string;
  private readonly batchSize: number;
  private readonly maxValues: number;
  private readonly timeout: number;
  /** The ledger's index (meili-commitments.index.ts). */
  private readonly cm: MeiliCommitments;

  constructor(opts: MeilisearchEngineOptions) {
    this.client = new Meilisearch({ host: opts.url, apiKey: opts.apiKey });
    this.prefix = opts.indexPrefix ?? 'sanad_';
    this.passages = this.client.index<PassageRecord>(`${this.prefix}passages`);
    this.resolutions = this.client.index<ResolutionRecord>(`${this.prefix}resolutions`);
    this.batchSize = opts.batchSize ?? 1000;
    this.maxValues = opts.maxValuesPerFacet ?? 100;
    this.timeout = opts.taskTimeoutMs ?? 600_000;
    this.cm = new MeiliCommitments({
      client: this.client,
      uid: `${this.prefix}commitments`,
      batchSize: this.batchSize,
      settle: (p, what, allow) => this.settle(p, what, allow),
      facetList: (dist, selected, byValueDesc) => this.facetList(dist, selected, byValueDesc),
    });
  }

  /** Await a task; throw MeiliTaskError when it did not succeed. */
  private async settle(p: EnqueuedTaskPromise, what: string, allow: string[] = []): Promise<void> {
    const task = await p.waitTask({ timeout: this.timeout, interval: 50 });
    if (task.status === 'succeeded') return;
    const code = task.error?.code ?? null;
    if (code !== null && allow.includes(code)) return;
    throw new MeiliTaskError(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? 'no message'}`, code);
  }

  async init(): Promise<void> {
    await this.settle(
      this.client.createIndex(`${this.prefix}passages`, { primaryKey: 'pid' }),
      'create passages index',
      ['index_already_exists'],
    );
    await this.settle(
      this.client.createIndex(`${this.prefix}resolutions`, { primaryKey: 'rid' }),
      'create resolutions index',
      ['index_already_exists'],
    );
    await this.settle(
      this.passages.updateSettings(passageIndexSettings({ maxValuesPerFacet: this.maxValues })),
      'passages settings',
    );
    await this.settle(
      this.resolutions.updateSettings(resolutionIndexSettings({ maxValuesPerFacet: this.maxValues })),
      'resolutions settings',
    );
    await this.cm.init();
  }

  /** Write records in batches, each awaited (memory stays flat, errors surface at once). */
  private async addInBatches<T extends PassageRecord | ResolutionRecord>(
    index: Index<T>,
    records: T[],
    what: string,
  ): Promise<void> {
    for (let i = 0; i < records.length; i += this.batchSize) {
      await this.settle(
        index.addDocuments(records.slice(i, i + this.batchSize)),
        `${what} batch ${i / this.batchSize + 1}`,
      );
    }
  }

  private async deleteByDocIds(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const filter = `docId IN [${ids
        .slice(i, i + 500)
        .map((id) => JSON.stringify(id))
        .join(', ')}]`;
      await this.settle(this.passages.deleteDocuments({ filter }), 'delete passages');
      await this.settle(this.resolutions.deleteDocuments({ filter }), 'delete resolutions');
      await this.cm.deleteByFilter(filter);
    }
  }

  async index(docs: DocumentRecord[]): Promise<void> {
    if (docs.length === 0) return;
    // A re-indexed document may have fewer passages than before: drop its old records first.
    await this.deleteByDocIds(docs.map((d) => d.id));
    await this.addInBatches(this.passages, docs.flatMap(passageRecords), 'add passages');
    await this.addInBatches(this.resolutions, docs.flatMap(resolutionRecords), 'add resolutions');
    await this.cm.add(docs);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.deleteByDocIds(ids);
  }

  async clear(): Promise<void> {
    await this.settle(this.passages.deleteAllDocuments(), 'clear passages');
    await this.settle(this.resolutions.deleteAllDocuments(), 'clear resolutions');
    await this.cm.clear();
  }

  async count(): Promise<number> {
    const r = await this.passages.search('', { page: 1, hitsPerPage: 0 });
    return r.totalHits ?? 0;
  }

  async close(): Promise<void> {
    // The HTTP client holds no connection to release.
  }

  private facetList(
    dist: Record<string, number> | undefined,
    selected: readonly string[] = [],
    byValueDesc = false,
  ): { value: string; count: number }[] {
    const l = Object.entries(dist ?? {})
      .filter(([, n]) => n > 0)
      .map(([value, count]) => ({ value, count }));
    if (byValueDesc) l.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
    else l.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const top = l.slice(0, this.maxValues);
    for (const s of selected)
      if (!top.some((x) => x.value === s)) top.push({ value: s, count: l.find((x) => x.value === s)?.count ?? 0 });
    return top;
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const t0 = performance.now();
    const page = req.page ?? 1;
    const perPage = req.perPage ?? 20;
    if (!Number.isInteger(page) || page < 1) throw new QueryError('page must be an integer ≥ 1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
      throw new QueryError(`perPage must be an integer in 1..${MAX_PER_PAGE}`);
    if (page * perPage > MAX_WINDOW) throw new QueryError(`results beyond ${MAX_WINDOW} cannot be paged`);
    const sort = req.sort ?? 'relevance';
    if (!['relevance', 'date_desc', 'date_asc'].includes(sort))
      throw new QueryError('sort must be relevance, date_desc or date_asc');
    const parsed = parseQuery(req.q ?? '');
    const positive = hasPositive(parsed);
    const f = req.filters ?? {};
    const q = positive || parsed.excluded.length > 0 ? meiliQueryString(parsed) : '';
    const sortSpec = sort === 'date_asc' ? ['dnum:asc'] : sort === 'date_desc' || !positive ? ['dnum:desc'] : undefined;
    const uid = `${this.prefix}passages`;
    const queries: MultiSearchQuery[] = [
      {
        indexUid: uid,
        q,
        filter: buildSearchFilter(f),
        facets: [...FACETS],
        page,
        hitsPerPage: perPage,
        sort: sortSpec,
        matchingStrategy: 'last',
        attributesToRetrieve: ['docId', 'page', 'display', 'hit'],
        showRankingScore: true,
      },
    ];
    const filtered = FACETS.filter((name) => (f[name]?.length ?? 0) > 0);
    for (const name of filtered) {
      queries.push({
        indexUid: uid,
        q,
        filter: buildSearchFilter(f, name),
        facets: [name],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'last',
      });
    }
    const res = (await this.client.multiSearch({ queries })).results as unknown as MSearchResponse<PassageRecord>[];
    const main = res[0]!;
    const matcher = positive ? queryMatcher(parsed) : null;
    const facets = {} as FacetCounts;
    for (const name of FACETS) {
      const i = filtered.indexOf(name);
      const dist = (i >= 0 ? res[i + 1]! : main).facetDistribution?.[name];
      facets[name as FacetName] = this.facetList(dist, f[name] ?? [], name === 'year');
    }
    return {
      total: main.totalHits ?? 0,
      page,
      perPage,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
      hits: main.hits.map((h) => {
        const hit = h.hit as StoredHit;
        return {
          ...hit,
          snippet: buildSnippet(h.display as string, matcher),
          page: (h.page as number | null) ?? null,
          score: (h as { _rankingScore?: number })._rankingScore ?? 0,
        };
      }),
      facets,
    };
  }

  async searchResolutions(req: ResolutionSearchRequest): Promise<ResolutionSearchResponse> {
    const t0 = performance.now();
    const page = req.page ?? 1;
    const perPage = req.perPage ?? 20;
    if (!Number.isInteger(page) || page < 1) throw new QueryError('page must be an integer ≥ 1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
      throw new QueryError(`perPage must be an integer in 1..${MAX_PER_PAGE}`);
    if (page * perPage > MAX_WINDOW) throw new QueryError(`results beyond ${MAX_WINDOW} cannot be paged`);
    const parsed = parseQuery(req.q ?? '');
    const positive = hasPositive(parsed);
    const f = req.filters ?? {};
    const q = positive || parsed.excluded.length > 0 ? meiliQueryString(parsed) : '';
    const uid = `${this.prefix}resolutions`;
    const own = ['responsible', 'funding'] as const;
    const queries: MultiSearchQuery[] = [
      {
        indexUid: uid,
        q,
        filter: buildResolutionFilter(f),
        facets: [...own],
        page,
        hitsPerPage: perPage,
        sort: positive ? undefined : ['dnum:desc'],
        matchingStrategy: 'last',
        attributesToRetrieve: ['record', 'hit'],
      },
    ];
    const filtered = own.filter((n) => (f[n]?.length ?? 0) > 0);
    for (const n of filtered)
      queries.push({
        indexUid: uid,
        q,
        filter: buildResolutionFilter(f, n),
        facets: [n],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'last',
      });
    const res = (await this.client.multiSearch({ queries })).results as unknown as MSearchResponse<ResolutionRecord>[];
    const main = res[0]!;
    const matcher = positive ? queryMatcher(parsed) : null;
    const dist = (n: (typeof own)[number]) => {
      const i = filtered.indexOf(n);
      return (i >= 0 ? res[i + 1]! : main).facetDistribution?.[n];
    };
    return {
      total: main.totalHits ?? 0,
      page,
      perPage,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
      hits: main.hits.map((h) => {
        const r = h.record as Resolution;
        const d = h.hit as StoredHit;
        return {
          ...r,
          documentId: d.id,
          documentTitle: d.title,
          date: d.date,
          dateJalali: d.dateJalali,
          organisations: d.organisations,
          counties: d.counties,
          snippet: buildSnippet(r.text, matcher, 60),
        };
      }),
      facets: {
        responsible: this.facetList(dist('responsible'), f.responsible ?? []),
        funding: this.facetList(dist('funding'), f.funding ?? []),
      },
    };
  }

  searchCommitments(req: CommitmentSearchRequest): Promise<CommitmentSearchResponse> {
    return this.cm.search(req);
  }

  summarizeCommitments(req: CommitmentSummaryRequest): Promise<CommitmentSummaryRow[]> {
    return this.cm.summarize(req);
  }
}
