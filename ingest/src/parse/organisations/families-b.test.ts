/**
 * Organisation families of issue #16, round B: police and customs by branch and place, table
 * cells that end a name, a deputy's portfolio that is not an agency, site furniture. Every
 * sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { findOrganisationMentions } from './index.ts';

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
