import { describe, expect, it } from 'vitest';
import { documentFacets } from '../search/fts-records.ts';
import type { DocumentRecord } from '../schema.ts';
import { canonicalAgency } from './organisations/index.ts';
import { countyNames, placeFold } from './places.ts';
import { findTitle, isDateLine } from './title.ts';
import { parseDocument } from './index.ts';

describe('one canonical value per body, person and place', () => {
  it('a provincial agency written with a head, «استان» or the province is one body', () => {
    for (const v of [
      'بهزیستی',
      'بهزیستی استان',
      'اداره کل بهزیستی استان',
      'سازمان بهزیستی استان فارس',
      'اداره کل بهزیستی فارس',
    ])
      expect(canonicalAgency(v)).toBe('بهزیستی');
    expect(canonicalAgency('سازمان جهادکشاورزی خراسان جنوبی')).toBe('جهاد کشاورزی');
    expect(canonicalAgency('اداره کل تعاون، کار و رفاه اجتماعی استان')).toBe('تعاون، کار و رفاه اجتماعی');
    // More provincial agencies of the registry.
    expect(canonicalAgency('اداره کل فرهنگ و ارشاد اسلامی استان یزد')).toBe('فرهنگ و ارشاد اسلامی');
    expect(canonicalAgency('اداره کل راهداری و حمل و نقل جاده‌ای استان')).toBe('راهداری و حمل و نقل جاده ای');
    expect(canonicalAgency('اداره کل اوقاف و امور خیریه خراسان رضوی')).toBe('اوقاف و امور خیریه');
    // Abbreviations of an agency are the agency.
    expect(canonicalAgency('آبفا')).toBe('آب و فاضلاب');
    expect(canonicalAgency('فرماندهی انتظامی استان')).toBe('نیروی انتظامی');
    // A county office and another body stay themselves.
    expect(canonicalAgency('اداره بهزیستی شهرستان فسا')).toBeNull();
    expect(canonicalAgency('بانک ملی')).toBeNull();
  });

  it('facets: the agency once, the chair by name only (with and without role one speaker)', () => {
    const parsed = parseDocument(
      [
        'صورتجلسه کارگروه اشتغال شهرستان فسا',
        'جلسه به ریاست آقای کشاورزیان فرماندار شهرستان فسا برگزار شد.',
        'آقای کشاورزیان گفت: اداره کل بهزیستی استان و بهزیستی باید همکاری کنند.',
      ].join('\n'),
    );
    const doc = {
      ...parsed,
      organisations: ['بهزیستی', 'اداره کل بهزیستی استان', 'بهزیستی استان'],
    } as unknown as DocumentRecord;
    const f = documentFacets(doc);
    expect(f.organisation).toEqual(['بهزیستی']);
    expect(parsed.chair).toMatch(/^کشاورزیان \(/);
    expect(f.speaker).toEqual(['کشاورزیان']);
  });

  it('a place name only as a place: not inside a ZWNJ-joined word', () => {
    expect(countyNames(placeFold('جلسه در محله سلیمان‌داراب رشت برگزار شد'))).toEqual(['رشت']);
    expect(countyNames(placeFold('فرمانداری داراب اعلام کرد'))).toEqual(['داراب']);
  });

  it('a title is a headline or subject, never a crawl timestamp or a date line', () => {
    for (const l of [
      '5:07 ق. ظ 1 اردیبهشت 1403',
      '۱۴ مهر ۱۴۰۱ - ۱۰:۲۴',
      'سه شنبه ۱۲ مهر ۱۴۰۱',
      '۳۱ فروردين ۱۳۹۹ ۰۰:۲۸',
    ])
      expect(isDateLine(l)).toBe(true);
    expect(isDateLine('تخصیص ۱۲۰۰ میلیارد ریال به طرحهای نیمه تمام')).toBe(false);
    const news =
      '5:07 ق. ظ 1 اردیبهشت 1403\nبرگزاری نشست مشترک دهیاران و شوراهای اسلامی روستاهای بخش\nبه گزارش ایرنا، …';
    expect(findTitle(news, 'news')).toBe('برگزاری نشست مشترک دهیاران و شوراهای اسلامی روستاهای بخش');
  });
});
