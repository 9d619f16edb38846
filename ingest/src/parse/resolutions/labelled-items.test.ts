import { describe, expect, it } from 'vitest';
import { findResolutions } from './index.ts';

const found = (text: string) =>
  findResolutions(text, 'minutes').map((r) => ({ text: r.text, responsible: r.responsible, deadline: r.deadline }));

// Made-up minutes of the families seen on heldout14 and heldout15 (issue #16, session 9 round C).
describe('items numbered after the word for a decision, fields on the lines under them', () => {
  it.each([
    ['مصوبه 1:', 'مصوبه 2:'],
    ['مصوبه ۱ -', 'مصوبه ۲ -'],
    ['مصوبه شماره 1:', 'مصوبه شماره 2:'],
    ['تصمیم اول:', 'تصمیم دوم:'],
    ['تصميم ۱)', 'تصميم ۲)'],
  ])('%s … %s', (first, second) => {
    const text = [
      'صورتجلسه کارگروه آب شرب',
      '',
      'مصوبات:',
      `${first} لوله گذاری خط انتقال آب روستای دره بید انجام شود`,
      'مسئول پیگیری: شرکت آب و فاضلاب روستایی - بخشداری مرکزی',
      'مهلت: تا پایان آبان ماه',
      '',
      `${second} گزارش کیفیت آب چاه های شهر به کارگروه ارائه شود`,
      'مسئول پیگیری: شبکه بهداشت شهرستان',
      'مهلت: -',
    ].join('\n');
    expect(found(text)).toEqual([
      {
        text: 'لوله گذاری خط انتقال آب روستای دره بید انجام شود',
        responsible: ['شرکت آب و فاضلاب روستایی', 'بخشداری مرکزی'],
        deadline: 'تا پایان آبان ماه',
      },
      {
        text: 'گزارش کیفیت آب چاه های شهر به کارگروه ارائه شود',
        responsible: ['شبکه بهداشت شهرستان'],
        deadline: null,
      },
    ]);
  });

  it('an unnumbered «مصوبه:» line under the heading is one resolution without its label', () => {
    const text = [
      'مصوبات جلسه:',
      'مصوبه: تعمیر پل ورودی روستای کهنک تا پایان مهر انجام شود',
      'مسئول اجرا: اداره راهداری شهرستان',
    ].join('\n');
    expect(found(text)).toEqual([
      {
        text: 'تعمیر پل ورودی روستای کهنک تا پایان مهر انجام شود',
        responsible: ['اداره راهداری شهرستان'],
        deadline: 'تا پایان مهر',
      },
    ]);
  });
});

describe('tables of decided actions', () => {
  const table = (header: string, rows: string[]) =>
    ['اقدامات مصوب:', '', header, '|---|---|---|---|', ...rows].join('\n');

  it.each([
    '| # | اقدام اصلاحی | مسئول اجرا | مهلت |',
    '| ردیف | اقدامات لازم | مسئول پیگیری | زمان اجرا |',
    '| # | اقدام مصوب | مسئول | مهلت |',
  ])('%s', (header) => {
    const text = table(header, [
      '| 1 | آموزش کنترل عفونت برای کارکنان بخش ها برگزار شود | واحد آموزش - سوپروایزر بالینی | ۱۴۰۲/۱۱/۱۵ |',
      '| ۲ | فرم گزارش خطا در همه بخش ها نصب شود | دفتر بهبود کیفیت | - |',
    ]);
    expect(found(text)).toEqual([
      {
        text: 'آموزش کنترل عفونت برای کارکنان بخش ها برگزار شود',
        responsible: ['واحد آموزش', 'سوپروایزر بالینی'],
        deadline: '۱۴۰۲/۱۱/۱۵',
      },
      { text: 'فرم گزارش خطا در همه بخش ها نصب شود', responsible: ['دفتر بهبود کیفیت'], deadline: null },
    ]);
  });

  it('a table of actions already done is no table of resolutions', () => {
    const text = table('| # | اقدامات انجام شده | مسئول | تاریخ |', [
      '| 1 | آموزش کنترل عفونت برای کارکنان بخش ها برگزار شد | واحد آموزش | ۱۴۰۲/۰۹/۱۰ |',
    ]);
    expect(found(text)).toEqual([]);
  });
});
