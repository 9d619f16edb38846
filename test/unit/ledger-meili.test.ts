import { describe, expect, it } from 'vitest';
import { LEDGER_TODAY, ledgerDocs } from '../helpers/ledger.ts';
import { QueryError } from '@sanad/ingest/search/search-engine.ts';
import {
  buildCommitmentFilter,
  commitmentIndexSettings,
  commitmentRecords,
  commitmentSortSpec,
  pairValue,
  sumPairs,
  totalsOf,
} from '@sanad/ingest/search/meili/meili-commitments.ts';
import { MeiliCommitments } from '@sanad/ingest/search/meili/meili-commitments.index.ts';
import type { MultiSearchQuery } from 'meilisearch';

describe('commitments index settings', () => {
  it('filters on every ledger field and the pair facets, sorts on date, amount, due and ties', () => {
    const s = commitmentIndexSettings();
    expect(s.filterableAttributes).toEqual(
      expect.arrayContaining(['docId', 'party', 'county', 'organisation', 'year', 'province', 'dnum', 'due']),
    );
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['sum_party', 'sum_year', 'sum_county', 'sum_all']));
    expect(s.sortableAttributes).toEqual(['dnum', 'toman', 'due', 'docId', 'ord']);
    expect(s.searchableAttributes).toEqual(['body', 'meta', 'fold']);
    expect(s.localizedAttributes).toEqual([{ locales: ['pes'], attributePatterns: ['*'] }]);
  });
});

describe('commitment records', () => {
  const [l1, l2, l3] = ledgerDocs();
  it('one record per commitment with search keys, filter fields and pair facets', () => {
    const r = commitmentRecords(l1!);
    expect(r).toHaveLength(3);
    expect(r[0]).toMatchObject({
      docId: l1!.id,
      ord: 0,
      party: ['بانک ملی'],
      county: ['جیرفت'],
      organisation: ['کارگروه اشتغال شهرستان جیرفت'],
      year: ['1401'],
      province: ['کرمان'],
      dnum: 20220908,
      toman: 2_000_000_000,
      due: 20221009,
      sum_party: ['بانک ملی|2000000000'],
      sum_all: ['*|2000000000'],
    });
    expect(r[0]!.cid).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(r[0]!.meta).toContain('فرمانداری');
    // no amount, no deadline: the sort fields are absent so Meilisearch sorts the record last
    expect(r[2]).not.toHaveProperty('toman');
    expect(r[2]).not.toHaveProperty('due');
    expect(r[2]!.sum_all).toEqual(['*|']);
    // county of the document when the commitment names none
    expect(commitmentRecords(l2!)[0]!.county).toEqual(['کرمان']);
    // an unreadable amount keeps its text and has no toman
    expect(commitmentRecords(l3!)[1]!.record.amounts[0]).toEqual({ text: 'سیصد و اندی میلیون تومان', toman: null });
  });
});

describe('commitment filters', () => {
  it('ORs within a field, ANDs across, quotes values and leaves out one facet on request', () => {
    const f = { party: ['بانک ملی', 'بنیاد "برکت"'], year: ['1401'], from: '2022-01-01', to: '2022-12-31' };
    expect(buildCommitmentFilter(f, undefined)).toBe(
      '(party IN ["بانک ملی", "بنیاد \\"برکت\\""]) AND (year IN ["1401"]) AND (dnum >= 20220101) AND (dnum <= 20221231)',
    );
    expect(buildCommitmentFilter(f, undefined, 'party')).toBe(
      '(year IN ["1401"]) AND (dnum >= 20220101) AND (dnum <= 20221231)',
    );
    expect(buildCommitmentFilter({}, undefined)).toBeUndefined();
  });

  it('due compares with today; due without today is refused', () => {
    expect(buildCommitmentFilter({ due: 'passed' }, LEDGER_TODAY)).toBe('(due < 20240101)');
    expect(buildCommitmentFilter({ due: 'upcoming' }, LEDGER_TODAY)).toBe('(due >= 20240101)');
    expect(() => buildCommitmentFilter({ due: 'passed' }, undefined)).toThrow(QueryError);
    expect(() => buildCommitmentFilter({ from: '1401/01/01' }, undefined)).toThrow(QueryError);
  });

  it('sort specs break ties the same way as the FTS5 engine', () => {
    expect(commitmentSortSpec('relevance', true)).toBeUndefined();
    expect(commitmentSortSpec('relevance', false)).toEqual(['dnum:desc', 'docId:asc', 'ord:asc']);
    expect(commitmentSortSpec('amount_desc', true)).toEqual(['toman:desc', 'dnum:desc', 'docId:asc', 'ord:asc']);
    expect(commitmentSortSpec('due_asc', false)).toEqual(['due:asc', 'dnum:desc', 'docId:asc', 'ord:asc']);
  });
});

describe('sums from pair facets', () => {
  it('sums toman × count per key and counts matches without an amount', () => {
    const dist = {
      [pairValue('بانک ملی', 2_000_000_000)]: 1,
      [pairValue('بانک ملی', 30_000_000_000)]: 1,
      [pairValue('بنیاد برکت', 5_000_000_000)]: 2,
      [pairValue('شهرداری', null)]: 3,
    };
    expect(sumPairs(dist)).toEqual([
      { key: 'بانک ملی', count: 2, toman: 32_000_000_000 },
      { key: 'بنیاد برکت', count: 2, toman: 10_000_000_000 },
      { key: 'شهرداری', count: 3, toman: 0 },
    ]);
    expect(totalsOf({ '*|2.5': 2, '*|': 4, '*|10': 1 })).toEqual({ toman: 15, withAmount: 3 });
  });
});

describe('MeiliCommitments requests', () => {
  function fake(results: unknown[]) {
    const sent: MultiSearchQuery[][] = [];
    // only the search edge: the index's writes go through the engine (meili-requests.test.ts)
    const api = {
      multiSearch: (queries: MultiSearchQuery[]) => {
        sent.push(queries);
        return Promise.resolve(results.slice(0, queries.length));
      },
    } as unknown as ConstructorParameters<typeof MeiliCommitments>[0]['api'];
    const cm = new MeiliCommitments({
      api,
      uid: 'x_commitments',
      facetList: (dist, selected = []) => {
        const l = Object.entries(dist ?? {}).map(([value, count]) => ({ value, count }));
        for (const s of selected) if (!l.some((x) => x.value === s)) l.push({ value: s, count: 0 });
        return l;
      },
    });
    return { cm, sent };
  }

  it('asks for hits, facets and the totals facet in one round trip, one extra query per filtered facet', async () => {
    const rec = commitmentRecords(ledgerDocs()[0]!)[0]!;
    const { cm, sent } = fake([
      {
        hits: [{ record: rec.record }],
        totalHits: 1,
        facetDistribution: { county: { جیرفت: 1 }, year: { '1401': 1 }, sum_all: { '*|2000000000': 1 } },
      },
      { hits: [], totalHits: 3, facetDistribution: { party: { 'بانک ملی': 2, 'بنیاد برکت': 1 } } },
    ]);
    const r = await cm.search({
      q: 'تسهیلات',
      filters: { party: ['بانک ملی'], due: 'passed' },
      today: LEDGER_TODAY,
      sort: 'amount_desc',
      page: 1,
      perPage: 5,
    });
    expect(sent).toHaveLength(1);
    const [main, party] = sent[0]!;
    expect(main).toMatchObject({
      indexUid: 'x_commitments',
      filter: '(party IN ["بانک ملی"]) AND (due < 20240101)',
      facets: ['party', 'county', 'organisation', 'year', 'sum_all'],
      hitsPerPage: 5,
      sort: ['toman:desc', 'dnum:desc', 'docId:asc', 'ord:asc'],
      matchingStrategy: 'all',
    });
    expect(main!.q).toContain('تسهیلات');
    expect(party).toMatchObject({ filter: '(due < 20240101)', facets: ['party'], hitsPerPage: 0 });
    expect(r.totals).toEqual({ toman: 2_000_000_000, withAmount: 1 });
    expect(r.facets.party).toEqual([
      { value: 'بانک ملی', count: 2 },
      { value: 'بنیاد برکت', count: 1 },
    ]);
    expect(r.hits[0]!.snippet).toContain('<mark>تسهیلات</mark>');
  });

  it('summaries read the pair facet of the grouping', async () => {
    const { cm, sent } = fake([
      { hits: [], totalHits: 3, facetDistribution: { sum_year: { '1401|5': 2, '1402|': 1, '1402|7': 1 } } },
    ]);
    expect(await cm.summarize({ q: '', by: 'year' })).toEqual([
      { key: '1402', count: 2, toman: 7 },
      { key: '1401', count: 2, toman: 10 },
    ]);
    expect(sent[0]![0]).toMatchObject({ facets: ['sum_year'], hitsPerPage: 0 });
  });
});
