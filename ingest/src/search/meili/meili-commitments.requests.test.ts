/**
 * Request shapes of the commitments index (the ledger), asserted from the engine's calls to the
 * recording fake (meili-fake.test-support.ts): the same settings and writes as the other indexes
 * (meili-requests.test.ts), with room for every pair facet.
 */
import { describe, expect, it } from 'vitest';
import { RecordingApi, testCommitment, testDoc } from './meili-fake.test-support.ts';
import { MeilisearchEngine, SearchUnavailableError } from './meilisearch.engine.ts';
import { MAX_FACET_VALUES, commitmentIndexSettings } from './meili-commitments.ts';
import { passageIndexSettings } from './meili-settings.ts';

const C = 't_commitments';
const engine = (api: RecordingApi, o: Partial<ConstructorParameters<typeof MeilisearchEngine>[0]> = {}) =>
  new MeilisearchEngine({ url: 'http://unused', indexPrefix: 't_', api, ...o });

async function ready(o: Parameters<typeof engine>[1] = {}) {
  const api = new RecordingApi();
  const e = engine(api, o);
  await e.init();
  api.calls = [];
  api.searches = [];
  return { api, e };
}

const ledgerDoc = (id: string, n: number) =>
  testDoc(
    id,
    ['تسهیلات اشتغال'],
    0,
    Array.from({ length: n }, (_, i) => testCommitment(`پرداخت تسهیلات ${i}`, ['بانک ملی'], 1000 * (i + 1))),
  );

describe('commitments index settings', () => {
  it('sort first, count-sorted facets with room for every pair, exact totals, «.» kept, as the other indexes', async () => {
    const api = new RecordingApi();
    await engine(api).init();
    expect(api.calls.find((c) => c.op === 'createIndex' && c.uid === C)?.body).toBe('cid');
    const s = api.calls.find((c) => c.op === 'updateSettings' && c.uid === C)!.body as Record<string, unknown>;
    const p = passageIndexSettings();
    expect(s.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
    expect(s.rankingRules).toEqual(p.rankingRules);
    expect(s.faceting).toEqual({ maxValuesPerFacet: MAX_FACET_VALUES, sortFacetValuesBy: { '*': 'count' } });
    expect(MAX_FACET_VALUES).toBeGreaterThanOrEqual(100_000); // pair facets are summed: never cut short
    expect(s.pagination).toEqual(p.pagination);
    expect((s.pagination as { maxTotalHits: number }).maxTotalHits).toBeGreaterThanOrEqual(1_000_000);
    expect(s.nonSeparatorTokens).toEqual(p.nonSeparatorTokens);
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['docId', 'ord']));
  });

  it('keeps the pair limit whatever the listed facets show, and is not resent when held', async () => {
    expect(commitmentIndexSettings({ maxValuesPerFacet: 10 }).faceting.maxValuesPerFacet).toBe(MAX_FACET_VALUES);
    const api = new RecordingApi();
    api.settings.set(C, { ...commitmentIndexSettings(), sortableAttributes: ['ord', 'docId', 'due', 'toman', 'dnum'] });
    await engine(api).init();
    expect(api.calls.filter((c) => c.op === 'updateSettings' && c.uid === C)).toEqual([]);
  });

  it('ledger searches answer 503 while settings are applied, then match every word', async () => {
    const api = new RecordingApi();
    let done = false;
    api.status = () => (done ? 'succeeded' : 'processing');
    const e = engine(api, { startupWaitMs: 30 });
    await e.init();
    await expect(e.searchCommitments({ q: 'تسهیلات' })).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(e.summarizeCommitments({ q: '', by: 'party' })).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(api.searches).toHaveLength(0);
    done = true;
    await new Promise((r) => setTimeout(r, 1050));
    await e.searchCommitments({ q: 'تسهیلات بانک', filters: { party: ['بانک ملی'] } });
    expect(api.searches[0]!.map((q) => [q.indexUid, q.matchingStrategy])).toEqual([
      [C, 'all'],
      [C, 'all'],
    ]);
    await e.summarizeCommitments({ q: 'تسهیلات', by: 'year' });
    expect(api.searches[1]![0]).toMatchObject({ indexUid: C, matchingStrategy: 'all', facets: ['sum_year'] });
  });
});

describe('commitments writes', () => {
  it('adds with the other indexes, deletes leftovers after (by ord), awaits every task together', async () => {
    const { api, e } = await ready();
    await e.index([ledgerDoc('a', 2), ledgerDoc('b', 1)]);
    const ops = api.calls.map((c) => [c.op, c.uid]);
    const add = ops.findIndex(([op, uid]) => op === 'addNdjson' && uid === C);
    const del = ops.findIndex(([op, uid]) => op === 'deleteByFilter' && uid === C);
    expect(add).toBeGreaterThanOrEqual(0);
    expect(del).toBeGreaterThan(add); // a commitment never vanishes during a re-index
    expect(api.calls[del]!.body).toBe('(ord >= 1 AND docId IN ["b"]) OR (ord >= 2 AND docId IN ["a"])');
    const body = api.calls[add]!.body as { ndjson: string; primaryKey: string };
    expect(body.primaryKey).toBe('cid');
    expect(body.ndjson.split('\n').map((l) => (JSON.parse(l) as { cid: string }).cid)).toEqual([
      'a-c0',
      'a-c1',
      'b-c0',
    ]);
    // one poll for every task, after all were enqueued
    expect(api.ops().filter((o) => o === 'getTasks')).toHaveLength(1);
    expect(api.ops().at(-1)).toBe('getTasks');
    const enqueued = api.calls.filter((c) => c.op !== 'getTasks').length;
    expect((api.calls.at(-1)!.body as number[]).length).toBe(enqueued);
  });

  it('sizes ledger bodies by bytes; after clear() sends no leftover deletes; remove and clear cover the ledger', async () => {
    const { api, e } = await ready({ batchBytes: 3000 });
    await e.clear();
    expect(api.calls.filter((c) => c.op === 'deleteAll').map((c) => c.uid)).toContain(C);
    api.calls = [];
    await e.index([ledgerDoc('a', 20), ledgerDoc('b', 20)]);
    const bodies = api.calls
      .filter((c) => c.op === 'addNdjson' && c.uid === C)
      .map((c) => (c.body as { ndjson: string }).ndjson);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect(Buffer.byteLength(b)).toBeLessThanOrEqual(3000);
    expect(bodies.flatMap((b) => b.split('\n'))).toHaveLength(40);
    expect(api.calls.filter((c) => c.op === 'deleteByFilter')).toEqual([]);
    api.calls = [];
    await e.remove(['a']);
    expect(api.calls.filter((c) => c.op === 'deleteByFilter' && c.uid === C).map((c) => c.body)).toEqual([
      'docId IN ["a"]',
    ]);
  });
});
