/**
 * Place families of issue #16 round B: a news dateline naming a province's namesake city, a
 * road's far end in another province, an industrial park named after a far county. Every
 * sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { countyNames, placeFold } from './places.ts';

const counties = (text: string) => countyNames(placeFold(text));

describe('places: a dateline names the namesake city', () => {
  it('where the item names other counties of its province', () => {
    const text = [
      'زنجان - خبرنگار ما: رئیس پارک علم و فناوری استان زنجان گفت:',
      'تسهیلات به شرکت‌های دانش‌بنیان شهرستان‌های ابهر و خدابنده پرداخت شد.',
    ].join('\n');
    expect(counties(text)).toEqual(['زنجان', 'ابهر', 'خدابنده']);
  });

  it('not where the item is about the province alone', () => {
    const text = 'زنجان - خبرنگار ما: مدیرکل تعاون استان زنجان گفت: ۹۰ درصد تسهیلات اشتغال استان جذب شد.';
    expect(counties(text)).toEqual([]);
  });
});

describe('places: a road or park named after a county of another province', () => {
  it('the far end of a road is not a place of the item', () => {
    const text = [
      'شورای ترابری استان سمنان برگزار شد.',
      'مدیرکل راهداری استان گفت: باند دوم محور سمنان - فیروزکوه و مسیر شاهرود - مشهد نیازمند اعتبار است.',
      'فرماندار گرمسار نیز از وضعیت جاده‌های شهرستان گفت.',
    ].join('\n');
    expect(counties(text)).toEqual(['شاهرود', 'گرمسار']);
  });

  it('but a far county named elsewhere in the item still counts', () => {
    const text = [
      'شورای ترابری استان سمنان برگزار شد.',
      'محور سمنان - فیروزکوه بازگشایی شد و فرماندار فیروزکوه از این اقدام تشکر کرد.',
    ].join('\n');
    expect(counties(text)).toContain('فیروزکوه');
  });

  it('an industrial park of the province named after a far county', () => {
    const text = 'کارگروه استان قم: وضعیت واحدهای راکد شهرک‌های صنعتی شکوهیه و محمودآباد بررسی شد.';
    expect(counties(text)).toEqual([]);
  });
});

describe('places: a list of towns after «شهرهای»', () => {
  it('names every town of a list with a known place in it, gazetteer or not', () => {
    const text = 'گزارش تاسیسات فاقد حریم در شهرهای رودهن، گیلاوند و آرو به جلسه آتی ارائه شود.';
    expect(counties(text)).toEqual(['رودهن', 'گیلاوند', 'ارو']);
  });

  it('not a list of words describing towns, nor one without a known place', () => {
    expect(counties('این طرح در شهرهای مرزی، ساحلی و محروم اجرا می‌شود.')).toEqual([]);
    expect(counties('وام به شهرهای کوچک و بزرگ پرداخت شد.')).toEqual([]);
    expect(counties('شهرهای سمنان و مهدی‌شهر در مرداد با کمبود آب روبرو خواهند شد.')).toEqual(['سمنان', 'مهدیشهر']);
  });
});

describe('places: towns from the towns list (data/towns.ts) need place context', () => {
  it('a town named by its municipality or in a list of places counts', () => {
    expect(counties('شهرداری آبسرد موظف شد معابر را لایروبی کند.')).toEqual(['آبسرد']);
    expect(counties('شهرداران شازند، آستانه و هندودر در جلسه حاضر بودند.')).toEqual(['شازند', 'آستانه', 'هندودر']);
  });

  it('a town that is also a common word does not count bare, nor inside «شهرداران»', () => {
    expect(counties('این جلسه روز شنبه در سالن آزادی برگزار شد.')).toEqual([]);
    expect(counties('شهرداران استان در جلسه حاضر بودند.')).toEqual([]);
    // «نماینده X» names a place for a county («نماینده شازند»), not for a town word.
    expect(counties('با حضور مدیر مدرسه و نماینده دبیران برگزار شد.')).toEqual([]);
  });
});

describe('places: a namesake city in a list with a county of another province', () => {
  it('«به مراکز ایلام و اندیمشک اعزام می‌شوند» names both cities', () => {
    expect(counties('معتادان به مراکز ایلام و اندیمشک اعزام می‌شوند.')).toEqual(['ایلام', 'اندیمشک']);
  });

  it('a list of provinces stays provinces', () => {
    expect(counties('استان‌های لرستان، ایلام و کرمانشاه در این طرح هستند.')).toEqual([]);
  });
});

// Round C (issue #16): a lake, wetland or river named after a town is no place of the item.
describe('places: a natural feature named after a town', () => {
  it.each([
    ['فرماندار میاندوآب گفت: کشاورزان باید با کم‌آبی دریاچه ارومیه سازگار شوند.', ['میاندوآب']],
    ['شهردار رشت گفت: پسماند نباید به تالاب انزلی برسد.', ['رشت']],
    // The town named as a town still counts.
    ['شهردار رشت گفت: پسماند شهرستان بندر انزلی به تالاب انزلی نمی‌رسد.', ['رشت', 'بندر انزلی']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});
