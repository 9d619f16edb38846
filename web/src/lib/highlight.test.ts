import { describe, expect, it } from 'vitest';
import { highlightRuns, markCount, queryTokens } from './highlight.ts';

const marked = (text: string, q: string) => highlightRuns(text, queryTokens(q)).filter((_, i) => i % 2 === 1);

describe('highlight by search key', () => {
  it.each([
    ['بانک كشاورزی وام داد.', 'بانک کشاورزی', ['بانک كشاورزی']],
    ['مقرر شد ادارات گزارش می دهند و می‌دهند.', 'میدهند', ['می دهند', 'می‌دهند']],
    ['در تاریخ ۱۴۰۱/۰۸/۰۵ جلسه', '1401', ['۱۴۰۱']],
    ['بانک‌ها و بانک ملی', 'بانک', ['بانک‌ها', 'بانک']],
    ['میز و میلیارد', 'می', []],
    ['نامه به فرمانداری و استانداری', 'و', ['و']],
  ])('%s ← %s', (text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it('keeps the text intact and counts phrases once', () => {
    const text = 'گزارش بانک توسعه تعاون، و بانک';
    const runs = highlightRuns(text, queryTokens('بانک توسعه تعاون'));
    expect(runs.join('')).toBe(text);
    expect(markCount(runs)).toBe(2);
  });

  it('leaves text alone for an empty query', () => {
    expect(highlightRuns('متن', queryTokens(''))).toEqual(['متن']);
  });
});
