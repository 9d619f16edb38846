import { describe, expect, it } from 'vitest';
import {
  buildResolutionFilter,
  buildSearchFilter,
  filterString,
  passageIndexSettings,
  passageRecords,
  resolutionIndexSettings,
  resolutionRecords,
  safeKey,
} from './meili-settings.ts';
import { FACETS, QueryError } from '../search-engine.ts';
import type { DocumentRecord } from '../../schema.ts';

describe('index settings', () => {
  it('passages: searchable in ranking order, every facet filterable, distinct on the document', () => {
    const s = passageIndexSettings({ maxValuesPerFacet: 50, maxTotalHits: 5000 });
    expect(s.searchableAttributes).toEqual(['title', 'meta', 'resol', 'body', 'fold']);
    for (const f of FACETS) expect(s.filterableAttributes).toContain(f);
    expect(s.filterableAttributes).toContain('dnum');
    expect(s.sortableAttributes).toEqual(['dnum']);
    expect(s.distinctAttribute).toBe('docId');
    expect(s.faceting).toEqual({ maxValuesPerFacet: 50, sortFacetValuesBy: { '*': 'count' } });
    expect(s.rankingRules[0]).toBe('sort');
    expect(s.nonSeparatorTokens).toEqual(['.']);
    expect(s.filterableAttributes).toContain('seq');
    expect(s.pagination).toEqual({ maxTotalHits: 5000 });
    expect(s.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
    expect(s.localizedAttributes).toEqual([{ locales: ['pes'], attributePatterns: ['*'] }]);
    expect(s.displayedAttributes).toContain('display');
  });

  it('resolutions: filterable commitments fields, no distinct', () => {
    const s = resolutionIndexSettings();
    expect(s.filterableAttributes).toEqual(
      expect.arrayContaining(['responsible', 'funding', 'organisation', 'county', 'dnum']),
    );
    expect(s.distinctAttribute).toBeNull();
    expect(s.faceting.maxValuesPerFacet).toBe(100);
    expect(s.pagination.maxTotalHits).toBe(10_000_000);
    expect(s.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
  });
});

describe('filters', () => {
  it.each([
    ['ساده', '"ساده"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ["O'Reilly", '"O\'Reilly"'],
    ['x" OR kind = "news', '"x\\" OR kind = \\"news"'],
  ])('filterString(%j) = %j', (v, s) => expect(filterString(v)).toBe(s));

  it('ORs within a facet and ANDs across facets and dates', () => {
    expect(buildSearchFilter({})).toBeUndefined();
    expect(
      buildSearchFilter({ kind: ['minutes', 'news'], province: ['ایلام'], from: '2023-01-01', to: '2023-12-31' }),
    ).toBe('(kind IN ["minutes", "news"]) AND (province IN ["ایلام"]) AND (dnum >= 20230101) AND (dnum <= 20231231)');
    expect(buildSearchFilter({ county: [] })).toBeUndefined();
  });

  it('leaves out one facet for disjunctive counts', () => {
    expect(buildSearchFilter({ kind: ['news'], year: ['1402'] }, 'kind')).toBe('(year IN ["1402"])');
  });

  it('rejects bad dates and values', () => {
    expect(() => buildSearchFilter({ from: '1402/01/01' })).toThrow(QueryError);
    expect(() => buildSearchFilter({ kind: 'news' as never })).toThrow(QueryError);
    expect(() => buildResolutionFilter({ to: 'x' })).toThrow(QueryError);
  });

  it('builds resolution filters', () => {
    expect(buildResolutionFilter({ responsible: ['بانک "الف"'], county: ['کرج'] })).toBe(
      '(responsible IN ["بانک \\"الف\\""]) AND (county IN ["کرج"])',
    );
    expect(buildResolutionFilter({ funding: ['x'] }, 'funding')).toBeUndefined();
  });
});

describe('query string and records', () => {
  it('makes safe primary keys', () => {
    expect(safeKey('abc_1-2')).toBe('abc_1-2');
    expect(safeKey('a b')).toMatch(/^x[0-9a-f]+$/);
  });

  const doc: DocumentRecord = {
    id: 'doc1',
    kind: 'minutes',
    title: 'صورتجلسه كارگروه',
    meetingNumber: null,
    date: '2023-06-05',
    dateJalali: '1402/03/15',
    meetingTime: null,
    place: null,
    organisations: ['کارگروه'],
    province: 'خوزستان',
    counties: ['شوش'],
    chair: null,
    speakers: [{ name: 'رضایی', role: 'فرماندار' }],
    peopleMentioned: [],
    resolutions: [
      {
        id: 'doc1:1',
        number: 1,
        text: 'مقرر گردید',
        responsible: ['اداره کار'],
        supervisor: [],
        deadline: null,
        fundingBodies: [],
        amounts: [],
        page: 1,
      },
    ],
    fundingBodies: [],
    amounts: [],
    text: 'کتاب‌ها',
    pages: [{ number: 1, text: 'کتاب‌ها', source: 'plain', quality: 1 }],
    source: { filename: 'a', mime: 'text/plain', sha256: 'x', bytes: 1 },
    ingestedAt: '',
    parserVersion: 'test',
    commitments: [],
  };

  it('passage records carry keys, display text, facets and hit fields', () => {
    const [p] = passageRecords(doc);
    expect(p).toMatchObject({
      pid: 'doc1-0',
      docId: 'doc1',
      page: 1,
      title: 'صورتجلسه کارگروه',
      body: 'کتابها',
      display: 'کتاب‌ها',
      dnum: 20230605,
      year: ['1402'],
      kind: ['minutes'],
    });
    expect(p!.meta).toContain('1402');
    expect(p!.resol).toBe('مقرر گردید');
    expect(p!.hit.title).toBe('صورتجلسه كارگروه');
  });

  it('resolution records carry the record and its document', () => {
    const [r] = resolutionRecords(doc);
    expect(r).toMatchObject({
      rid: 'doc1-r0',
      docId: 'doc1',
      seq: 0,
      body: 'مقرر گردید',
      responsible: ['اداره کار'],
      county: ['شوش'],
      dnum: 20230605,
    });
  });
});
