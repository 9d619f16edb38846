/**
 * The edge between the adapter and Meilisearch: the few calls the adapter makes, as an interface
 * (unit tests record them with a fake) and its implementation on the official client with
 * per-request timeouts, bounded retries and two keys (admin for writes and settings, search for
 * reads). See meili-behaviours.ts (9, 11).
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type MultiSearchQuery,
  type SearchResponse,
  type Settings,
} from 'meilisearch';

import { SanadError, type SanadErrorOptions } from '../../errors.ts';

export type { MultiSearchQuery } from 'meilisearch';

/** Meilisearch cannot answer (settings still being applied, or no answer after retries): HTTP 503. */
export class SearchUnavailableError extends SanadError<'search_unavailable'> {
  override name = 'SearchUnavailableError';
  constructor(message: string, options?: SanadErrorOptions) {
    super('search_unavailable', message, options);
  }
}

export interface TaskOutcome {
  uid: number;
  status: string;
  error: { message: string; code: string } | null;
}

export interface MeiliApi {
  /** Several searches in one round trip (search key). */
  multiSearch(queries: MultiSearchQuery[]): Promise<SearchResponse<Record<string, unknown>>[]>;
  /** Enqueue: add or replace records sent as NDJSON; returns the task uid. */
  addNdjson(indexUid: string, ndjson: string, primaryKey: string): Promise<number>;
  deleteByFilter(indexUid: string, filter: string): Promise<number>;
  deleteAll(indexUid: string): Promise<number>;
  createIndex(indexUid: string, primaryKey: string): Promise<number>;
  deleteIndex(indexUid: string): Promise<number>;
  /** Current settings, null when the index does not exist. */
  getSettings(indexUid: string): Promise<Record<string, unknown> | null>;
  updateSettings(indexUid: string, settings: Record<string, unknown>): Promise<number>;
  /** Status of several tasks in one request (`GET /tasks?uids=…`). */
  getTasks(uids: number[]): Promise<TaskOutcome[]>;
}

export interface MeiliHttpOptions {
  url: string;
  /** Admin API key (or the master key): writes, settings, tasks. */
  apiKey?: string;
  /** Search API key for reads; default: apiKey. */
  searchKey?: string;
  /** Per-request timeout for searches, ms. Default 5000. */
  searchTimeoutMs?: number;
  /** Per-request timeout for writes and task polls, ms. Default 30000. */
  writeTimeoutMs?: number;
  /** Extra attempts after a network error, a timeout or a 5xx/429 answer. Default 2. */
  retries?: number;
  /** First back-off, ms (doubles each attempt). Default 200. */
  backoffMs?: number;
}

/** True for failures worth another attempt: no answer, or Meilisearch busy/failing. */
export function isTransient(err: unknown): boolean {
  if (err instanceof MeilisearchRequestTimeOutError || err instanceof MeilisearchRequestError) return true;
  if (err instanceof MeilisearchApiError) {
    const s = err.response.status;
    return s >= 500 || s === 429;
  }
  return false;
}

/** Run `fn`, retrying transient failures `retries` times with doubling back-off. */
export async function withRetries<T>(fn: () => Promise<T>, retries: number, backoffMs: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= retries || !isTransient(err)) throw err;
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** attempt));
    }
  }
}

const outcome = (t: { uid: number; status: string; error?: { message: string; code: string } | null }) => ({
  uid: t.uid,
  status: t.status,
  error: t.error ? { message: t.error.message, code: t.error.code } : null,
});

/** The MeiliApi on the official client. */
export function meiliHttpApi(o: MeiliHttpOptions): MeiliApi {
  const admin = new Meilisearch({ host: o.url, apiKey: o.apiKey, timeout: o.writeTimeoutMs ?? 30_000 });
  const reader = new Meilisearch({
    host: o.url,
    apiKey: o.searchKey ?? o.apiKey,
    timeout: o.searchTimeoutMs ?? 5_000,
  });
  const retry = <T>(fn: () => Promise<T>) => withRetries(fn, o.retries ?? 2, o.backoffMs ?? 200);
  const uidOf = async (p: PromiseLike<{ taskUid: number }>) => (await p).taskUid;
  return {
    multiSearch: async (queries) => {
      try {
        return await retry(
          async () => (await reader.multiSearch({ queries })).results as SearchResponse<Record<string, unknown>>[],
        );
      } catch (err) {
        if (isTransient(err))
          throw new SearchUnavailableError('Meilisearch does not answer; try again shortly.', { cause: err });
        throw err;
      }
    },
    addNdjson: (uid, ndjson, primaryKey) =>
      retry(() => uidOf(admin.index(uid).addDocumentsFromString(ndjson, 'application/x-ndjson', { primaryKey }))),
    deleteByFilter: (uid, filter) => retry(() => uidOf(admin.index(uid).deleteDocuments({ filter }))),
    deleteAll: (uid) => retry(() => uidOf(admin.index(uid).deleteAllDocuments())),
    createIndex: (uid, primaryKey) => retry(() => uidOf(admin.createIndex(uid, { primaryKey }))),
    deleteIndex: (uid) => retry(() => uidOf(admin.deleteIndex(uid))),
    getSettings: (uid) =>
      retry(async () => {
        try {
          return (await admin.index(uid).getSettings()) as Record<string, unknown>;
        } catch (err) {
          if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return null;
          throw err;
        }
      }),
    updateSettings: (uid, settings) => retry(() => uidOf(admin.index(uid).updateSettings(settings as Settings))),
    getTasks: (uids) =>
      retry(async () =>
        uids.length === 0 ? [] : (await admin.tasks.getTasks({ uids, limit: uids.length })).results.map(outcome),
      ),
  };
}
