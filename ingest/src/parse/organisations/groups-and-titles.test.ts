/**
 * Organisation families of issue #16 (round B8): places of two words after a complete head, a
 * body inside a law's title, an agency after a plural office head, the field of a minister's title,
 * a body whose founding is only pursued, and a compound verb after a hospital. Every sentence is
 * composed for the test; the text is light-folded as the parser reads it (ZWNJ → space).
 */
import { describe, expect, it } from 'vitest';
import { lightFold } from '../fold.ts';
import { findOrganisationMentions, findOrganisations } from './index.ts';

const names = (text: string) => findOrganisationMentions(lightFold(text)).map((m) => m.name);

describe('organisations: a place of two or three words completes a complete head', () => {
  it.each([
    ['شهردار گفت شهرداری نجف‌آباد موظف است پاسخ دهد', ['شهرداری نجف آباد']],
    ['فرمانداری اسلام‌آباد غرب گزارش داد', ['فرمانداری اسلام آباد غرب']],
    ['گزارش بهزیستی خرم‌آباد، در جلسه قرائت شد', ['بهزیستی خرم آباد']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('two municipalities of two-word towns stay two bodies', () => {
    const text = 'شهرداری شاهین‌شهر بوستان را می‌سازد و شهرداری نجف‌آباد مراتب را ابلاغ کند.';
    expect(findOrganisations({ text: lightFold(text), title: null, letterhead: [], short: true })).toEqual([
      'شهرداری شاهین شهر',
      'شهرداری نجف آباد',
    ]);
  });
});

describe('organisations: bodies that are not parties of the record', () => {
  it.each([
    // A body in the title of a law is cited with the law.
    ['دبیرخانه کمیسیون ماده ۵ قانون تأسیس شورای عالی شهرسازی و معماری ایران', ['کمیسیون ماده']],
    ['طبق قانون تشکیل سازمان نظام مهندسی ساختمان عمل شود', []],
    // An agency after a plural office head: its offices everywhere, a group.
    ['طرح‌ها از سوی مدیریت‌های جهاد کشاورزی شهرستان‌ها معرفی شد', []],
    ['این موارد در ادارات ثبت احوال استان به ثبت رسید', []],
    // … unless a resolution binds them.
    ['الزام ادارات صمت شهرستانها به بازرسی روزانه', ['صمت']],
    // The field of a minister's title is no body of its own.
    ['وزیر راه و شهرسازی قول داد', []],
    // A body whose founding is only pursued or asked for does not exist yet.
    ['پیگیری ایجاد دانشکده فنی میمه را در دستور کار دارم', []],
    // «برنامه داشتن»: the noun after a hospital is the first half of the verb.
    ['دانشگاه باید برای تأمین پزشک بیمارستان برنامه داشته باشد', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a ministry named through its minister is still a body of the document', () => {
    const text = 'نماینده مردم گفت: وزیر راه و شهرسازی در سفر اخیر قول داد باند دوم محور تکمیل شود.';
    expect(findOrganisations({ text: lightFold(text), title: null, letterhead: [], short: true })).toEqual([
      'وزارت راه و شهرسازی',
    ]);
  });
});

describe('organisations: national bodies with a branch in the region', () => {
  it.each([
    [
      'سرهنگ رضایی، رئیس پلیس مبارزه با مواد مخدر شهرستان، گفت: کشفیات افزایش یافت',
      ['پلیس مبارزه با مواد مخدر شهرستان'],
    ],
    ['مدیر راه‌آهن منطقه شمال‌شرق گفت: واگن‌ها می‌رسند', ['راه آهن منطقه شمال شرق']],
    // A railway line as a project is no body.
    ['تامین منابع پروژه راه‌آهن استان پیگیری شد', []],
    ['نهاد کتابخانه‌های عمومی کشور اعلام کرد', ['نهاد کتابخانه های عمومی کشور']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: a directorate named by its director-general, with commas in its field', () => {
  const orgs = (text: string) => findOrganisations({ text: lightFold(text), title: null, letterhead: [], short: true });

  it('«مدیرکل صنعت، معدن و تجارت استان» names the directorate', () => {
    expect(orgs('حاضران: مدیرکل صنعت، معدن و تجارت استان، مدیرعامل شرکت آب')).toEqual([
      'اداره کل صنعت، معدن و تجارت استان',
    ]);
  });

  it('a comma after a one-word field ends the title: no directorate', () => {
    expect(orgs('حاضران: مدیرکل هواشناسی، مدیرکل راه')).toEqual([]);
  });

  it('the body named under its own head elsewhere in the text is the one kept', () => {
    const text = 'مدیرکل صنعت، معدن و تجارت استان گفت: بازرسی ادامه دارد. سازمان صنعت، معدن و تجارت استان گزارش دهد.';
    expect(orgs(text)).toEqual(['سازمان صنعت، معدن و تجارت استان']);
  });
});

describe('organisations: the slip «وزرات» for «وزارت»', () => {
  it('names the ministry by its official name', () => {
    expect(names('طبق تفاهم نامه بنیاد برکت و وزرات تعاون، کار و رفاه اجتماعی پرداخت شد')).toContain(
      'وزارت تعاون، کار و رفاه اجتماعی',
    );
  });
});

describe('organisations: an agency field in the name of a faculty or discipline', () => {
  it.each([
    ['ناتمام ماندن ساختمان دانشکده کشاورزی و منابع طبیعی را برشمرد', []],
    ['با راه‌اندازی رشته محیط زیست موافقت شد', []],
    // A faculty named earlier in another clause leaves the agency alone.
    ['دانشکده فنی گفت منابع طبیعی استان اقدام کند', ['دانشکده فنی', 'منابع طبیعی استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
