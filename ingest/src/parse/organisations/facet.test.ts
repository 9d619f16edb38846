import { describe, expect, it } from 'vitest';
import { facetBody } from './facet.ts';
import { parseDocument } from '../index.ts';

describe('facetBody: one facet value per body', () => {
  it('a bank or fund without its branch, place or official tail', () => {
    expect(facetBody('بانک کشاورزی استان قزوین', 'قزوین')).toBe('بانک کشاورزی');
    expect(facetBody('بانک ملی استان', null)).toBe('بانک ملی');
    expect(facetBody('بنیاد مستضعفان انقلاب اسلامی', null)).toBe('بنیاد مستضعفان');
  });

  it('a body without a trailing «استان» or its own province, keeping two words at least', () => {
    expect(facetBody('ستاد تنظیم بازار استان', 'قزوین')).toBe('ستاد تنظیم بازار');
    expect(facetBody('ستاد تنظیم بازار استان قزوین', 'قزوین')).toBe('ستاد تنظیم بازار');
    expect(facetBody('ستاد تنظیم بازار', 'قزوین')).toBe('ستاد تنظیم بازار');
    expect(facetBody('استانداری قزوین', 'قزوین')).toBe('استانداری قزوین');
    // Another province's name is part of the name.
    expect(facetBody('شورای هماهنگی بانک های زنجان', 'قزوین')).toBe('شورای هماهنگی بانک های زنجان');
  });

  it('the forms one body is written in fold into one value', () => {
    // A bare «استانداری» is the governorate of the document's province; another stays its own.
    expect(facetBody('استانداری', 'البرز')).toBe('استانداری البرز');
    expect(facetBody('استانداری', null)).toBe('استانداری');
    expect(facetBody('استانداری زنجان', 'البرز')).toBe('استانداری زنجان');
    // An office by its field whatever its head; never a one-word field.
    expect(facetBody('اداره کل امور اجتماعی و فرهنگی', 'البرز')).toBe('امور اجتماعی و فرهنگی');
    expect(facetBody('دفتر اموراجتماعی و فرهنگی', null)).toBe('امور اجتماعی و فرهنگی');
    expect(facetBody('اداره برق شهرستان', null)).toBe('اداره برق');
    // Spellings, honorifics, a bare «شهرستان», «فرمانداری شهرستان X», a city glued to «شهر».
    expect(facetBody('کار گروه تخصصی امور اقتصادی', null)).toBe('کارگروه تخصصی امور اقتصادی');
    expect(facetBody('هیات وزیران', null)).toBe('هیئت وزیران');
    expect(facetBody('ستاد اجرایی فرمان حضرت امام (ره)', null)).toBe('ستاد اجرایی فرمان امام');
    expect(facetBody('شبکه بهداشت و درمان شهرستان', null)).toBe('شبکه بهداشت و درمان');
    expect(facetBody('فرمانداری شهرستان صحنه', null)).toBe('فرمانداری صحنه');
    expect(facetBody('شورای اسلامی شهرمیانه', null)).toBe('شورای اسلامی شهر میانه');
    // The ministry's provincial office under its older short names.
    expect(facetBody('اداره کل کار و رفاه اجتماعی', null)).toBe('تعاون، کار و رفاه اجتماعی');
    expect(facetBody('اداره کل تعاون', null)).toBe('تعاون، کار و رفاه اجتماعی');
    expect(facetBody('اداره کل تعاون روستایی', null)).toBe('تعاون روستایی');
  });

  it('a body the organisation reader cut short takes the fund name it begins', () => {
    const p = parseDocument(
      'مدیر صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی استان قزوین گفت: این صندوق ۲۰۰ میلیارد ریال تسهیلات پرداخت کرد.',
    );
    expect(p.organisations.some((o) => o === 'صندوق حمایت')).toBe(false);
  });
});
