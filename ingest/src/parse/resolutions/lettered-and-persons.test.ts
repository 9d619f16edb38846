import { describe, expect, it } from 'vitest';
import { findResolutions, subjectBodies, textDeadline } from './index.ts';
import { agreementParties } from './prose.ts';
import { splitBodies } from './parties.ts';

// Made-up minutes of the families found on heldout8/heldout9 and real2 (#16, session 8 round A).
describe('lettered decision lists', () => {
  it('reads «الف) ب) ج)» items under a bare «مصوب شد:» line, each with its own body', () => {
    const text = [
      'جلسه کمیته فرهنگی شهرستان با حضور اعضا برگزار شد.',
      '',
      'پس از بحث و بررسی مصوب شد:',
      '',
      'الف) اداره فرهنگ و ارشاد اسلامی شهرستان مکلف است برنامه هفته کتاب را تا پایان آبان ماه ارائه کند.',
      '',
      'ب) اداره ورزش و جوانان شهرستان ساعات کار سالن ها را در تابستان افزایش دهد.',
      '',
      'ج) شهرداری میانه و شهرداری ترکمنچای نسبت به نصب تابلوهای فرهنگی اقدام نمایند.',
      '',
      'دبیر کمیته',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => r.text.slice(0, 12))).toEqual(['اداره فرهنگ ', 'اداره ورزش و', 'شهرداری میان']);
    expect(rs.map((r) => r.responsible)).toEqual([
      ['اداره فرهنگ و ارشاد اسلامی شهرستان'],
      ['اداره ورزش و جوانان شهرستان'],
      ['شهرداری میانه', 'شهرداری ترکمنچای'],
    ]);
  });

  it('keeps letters as sub-items under digit-numbered items', () => {
    const text = [
      'مصوبات:',
      '1- شهرداری موظف است موارد زیر را انجام دهد:',
      'الف) لایروبی انهار',
      'ب) مرمت معابر',
      '2- اداره برق روشنایی معابر را تکمیل کند.',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs).toHaveLength(2);
    expect(rs[0]!.text).toContain('مرمت معابر');
  });
});

describe('items numbered by clause («بند ۱:»)', () => {
  it('drops the «بند N:» marker so the body opening the item is its subject', () => {
    const text = [
      'پس از بحث و بررسی، موارد زیر به تصویب رسید:',
      '',
      'بند ۱: بانک ملت با پرداخت ۲۰۰ میلیارد ریال تسهیلات به واحدهای صنفی موافقت کرد.',
      '',
      'بند ۲: بانک رفاه کارگران فهرست متقاضیان را به صورت هفتگی به استانداری ارسال نمایند.',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => r.number)).toEqual([1, 2]);
    expect(rs.map((r) => r.responsible)).toEqual([['بانک ملت'], ['بانک رفاه کارگران']]);
  });
});

describe('people and general managers as responsible', () => {
  it.each([
    ['مدیرعامل موظف است قرارداد خرید تجهیزات را پس از استعلام منعقد نماید.', ['مدیرعامل']],
    ['پیگیری تمدید پروانه ساختمان از شهرداری به عهده آقای محمدی است.', ['آقای محمدی']],
    ['مقرر شد پیش نویس آیین نامه توسط مهندس رضا زاده تهیه گردد.', ['مهندس رضا زاده']],
    ['تنظیم صورتجلسه بر عهده خانم دکتر احمدی خواهد بود.', ['خانم دکتر احمدی']],
    // A body given the duty «به عهده X» acts, not the body the matter is about.
    ['پیگیری سهم دهیاری های بخش از عوارض به عهده بخشدار مرکزی گذاشته شد.', ['بخشدار مرکزی']],
    // A body named without a head word, written with its ezafe before its unit.
    ['صدا و سیمای مرکز اصفهان برنامه های هفته دولت را پخش نماید.', ['صدا و سیمای']],
    // Supervision is not the duty.
    ['نظارت بر اجرای طرح بر عهده آقای کریمی است.', []],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });

  it('makes the body a party when its general manager signs for it', () => {
    expect(agreementParties('تفاهم نامه با حضور استاندار و مدیرعامل بنیاد علوی به امضا رسید')).toEqual(['بنیاد علوی']);
  });
});

describe('deadline before a named event', () => {
  it.each([
    ['هیئت کشتی برنامه تیم را قبل از شروع مسابقات لیگ کشور به شورا ارائه کند.', 'قبل از شروع مسابقات لیگ کشور'],
    ['غرفه ها پیش از آغاز نمایشگاه کتاب آماده شود.', 'پیش از آغاز نمایشگاه کتاب'],
  ])('%s', (sentence, expected) => {
    expect(textDeadline(sentence)).toBe(expected);
  });
});

describe('a registry name whose head word comes second', () => {
  it('keeps «پست بانک» one body in a list of banks', () => {
    expect(splitBodies('بانک ملی، بانک مسکن و پست بانک شهرستان')).toEqual([
      'بانک ملی',
      'بانک مسکن',
      'پست بانک شهرستان',
    ]);
    expect(splitBodies('بانک صادرات و پست بانک')).toEqual(['بانک صادرات', 'پست بانک']);
  });
});
