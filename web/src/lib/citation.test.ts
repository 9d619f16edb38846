import { describe, expect, it } from 'vitest';
import { citation } from './citation.ts';

describe('citation', () => {
  const doc = {
    kind: 'minutes' as const,
    title: 'بیست و یکمین جلسه کارگروه اشتغال',
    organisations: ['کارگروه اشتغال شهرستان فسا', 'استانداری فارس'],
    meetingNumber: 21,
    dateJalali: '1401/09/22',
  };
  it('names the body, meeting, Jalali date, resolution and link', () => {
    expect(citation(doc, 'http://x/documents/ab', { number: 3 })).toBe(
      'کارگروه اشتغال شهرستان فسا، جلسهٔ شمارهٔ ۲۱، مورخ ۲۲ آذر ۱۴۰۱، بند ۳ — موضوع: بیست و یکمین جلسه کارگروه اشتغال (http://x/documents/ab)',
    );
  });
  it('copes with missing fields', () => {
    expect(citation({ ...doc, organisations: [], meetingNumber: null, dateJalali: null, title: null }, 'L')).toBe(
      'صورتجلسه، بی‌تاریخ (L)',
    );
  });
});
