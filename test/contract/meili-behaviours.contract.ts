/**
 * Contract cases for the behaviours a reading of Meilisearch found the adapter at risk of breaking
 * (issue #20, ingest/src/search/meili/meili-behaviours.ts). Every engine must pass them; the
 * SQLite engine runs them on every `npm test`, the Meilisearch engine when MEILI_URL is set.
 * Each block has its own small archive, so the expectations are counted by hand from it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import type { SearchEngine, SearchRequest, SearchResponse } from '../../ingest/src/search/search-engine.ts';
import type { EngineFactory } from './search-engine.contract.ts';
import { makeDoc } from './fixtures.ts';

const ids = (r: SearchResponse) => r.hits.map((h) => h.id);
const jalali = (y: number, m = 1, d = 1) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;

/** One engine over one archive for a describe block. */
function withArchive(factory: EngineFactory, docs: () => DocumentRecord[], batch = 500) {
  const ctx = { engine: undefined as unknown as SearchEngine, dir: '' };
  beforeAll(async () => {
    ctx.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-behaviours-'));
    ctx.engine = await factory(ctx.dir);
    await ctx.engine.init();
    await ctx.engine.clear();
    const all = docs();
    for (let i = 0; i < all.length; i += batch) await ctx.engine.index(all.slice(i, i + batch));
  }, 600_000);
  afterAll(async () => {
    await ctx.engine?.close();
    fs.rmSync(ctx.dir, { recursive: true, force: true });
  });
  return (q: string, rest: Omit<SearchRequest, 'q'> = {}) => ctx.engine.search({ q, ...rest });
}

// Twelve content words; the long-query block needs them in one order.
const W = [
  'فرمانداری',
  'شهرستان',
  'کارگروه',
  'اشتغال',
  'تسهیلات',
  'روستایی',
  'صندوق',
  'کارآفرینی',
  'بانک',
  'کشاورزی',
  'گلخانه',
  'زعفران',
];

/** Documents for relaxed matching: only function words may be missing from a hit. */
export function partialMatchDocs(): DocumentRecord[] {
  return [
    makeDoc({ id: 'p1', text: 'گزارشی که در جلسه ارائه شد درباره اشتغال روستایی بود.', dateJalali: '1401/02/01' }),
    makeDoc({ id: 'p2', text: 'این طرح ویژه‌ای است که به تصویب رسید و اعتبار آن تأمین شد.', dateJalali: '1401/03/01' }),
    makeDoc({ id: 'p3', text: 'صندوق کارآفرینی امید که در استان فعال است وام داد.', dateJalali: '1401/04/01' }),
    makeDoc({ id: 'p4', text: 'آموزش کارآفرینی برای جوانان روستا برگزار شد.', dateJalali: '1401/05/01' }),
    makeDoc({
      id: 'p5',
      text: 'هرگز نیست که مصوبه‌ای بدون پیگیری بماند؛ واژه‌ای از دبیرخانه.',
      dateJalali: '1401/06/01',
    }),
  ];
}

export function searchBehavioursContract(
  name: string,
  factory: EngineFactory,
  opts: { skip?: boolean; large?: boolean } = {},
) {
  const suite = opts.skip ? describe.skip : describe;

  suite(`search behaviours (${name}): -word excludes the whole document`, () => {
    // x1's excluded word sits in one body passage only (page 3); its other pages match «سیمان».
    const search = withArchive(factory, () => [
      makeDoc({
        id: 'x1',
        title: 'گزارش بازدید',
        dateJalali: '1402/02/01',
        counties: ['سقز'],
        pageTexts: [
          'بازدید از کارخانه سیمان انجام شد.',
          'گزارش تولید سیمان و صادرات ارائه شد.',
          'مشکل آلودگی هوا در منطقه مطرح شد.',
        ],
      }),
      makeDoc({
        id: 'x2',
        title: 'گزارش تولید',
        dateJalali: '1402/03/01',
        counties: ['سقز'],
        pageTexts: ['تولید سیمان افزایش یافت.', 'صادرات سیمان به عراق ادامه دارد.'],
      }),
      makeDoc({
        id: 'x3',
        title: 'خبر هوا',
        dateJalali: '1402/04/01',
        counties: ['بانه'],
        pageTexts: ['آلودگی هوا کاهش یافت.'],
      }),
    ]);

    it('a document with the word in any passage is left out, with totals and facets', async () => {
      expect(ids(await search('سیمان')).sort()).toEqual(['x1', 'x2']);
      const r = await search('سیمان -آلودگی');
      expect(ids(r)).toEqual(['x2']);
      expect(r.total).toBe(1);
      expect(r.facets.county).toEqual([{ value: 'سقز', count: 1 }]);
      const listing = await search('-آلودگی', { perPage: 50 });
      expect(ids(listing)).toEqual(['x2']);
      expect((await search('-"آلودگی هوا"', { perPage: 50 })).total).toBe(1);
    });
  });

  suite(`search behaviours (${name}): facets with more than 100 values`, () => {
    // 121 speakers once each, «یگانه» (alphabetically last) in 5 documents.
    const search = withArchive(factory, () => [
      ...Array.from({ length: 121 }, (_, i) =>
        makeDoc({
          id: `s${i}`,
          dateJalali: jalali(1390 + (i % 12), (i % 12) + 1),
          speakers: [{ name: `سخنران ${String(i).padStart(3, '0')}`, role: null }],
          text: `جلسه شماره ${i} برگزار شد.`,
        }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        makeDoc({ id: `y${i}`, speakers: [{ name: 'یگانه', role: null }], text: 'جلسه برگزار شد.' }),
      ),
    ]);

    it('lists the most frequent values, not the alphabetically first', async () => {
      const r = await search('جلسه');
      expect(r.total).toBe(126);
      expect(r.facets.speaker.length).toBeLessThanOrEqual(100);
      expect(r.facets.speaker[0]).toEqual({ value: 'یگانه', count: 5 });
    });

    it('a selected value outside the listed ones keeps its real count', async () => {
      const r = await search('جلسه');
      const listed = new Set(r.facets.speaker.map((f) => f.value));
      const unlisted = Array.from({ length: 121 }, (_, i) => `سخنران ${String(i).padStart(3, '0')}`).filter(
        (v) => !listed.has(v),
      );
      expect(unlisted.length).toBeGreaterThan(0);
      for (const v of unlisted) {
        const f = await search('جلسه', { filters: { speaker: [v] } });
        expect(f.total, v).toBe(1);
        expect(f.facets.speaker, v).toContainEqual({ value: v, count: 1 });
      }
    });
  });

  suite(`search behaviours (${name}): date sorts over relevance-ranked matches`, () => {
    // r1 names the word in its title (most relevant) but is the oldest; r3 mentions it once, newest.
    const search = withArchive(factory, () => [
      makeDoc({ id: 'r1', title: 'پتروشیمی', dateJalali: '1395/01/01', text: 'گزارش پتروشیمی و پتروشیمی منطقه.' }),
      makeDoc({ id: 'r2', title: 'گزارش', dateJalali: '1399/01/01', text: 'درباره صنایع و پتروشیمی.' }),
      makeDoc({ id: 'r3', title: 'خبر', dateJalali: '1403/01/01', text: 'بازدید از واحدهای صنعتی استان و پتروشیمی.' }),
      makeDoc({ id: 'r4', title: 'خبر', dateJalali: null, text: 'پتروشیمی.' }),
    ]);

    it('date_desc and date_asc order every match by date, whatever its relevance', async () => {
      expect(ids(await search('پتروشیمی'))[0]).toBe('r1');
      expect(ids(await search('پتروشیمی', { sort: 'date_desc' }))).toEqual(['r3', 'r2', 'r1', 'r4']);
      expect(ids(await search('پتروشیمی', { sort: 'date_asc' }))).toEqual(['r1', 'r2', 'r3', 'r4']);
    });
  });

  suite(`search behaviours (${name}): all words, relaxed only below 10 documents`, () => {
    const search = withArchive(factory, () => [
      ...Array.from({ length: 10 }, (_, i) =>
        makeDoc({ id: `k${i}`, dateJalali: jalali(1400, i + 1), text: `پروژه ${i} در کوهدشت اجرا شد.` }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        makeDoc({ id: `o${i}`, dateJalali: jalali(1401, i + 1), text: `پروژه ${i} در خرم‌آباد اجرا شد.` }),
      ),
    ]);

    it('totals, facets and date listings cover only documents with every word', async () => {
      const r = await search('در کوهدشت', { perPage: 50 });
      expect(r.total).toBe(10);
      expect(ids(r).every((id) => id.startsWith('k'))).toBe(true);
      expect(r.facets.year).toEqual([{ value: '1400', count: 10 }]);
      const d = await search('در کوهدشت', { sort: 'date_desc', perPage: 50 });
      expect(d.total).toBe(10);
    });
  });

  suite(`search behaviours (${name}): relaxed matches keep every content word`, () => {
    const search = withArchive(factory, partialMatchDocs);

    it.each([
      ['an absent word next to a function word', 'که زنبورستانها', []],
      ['only function words besides an absent word', 'در به از زنبورستانها', []],
      ['a present content word next to an absent one', 'کارآفرینی نامربوط‌ترین', []],
      ['a content word next to a function word and an absent one', 'که اشتغال نامربوط‌ترین', []],
      ['a content word next to a function word missing from the document', 'که اشتغال', ['p1']],
      ['a function word the document lacks is not required', 'اشتغال زیرا', ['p1']],
    ])('a document may miss only function words: %s', async (_l, q, expected) => {
      expect(ids(await search(q, { perPage: 50 })).sort()).toEqual(expected);
    });
  });

  suite(`search behaviours (${name}): queries of more than 10 words`, () => {
    // a0..a9 hold all twelve words (and «در»); b lacks the last, c the first.
    const search = withArchive(factory, () => [
      ...Array.from({ length: 10 }, (_, i) => makeDoc({ id: `a${i}`, text: `${W.join(' ')} در ${i}.` })),
      makeDoc({ id: 'b', text: `${W.slice(0, 11).join(' ')} در.` }),
      makeDoc({ id: 'c', text: `${W.slice(1).join(' ')} در.` }),
    ]);

    it.each([
      ['twelve words', W.join(' ')],
      ['twelve words and function words', W.map((w, i) => (i % 3 === 0 ? `${w} در` : w)).join(' ')],
      ['the last word half typed', `${W.slice(0, 11).join(' ')} ${W[11]!.slice(0, 4)}`],
    ])('every word still counts: %s', async (_l, q) => {
      const r = await search(q, { perPage: 50 });
      expect(r.total).toBe(10);
      expect(ids(r)).not.toContain('b');
      expect(ids(r)).not.toContain('c');
    });
  });

  if (opts.large)
    suite(`search behaviours (${name}): totals above 10 000`, () => {
      const N = 10_050;
      const search = withArchive(
        factory,
        () =>
          Array.from({ length: N }, (_, i) =>
            makeDoc({
              id: `g${i}`,
              kind: i % 2 === 0 ? 'news' : 'minutes',
              dateJalali: jalali(1390 + (i % 14), (i % 12) + 1, (i % 28) + 1),
              text: `گزارش شماره ${i} ${i % 3 === 0 ? 'آبرسانی' : 'راهسازی'} روستا`,
            }),
          ),
        2000,
      );

      it('counts every match exactly, with facet counts', async () => {
        const all = await search('گزارش');
        expect(all.total).toBe(N);
        const news = all.facets.kind.find((f) => f.value === 'news')!;
        expect(news.count).toBe(N / 2);
        expect((await search('گزارش', { filters: { kind: ['news'] } })).total).toBe(N / 2);
        expect((await search('آبرسانی')).total).toBe(Math.ceil(N / 3));
        expect((await search('')).total).toBe(N);
        const last = await search('گزارش', { page: 100, perPage: 100, sort: 'date_asc' });
        expect(last.hits).toHaveLength(100);
      });
    });
}
