import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, ftsPhrase, ftsString, hasPositive, parseQuery } from './query-parser.ts';
import { QueryError } from './search-engine.ts';

const terms = (q: string) => parseQuery(q).terms.map((t) => t.term);

describe('parseQuery', () => {
  it.each([
    ['بانک توسعه تعاون', ['بانک', 'توسعه', 'تعاون']],
    ['بانك  توسعه', ['بانک', 'توسعه']],
    ['می کنند', ['میکنند']],
    ['می‌کنند', ['میکنند']],
    ['۱۴۰۴', ['1404']],
    ['NEAR(a b)', ['near', 'a', 'b']],
    ['a OR b AND c', ['a', 'or', 'b', 'and', 'c']],
    ['title: x*', ['title', 'x']],
    ['19-کووید', ['19', 'کووید']],
  ])('plain words %j → %j', (q, expected) => {
    expect(terms(q)).toEqual(expected);
  });

  it('reads phrases in ASCII quotes, guillemets and curly quotes', () => {
    expect(parseQuery('"توسعه تعاون" بانک').phrases).toEqual([['توسعه', 'تعاون']]);
    expect(parseQuery('«توسعه تعاون»').phrases).toEqual([['توسعه', 'تعاون']]);
    expect(parseQuery('“توسعه تعاون”').phrases).toEqual([['توسعه', 'تعاون']]);
    expect(parseQuery('"بی پایان').phrases).toEqual([['بیپایان']]);
    expect(parseQuery('""').phrases).toEqual([]);
  });

  it('reads exclusions of words and phrases, not hyphens inside words', () => {
    const q = parseQuery('بانک -ملی -"توسعه تعاون" 19-کووید');
    expect(q.excluded).toEqual([['ملی'], ['توسعه', 'تعاون']]);
    expect(q.terms.map((t) => t.term)).toEqual(['بانک', '19', 'کووید']);
    expect(parseQuery('- -').excluded).toEqual([]);
    expect(hasPositive(parseQuery('-بانک'))).toBe(false);
  });

  it('marks the last word as a prefix only when the query ends inside a word', () => {
    expect(parseQuery('بانک توس').prefixLast).toBe(true);
    expect(parseQuery('بانک توس ').prefixLast).toBe(false);
    expect(parseQuery('بانک توس.').prefixLast).toBe(false);
    expect(parseQuery('"بانک توس"').prefixLast).toBe(false);
    expect(parseQuery('بانک -توس').prefixLast).toBe(false);
    expect(parseQuery('').prefixLast).toBe(false);
  });

  it('groups adjacent plain words into runs (for concatenation)', () => {
    const q = parseQuery('تسهیل گری "x" دفاتر');
    expect(q.terms.map((t) => t.run)).toEqual([0, 0, 1]);
  });

  it('drops control characters and caps terms; rejects over-long queries', () => {
    expect(terms('a\u0000b')).toEqual(['a', 'b']);
    expect(terms('ب '.repeat(MAX_QUERY_TERMS + 10))).toHaveLength(MAX_QUERY_TERMS);
    expect(() => parseQuery('x'.repeat(MAX_QUERY_CHARS + 1))).toThrow(QueryError);
    expect(parseQuery('x'.repeat(MAX_QUERY_CHARS)).terms).toHaveLength(1);
  });
});

describe('FTS5 literals', () => {
  it.each([
    ['بانک', '"بانک"'],
    ['a"b', '"a""b"'],
    ['""', '""""""'],
  ])('ftsString(%j) = %j', (t, s) => expect(ftsString(t)).toBe(s));
  it('joins phrases with +', () => expect(ftsPhrase(['a', 'b'])).toBe('"a" + "b"'));
});
