/**
 * Family «internal units made responsible»: a unit a resolution binds is a body of a one-page
 * record; a unit's name with and without its office head is one body. Composed sentences.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { sameOrganisation } from './document.ts';
import { isTerritorialPlural, isUnitName, withResponsibleUnits } from './units.ts';
import { findOrganisationMentions } from './mentions.ts';
import { findOrganisations } from './index.ts';

const MINUTES = `صورتجلسه هیئت رئیسه دانشگاه علوم پزشکی ایلام
جلسه هیئت رئیسه دانشگاه در تاریخ ۱۲ آبان ۱۴۰۲ به ریاست دکتر کریمی تشکیل شد.
مصوبات:
۱- خرید دو دستگاه دیالیز انجام شود. مسئول اجرا: معاونت درمان دانشگاه
۲- قرارداد پیمانکار بازنگری شود. مسئول اجرا: امور حقوقی
۳- گزارش هزینه‌ها تهیه شود. مسئول اجرا: مدیریت امور مالی
`;

describe('organisations: internal units made responsible', () => {
  it('a one-page record lists the units its resolutions bind', () => {
    const p = parseDocument(MINUTES);
    expect(p.organisations).toEqual(expect.arrayContaining(['معاونت درمان دانشگاه', 'امور حقوقی', 'مدیریت امور مالی']));
  });

  it('long minutes keep their core bodies only', () => {
    const long = MINUTES + '\n' + 'در ادامه گزارش‌ها ارائه شد و اعضا نظرات خود را بیان کردند. '.repeat(60);
    const p = parseDocument(long);
    expect(p.organisations.some((o) => /^(?:معاونت|امور|مدیریت)/.test(o))).toBe(false);
  });

  it.each([
    ['معاونت توسعه مدیریت و منابع', true],
    ['واحد بهداشت محیط', true],
    ['دفتر حقوقی شرکت', true],
    ['روابط عمومی شرکت', true],
    // Not one unit written cleanly: plurals, a bare head, a cut name, a predicate.
    ['معاونت‌ها', false],
    ['واحدهای تابعه', false],
    ['معاونت', false],
    ['معاونت مالی و', false],
    ['دفتر فنی گزارش', false],
    ['بانک کشاورزی', false],
  ])('isUnitName(%s) = %s', (name, expected) => {
    expect(isUnitName(name)).toBe(expected);
  });

  it('a unit already listed under another head is not repeated', () => {
    expect(withResponsibleUnits(['جهاد کشاورزی شهرستان'], ['مدیریت جهاد کشاورزی شهرستان'])).toEqual([
      'جهاد کشاورزی شهرستان',
    ]);
    expect(sameOrganisation('جهاد کشاورزی', 'مدیریت جهاد کشاورزی شهرستان')).toBe(true);
    expect(sameOrganisation('مدیریت امور مالی', 'امور حقوقی')).toBe(false);
  });
});

describe('organisations: local administrations named together', () => {
  it.each([
    ['فرمانداری‌های رودسر، املش و لنگرود', true],
    ['شهرداری های کرج و فردیس', true],
    // Without places the labels of the sets disagree; generic groups are never bodies.
    ['بخشداری‌ها', false],
    ['دهیاری ها', false],
    ['دستگاه های اجرایی', false],
    ['فرمانداری های تابعه گزارش', false],
    // A district's name names no place: the district's villages, a generic group (#16 round A9).
    ['دهیاری‌های بخش مرکزی', false],
    ['دهیاریهای بخش مرکزی', false],
    ['دهیاری‌های بخش مرکزی شهرستان رودسر', true],
  ])('isTerritorialPlural(%s) = %s', (name, expected) => {
    expect(isTerritorialPlural(name)).toBe(expected);
  });
});

describe('organisations: an institution «در استان X»', () => {
  it('names the institution with its province and no «در»; a council keeps its wording', () => {
    const names = (t: string) => findOrganisationMentions(t).map((m) => m.name);
    expect(names('پرداخت تسهیلات صندوق کارآفرینی امید در استان یزد ادامه دارد')).toEqual([
      'صندوق کارآفرینی امید استان یزد',
    ]);
    expect(names('سازمان جهاد کشاورزی در استان قم اعلام کرد')).toEqual(['سازمان جهاد کشاورزی استان قم']);
    expect(names('جلسه شورای هماهنگی مدیران کل در استان قم برگزار شد')[0]).toBe('شورای هماهنگی مدیران کل در استان قم');
  });
});

describe('organisations: a name ends before the case file it handles', () => {
  it('«پرونده» opens the object, never a word of the name', () => {
    const names = (t: string) => findOrganisationMentions(t).map((m) => m.name);
    expect(names('بانک ملی با هماهنگی اداره تعاون پرونده ۱۲ طرح را بررسی کند')).toEqual(['بانک ملی', 'اداره تعاون']);
  });
});

describe('organisations: a bank by its place and by its branch', () => {
  it('keeps the branch form', () => {
    const text = [
      'آقای رضایی رئیس بانک ملت اهر گفت این بانک تسهیلات را پرداخت کرد.',
      'مقرر شد بانک ملت شعبه اهر تا پایان ماه پرونده‌ها را بررسی کند.',
    ].join('\n');
    const list = findOrganisations({ text, title: null, letterhead: [], short: true });
    expect(list).toContain('بانک ملت شعبه اهر');
    expect(list).not.toContain('بانک ملت اهر');
  });
});

describe('organisations: a unit name cut at «و» is no unit (#16 round A9)', () => {
  it('«مدیریت و تحول اداری» is the cut end of «دفتر بهبود مدیریت و تحول اداری»', () => {
    expect(isUnitName('مدیریت و تحول اداری')).toBe(false);
    expect(isUnitName('دفتر بهبود مدیریت و تحول اداری')).toBe(true);
    expect(isUnitName('مدیریت امور پشتیبانی و رفاهی')).toBe(true);
  });
});
