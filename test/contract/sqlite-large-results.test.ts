/**
 * FTS5 engine paths that the seven-document contract archive cannot reach: result sets larger
 * than the BM25 window (matches beyond it are counted and date-sorted without bm25), the match
 * cache (a repeated query must answer exactly as a fresh one, and any write must drop it) and
 * exact facet counts over such sets. A small `rankWindow` brings the paths within reach.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResponse } from '../../ingest/src/search/search-engine.ts';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { makeDoc } from './fixtures.ts';

const COUNTIES = ['بانه', 'سقز', 'مریوان'];
const FUNDS = ['بانک کشاورزی', 'صندوق کارآفرینی امید'];
const N = 30;

/** d0..d29: every one says «تسهیلات»; some pages also «گلخانه»; facets and dates cycle. */
function docs() {
  return Array.from({ length: N }, (_, i) =>
    makeDoc({
      id: `d${i}`,
      kind: i % 4 === 0 ? 'news' : 'minutes',
      dateJalali: i % 7 === 6 ? null : `14${String(i % 3).padStart(2, '0')}/0${(i % 9) + 1}/1${i % 10}`,
      counties: [COUNTIES[i % 3]!],
      fundingBodies: i % 5 === 0 ? [] : [FUNDS[i % 2]!],
      pageTexts: [
        `پرداخت تسهیلات اشتغال روستایی در جلسه ${i} بررسی شد.`,
        i % 2 === 0 ? 'ساخت گلخانه و پرداخت تسهیلات به متقاضیان' : 'گزارش عملکرد دستگاه‌ها ارائه شد.',
      ],
    }),
  );
}

const strip = (r: SearchResponse) => ({ ...r, tookMs: 0 });
const ids = (r: SearchResponse) => r.hits.map((h) => h.id);

describe('FTS5 engine: results beyond the BM25 window, match cache', () => {
  let dir: string;
  let small: SqliteFts5Engine; // rankWindow 3, cache on
  let plain: SqliteFts5Engine; // rankWindow 3, cache off (same file)
  let wide: SqliteFts5Engine; // default window: every match ranked

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-fts-large-'));
    const file = path.join(dir, 'search.db');
    small = new SqliteFts5Engine({ path: file, rankWindow: 3, matchCacheEntries: 8 });
    plain = new SqliteFts5Engine({ path: file, rankWindow: 3, matchCacheEntries: 0 });
    wide = new SqliteFts5Engine({ path: file });
    await small.init();
    await small.clear();
    await small.index(docs());
    await plain.init();
    await wide.init();
  });

  afterAll(async () => {
    await small?.close();
    await plain?.close();
    await wide?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each<[string, SearchRequest]>([
    ['relevance', { q: 'تسهیلات' }],
    ['relevance, two terms', { q: 'پرداخت تسهیلات' }],
    ['date_desc', { q: 'تسهیلات', sort: 'date_desc' }],
    ['date_asc, page 2', { q: 'تسهیلات', sort: 'date_asc', page: 2, perPage: 7 }],
    ['funding filter', { q: 'تسهیلات', filters: { funding: [FUNDS[0]!] } }],
    ['two facets', { q: 'تسهیلات', filters: { county: ['بانه', 'سقز'], kind: ['minutes'] } }],
    ['exclusion', { q: 'تسهیلات -گلخانه' }],
  ])('%s: every match is found once, facet counts equal filter totals', async (_name, req) => {
    const all: string[] = [];
    const first = await small.search({ ...req, page: 1, perPage: 100 });
    all.push(...ids(first));
    expect(new Set(all).size).toBe(all.length);
    expect(first.total).toBe(all.length);
    expect(first.total).toBe((await wide.search({ ...req, page: 1, perPage: 100 })).total);
    // disjunctive counts: adding one value of an unfiltered facet gives exactly that count
    for (const v of first.facets.county) {
      if (req.filters?.county) continue;
      const r = await small.search({ ...req, filters: { ...req.filters, county: [v.value] } });
      expect(r.total, `county ${v.value}`).toBe(v.count);
    }
    for (const v of first.facets.funding) {
      if (req.filters?.funding) continue;
      const r = await small.search({ ...req, filters: { ...req.filters, funding: [v.value] } });
      expect(r.total, `funding ${v.value}`).toBe(v.count);
    }
  });

  it('date sorts do not depend on the window: same pages as fully ranked', async () => {
    for (const sort of ['date_desc', 'date_asc'] as const)
      for (const page of [1, 2, 3]) {
        const req: SearchRequest = { q: 'تسهیلات', sort, page, perPage: 9 };
        expect(ids(await small.search(req))).toEqual(ids(await wide.search(req)));
      }
    const r = await small.search({ q: 'تسهیلات', sort: 'date_desc', perPage: 100 });
    const dates = r.hits.map((h) => h.date);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true); // undated last
  });

  it('ranked matches come before the ones beyond the window', async () => {
    const r = await small.search({ q: 'تسهیلات', perPage: 100 });
    const ranked = r.hits.filter((h) => h.score !== 0);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(r.hits.slice(0, ranked.length).every((h) => h.score !== 0)).toBe(true);
  });

  it('a cached answer equals a fresh one, with snippets and pages', async () => {
    const reqs: SearchRequest[] = [
      { q: 'تسهیلات' },
      { q: 'تسهیلات', filters: { funding: [FUNDS[1]!] } },
      { q: 'تسهیلات', sort: 'date_asc', page: 2, perPage: 5 },
    ];
    for (const req of reqs) {
      const fresh = strip(await plain.search(req));
      expect(strip(await small.search(req))).toEqual(fresh);
      expect(strip(await small.search(req))).toEqual(fresh); // second time from the cache
      for (const h of fresh.hits) {
        expect(h.snippet).toContain('<mark>');
        expect(h.page).not.toBeNull();
      }
    }
  });

  it('writes drop cached matches (own writes and another connection’s)', async () => {
    const before = (await small.search({ q: 'تسهیلات' })).total;
    await small.remove(['d0', 'd1']);
    expect((await small.search({ q: 'تسهیلات' })).total).toBe(before - 2);
    await plain.index(docs().slice(0, 2)); // another connection writes: data_version changes
    expect((await small.search({ q: 'تسهیلات' })).total).toBe(before);
    expect(ids(await small.search({ q: 'تسهیلات', perPage: 100 }))).toContain('d1');
  });
});
