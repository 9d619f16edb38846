import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '@sanad/ingest/search/query-parser.ts';
import { cleanQuery, engineQuery, parseOrThrow, rejectBracketKeys, searchQuerySchema } from './validation.ts';

describe('engineQuery', () => {
  it('passes short queries through, controls replaced', () => {
    expect(engineQuery('a\u0000b')).toBe('a b');
    expect(cleanQuery('x\u0007y\nz')).toBe('x y\nz');
  });

  it('cuts long queries at a word boundary within the engine limit', () => {
    const q = 'کلمه '.repeat(1000);
    const out = engineQuery(q);
    expect(out.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(out.endsWith('کلمه')).toBe(true);
    expect(engineQuery('ا'.repeat(5000))).toHaveLength(MAX_QUERY_CHARS);
  });
});

describe('searchQuerySchema', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{}, { q: '', page: 1, perPage: 20, sort: 'relevance', format: 'json' }],
    [{ county: 'جیرفت' }, { county: ['جیرفت'] }],
    [{ county: ['a', ' ', 'b'] }, { county: ['a', 'b'] }],
    [
      { from: '۱۴۰۱/۰۱/۰۱', to: '2022-03-21' },
      { from: '2022-03-21', to: '2022-03-21' },
    ],
    [{ kind: 'news' }, { kind: ['news'] }],
    // a Jalali year or year/month as the UI allows: its first day for from, its last for to
    [
      { from: '1395', to: '۱۴۰۴' },
      { from: '2016-03-20', to: '2026-03-20' },
    ],
    [
      { from: '1401/7', to: '1401/07' },
      { from: '2022-09-23', to: '2022-10-22' },
    ],
    [
      { from: '1395', undated: 'include' },
      { from: '2016-03-20', undated: 'include' },
    ],
  ])('%j parses', (input, expected) => {
    expect(parseOrThrow(searchQuerySchema, input)).toMatchObject(expected);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ page: '-1' }, /page/],
    [{ perPage: '100000' }, /perPage/],
    [{ from: '13/99/99' }, /from/],
    [{ to: '1401/13' }, /to/],
    [{ undated: 'yes' }, /undated/],
    [{ sort: ';drop' }, /sort/],
    [{ q: 'x'.repeat(5001) }, /5000/],
    [{ q: ['a', 'b'] }, /q/],
  ])('%j → 400', (input, message) => {
    expect(() => parseOrThrow(searchQuerySchema, input)).toThrow(message);
  });

  it('refuses bracket keys', () => {
    expect(() => rejectBracketKeys({ 'county[]': '' })).toThrow(/repeat/);
    expect(() => rejectBracketKeys({ county: 'x' })).not.toThrow();
  });
});
