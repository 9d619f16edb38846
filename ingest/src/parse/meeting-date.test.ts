import { describe, expect, it } from 'vitest';
import { findDocumentDate } from './structure.ts';

// Made-up minutes header (issue #16): the meeting's own number line carries its date.
describe('meeting date: on the meeting number line', () => {
  it('«جلسه شماره: … تاریخ: …» dates the meeting', () => {
    const text =
      'صورتجلسه انجمن اولیا و مربیان\nجلسه شماره: ۳ - سال تحصیلی ۱۴۰۲-۱۴۰۱      تاریخ: ۱۴۰۱/۰۷/۱۲\nآقای نادری گفت: ...';
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1401/07/12');
  });
});
