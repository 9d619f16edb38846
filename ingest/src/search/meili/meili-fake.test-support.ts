/**
 * A recording MeiliApi for request-shape tests: it keeps every call the adapter makes and
 * answers with neutral shapes (no hits unless a test scripts counts), so the tests assert what
 * the adapter SENDS, not what a server would find.
 */
import type { DocumentRecord } from '../../schema.ts';
import { blankRecord, blankResolution } from '../../blank-record.ts';
import type { MeiliApi, MultiSearchQuery, TaskOutcome } from './meili-api.ts';

export interface Call {
  op: keyof MeiliApi;
  uid?: string;
  body?: unknown;
}

type Answer = {
  totalHits?: number;
  estimatedTotalHits?: number;
  hits?: Record<string, unknown>[];
  facetDistribution?: Record<string, Record<string, number>>;
};

export class RecordingApi implements MeiliApi {
  calls: Call[] = [];
  searches: MultiSearchQuery[][] = [];
  /** Current settings per index uid (null: no index). */
  settings = new Map<string, Record<string, unknown> | null>();
  /** Status a task reports when polled (by uid); default succeeded. */
  status = (_uid: number): string => 'succeeded';
  /** Scripted answer per query; default: nothing found. */
  answer = (_q: MultiSearchQuery): Answer => ({});
  private next = 1;

  private task(op: keyof MeiliApi, uid: string, body?: unknown): Promise<number> {
    this.calls.push({ op, uid, body });
    return Promise.resolve(this.next++);
  }

  multiSearch(queries: MultiSearchQuery[]) {
    this.calls.push({ op: 'multiSearch', body: queries });
    this.searches.push(queries);
    return Promise.resolve(
      queries.map((q) => {
        const a = this.answer(q);
        return {
          hits: a.hits ?? [],
          totalHits: a.totalHits ?? 0,
          estimatedTotalHits: a.estimatedTotalHits ?? a.totalHits ?? 0,
          facetDistribution: a.facetDistribution ?? {},
          processingTimeMs: 0,
          query: q.q ?? '',
        };
      }) as unknown as Awaited<ReturnType<MeiliApi['multiSearch']>>,
    );
  }
  addNdjson(uid: string, ndjson: string, primaryKey: string) {
    return this.task('addNdjson', uid, { ndjson, primaryKey });
  }
  deleteByFilter(uid: string, filter: string) {
    return this.task('deleteByFilter', uid, filter);
  }
  deleteAll(uid: string) {
    return this.task('deleteAll', uid);
  }
  createIndex(uid: string, primaryKey: string) {
    return this.task('createIndex', uid, primaryKey);
  }
  deleteIndex(uid: string) {
    return this.task('deleteIndex', uid);
  }
  getSettings(uid: string) {
    this.calls.push({ op: 'getSettings', uid });
    return Promise.resolve(this.settings.get(uid) ?? null);
  }
  updateSettings(uid: string, settings: Record<string, unknown>) {
    this.settings.set(uid, settings);
    return this.task('updateSettings', uid, settings);
  }
  getTasks(uids: number[]): Promise<TaskOutcome[]> {
    this.calls.push({ op: 'getTasks', body: uids });
    return Promise.resolve(uids.map((uid) => ({ uid, status: this.status(uid), error: null })));
  }

  /** Operations in call order (for ordering assertions). */
  ops(): string[] {
    return this.calls.map((c) => c.op);
  }
}

/** A plain document with `res` resolutions and the given commitments. */
export const testDoc = (
  id: string,
  pages: string[],
  res = 0,
  commitments: DocumentRecord['commitments'] = [],
): DocumentRecord => {
  const doc = blankRecord(id, pages, { commitments, ingestedAt: '' });
  return {
    ...doc,
    source: { ...doc.source, bytes: 1 },
    resolutions: Array.from({ length: res }, (_, i) => blankResolution(id, i + 1, 'مقرر گردید')),
  };
};

/** A commitment of `parties` with one amount (toman null: unreadable). */
export const testCommitment = (
  text: string,
  parties: string[],
  toman: number | null = null,
): DocumentRecord['commitments'][number] =>
  ({
    id: `test:${text}`,
    source: 'statement',
    resolutionNumber: null,
    text,
    parties,
    supervisor: [],
    amounts: toman === null ? [] : [{ text: `${toman} تومان`, toman }],
    purpose: null,
    counties: [],
    deadline: null,
    page: 1,
    span: null,
  }) as DocumentRecord['commitments'][number];
