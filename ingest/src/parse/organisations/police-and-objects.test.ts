/**
 * Organisation families of issue #16, round B: police and customs by branch and place, table
 * cells that end a name, a deputy's portfolio that is not an agency, site furniture. Every
 * sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { findOrganisationMentions, sameOrganisation } from './index.ts';

const names = (text: string) => findOrganisationMentions(text).map((m) => m.name);

describe('organisations: police and customs named by branch and place', () => {
  it.each([
    ['مقرر شد پلیس راهور شهرستان اجرای طرح را کنترل کند', ['پلیس راهور شهرستان']],
    ['با همکاری پلیس راهور طرح ایمنی اجرا شود', ['پلیس راهور']],
    ['(مسئول: پلیس راه شهرستان - اداره راهداری شهرستان)', ['پلیس راه شهرستان', 'اداره راهداری شهرستان']],
    // «پلیس راه» alone is also a place on a road.
    ['بدهی جایگاه سوخت پلیس راه تا پایان ماه پرداخت شود', []],
    ['نماینده فرماندهی انتظامی شهرستان گفت ترافیک سنگین است', ['فرماندهی انتظامی شهرستان']],
    [
      'اداره کل امور اقتصادی و دارایی و گمرک مهران سامانه ارز را راه‌اندازی کنند',
      ['اداره کل امور اقتصادی و دارایی', 'گمرک مهران'],
    ],
    ['مدیرکل گمرکات استان هرمزگان گفت صادرات افزایش یافت', ['گمرکات استان هرمزگان']],
    // A product's customs («سامانه جامع گمرکی») is no body.
    ['اسناد را در سامانه جامع گمرکی ثبت کنند', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: a tab ends a name (table cells)', () => {
  it('does not run a body into the next cell', () => {
    expect(names('۳\tپایش ماهانه انجام شود\tمعاونت درمان دانشگاه\tاسفند ۱۴۰۲')).toEqual(['معاونت درمان دانشگاه']);
  });
});

describe('organisations: a deputy minister\u2019s portfolio is not an agency', () => {
  it('«معاون وزیر … در امور آب و خاک» names no water affairs office', () => {
    expect(names('معاون وزیر نیرو در امور آب و خاک از سد بازدید کرد')).toEqual([]);
    expect(names('امور آب شهرستان موظف است چاه‌ها را پلمب کند')).toEqual(['امور آب شهرستان']);
  });
});

describe('organisations: site furniture at the foot of a news page', () => {
  it('a bank in a related headline is not a body of the item', () => {
    const text =
      'سنندج - مدیرکل تعاون، کار و رفاه اجتماعی کردستان گفت: ۲۰۰ طرح اشتغال روستایی در استان تصویب شد. ' +
      'وی افزود: اداره کل تعاون، کار و رفاه اجتماعی استان این طرح‌ها را تا پایان سال به بانک‌ها معرفی می‌کند.\n\n' +
      'برچسب‌ها: اشتغال، کردستان\n\nاخبار مرتبط:\n- دیدار استاندار با مدیرعامل بانک کشاورزی\n\nنظرات کاربران\n';
    const orgs = parseDocument(text).organisations;
    expect(orgs.join(' | ')).toContain('تعاون');
    expect(orgs).not.toContain('بانک کشاورزی');
  });
});

describe('organisations: a council chamber is a room', () => {
  it('«سالن شورای X» names no council', () => {
    expect(names('جلسه در سالن شورای فرمانداری تشکیل شد')).toEqual(['فرمانداری']);
    expect(names('جلسه با حضور اعضای شورای آموزش و پرورش شهرستان تشکیل شد')).toEqual(['شورای آموزش و پرورش شهرستان']);
  });
});

describe('organisations: a hospital or faculty as the object of a project', () => {
  it.each([
    ['۱۲ پرستار برای بخش دیالیز بیمارستان امام رضا (ع) بانه جذب شود', []],
    ['اعتبار تکمیل ساختمان بیمارستان ۹۶ تختخوابی کامیاران تامین شد', []],
    ['پیشنهاد تشکیل دانشکده پرستاری در شهرستان سقز به هیئت امنا ارجاع شد', []],
    // A founding agreed on names the new body; a hospital that acts is a party.
    ['با ایجاد دانشکده پرستاری در شهرستان سقز موافقت شد', ['دانشکده پرستاری در شهرستان سقز']],
    ['بیمارستان امام رضا (ع) بانه موظف است گزارش دهد', ['بیمارستان امام رضا (ع) بانه']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('an action noun or a plural after «دانشگاه» opens the predicate', () => {
    expect(names('مقرر شد معاونت درمان دانشگاه پیگیری وصول مطالبات را در اولویت قرار دهد')).toEqual([
      'معاونت درمان دانشگاه',
    ]);
    expect(names('دفتر فنی دانشگاه نقشه‌های اجرایی را تهیه کند')).toEqual(['دفتر فنی دانشگاه']);
  });
});

describe('organisations: the prosecutor\u2019s office of a county', () => {
  it('«دادستانی شهرستان» is a body', () => {
    expect(names('چاه‌ها با هماهنگی دادستانی شهرستان پلمب شود')).toEqual(['دادستانی شهرستان']);
  });
});

describe('organisations: a body named only through its official\u2019s title', () => {
  it.each([
    [
      'مدیر راهداری و حمل و نقل جاده‌ای شهرستان ملایر نیز گفت: محور تا پایان سال آسفالت می‌شود',
      ['راهداری و حمل و نقل جاده‌ای شهرستان ملایر'],
    ],
    // Without a place the title names a post, not a body; a head word is read as a mention.
    ['مدیر راهداری و حمل و نقل جاده‌ای گفت: محور آسفالت می‌شود', []],
    ['رئیس اداره آموزش و پرورش شهرستان ملایر گفت', ['اداره آموزش و پرورش شهرستان ملایر']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: a council named for what it protects', () => {
  it('goes on through «از»', () => {
    expect(names('جلسه شورای حفاظت از منابع آب شهرستان ملایر تشکیل شد')).toEqual([
      'شورای حفاظت از منابع آب شهرستان ملایر',
    ]);
    expect(names('شورای اداری شهرستان از تلاش‌ها قدردانی کرد')).toEqual(['شورای اداری شهرستان']);
  });
});

describe('organisations: one body or two', () => {
  it.each([
    ['فرمانداری شهرستان نهاوند', 'فرمانداری نهاوند', true],
    ['اداره نوسازی مدارس شهرستان', 'اداره کل نوسازی مدارس استان همدان', false],
    ['اداره آموزش و پرورش شهرستان', 'اداره کل آموزش و پرورش استان همدان', false],
    ['فرمانداری شهرستان نهاوند', 'فرمانداری ملایر', false],
  ])('%s / %s', (a, b, same) => {
    expect(sameOrganisation(a, b)).toBe(same);
  });
});

describe('organisations: the provincial treasury', () => {
  it('«خزانه معین استان» is a body, treasury bonds are not', () => {
    expect(names('اسناد هزینه تا پایان ماه به خزانه معین استان ارسال شود')).toEqual(['خزانه معین استان']);
    expect(names('۴۵۰ میلیارد ریال از محل اسناد خزانه اسلامی هزینه شود')).toEqual([]);
  });
});
