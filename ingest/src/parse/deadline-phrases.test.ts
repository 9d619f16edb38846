/**
 * Deadline phrase grammar (issue #16): the families a resolution's deadline is written in and
 * the phrases that are not deadlines. Every sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from './resolutions/fields.ts';

describe('deadlines: before an event or a season', () => {
  it.each([
    ['اداره آب مکلف است لوله‌گذاری را تا قبل از پایان آبان ماه انجام دهد.', 'تا قبل از پایان آبان ماه'],
    ['خرید تجهیزات قبل از شروع سال تحصیلی توسط مدیر مدرسه انجام شود.', 'قبل از شروع سال تحصیلی'],
    ['شهرداری موظف است پل را پیش از تعطیلات نوروز بازگشایی کند.', 'پیش از تعطیلات نوروز'],
    ['دامپزشکی واکسیناسیون را قبل از کوچ پاییزه انجام دهد.', 'قبل از کوچ پاییزه'],
    ['لایروبی انهار تا قبل از فصل بارش انجام شود.', 'تا قبل از فصل بارش'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });
});

describe('deadlines: a period from now and a day of the next month', () => {
  it.each([
    ['گزارش تا دو هفته آینده به دبیرخانه ارسال شود.', 'تا دو هفته آینده'],
    ['آمار را ماهانه و حداکثر تا پنجم ماه بعد در سامانه ثبت کنند.', 'حداکثر تا پنجم ماه بعد'],
    ['فهرست را تا ۱۰ ماه آتی تکمیل کنند.', 'تا ۱۰ ماه آتی'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });
});

describe('deadlines: a month to act in', () => {
  it.each([
    ['اردوی دانش‌آموزان در اسفند ماه برگزار شود.', 'در اسفند ماه'],
    ['جشنواره در دی ماه سال جاری اجرا گردد.', 'در دی ماه سال جاری'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });
});

describe('deadlines: what is not a deadline', () => {
  it.each([
    // A past month, another event's month.
    'نامه‌ای که در مهر ماه گذشته ارسال شد پیگیری شود.',
    'سند پس از تصویب در شورایی که در آذر ماه برگزار می‌شود تقدیم خواهد شد.',
    // Frequencies and durations.
    'بازدید از نانوایی‌ها به صورت هفتگی انجام شود.',
    'گزارش به صورت روزانه ارسال شود.',
    'قرارداد به مدت سه ماه تمدید شد.',
    'طرح تا دو سال ادامه دارد.',
    // «قبل از» of something that is no time.
    'قبل از هر اقدامی مجوز اخذ شود.',
  ])('%s', (text) => {
    expect(findDeadline(text)).toBeNull();
  });
});
