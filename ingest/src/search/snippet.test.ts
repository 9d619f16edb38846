import { describe, expect, it } from 'vitest';
import { queryMatcher, typoBudget } from './fts-match.ts';
import { documentPassages, splitText, termsOfTokens } from './fts-records.ts';
import { parseQuery } from './query-parser.ts';
import { buildSnippet, escapeHtml } from './snippet.ts';

const snip = (text: string, q: string, words?: number) => buildSnippet(text, queryMatcher(parseQuery(q)), words);

describe('buildSnippet', () => {
  it.each([
    ['بانك كشاورزي در كوهدشت', 'کشاورزی', 'بانك <mark>كشاورزي</mark> در كوهدشت'],
    ['کتاب‌ها را آورد', 'کتاب', '<mark>کتاب‌ها</mark> را آورد'],
    ['آنها کار می کنند.', 'میکنند', 'آنها کار <mark>می</mark> <mark>کنند</mark>.'],
    ['«بانک» مهم است', 'بانک', '«<mark>بانک</mark>» مهم است'],
    ['سال ۱۴۰۴ بود', '1404', 'سال <mark>۱۴۰۴</mark> بود'],
    ['کارآفرینی امید', 'کارآفری', '<mark>کارآفرینی</mark> امید'],
    ['ماه می ۲۰۲۳ و میزان', 'میزان', 'ماه می ۲۰۲۳ و <mark>میزان</mark>'],
  ])('%j for %j', (text, q, expected) => {
    expect(snip(text, q)).toBe(expected);
  });

  it('escapes HTML in the display text, marked or not', () => {
    expect(snip('<b>بانک</b> & "x"', 'بانک')).toBe('&lt;b&gt;<mark>بانک</mark>&lt;/b&gt; &amp; &quot;x&quot;');
    expect(snip('بانک/صندوق', 'صندوق')).toBe('بانک/<mark>صندوق</mark>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('picks the window with the most distinct matches and shows ellipses', () => {
    const filler = Array.from({ length: 100 }, (_, i) => `واژه${i}`).join(' ');
    const text = `${filler} بانک ${filler} بانک توسعه تعاون ${filler}`;
    const s = snip(text, 'بانک توسعه تعاون', 20);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('<mark>بانک</mark> <mark>توسعه</mark> <mark>تعاون</mark>');
    expect(s.split(' ').filter((w) => w !== '…')).toHaveLength(20);
  });

  it('shows the beginning without marks when there is no matcher', () => {
    expect(buildSnippet('یک دو سه چهار', null, 2)).toBe('یک دو …');
    expect(buildSnippet('', null)).toBe('');
  });
});

describe('typo rules', () => {
  it.each([
    ['کوه', 0],
    ['کوهدشت', 1],
    ['کارآفرینی', 2],
    ['14041404', 0],
  ])('typoBudget(%j) = %i', (t, n) => expect(typoBudget(t)).toBe(n));
});

describe('records', () => {
  it('splits terms like the FTS5 tokenizer', () => {
    expect(termsOfTokens(['1401/08/05', '12.5', 'ABC', 'x-y'])).toEqual(['1401', '08', '05', '12.5', 'abc', 'x', 'y']);
  });

  it('splits long pages into passages of at most ~520 words, keeping all text', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `w${i}${i % 50 === 49 ? '.' : ''}`).join(' ');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) expect(p.split(/\s+/).length).toBeLessThanOrEqual(520);
    expect(parts.join(' ')).toBe(text);
    expect(splitText('   ')).toEqual([]);
  });

  it('keeps page numbers on passages', () => {
    const long = Array.from({ length: 900 }, (_, i) => `w${i}`).join(' ');
    const doc = {
      pages: [
        { number: 1, text: 'کوتاه', source: 'plain', quality: 1 },
        { number: 2, text: long, source: 'plain', quality: 1 },
      ],
      text: '',
    };
    const ps = documentPassages(doc as never);
    expect(ps[0]).toMatchObject({ seq: 0, page: 1, display: 'کوتاه' });
    expect(ps.slice(1).every((p) => p.page === 2)).toBe(true);
    expect(ps.map((p) => p.seq)).toEqual(ps.map((_, i) => i));
  });
});
