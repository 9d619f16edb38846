/**
 * Meilisearch adapter. Same records, search keys, query language, facets and snippet format as
 * the FTS5 engine:
 * - index `<prefix>passages`: one record per passage (search-key fields + display text),
 *   `distinct: docId`, so a document with many pages is one hit and no field nears
 *   Meilisearch's 65 535-position limit;
 * - index `<prefix>resolutions`: one record per resolution;
 * - index `<prefix>commitments`: one record per commitment (the ledger: meili-commitments*.ts).
 * Reads: meili-search.ts (exclusion, strict 'all' then relaxation, disjunctive facet counts).
 * Writes are enqueued together and awaited together (Meilisearch batches them), sized by bytes;
 * a re-indexed document's new records replace the old ones before its leftover records are
 * deleted, so it never disappears from search. Start-up applies settings only when they differ
 * and waits for them a bounded time; until they are applied searches answer 503
 * (SearchUnavailableError). The behaviours relied on are listed in meili-behaviours.ts.
 */
import { checkRange, isRanged } from '../date-range.ts';
import type { DocumentRecord, Resolution } from '../../schema.ts';
import { queryMatcher } from '../fts-match.ts';
import {
  SearchUnavailableError,
  meiliHttpApi,
  type MeiliApi,
  type MultiSearchQuery,
  type TaskOutcome,
} from './meili-api.ts';

export { SearchUnavailableError } from './meili-api.ts';
import { MeiliSearchPlanner, type Strategy } from './meili-search.ts';
import { facetList, selectedCounts } from './meili-facets.ts';
import {
  buildResolutionFilter,
  buildSearchFilter,
  buildUndatedFilter,
  passageIndexSettings,
  passageRecords,
  resolutionIndexSettings,
  resolutionRecords,
  type StoredHit,
} from './meili-settings.ts';
import { DEFAULT_BATCH_BYTES, docIdFilters, ndjsonBatches, settingsHold, staleFilter } from './meili-writes.ts';
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
import type {
  CommitmentSearchRequest,
  CommitmentSearchResponse,
  CommitmentSummaryRequest,
  CommitmentSummaryRow,
} from '../commitments.ts';
import { MeiliCommitments } from './meili-commitments.index.ts';
import { commitmentIndexSettings, commitmentRecords } from './meili-commitments.ts';

export interface MeilisearchEngineOptions {
  url: string;
  /** Admin API key (or the master key) for writes and settings. */
  apiKey?: string;
  /** Search API key for reads; default apiKey. */
  searchKey?: string;
  /** Prefix of the index uids (e.g. 'sanad_'). */
  indexPrefix?: string;
  /** Largest write request body, bytes. Default 8 MB. */
  batchBytes?: number;
  maxValuesPerFacet?: number;
  /** `pagination.maxTotalHits`; totals are exact below it. Default 10 000 000. */
  maxTotalHits?: number;
  /** Longest wait for the tasks of one write, ms. Default 10 minutes. */
  taskTimeoutMs?: number;
  /** How long init() waits for index creation and settings before serving (503 until done). Default 5 s. */
  startupWaitMs?: number;
  /** Per-request timeouts and retries of the HTTP client (meili-api.ts). */
  searchTimeoutMs?: number;
  writeTimeoutMs?: number;
  retries?: number;
  /** The edge (tests pass a recording fake); default the official client. */
  api?: MeiliApi;
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
const PENDING = new Set(['enqueued', 'processing']);

function checkPaging(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw new QueryError('page must be an integer ≥ 1');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    throw new QueryError(`perPage must be an integer in 1..${MAX_PER_PAGE}`);
  if (page * perPage > MAX_WINDOW) throw new QueryError(`results beyond ${MAX_WINDOW} cannot be paged`);
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly api: MeiliApi;
  private readonly passagesUid: string;
  private readonly resolutionsUid: string;
  private readonly commitmentsUid: string;
  private readonly opts: Required<
    Pick<
      MeilisearchEngineOptions,
      'batchBytes' | 'maxValuesPerFacet' | 'maxTotalHits' | 'taskTimeoutMs' | 'startupWaitMs'
    >
  >;
  private readonly planner: MeiliSearchPlanner;
  /** Settings tasks not yet finished: searches answer 503 until they are. */
  private pending: number[] = [];
  private pendingCheckedAt = 0;
  /** Documents indexed since the last clear() (none of them has leftover records); null: unknown. */
  private sinceClear: Set<string> | null = null;
  /** Reads of the ledger's index (meili-commitments.index.ts). */
  private readonly cm: MeiliCommitments;

  constructor(opts: MeilisearchEngineOptions) {
    this.api =
      opts.api ??
      meiliHttpApi({
        url: opts.url,
        apiKey: opts.apiKey,
        searchKey: opts.searchKey,
        searchTimeoutMs: opts.searchTimeoutMs,
        writeTimeoutMs: opts.writeTimeoutMs,
        retries: opts.retries,
      });
    const prefix = opts.indexPrefix ?? 'sanad_';
    this.passagesUid = `${prefix}passages`;
    this.resolutionsUid = `${prefix}resolutions`;
    this.commitmentsUid = `${prefix}commitments`;
    this.opts = {
      batchBytes: opts.batchBytes ?? DEFAULT_BATCH_BYTES,
      maxValuesPerFacet: opts.maxValuesPerFacet ?? 100,
      maxTotalHits: opts.maxTotalHits ?? 10_000_000,
      taskTimeoutMs: opts.taskTimeoutMs ?? 600_000,
      startupWaitMs: opts.startupWaitMs ?? 5_000,
    };
    this.planner = new MeiliSearchPlanner(this.api, this.passagesUid, this.opts.maxTotalHits);
    this.cm = new MeiliCommitments({
      api: this.api,
      uid: this.commitmentsUid,
      facetList: (dist, selected, byValueDesc) => this.facetList(dist, selected ?? [], new Map(), byValueDesc),
    });
  }

  /** Poll tasks together until they finish or `timeoutMs` passes; returns the unfinished ones. */
  private async poll(uids: number[], timeoutMs: number): Promise<{ done: TaskOutcome[]; open: number[] }> {
    const deadline = Date.now() + timeoutMs;
    let open = uids;
    const done: TaskOutcome[] = [];
    for (let wait = 20; open.length > 0; wait = Math.min(wait * 2, 500)) {
      const outs = await this.api.getTasks(open);
      for (const o of outs) if (!PENDING.has(o.status)) done.push(o);
      open = outs.filter((o) => PENDING.has(o.status)).map((o) => o.uid);
      if (open.length === 0 || Date.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, wait));
    }
    return { done, open };
  }

  private static check(outs: TaskOutcome[], what: string, allow: string[] = []): void {
    for (const t of outs) {
      if (t.status === 'succeeded') continue;
      const code = t.error?.code ?? null;
      if (code !== null && allow.includes(code)) continue;
      throw new MeiliTaskError(`Meilisearch ${what} ${t.status}: ${t.error?.message ?? 'no message'}`, code);
    }
  }

  /** Await write tasks together; a failed one throws MeiliTaskError with Meilisearch's message. */
  private async settle(uids: number[], what: string): Promise<void> {
    const { done, open } = await this.poll(uids, this.opts.taskTimeoutMs);
    MeilisearchEngine.check(done, what);
    if (open.length > 0) throw new MeiliTaskError(`Meilisearch ${what}: tasks ${open.join(', ')} still pending`, null);
  }

  async init(): Promise<void> {
    const wanted: [string, string, Record<string, unknown>][] = [
      [this.passagesUid, 'pid', { ...passageIndexSettings(this.opts) }],
      [this.resolutionsUid, 'rid', { ...resolutionIndexSettings(this.opts) }],
      [this.commitmentsUid, 'cid', { ...commitmentIndexSettings(this.opts) }],
    ];
    const tasks: number[] = [];
    for (const [uid, pk, settings] of wanted) {
      const current = await this.api.getSettings(uid);
      if (current === null) tasks.push(await this.api.createIndex(uid, pk));
      if (current === null || !settingsHold(current, settings))
        tasks.push(await this.api.updateSettings(uid, settings));
    }
    const { done, open } = await this.poll(tasks, this.opts.startupWaitMs);
    MeilisearchEngine.check(done, 'index settings', ['index_already_exists']);
    this.pending = open;
    this.pendingCheckedAt = Date.now();
  }

  /** Throws SearchUnavailableError while settings tasks are still running (re-checked at most every second). */
  private async ready(): Promise<void> {
    if (this.pending.length === 0) return;
    if (Date.now() - this.pendingCheckedAt >= 1000) {
      this.pendingCheckedAt = Date.now();
      const { done, open } = await this.poll(this.pending, 0);
      this.pending = open;
      MeilisearchEngine.check(done, 'index settings', ['index_already_exists']);
    }
    if (this.pending.length > 0)
      throw new SearchUnavailableError(
        'Search is being prepared (Meilisearch is applying index settings); try again shortly.',
      );
  }

  async index(docs: DocumentRecord[]): Promise<void> {
    if (docs.length === 0) return;
    const tasks: number[] = [];
    for (const body of ndjsonBatches(docs.flatMap(passageRecords), this.opts.batchBytes))
      tasks.push(await this.api.addNdjson(this.passagesUid, body, 'pid'));
    for (const body of ndjsonBatches(docs.flatMap(resolutionRecords), this.opts.batchBytes))
      tasks.push(await this.api.addNdjson(this.resolutionsUid, body, 'rid'));
    for (const body of ndjsonBatches(docs.flatMap(commitmentRecords), this.opts.batchBytes))
      tasks.push(await this.api.addNdjson(this.commitmentsUid, body, 'cid'));
    // Leftover records of documents indexed before (fewer passages now): deleted after the adds.
    // After clear(), only documents indexed again since then can have any.
    const since = this.sinceClear;
    const before = since === null ? docs : docs.filter((d) => since.has(d.id));
    if (before.length > 0) {
      const p = staleFilter(new Map(before.map((d) => [d.id, passageRecords(d).length])));
      const r = staleFilter(new Map(before.map((d) => [d.id, d.resolutions.length])));
      if (p) tasks.push(await this.api.deleteByFilter(this.passagesUid, p));
      if (r) tasks.push(await this.api.deleteByFilter(this.resolutionsUid, r));
      const c = staleFilter(new Map(before.map((d) => [d.id, d.commitments.length])), 'ord');
      if (c) tasks.push(await this.api.deleteByFilter(this.commitmentsUid, c));
    }
    for (const d of docs) this.sinceClear?.add(d.id);
    await this.settle(tasks, 'indexing');
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const tasks: number[] = [];
    for (const filter of docIdFilters(ids)) {
      tasks.push(await this.api.deleteByFilter(this.passagesUid, filter));
      tasks.push(await this.api.deleteByFilter(this.resolutionsUid, filter));
      tasks.push(await this.api.deleteByFilter(this.commitmentsUid, filter));
    }
    await this.settle(tasks, 'delete');
  }

  async clear(): Promise<void> {
    await this.settle(
      [
        await this.api.deleteAll(this.passagesUid),
        await this.api.deleteAll(this.resolutionsUid),
        await this.api.deleteAll(this.commitmentsUid),
      ],
      'clear',
    );
    this.sinceClear = new Set();
  }

  /** Delete the indexes (test clean-up; the archive itself never calls it). */
  async drop(): Promise<void> {
    const uids = [this.passagesUid, this.resolutionsUid, this.commitmentsUid];
    const tasks: number[] = [];
    for (const uid of uids) tasks.push(await this.api.deleteIndex(uid));
    await this.settle(tasks, 'delete index');
  }

  async count(): Promise<number> {
    try {
      const [r] = await this.api.multiSearch([{ indexUid: this.passagesUid, q: '', page: 1, hitsPerPage: 0 }]);
      return r!.totalHits ?? 0;
    } catch (err) {
      // Index creation still queued (init does not wait for it long): nothing indexed yet.
      if ((err as { cause?: { code?: string } }).cause?.code === 'index_not_found') return 0;
      throw err;
    }
  }

  async close(): Promise<void> {
    // The HTTP client holds no connection to release.
  }

  private facetList(
    dist: Record<string, number> | undefined,
    selected: readonly string[],
    exact: Map<string, number>,
    byValueDesc = false,
  ) {
    return facetList(dist, selected, exact, this.opts.maxValuesPerFacet, byValueDesc);
  }

  private selectedCounts(...a: Parameters<typeof selectedCounts> extends [unknown, unknown, ...infer R] ? R : never) {
    return selectedCounts(this.api, this.opts.maxValuesPerFacet, ...a);
  }

  async search(req: SearchRequest): Promise<SearchResponse> {
    const t0 = performance.now();
    const page = req.page ?? 1;
    const perPage = req.perPage ?? 20;
    checkPaging(page, perPage);
    const sort = req.sort ?? 'relevance';
    if (!['relevance', 'date_desc', 'date_asc'].includes(sort))
      throw new QueryError('sort must be relevance, date_desc or date_asc');
    const parsed = parseQuery(req.q ?? '');
    const f = req.filters ?? {};
    buildSearchFilter(f); // validate before any request
    await this.ready();
    const positive = hasPositive(parsed);
    const { extra, freq } = await this.planner.prepare(parsed);
    const sortSpec = sort === 'date_asc' ? ['dnum:asc'] : sort === 'date_desc' || !positive ? ['dnum:desc'] : undefined;
    const filtered = FACETS.filter((name) => (f[name]?.length ?? 0) > 0);
    const run = async (q: string, strategy: Strategy) => {
      const queries: MultiSearchQuery[] = [
        {
          indexUid: this.passagesUid,
          q,
          filter: buildSearchFilter(f, undefined, extra),
          facets: [...FACETS],
          page,
          hitsPerPage: perPage,
          sort: sortSpec,
          matchingStrategy: strategy,
          attributesToRetrieve: ['docId', 'page', 'display', 'hit'],
          showRankingScore: true,
        },
        ...filtered.map((name): MultiSearchQuery => ({
          indexUid: this.passagesUid,
          q,
          filter: buildSearchFilter(f, name, extra),
          facets: [name],
          page: 1,
          hitsPerPage: 0,
          matchingStrategy: strategy,
        })),
      ];
      // With a date range: how many undated documents match otherwise (distinct docId → documents).
      const undatedFilter = buildUndatedFilter(f, extra);
      if (undatedFilter !== undefined)
        queries.push({
          indexUid: this.passagesUid,
          q,
          filter: undatedFilter,
          page: 1,
          hitsPerPage: 0,
          matchingStrategy: strategy,
        });
      return { res: await this.api.multiSearch(queries), q, strategy };
    };
    const strictQ = this.planner.strict(parsed, freq);
    let out = await run(strictQ, 'all');
    const anyFilter = extra.length > 0 || buildSearchFilter(f) !== undefined;
    const relaxed = await this.planner.relaxation(parsed, freq, strictQ, out.res[0]!.totalHits ?? 0, anyFilter);
    if (relaxed !== null) out = await run(relaxed, 'all');
    const main = out.res[0]!;
    const exact = await this.selectedCounts(
      filtered.map((name, i) => ({
        name,
        values: f[name]!,
        disj: out.res[i + 1]!.facetDistribution?.[name],
        main: main.facetDistribution?.[name],
      })),
      (name, v) => buildSearchFilter({ ...f, [name]: [v] }, undefined, extra),
      this.passagesUid,
      out.q,
      out.strategy,
    );
    const matcher = positive ? queryMatcher(parsed) : null;
    const facets = {} as FacetCounts;
    for (const name of FACETS) {
      const i = filtered.indexOf(name);
      const dist = (i >= 0 ? out.res[i + 1]! : main).facetDistribution?.[name];
      facets[name as FacetName] = this.facetList(dist, f[name] ?? [], exact.get(name) ?? new Map(), name === 'year');
    }
    const undatedRes = out.res.length > filtered.length + 1 ? out.res[filtered.length + 1] : undefined;
    return {
      total: main.totalHits ?? 0,
      ...(isRanged(checkRange(f)) ? { undated: undatedRes?.totalHits ?? 0 } : {}),
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
    checkPaging(page, perPage);
    const parsed = parseQuery(req.q ?? '');
    const f = req.filters ?? {};
    buildResolutionFilter(f);
    await this.ready();
    const positive = hasPositive(parsed);
    // Resolutions match strictly (the SQLite engine relaxes them only through typos and prefixes,
    // which Meilisearch applies itself); an excluded word drops every resolution of its document.
    const { extra, freq } = await this.planner.prepare(parsed);
    const q = this.planner.strict(parsed, freq);
    const own = ['responsible', 'funding'] as const;
    const filtered = own.filter((n) => (f[n]?.length ?? 0) > 0);
    const res = await this.api.multiSearch([
      {
        indexUid: this.resolutionsUid,
        q,
        filter: buildResolutionFilter(f, undefined, extra),
        facets: [...own],
        page,
        hitsPerPage: perPage,
        sort: positive ? undefined : ['dnum:desc'],
        matchingStrategy: 'all',
        attributesToRetrieve: ['record', 'hit'],
      },
      ...filtered.map((n): MultiSearchQuery => ({
        indexUid: this.resolutionsUid,
        q,
        filter: buildResolutionFilter(f, n, extra),
        facets: [n],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
      })),
    ]);
    const main = res[0]!;
    const exact = await this.selectedCounts(
      filtered.map((name, i) => ({
        name,
        values: f[name]!,
        disj: res[i + 1]!.facetDistribution?.[name],
        main: main.facetDistribution?.[name],
      })),
      (name, v) => buildResolutionFilter({ ...f, [name]: [v] }, undefined, extra),
      this.resolutionsUid,
      q,
      'all',
    );
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
        responsible: this.facetList(dist('responsible'), f.responsible ?? [], exact.get('responsible') ?? new Map()),
        funding: this.facetList(dist('funding'), f.funding ?? [], exact.get('funding') ?? new Map()),
      },
    };
  }

  async searchCommitments(req: CommitmentSearchRequest): Promise<CommitmentSearchResponse> {
    await this.ready();
    return this.cm.search(req);
  }

  async summarizeCommitments(req: CommitmentSummaryRequest): Promise<CommitmentSummaryRow[]> {
    await this.ready();
    return this.cm.summarize(req);
  }
}
