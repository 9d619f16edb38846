import { describe, expect, it } from 'vitest';
import { csvField, csvRow, snippetToText } from './csv.ts';

describe('csvField', () => {
  it.each<[Parameters<typeof csvField>[0], string]>([
    ['ساده', 'ساده'],
    ['a,b', '"a,b"'],
    ['he said "hi"', '"he said ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+98', "'+98"],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
    [-5, '-5'],
    [null, ''],
    [undefined, ''],
    [['جیرفت', 'کرمان'], 'جیرفت، کرمان'],
  ])('%j → %j', (v, expected) => {
    expect(csvField(v)).toBe(expected);
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
  });
});

describe('snippetToText', () => {
  it('removes marks and unescapes entities once', () => {
    expect(snippetToText('x <mark>&lt;script&gt;</mark> &amp;lt; &quot;q&quot; &#39;s')).toBe(`x <script> &lt; "q" 's`);
  });
});
