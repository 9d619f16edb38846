/**
 * Deadline phrase grammar (issue #16): the families a resolution's deadline is written in and
 * the phrases that are not deadlines. Every sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { findDeadline } from './resolutions/fields.ts';
import { textDeadline } from './resolutions/deadline.ts';

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

describe('deadlines: the year a decision takes effect from', () => {
  it.each([
    ['الزام تعمیرکاران به ارائه گواهی مهارت از ابتدای سال ۱۴۰۳ اجرا شود.', 'از ابتدای سال ۱۴۰۳'],
    ['دریافت عوارض از اول سال 1403 آغاز شود.', 'از اول سال 1403'],
    ['سهمیه سوخت از سال آینده دو برابر شود.', 'از سال آینده'],
    ['نرخ جدید از ابتدای سال جدید اعمال گردد.', 'از ابتدای سال جدید'],
    // A period with its end: the end is the deadline.
    ['ثبت نام از ۱۵ دی تا ۱۵ بهمن انجام شود.', 'تا ۱۵ بهمن'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });

  it.each([
    // A day of a month after «از»: labelled both ways across the sets, not read.
    'لیگ نوجوانان از 15 دی ماه در شهرهای استان برگزار شود.',
    'رهاسازی آب را از ۱۵ فروردین آغاز کند.',
    // A change already made.
    'حق‌التدریس مدرسان از ابتدای سال ۱۴۰۲ به میزان ۲۰ درصد افزایش یافت.',
    'از ۱۵ دی ماه ۱۴۰۲ تاکنون بیست گشت برگزار شده است که گزارش آن ارائه شود.',
    'از ابتدای سال ۱۴۰۲ تاکنون ۸۶ طرح تسهیلات گرفته‌اند و گزارش آن ارائه شود.',
    'این طرح از سال ۱۴۰۰ اجرا می‌شود و ادامه یابد.',
  ])('%s', (text) => {
    expect(findDeadline(text)).toBeNull();
  });
});

describe('deadlines: a period in number words', () => {
  it.each([
    ['شهرداری پروژه را ظرف هجده ماه به پایان برساند.', 'ظرف هجده ماه'],
    ['شهرداری پروژه را ظرف هیجده ماه به پایان برساند.', 'ظرف هیجده ماه'],
    ['پیمانکار کار را طی چهارده روز تحویل دهد.', 'طی چهارده روز'],
    ['گزارش حداکثر ظرف شصت روز ارائه شود.', 'حداکثر ظرف شصت روز'],
    ['طرح ظرف مدت سی و شش ماه تکمیل شود.', 'ظرف مدت سی و شش ماه'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });
});

describe('deadlines: a month of a year written by number', () => {
  it.each([
    ['جشنواره تا اردیبهشت ۱۴۰۳ برگزار شود.', 'تا اردیبهشت ۱۴۰۳'],
    ['طرح حداکثر تا خرداد ماه سال 1403 تکمیل شود.', 'حداکثر تا خرداد ماه سال 1403'],
    ['گزارش تا آذرماه ۱۴۰۲ ارائه گردد.', 'تا آذرماه ۱۴۰۲'],
  ])('%s', (text, expected) => {
    expect(findDeadline(text)).toBe(expected);
  });

  it.each([
    // Without the year: progress reported so far.
    'تا بهمن ماه ۹۰ درصد پرونده‌ها بررسی شده است و گزارش آن ارائه شود.',
    // The end of a period reported.
    'از فروردین ۱۴۰۲ تا اسفند ۱۴۰۲ سیصد طرح اجرا شده و گزارش آن ارائه شود.',
  ])('%s', (text) => {
    expect(findDeadline(text)).toBeNull();
  });
});

describe('deadlines: the day a decided event starts', () => {
  it.each([
    ['لیگ نوجوانان از 15 دی ماه در شهرهای استان برگزار شود.', 'از 15 دی ماه'],
    ['جشنواره از ۱۵ اسفند ۱۴۰۲ در پارک شهر برپا گردد.', 'از ۱۵ اسفند ۱۴۰۲'],
    ['ثبت نام از پانزدهم مهر ماه آغاز شود.', 'از پانزدهم مهر ماه'],
    ['فروش بلیت از تاریخ ۱۴۰۳/۰۱/۱۵ آغاز شود.', 'از تاریخ ۱۴۰۳/۰۱/۱۵'],
    // A deadline phrase in the same sentence says more.
    ['ثبت نام از ۱۵ دی آغاز و تا پایان دی ماه تمام شود.', 'تا پایان دی ماه'],
  ])('%s', (text, expected) => {
    expect(textDeadline(text)).toBe(expected);
  });

  it.each([
    // A recurring activity from its start, a start already made, a period.
    'گشت‌های مشترک از ۲۵ اسفند به صورت روزانه انجام شود.',
    'بازدید از ۱ مهر هر هفته انجام گردد.',
    'طرح از ۱۵ آذر ماه آغاز شد.',
    'از ۱۵ دی ماه ۱۴۰۲ تاکنون بیست گشت برگزار شده است.',
  ])('%s', (text) => {
    expect(textDeadline(text)).toBeNull();
  });

  it('a reported start is not read in a statement', () => {
    expect(findDeadline('شرکت آب رهاسازی آب را از ۱۵ فروردین آغاز کند.')).toBeNull();
  });
});
