/**
 * The SearchEngine contract: every behaviour both engines must share. Call
 * `searchEngineContract(name, factory)` from a `*.test.ts` file; the factory gets a fresh temp
 * directory and returns an engine (not yet initialised).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FACETS,
  QueryError,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
} from '../../ingest/src/search/search-engine.ts';
import { contractDocs, makeDoc } from './fixtures.ts';

export type EngineFactory = (dir: string) => SearchEngine | Promise<SearchEngine>;

const ids = (r: SearchResponse) => r.hits.map((h) => h.id);

export function searchEngineContract(name: string, factory: EngineFactory, opts: { skip?: boolean } = {}): void {
  const suite = opts.skip ? describe.skip : describe;
  suite(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    let dir: string;
    const search = (q: string, rest: Omit<SearchRequest, 'q'> = {}) => engine.search({ q, ...rest });

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `sanad-contract-${name}-`));
      engine = await factory(dir);
      await engine.init();
      await engine.clear();
      await engine.index(contractDocs());
    }, 120_000);

    afterAll(async () => {
      await engine?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    describe('indexing', () => {
      it('counts documents and re-indexing a document does not duplicate it', async () => {
        expect(await engine.count()).toBe(7);
        await engine.index([contractDocs()[0]!]);
        expect(await engine.count()).toBe(7);
        expect((await search('رضایی')).hits.filter((h) => h.id === 'd1')).toHaveLength(1);
      });

      it('re-indexing replaces the old text; remove deletes; init is idempotent', async () => {
        const tmp = makeDoc({ id: 'tmp1', text: 'واژه‌ای یکتا زنبورستان', dateJalali: '1399/01/01' });
        await engine.index([tmp]);
        expect(ids(await search('زنبورستان'))).toEqual(['tmp1']);
        await engine.index([
          {
            ...tmp,
            text: 'متن تازه گلخانه',
            pages: [{ number: 1, text: 'متن تازه گلخانه', source: 'plain', quality: 1 }],
          },
        ]);
        expect((await search('زنبورستان')).total).toBe(0);
        expect(ids(await search('گلخانه'))).toEqual(['tmp1']);
        await engine.remove(['tmp1', 'no-such-id']);
        expect((await search('گلخانه')).total).toBe(0);
        await engine.init();
        expect(await engine.count()).toBe(7);
      });
    });

    describe('matching', () => {
      it('finds a multi-word query and ranks documents with all words first', async () => {
        const r = await search('بانک توسعه تعاون');
        expect(r.hits[0]!.id).toBe('d1');
        // d5 has only «بانک»: if listed at all, after d1
        const i5 = ids(r).indexOf('d5');
        if (i5 >= 0) expect(i5).toBeGreaterThan(0);
      });

      it.each([
        ['Persian query, Arabic letters in the text', 'کشاورزی کوهدشت', 'd2'],
        ['Arabic letters in the query, Persian text', 'بانك توسعه تعاون', 'd1'],
        ['Arabic yeh in the query', 'آقامحمدي', 'd3'],
        ['ZWNJ in the text, space in the query', 'می شود مشاغل', 'd1'],
        ['ZWNJ in the text, joined in the query', 'میشود مشاغل', 'd1'],
        ['joined in the text, ZWNJ in the query', 'طرح‌ها كشاورزي', 'd2'],
        ['joined in the text, space in the query', 'طرح ها كشاورزي', 'd2'],
        ['Persian digits in the query, Arabic-Indic in the text', '۲۵ میلیارد', 'd2'],
        ['ASCII digits in the query, Persian digits in the text', 'بودجه 1401', 'd3'],
        ['Persian digits in the query, ASCII in the text', 'توسعه روستا ۱۴۰۲', 'd6'],
        ['ZWNJ compound in the text, joined in the query', 'دفاتر تسهیلگری', 'd4'],
        ['ZWNJ compound in the text, space in the query', 'دفاتر تسهیل گری', 'd4'],
        ['county in metadata, variant spelling', 'رومشكان', 'd2'],
      ])('variant spelling: %s', async (_label, q, expected) => {
        const r = await search(q);
        expect(ids(r).slice(0, 3)).toContain(expected);
        expect(r.hits[0]!.id).toBe(expected);
      });

      it('matches plural and singular forms (plural folding)', async () => {
        expect(ids(await search('کتاب'))).toContain('d1'); // text has «کتاب‌ها»
        expect(ids(await search('طرح'))).toContain('d2'); // text has «طرحها»
      });

      it('does not join «می» before a word that is not a verb (ماه می)', async () => {
        expect(ids(await search('میزان'))).toContain('d7');
        expect(ids(await search('ماه می'))).toContain('d7');
      });

      it('a quoted phrase requires adjacent words in order', async () => {
        const r = await search('"توسعه تعاون"');
        expect(ids(r)).toContain('d1');
        expect(ids(r)).not.toContain('d6'); // has both words, not adjacent
        const g = await search('«توسعه تعاون»');
        expect(ids(g)).toContain('d1');
        expect(ids(g)).not.toContain('d6');
      });

      it('-word excludes documents containing it', async () => {
        const all = ids(await search('بانک'));
        expect(all).toEqual(expect.arrayContaining(['d1', 'd5']));
        const r = ids(await search('بانک -ملی'));
        expect(r).toContain('d1');
        expect(r).not.toContain('d5');
        const onlyNeg = ids(await search('-بانک', { perPage: 50 }));
        expect(onlyNeg).not.toContain('d1');
        expect(onlyNeg).toContain('d7');
      });

      it('matches the last word as a prefix (search as you type)', async () => {
        expect(ids(await search('صندوق کارآفری'))).toContain('d4');
        expect(ids(await search('قرارگاه اجتما'))).toContain('d3');
      });

      it('tolerates typos like Meilisearch (1 from 5 letters, 2 from 9)', async () => {
        expect(ids(await search('کوهدشتت'))).toContain('d2');
        expect(ids(await search('تسهیلاات'))).toContain('d1');
        expect((await search('ایلم')).hits.map((h) => h.id)).not.toContain('d3'); // 4 letters: no typo
      });

      it('a number that reads as a Jalali year matches documents dated in it', async () => {
        const r = ids(await search('۱۴۰۴'));
        expect(r).toContain('d4'); // dated 1404, text has no 1404
        const r2 = ids(await search('1402'));
        expect(r2).toEqual(expect.arrayContaining(['d1', 'd7', 'd6'])); // d6 has 1402 in its text
      });

      it('matches names in speakers and titles', async () => {
        expect(ids(await search('کریمی'))[0]).toBe('d1');
        expect(ids(await search('شورای اداری'))[0]).toBe('d3');
      });
    });

    describe('facets and filters', () => {
      it('returns counts for every facet on every response', async () => {
        for (const q of ['', 'بانک', 'zzzz']) {
          const r = await search(q);
          expect(Object.keys(r.facets).sort()).toEqual([...FACETS].sort());
        }
        const r = await search('');
        expect(r.facets.kind).toEqual(
          expect.arrayContaining([
            { value: 'minutes', count: 3 },
            { value: 'news', count: 3 },
            { value: 'other', count: 1 },
          ]),
        );
        expect(r.facets.year).toEqual(expect.arrayContaining([{ value: '1402', count: 2 }]));
        expect(r.facets.funding).toEqual(expect.arrayContaining([{ value: 'بانک توسعه تعاون', count: 1 }]));
        expect(r.facets.speaker).toEqual(expect.arrayContaining([{ value: 'رضایی', count: 1 }]));
      });

      it('a facet count equals the total when that value is selected', async () => {
        for (const q of ['', 'بانک', 'جلسه']) {
          const base = await search(q);
          for (const facet of FACETS) {
            for (const { value, count } of base.facets[facet]) {
              const r = await search(q, { filters: { [facet]: [value] } });
              expect(r.total, `${q} ${facet}=${value}`).toBe(count);
            }
          }
        }
      });

      it('ORs values within a facet, ANDs across facets, counts disjunctively', async () => {
        const r = await search('', { filters: { province: ['خوزستان', 'لرستان'] }, perPage: 50 });
        expect(ids(r).sort()).toEqual(['d1', 'd2', 'd5', 'd6']);
        const r2 = await search('', { filters: { province: ['خوزستان', 'لرستان'], kind: ['news'] }, perPage: 50 });
        expect(ids(r2).sort()).toEqual(['d2', 'd5']);
        // the province facet still lists unselected provinces (what selecting them would add)
        const r3 = await search('', { filters: { province: ['خوزستان'] } });
        expect(r3.facets.province).toEqual(
          expect.arrayContaining([
            { value: 'خوزستان', count: 2 },
            { value: 'ایلام', count: 2 },
          ]),
        );
        // other facets count within the selection
        expect(r3.facets.kind).toEqual(
          expect.arrayContaining([
            { value: 'minutes', count: 1 },
            { value: 'news', count: 1 },
          ]),
        );
        expect(r3.total).toBe(2);
        // a selected value nothing has is still listed with count 0
        const r4 = await search('', { filters: { county: ['ناکجاآباد'] } });
        expect(r4.total).toBe(0);
        expect(r4.facets.county).toEqual(expect.arrayContaining([{ value: 'ناکجاآباد', count: 0 }]));
      });

      it('filters by year and by ISO date range', async () => {
        expect(ids(await search('', { filters: { year: ['1402'] } })).sort()).toEqual(['d1', 'd7']);
        const r = await search('', { filters: { from: '2023-01-01', to: '2023-12-31' }, perPage: 50 });
        expect(ids(r).sort()).toEqual(['d1', 'd3', 'd7']);
        const open = await search('', { filters: { from: '2024-01-01' }, perPage: 50 });
        expect(ids(open).sort()).toEqual(['d2', 'd4']);
      });

      it('lists everything for an empty query, newest first; sorts by date both ways', async () => {
        const r = await search('', { perPage: 50 });
        expect(r.total).toBe(7);
        expect(ids(r).slice(0, 6)).toEqual(['d4', 'd2', 'd7', 'd1', 'd3', 'd5']);
        expect(ids(r)[6]).toBe('d6'); // undated last
        const asc = await search('', { sort: 'date_asc', perPage: 50 });
        expect(ids(asc).slice(0, 6)).toEqual(['d5', 'd3', 'd1', 'd7', 'd2', 'd4']);
        const q = await search('بانک', { sort: 'date_desc' });
        const dates = q.hits.map((h) => h.date).filter((d): d is string => d !== null);
        expect(dates).toEqual([...dates].sort().reverse());
      });

      it('pages through results', async () => {
        const p1 = await search('', { perPage: 3, page: 1 });
        const p2 = await search('', { perPage: 3, page: 2 });
        const p3 = await search('', { perPage: 3, page: 3 });
        expect(p1.hits).toHaveLength(3);
        expect(p3.hits).toHaveLength(1);
        expect(new Set([...ids(p1), ...ids(p2), ...ids(p3)]).size).toBe(7);
        expect(p2.page).toBe(2);
        expect(p2.perPage).toBe(3);
        expect(p2.total).toBe(7);
      });
    });

    describe('hits and snippets', () => {
      it('returns the hit fields', async () => {
        const h = (await search('کریمی')).hits[0]!;
        expect(h).toMatchObject({
          id: 'd1',
          kind: 'minutes',
          title: 'صورتجلسه کارگروه اشتغال شهرستان مسجد سلیمان',
          date: '2023-06-05',
          dateJalali: '1402/03/15',
          province: 'خوزستان',
          counties: ['مسجد سلیمان'],
        });
        expect(h.organisations[0]).toBe('کارگروه اشتغال شهرستان مسجد سلیمان');
        expect(typeof h.score).toBe('number');
      });

      it('marks matched display words, spelled as in the text', async () => {
        const h = (await search('کشاورزی')).hits.find((x) => x.id === 'd2')!;
        expect(h.snippet).toContain('<mark>كشاورزي</mark>');
        const h1 = (await search('کتاب')).hits.find((x) => x.id === 'd1')!;
        expect(h1.snippet).toContain('<mark>کتاب‌ها</mark>');
      });

      it('escapes HTML and gives the page of the passage', async () => {
        const h = (await search('بودجه')).hits.find((x) => x.id === 'd3')!;
        expect(h.snippet).toContain('&lt;script&gt;');
        expect(h.snippet).not.toContain('<script>');
        expect(h.snippet).toContain('&amp;');
        expect(h.page).toBe(1);
        const h2 = (await search('قرارگاه اجتماعی')).hits.find((x) => x.id === 'd3')!;
        expect(h2.page).toBe(2);
        expect(h2.snippet).toContain('<mark>قرارگاه</mark>');
      });

      it('finds words at the end of a long page and points to that page', async () => {
        const h = (await search('راه‌اندازی دفاتر')).hits[0]!;
        expect(h.id).toBe('d4');
        expect(h.page).toBe(2);
        expect(h.snippet).toContain('<mark>دفاتر</mark>');
        expect(h.snippet.length).toBeLessThan(600);
      });
    });

    describe('resolutions', () => {
      it('searches resolutions with their document and a snippet', async () => {
        const r = await engine.searchResolutions({ q: 'مشاغل خانگی' });
        expect(r.total).toBe(1);
        expect(r.hits[0]).toMatchObject({
          id: 'd1:1',
          number: 1,
          documentId: 'd1',
          documentTitle: 'صورتجلسه کارگروه اشتغال شهرستان مسجد سلیمان',
          dateJalali: '1402/03/15',
        });
        expect(r.hits[0]!.snippet).toContain('<mark>مشاغل</mark>');
        expect(r.facets.responsible).toEqual([{ value: 'بانک توسعه تعاون', count: 1 }]);
      });

      it('filters resolutions and counts their facets', async () => {
        const all = await engine.searchResolutions({ q: '' });
        expect(all.total).toBe(2);
        expect(all.facets.responsible).toEqual(
          expect.arrayContaining([
            { value: 'اداره کار', count: 1 },
            { value: 'بانک توسعه تعاون', count: 1 },
          ]),
        );
        const f = await engine.searchResolutions({ q: '', filters: { responsible: ['اداره کار'] } });
        expect(f.hits.map((h) => h.id)).toEqual(['d1:2']);
        const c = await engine.searchResolutions({
          q: 'مقرر گردید',
          filters: { county: ['مسجد سلیمان'], funding: ['بانک توسعه تعاون'] },
        });
        expect(c.hits.map((h) => h.id)).toEqual(['d1:1']);
        const none = await engine.searchResolutions({ q: '', filters: { from: '2024-01-01' } });
        expect(none.total).toBe(0);
      });
    });

    describe('safety', () => {
      const nasty = [
        '"',
        '""',
        '"unterminated phrase',
        'NEAR(بانک توسعه)',
        'بانک OR توسعه',
        'بانک AND NOT توسعه',
        '*',
        'بانک*',
        '^بانک',
        'title: بانک',
        '{title body}: بانک',
        '(((',
        ')',
        '-',
        '--بانک',
        '- -',
        'a\u0000b',
        '\u0000',
        "'; DROP TABLE docs; --",
        '\\"',
        '«',
        'بانک'.repeat(1250),
        'ب '.repeat(2500),
        '🙂 ‌ ‍',
      ];
      it.each(nasty.map((q) => [q.slice(0, 40), q]))('query %j gives a result or a QueryError', async (_l, q) => {
        try {
          const r = await search(q);
          expect(Array.isArray(r.hits)).toBe(true);
          expect(r.total).toBeGreaterThanOrEqual(0);
        } catch (e) {
          expect(e).toBeInstanceOf(QueryError);
        }
        try {
          await engine.searchResolutions({ q });
        } catch (e) {
          expect(e).toBeInstanceOf(QueryError);
        }
        expect(await engine.count()).toBe(7);
      });

      it.each([
        [{ filters: { from: 'yesterday' } }],
        [{ filters: { to: '1402/01/01' } }],
        [{ page: 0 }],
        [{ perPage: 100_000 }],
        [{ sort: 'random' as never }],
      ])('rejects bad parameters with QueryError: %j', async (rest) => {
        await expect(search('بانک', rest as Omit<SearchRequest, 'q'>)).rejects.toBeInstanceOf(QueryError);
      });
    });

    describe('clear', () => {
      it('empties the index (runs last)', async () => {
        await engine.clear();
        expect(await engine.count()).toBe(0);
        expect((await search('بانک')).total).toBe(0);
        await engine.index(contractDocs());
        expect(await engine.count()).toBe(7);
      });
    });
  });
}
