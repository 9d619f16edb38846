import { describe, expect, it } from 'vitest';
import { yearsInWordsToDigits } from './date-words.ts';
import { findDocumentDate } from './structure.ts';

const meetingDate = (text: string) => findDocumentDate(text, 'minutes')?.jalali ?? null;

describe('years written in words', () => {
  it.each([
    ['چهارم آبان ماه یکهزار و چهارصد و دو', 'چهارم آبان ماه 1402'],
    ['دهم اردیبهشت سال هزار و سیصد و نود و نه در محل', 'دهم اردیبهشت سال 1399 در محل'],
    // Number words that are not a year stay as they were.
    ['پانزدهم مهر بیست نفر حاضر بودند', 'پانزدهم مهر بیست نفر حاضر بودند'],
  ])('%s', (text, expected) => {
    expect(yearsInWordsToDigits(text)).toBe(expected);
  });

  it('a meeting date written out in full is the meeting date', () => {
    const text =
      'صورتجلسه\nنهمین نشست هیئت امنای دانشکده در روز دوشنبه چهارم آبان ماه یکهزار و چهارصد و دو در سالن شورا برگزار شد.\n' +
      'مصوبات:\n۱- گزارش مالی سال ۱۴۰۱ تصویب شد.';
    expect(meetingDate(text)).toBe('1402/08/04');
  });
});

describe('meeting date families of letter-form minutes', () => {
  it('«شماره: …   تاریخ: DATE» on the header line is the document date', () => {
    const text = 'صورتجلسه شورای بخش\nشماره: ۴۵/ب/۱۴۰۱      تاریخ: ۱۴۰۱/۰۷/۲۳\n\nجلسه با حضور اعضا تشکیل شد.';
    expect(meetingDate(text)).toBe('1401/07/23');
  });

  it('a cited bill «لایحه شماره … مورخ» is not the meeting date; a weekday marks the meeting', () => {
    const text = [
      'صورتجلسه شورای اسلامی شهر',
      'تاریخ: دوشنبه ۱۴۰۲/۰۲/۱۱',
      'دستور جلسه:',
      '۱- بررسی لایحه شماره ۳۴۱۲/۱۴۰۲ مورخ ۱۴۰۲/۰۱/۲۸ شهرداری درخصوص نرخ کرایه تاکسی',
    ].join('\n');
    expect(meetingDate(text)).toBe('1402/02/11');
  });
});
