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

  it('a body the organisation reader cut short takes the fund name it begins', () => {
    const p = parseDocument(
      'مدیر صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی استان قزوین گفت: این صندوق ۲۰۰ میلیارد ریال تسهیلات پرداخت کرد.',
    );
    expect(p.organisations.some((o) => o === 'صندوق حمایت')).toBe(false);
  });
});
