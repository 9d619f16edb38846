import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';
import { unfuseGiven } from './forms.ts';

const names = (text: string, kind: 'minutes' | 'news' = 'minutes') => findSpeakers(text, kind).map((s) => s.name);

// Made-up sentences of the families found on real2 (issue #16); one row per kind of sentence.
describe('speaker families without a plain «X گفت»', () => {
  it.each([
    // «؛» closes a name and the sentence goes on with «نیز».
    ['*- آقای مهندس صالحی؛ نیز به طرحهای عمرانی شهر اشاره نمودند.', ['صالحی']],
    // «حاج آقا» / «حاجاقا» are titles; «… لی» is a family name, not a given name plus «لی».
    ['حاجاقا رضا لی نیز به موضوع آب شرب اشاره و عنوان نمودند که کار فوری است.', ['رضا لی']],
    ['حاج آقا رحمانی نیز به موضوع پارک اشاره نمودند.', ['رحمانی']],
    // The light verb elided before «و»: «تاکید و …».
    ['در ادامه جناب آقای دکتر نوری استاندار محترم بر لزوم پرداخت تسهیلات تاکید و به عملکرد بانکها', ['نوری']],
    // A request is speech; the noun «در خواست» is not.
    ['به گزارش ایرنا، کامرانی در جلسه شورای اشتغال از دستگاههای اجرایی خواست طرحها را پایش کنند.', ['کامرانی']],
    ['این طرح در راستای اجرای بخشنامه در خواست جناب آقای مرادی بررسی شد.', []],
    // The subject after a narrated clause, with a role («… قرار گرفت و X حسابرس … پرداخت»).
    ['بودجه شهرداری مطرح و مورد بررسی قرار گرفت و کریمی حسابرس شهرداری به ارائه گزارش در این خصوص پرداخت.', ['کریمی']],
    // … but not a quantifier there: «و هریک از اعضا … بیان نمودند».
    ['مصوبات جلسه قبل بررسی شد و هریک از اعضا نظرات خود را بیان نمودند.', []],
    // A sentence wrapped over lines, «،» written apart from the name.
    ['رضوانی ، رییس اداره صنعت استان هم گزارشی از واحدهای تولیدی\nارائه کرد .', ['رضوانی']],
  ])('%s', (text, expected) => {
    expect(names(text, 'news')).toEqual(expected);
  });
});

describe('speakers named without a speech verb', () => {
  it('a form: chair and secretary fields with «سمت:» on the next line', () => {
    const text = [
      'رئیس جلسه:  نام و نام خانوادگی: دکتر رضا تقوی',
      'سمت: رئیس هیات امنا',
      'دبیر جلسه:  نام و نام خانوادگی: دکتر حسن امیری',
      'سمت: دبیر هیات امنای منطقه',
    ].join('\n');
    expect(findSpeakers(text, 'minutes')).toEqual([
      { name: 'تقوی', role: 'رئیس هیات امنا' },
      { name: 'امیری', role: 'دبیر هیات امنای منطقه' },
    ]);
  });
  it('a parenthesised list of names after a speech noun', () => {
    expect(names('سخنان اعضای شورای شهر را اینجا بخوانید(احمدی،کاظمی، حاجی پور، نوری)')).toEqual([
      'احمدی',
      'کاظمی',
      'حاجی پور',
      'نوری',
    ]);
    // Places in parentheses after a noun that is no speech are not people.
    expect(names('طرحها در روستاهای مرزی (بانه، مریوان، سقز) اجرا می شود.')).toEqual([]);
  });
  it('a decree signed «ROLE - Name», the given name fused or apart', () => {
    expect(findSpeakers('۱- جدول پیوست تصویب می شود.\nمعاون اول رئیس جمهور - محمدرضاکرمانی', 'minutes')).toEqual([
      { name: 'کرمانی', role: 'معاون اول رئیس جمهور' },
    ]);
    expect(names('وزیر کشور - عبدالرضا رحمانی فضلی')).toEqual(['رحمانی فضلی']);
  });
  it('the titled agent of a passive report, a titled chair without a role', () => {
    expect(names('۱- در این جلسه گزارش کار شورا توسط آقای دکتر نیکپور ارائه شد.')).toEqual(['نیکپور']);
    expect(names('گزارش مالی توسط اعضا ارائه شد.')).toEqual([]);
    expect(names('جلسه ۲۳ شورای مرکزی در تاریخ ۹۷/۸/۲۹ به ریاست مهندس یزدانی برگزار گردید.')).toEqual(['یزدانی']);
  });
  it('guidance given by a titled name whose verb is cut off', () => {
    expect(names('سپس جناب آقای صادقی رئیس شورا رهنمودهایی در زمینه برنامه سوم توسعه ارائ')).toEqual(['صادقی']);
  });
});

describe('unfuseGiven', () => {
  it.each([
    ['محمدرضاعارف', 'عارف'],
    ['عباسپور', 'عباسپور'],
    ['محمدی', 'محمدی'],
    ['حسینعلیزاده', 'حسینعلیزاده'],
  ])('%s → %s', (token, expected) => {
    expect(unfuseGiven(token)).toBe(expected);
  });
});
