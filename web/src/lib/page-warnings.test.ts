import { describe, expect, it } from 'vitest';
import { pageNote, warningsSummary } from './page-warnings.ts';

describe('page warnings in Persian', () => {
  it('notes unreadable and low-quality OCR pages, not good or typed ones', () => {
    expect(pageNote({ source: 'ocr', quality: 0.1, warning: 'page_unreadable' })).toContain('متن این صفحه خوانده نشد');
    expect(pageNote({ source: 'ocr', quality: 0.4, warning: 'page_low_quality' })).toContain('کیفیت پایین');
    // Pages stored before warnings existed: low OCR quality still earns the note.
    expect(pageNote({ source: 'ocr', quality: 0.3 })).toContain('کیفیت پایین');
    expect(pageNote({ source: 'ocr', quality: 0.9 })).toBeNull();
    expect(pageNote({ source: 'text-layer', quality: 0.3 })).toBeNull();
  });

  it('summarises a document’s warnings with Persian page numbers', () => {
    expect(warningsSummary(undefined)).toBeNull();
    expect(
      warningsSummary([
        { code: 'page_unreadable', page: 2 },
        { code: 'page_unreadable', page: 5 },
        { code: 'page_low_quality', page: 3 },
      ]),
    ).toBe('متن صفحه‌های ۲، ۵ خوانده نشد؛ صفحهٔ ۳ با کیفیت پایین خوانده شد.');
  });
});
