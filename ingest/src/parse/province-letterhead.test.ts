import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';

// Made-up minutes (issue #16): the province is named only in the letterhead, which repeats on
// every page and is stripped from the body as a page header.
describe('province: named only in a repeated letterhead', () => {
  it('reads the province from the letterhead', () => {
    const head = 'اداره کل بهزیستی استان چهارمحال و بختیاری';
    const text = [
      head,
      'صورتجلسه شورای معاونین',
      'جلسه در تاریخ ۱۴۰۲/۰۵/۱۰ برگزار شد و موارد زیر تصویب شد:',
      '۱- اداره بهزیستی شهرستان اردل گزارش مراکز را تا پایان ماه ارائه کند.',
      'صفحه ۱ از ۲',
      head,
      '۲- معاونت توانبخشی فهرست مددجویان را تا جلسه آینده تکمیل کند.',
      'صفحه ۲ از ۲',
    ].join('\n');
    expect(parseDocument(text).province).toBe('چهارمحال و بختیاری');
  });
});
