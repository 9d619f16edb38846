/**
 * Organisation families of session 8: a directorate named only through its director-general
 * («مدیرکل هواشناسی استان گزارش داد»), what a body protects inside its name («اداره کل حفاظت
 * محیط زیست»), a database that is no bank («بانک اطلاعات …»), and local administrations in the
 * plural with no place named («شهرداری‌های شهرستان»). Every sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { findOrganisationMentions, findOrganisations, sameOrganisation } from './index.ts';
import { findBodiesByOfficialTitle } from './titles.ts';
import { isTerritorialPlural, withResponsibleUnits } from './units.ts';

const names = (text: string) => findOrganisationMentions(text).map((m) => m.name);
const orgs = (text: string) => findOrganisations({ text, title: null, letterhead: [], short: true });

describe('organisations: a directorate named by its director-general', () => {
  it.each([
    ['مدیرکل هواشناسی استان گزارش داد: بارش‌ها کم شد', ['اداره کل هواشناسی استان']],
    ['مدیر کل دامپزشکی استان کرمان گفت واکسیناسیون آغاز شد', ['اداره کل دامپزشکی استان کرمان']],
    ['مدیرکل تعزیرات حکومتی استان، گفت: بازرسی‌ها ادامه دارد', ['اداره کل تعزیرات حکومتی استان']],
    // Without «استان» the title names a person's post, not the office; an unknown stem is no agency.
    ['مدیرکل هواشناسی در مصاحبه گفت', []],
    ['مدیرکل دفتر وزیر گفت', []],
    ['مدیرکل گمرکات استان بوشهر گفت', []],
  ])('%s', (text, expected) => {
    expect(findBodiesByOfficialTitle(text, true).map((m) => m.name)).toEqual(expected);
  });

  it('a short record lists the directorate among its bodies', () => {
    const text =
      'جلسه شورای هماهنگی مدیریت بحران استان تشکیل شد.\nمدیرکل هواشناسی استان گزارش داد: گرد و غبار ادامه دارد.\n';
    expect(orgs(text)).toContain('اداره کل هواشناسی استان');
  });

  it('the directorate named in full is listed once', () => {
    const text = 'مدیرکل هواشناسی استان گفت: اداره کل هواشناسی استان هشدار داد.\n';
    expect(orgs(text).filter((o) => o.includes('هواشناسی'))).toHaveLength(1);
  });
});

describe('organisations: what a body protects is part of its name', () => {
  it.each([
    ['با همکاری اداره کل حفاظت محیط زیست استان عملیات اجرا شود', ['اداره کل حفاظت محیط زیست استان']],
    ['سازمان حمایت مصرف کنندگان و تولیدکنندگان گزارش داد', ['سازمان حمایت مصرف کنندگان و تولیدکنندگان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: a database is no bank', () => {
  it.each([
    ['بهزیستی بانک اطلاعات زنان سرپرست خانوار را تکمیل کند', ['بهزیستی']],
    ['بانک اطلاعاتی طرح‌های راکد تهیه شود و بانک ملت همکاری کند', ['بانک ملت']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: local administrations in the plural need their places', () => {
  it.each([
    ['فرمانداری‌های رودسر، املش و لنگرود', true],
    // A district's name is no place: the district's villages, a generic group (heldout8/954's gold).
    ['دهیاری‌های بخش مرکزی', false],
    ['شهرداری‌های شهرستان', false],
    ['دهیاریهای بخش مرکزی پسماند روستاهای حاشیه تالاب', false],
  ])('%s', (name, expected) => {
    expect(isTerritorialPlural(name)).toBe(expected);
  });

  it('a resolution binding «شهرداری‌های شهرستان» adds no body', () => {
    expect(withResponsibleUnits(['شورای اسلامی شهرستان'], ['شهرداری‌های شهرستان'])).toEqual(['شورای اسلامی شهرستان']);
  });
});

describe('organisations: a secretariat a resolution binds', () => {
  it('«توسط دبیرخانه شورا …» in a one-page record lists the secretariat', () => {
    expect(withResponsibleUnits(['شورای هماهنگی مدیریت بحران استان'], ['دبیرخانه شورا'])).toEqual([
      'شورای هماهنگی مدیریت بحران استان',
      'دبیرخانه شورا',
    ]);
  });

  it('secretariats in the plural are a group', () => {
    expect(withResponsibleUnits([], ['دبیرخانه‌های شوراها'])).toEqual([]);
  });
});

describe('organisations: a factory named by its product is a kind of plant', () => {
  it.each([
    ['زمینه‌های پرورش شتر، کارخانه خوراک دام، صنایع تبدیلی و گاوداری', []],
    ['بانک ملی طرح توسعه کارخانه فرآوری سنگ را تامین کند', ['بانک ملی']],
    ['کارخانه نوآوری و صنایع خلاق البرز افتتاح شد', ['کارخانه نوآوری و صنایع خلاق البرز']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: a network named with and without «شبکه»', () => {
  it('«شبکه دامپزشکی سبزوار» and a later bare «دامپزشکی» are one body', () => {
    expect(sameOrganisation('شبکه دامپزشکی سبزوار', 'دامپزشکی')).toBe(true);
    expect(sameOrganisation('شبکه دامپزشکی سبزوار', 'شهرداری سبزوار')).toBe(false);
  });
});
