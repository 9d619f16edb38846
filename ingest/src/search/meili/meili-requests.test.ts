/**
 * Request shapes of the Meilisearch adapter, asserted from its own calls to a recording fake at
 * the edge (meili-fake.test-support.ts): settings, search parameters, write order and batching.
 * A regression of any behaviour in meili-behaviours.ts shows here without a server; whether
 * Meilisearch then answers as expected is the contract suite's job (MEILI_URL).
 */
import { describe, expect, it } from 'vitest';
import { RecordingApi, testDoc as doc } from './meili-fake.test-support.ts';
import { MeilisearchEngine, SearchUnavailableError } from './meilisearch.engine.ts';
import type { MultiSearchQuery } from './meili-api.ts';
import { passageIndexSettings, resolutionIndexSettings } from './meili-settings.ts';
import { commitmentIndexSettings } from './meili-commitments.ts';

const P = 't_passages';
const R = 't_resolutions';
const C = 't_commitments';
const engine = (api: RecordingApi, o: Partial<ConstructorParameters<typeof MeilisearchEngine>[0]> = {}) =>
  new MeilisearchEngine({ url: 'http://unused', indexPrefix: 't_', api, ...o });
const main = (api: RecordingApi, n = -1) => api.searches.at(n)![0]!;
const words = (q: string) => q.trim().split(/\s+/);

async function ready(o: Parameters<typeof engine>[1] = {}) {
  const api = new RecordingApi();
  const e = engine(api, o);
  await e.init();
  api.calls = [];
  api.searches = [];
  return { api, e };
}

describe('settings', () => {
  it('creates missing indexes and sends sort-first ranking, count-sorted facets, exact totals, «.» kept', async () => {
    const api = new RecordingApi();
    await engine(api).init();
    const created = api.calls.filter((c) => c.op === 'createIndex').map((c) => [c.uid, c.body]);
    expect(created).toEqual([
      [P, 'pid'],
      [R, 'rid'],
      [C, 'cid'],
    ]);
    for (const uid of [P, R]) {
      const s = api.calls.find((c) => c.op === 'updateSettings' && c.uid === uid)!.body as Record<string, never>;
      expect(s.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
      expect(s.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } });
      expect((s.pagination as unknown as { maxTotalHits: number }).maxTotalHits).toBeGreaterThanOrEqual(1_000_000);
      expect(s.nonSeparatorTokens).toEqual(['.']);
    }
  });

  it('does not resend settings the index already holds (no needless reindexing on start)', async () => {
    const api = new RecordingApi();
    api.settings.set(P, {
      ...passageIndexSettings(),
      filterableAttributes: [...passageIndexSettings().filterableAttributes].reverse(),
    });
    api.settings.set(R, {
      ...resolutionIndexSettings(),
      typoTolerance: { ...resolutionIndexSettings().typoTolerance, disableOnWords: [] },
    });
    api.settings.set(C, { ...commitmentIndexSettings() });
    await engine(api).init();
    expect(api.ops().filter((o) => o !== 'getSettings' && o !== 'getTasks')).toEqual([]);
    api.settings.set(P, {
      ...passageIndexSettings(),
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    });
    api.calls = [];
    await engine(api).init();
    expect(api.calls.filter((c) => c.op === 'updateSettings').map((c) => c.uid)).toEqual([P]);
  });

  it('start-up waits a bounded time for slow settings, then searches answer 503 until they finish', async () => {
    const api = new RecordingApi();
    let done = false;
    api.status = () => (done ? 'succeeded' : 'processing');
    const e = engine(api, { startupWaitMs: 50 });
    const t0 = Date.now();
    await e.init();
    expect(Date.now() - t0).toBeLessThan(2000);
    await expect(e.search({ q: 'بانک' })).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(api.searches).toHaveLength(0);
    done = true;
    await new Promise((r) => setTimeout(r, 1050)); // re-checked at most once a second
    await e.search({ q: 'بانک' });
    expect(api.searches).toHaveLength(1);
  });
});

describe('count', () => {
  it('is 0 while the index is still being created (start-up does not fail)', async () => {
    const { api, e } = await ready();
    api.multiSearch = () =>
      Promise.reject(Object.assign(new Error('index not found'), { cause: { code: 'index_not_found' } }));
    expect(await e.count()).toBe(0);
    api.multiSearch = () => Promise.reject(new Error('other'));
    await expect(e.count()).rejects.toThrow('other');
  });
});

describe('search parameters', () => {
  it("matches every word ('all'), sorts by date only when asked, and pages exhaustively", async () => {
    const { api, e } = await ready();
    api.answer = () => ({ totalHits: 50 });
    await e.search({ q: 'بانک توسعه', sort: 'date_desc', page: 2, perPage: 10 });
    const m = main(api);
    expect(m).toMatchObject({ indexUid: P, matchingStrategy: 'all', sort: ['dnum:desc'], page: 2, hitsPerPage: 10 });
    expect(m.q).toBe('بانک توسعه');
    expect(m.facets).toEqual(expect.arrayContaining(['speaker', 'organisation', 'year']));
    await e.search({ q: 'بانک توسعه ' });
    expect(main(api).sort).toBeUndefined();
    expect(main(api).q).toBe('بانک توسعه '); // closed last word: no prefix
    await e.search({ q: '' });
    expect(main(api).sort).toEqual(['dnum:desc']);
  });

  it('a date range leaves undated documents out, counts them in one more query, and takes them with undated=include', async () => {
    const { api, e } = await ready();
    api.answer = (q) => ({ totalHits: String(q.filter).includes('dnum IS NULL') ? 7 : 40 });
    const r = await e.search({ q: 'تسهیلات', filters: { from: '2016-03-20', to: '2026-03-20', county: ['خرم‌آباد'] } });
    const qs = api.searches.at(-1)!;
    expect(qs[0]!.filter).toContain('dnum >= 20160320');
    expect(qs[0]!.filter).not.toContain('IS NULL');
    const count = qs.at(-1)!;
    expect(count).toMatchObject({ indexUid: P, hitsPerPage: 0, q: qs[0]!.q, matchingStrategy: 'all' });
    expect(count.filter).toContain('dnum IS NULL');
    expect(count.filter).toContain('county IN ["خرم‌آباد"]');
    expect(count.filter).not.toContain('dnum >=');
    expect(r.undated).toBe(7);
    await e.search({ q: 'تسهیلات', filters: { from: '2016-03-20', undated: 'include' } });
    const inc = api.searches.at(-1)!;
    expect(inc[0]!.filter).toBe('((dnum >= 20160320) OR dnum IS NULL)');
    expect(inc.some((q) => q.hitsPerPage === 0 && String(q.filter).includes('IS NULL'))).toBe(false);
    const none = await e.search({ q: 'تسهیلات' });
    expect(none.undated).toBeUndefined();
  });

  it('-word: documents holding it anywhere are filtered out by docId, the word is not sent as -word', async () => {
    const { api, e } = await ready();
    api.answer = (q) =>
      q.q === '"ملی"' ? { totalHits: 2, hits: [{ docId: 'a' }, { docId: 'b"x' }] } : { totalHits: 30 };
    await e.search({ q: 'بانک -ملی', filters: { province: ['ایلام'] } });
    const [lookup] = api.searches[0]!;
    expect(lookup).toMatchObject({ indexUid: P, q: '"ملی"', attributesToRetrieve: ['docId'], page: 1 });
    const m = main(api);
    expect(m.q).toBe('بانک ');
    expect(m.q).not.toContain('-');
    expect(m.filter).toBe('(province IN ["ایلام"]) AND (docId NOT IN ["a", "b\\"x"])');
    // the disjunctive province count keeps the exclusion
    expect(api.searches.at(-1)![1]!.filter).toBe('(docId NOT IN ["a", "b\\"x"])');
  });

  it('-word with many documents: pages through them', async () => {
    const { api, e } = await ready();
    api.answer = (q) => (q.q === '"ملی"' ? { totalHits: 2500, hits: [{ docId: `p${q.page}` }] } : { totalHits: 30 });
    await e.search({ q: 'بانک -ملی' });
    expect(api.searches[1]!.map((q) => q.page)).toEqual([2, 3]);
    expect(main(api).filter).toBe('(docId NOT IN ["p1", "p2", "p3"])');
  });

  it('a long query sends at most 10 terms: the typed word last, function words dropped first, rarest kept', async () => {
    const { api, e } = await ready();
    const q = 'گزارش در جلسه به بانک از توسعه که تعاون و استان برای اشتغال روستایی کشاورزی سرمایه گذاری تسهیلات پرداخ';
    api.answer = (x) => ({ estimatedTotalHits: x.q?.startsWith('گزارش') ? 900 : 5, totalHits: 40 });
    await e.search({ q });
    const sent = words(main(api).q!);
    expect(sent.length).toBe(10);
    expect(sent.at(-1)).toBe('پرداخ');
    expect(main(api).q!.endsWith(' ')).toBe(false);
    for (const fw of ['در', 'به', 'از', 'که', 'و', 'برای']) expect(sent).not.toContain(fw);
    expect(sent).not.toContain('گزارش'); // the most frequent content word goes first
  });

  it('phrases count as one term each and are kept', async () => {
    const { api, e } = await ready();
    api.answer = () => ({ totalHits: 40 });
    await e.search({ q: '"بانک توسعه تعاون" الف ب ج د ه ز ح ط ی ک' });
    expect(main(api).q!.startsWith('"بانک توسعه تعاون" ')).toBe(true);
    expect(words(main(api).q!.replace(/"[^"]*"/, 'P')).length).toBe(10);
  });

  it('relaxes only below 10 documents, by dropping function words only (every content word stays)', async () => {
    const { api, e } = await ready();
    api.answer = (q) => ({ totalHits: q.q === 'امید که اشتغال ' ? 2 : 7 });
    const r = await e.search({ q: 'امید که اشتغال ' });
    expect(api.searches.map((s) => [s[0]!.q, s[0]!.matchingStrategy])).toEqual([
      ['امید که اشتغال ', 'all'],
      ['امید اشتغال ', 'all'],
    ]);
    expect(r.total).toBe(7);
  });

  it('never relaxes with nothing but function words, without function words, nor at 10 documents', async () => {
    const { api, e } = await ready();
    api.answer = () => ({ totalHits: 0 });
    await e.search({ q: 'که در ' });
    await e.search({ q: 'کارآفرینی نامربوط ' });
    expect(api.searches).toHaveLength(2);
    api.searches = [];
    api.answer = () => ({ totalHits: 10 });
    await e.search({ q: 'بانک در توسعه' });
    expect(api.searches).toHaveLength(1);
  });

  it('with filters, the unfiltered strict count decides (as the SQLite engine)', async () => {
    const { api, e } = await ready();
    api.answer = (q) => ({ totalHits: q.filter ? 1 : 12 });
    await e.search({ q: 'بانک در توسعه', filters: { kind: ['news'] } });
    const count = api.searches[1]![0]!;
    expect(count).toMatchObject({ q: 'بانک در توسعه', page: 1, hitsPerPage: 0, matchingStrategy: 'all' });
    expect(count.filter).toBeUndefined();
    expect(api.searches).toHaveLength(2); // 12 ≥ 10: no relaxed query
  });

  it('a selected facet value outside the listed values keeps its real count', async () => {
    const { api, e } = await ready({ maxValuesPerFacet: 3 });
    const full = { a: 9, b: 8, c: 7 };
    api.answer = (q: MultiSearchQuery) =>
      q.facets?.length === 1
        ? { totalHits: 24, facetDistribution: { speaker: full } }
        : q.facets
          ? { totalHits: 5, facetDistribution: { speaker: { ...full } } }
          : { totalHits: 5 };
    const r = await e.search({ q: '', filters: { speaker: ['z'] } });
    const count = api.searches.at(-1)![0]!;
    expect(count).toMatchObject({ hitsPerPage: 0, filter: '(speaker IN ["z"])' });
    expect(r.facets.speaker).toContainEqual({ value: 'z', count: 5 });
    // from the main query's own list when it holds the value: no extra query
    api.searches = [];
    api.answer = (q) =>
      q.facets?.length === 1
        ? { totalHits: 24, facetDistribution: { speaker: full } }
        : { totalHits: 4, facetDistribution: { speaker: { z: 4 } } };
    const r2 = await e.search({ q: '', filters: { speaker: ['z'] } });
    expect(api.searches).toHaveLength(1);
    expect(r2.facets.speaker).toContainEqual({ value: 'z', count: 4 });
  });
});

describe('writes', () => {
  it('adds first, deletes leftover records after, and waits for all tasks together', async () => {
    const { api, e } = await ready();
    await e.index([doc('a', ['یک', 'دو']), doc('b', ['سه'], 1)]);
    expect(api.ops()).toEqual([
      'addNdjson',
      'addNdjson',
      'deleteByFilter',
      'deleteByFilter',
      'deleteByFilter',
      'getTasks',
    ]);
    expect(api.calls[2]).toMatchObject({
      uid: P,
      body: '(seq >= 1 AND docId IN ["b"]) OR (seq >= 2 AND docId IN ["a"])',
    });
    expect(api.calls[3]).toMatchObject({
      uid: R,
      body: '(seq >= 0 AND docId IN ["a"]) OR (seq >= 1 AND docId IN ["b"])',
    });
    expect(api.calls[4]).toMatchObject({ uid: C, body: '(ord >= 0 AND docId IN ["a", "b"])' });
    expect(api.calls[5]!.body).toEqual([1, 2, 3, 4, 5].map((n) => n + 6)); // the five tasks, polled in one request
  });

  it('after clear() no delete tasks are sent for documents not indexed since', async () => {
    const { api, e } = await ready();
    await e.clear();
    api.calls = [];
    await e.index([doc('a', ['یک'])]);
    await e.index([doc('b', ['دو'])]);
    expect(api.ops().filter((o) => o === 'deleteByFilter')).toEqual([]);
    await e.index([doc('a', ['یک'])]); // the same document again: its leftovers may exist
    expect(api.ops().filter((o) => o === 'deleteByFilter')).toHaveLength(3);
  });

  it('sizes request bodies by bytes (NDJSON)', async () => {
    const { api, e } = await ready({ batchBytes: 4000 });
    await e.clear();
    api.calls = [];
    const docs = Array.from({ length: 12 }, (_, i) => doc(`d${i}`, ['واژه '.repeat(100)]));
    await e.index(docs);
    const bodies = api.calls
      .filter((c) => c.op === 'addNdjson' && c.uid === P)
      .map((c) => (c.body as { ndjson: string }).ndjson);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect(Buffer.byteLength(b)).toBeLessThanOrEqual(4000);
    expect(bodies.flatMap((b) => b.split('\n')).map((l) => (JSON.parse(l) as { docId: string }).docId)).toEqual(
      docs.map((d) => d.id),
    );
  });
});
