import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  csvHref,
  hrefToggle,
  hrefWith,
  listRequest,
  pagerPages,
  readDateBound,
  SEARCH_FILTERS,
} from './url-state.ts';

const P = (s: string) => new URLSearchParams(s);

describe('url state', () => {
  it.each([
    ['q=a&page=3', { kind: 'news' }, '?q=a&kind=news'],
    ['q=a&kind=news', { kind: null }, '?q=a'],
    ['q=a', { page: '2' }, '?q=a&page=2'],
    ['', { q: '' }, '?'],
  ])('hrefWith(%s, %o) → %s (a change resets the page)', (params, changes, expected) => {
    expect(hrefWith(P(params), changes)).toBe(expected);
  });

  it('toggles a facet value on and off, keeping the others', () => {
    const on = hrefToggle(P('q=x&county=فسا'), 'county', 'جیرفت');
    expect(P(on.slice(1)).getAll('county')).toEqual(['فسا', 'جیرفت']);
    const off = hrefToggle(P(on.slice(1)), 'county', 'فسا');
    expect(P(off.slice(1)).getAll('county')).toEqual(['جیرفت']);
    expect(hrefToggle(P('county=a'), 'county', 'a', '/commitments')).toBe('/commitments');
  });

  it.each([
    ['۱۴۰۱/۰۱/۰۱', 'from', '1401/01/01'],
    ['1401/1/5', 'from', '1401/01/05'],
    ['۱۴۰۱', 'from', '1401/01/01'],
    ['۱۴۰۱', 'to', '1401/12/29'],
    ['1403', 'to', '1403/12/30'],
    ['۱۴۰۱/۰۷', 'to', '1401/07/30'],
    ['1401/12', 'to', '1401/12/29'],
    ['۱۴۰۱/۱۳/۴۰', 'from', null],
    ['hello', 'to', null],
  ] as const)('reads the date bound %s (%s) as %s', (raw, end, jalali) => {
    expect(readDateBound(raw, end)?.jalali ?? null).toBe(jalali);
  });

  it('builds the API request: dates normalised, bad input reported, page bounded', () => {
    const r = listRequest(
      P('q=بانک&kind=news&year=۱۴۰۱&from=۱۴۰۱/۰۱/۰۱&to=xx&page=۳&sort=date_desc&evil=1'),
      SEARCH_FILTERS,
      true,
    );
    expect(Object.fromEntries(r.api)).toMatchObject({
      q: 'بانک',
      kind: 'news',
      year: '1401',
      from: '1401/01/01',
      sort: 'date_desc',
      page: '3',
    });
    expect(r.api.has('to')).toBe(false);
    expect(r.api.has('evil')).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(listRequest(P('page=-4&sort=bogus'), SEARCH_FILTERS, true).api.toString()).toBe('page=1&perPage=20');
  });

  it('exports CSV of every page', () => {
    expect(csvHref('/api/search', P('q=a&page=2&perPage=20'))).toBe('/api/search?q=a&format=csv');
  });

  it('lists active filters with links that remove each', () => {
    const f = activeFilters(P('q=a&kind=news&county=فسا&from=1401'), SEARCH_FILTERS);
    expect(f.map((x) => [x.key, x.value])).toEqual([
      ['kind', 'news'],
      ['county', 'فسا'],
      ['from', '1401'],
    ]);
    expect(f[0]!.href).toBe(`?q=a&county=${encodeURIComponent('فسا')}&from=1401`);
  });

  it.each([
    [1, 1, [1]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, 0, 20]],
    [10, 20, [1, 0, 9, 10, 11, 0, 20]],
    [20, 20, [1, 0, 19, 20]],
  ])('pager around page %i of %i', (cur, total, expected) => {
    expect(pagerPages(cur, total)).toEqual(expected);
  });
});
