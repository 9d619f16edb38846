/**
 * Place families (issue #16): towns a council names, towns that are not county seats, district
 * towns, names side by side without a list separator, a town described before its name. Every
 * sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';
import { countyNames, placeFold } from './places.ts';

const counties = (text: string) => countyNames(placeFold(text));

describe('places: a town named by its council or mayor, gazetteer or not', () => {
  it.each([
    ['جلسه شورای اسلامی شهر گلشهرک. با حضور اعضا آغاز شد.', ['گلشهرک']],
    ['صورتجلسه شورای شهر نوده برگزار شد', ['نوده']],
    ['شهردار شهر زیارت گزارش داد', ['زیارت']],
    // The council followed by its predicate names no place.
    ['شورای شهر تصویب کرد که پروژه ادامه یابد', []],
    ['شورای اسلامی شهر، ضمن قدردانی از شهرداری', []],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: towns that are not county seats count like counties', () => {
  it.each([
    ['مشکلات مدارس ندوشن بررسی شد', ['ندوشن']],
    ['راه آهن مشهد - یونسی تکمیل می‌شود', ['مشهد', 'یونسی']],
    ['واحدهای تولیدی بیدستان و اقبالیه بازدید شدند', ['بیدستان', 'اقبالیه']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: a district (بخش) town is not a county', () => {
  it.each([
    ['بخشدار قمصر گفت: اعتبار تأمین شد. فرماندار کاشان نیز حضور داشت.', ['کاشان']],
    ['از بخشداری چهاردانگه درخواست شود', []],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: an ambiguous name joins a list only across a list separator', () => {
  it.each([
    // «محلات» = neighbourhoods, next to a town with only a space between.
    ['خیابان امینی و بافت فرسوده دوگنبدان محلات هدف طرح هستند', ['دوگنبدان']],
    ['شهرستان‌های اراک، ساوه، محلات و خمین', ['اراک', 'ساوه', 'محلات', 'خمین']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: a town described between «شهر» and its name', () => {
  it.each([
    ['طرح اشتغال برای شهر سیل‌زده سیمرغ تصویب شد', ['سیمرغ']],
    ['بازسازی شهر زلزله زده سلسله آغاز شد', ['سلسله']],
    // Without the description the word stays a common word.
    ['نماد سیمرغ بر سردر نصب شد', []],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: a name the document uses for a person is no place where it stands bare', () => {
  it.each([
    // Title before it; the bare name in a signature list is the same person.
    ['آقای ممسنی رئیس انجمن گفت: کار ادامه دارد.\nامضا: احمدی - ممسنی - کریمی', []],
    // A role in parentheses after it.
    ['حاضرین: رضایی (مدیر مدرسه) - سراب (رئیس انجمن)', []],
    // With a place trigger it is still a place.
    ['آقای دلفان گزارش داد. فرماندار شهرستان دلفان نیز حضور داشت.', ['دلفان']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: districts named once as districts stay districts', () => {
  it.each([
    ['بخشداران بخش‌های مرکزی، سعدآباد و شبانکاره موظفند گزارش دهند', []],
    ['محور گچساران - معمولان بسته شد و بخشداری معمولان پیگیری کند', ['گچساران']],
    // One name after «روستاهای» is the county whose villages are meant.
    ['طرحی که در روستاهای رامهرمز محقق شد', ['رامهرمز']],
    ['در روستاهای شهرستان‌های قشم، جاسک و میناب اجرا می‌شود', ['قشم', 'جاسک', 'میناب']],
    // A list of counties after «روستاهای» is the counties whose villages are meant (#16 round A9)…
    ['بانک آمادگی دارد در روستاهای کلیبر و ورزقان باجه باز کند', ['کلیبر', 'ورزقان']],
    ['مدرسه در روستاهای میناب، جاسک و رودان ساخته شد', ['میناب', 'جاسک', 'رودان']],
    // …a list with a village's own name is villages, as is a list of district names.
    ['گاز روستاهای پشتکوه و کلیبر هنوز وصل نشده است', []],
    ['طرح در بخش‌های کلیبر و ورزقان اجرا شد', []],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe("places: a province's namesake city inside a city body's name", () => {
  it.each([
    ['هیئت امنای بیمارستان امام رضا کرمانشاه تشکیل شد', ['کرمانشاه']],
    ['معاونت بهداشتی دانشگاه علوم پزشکی زنجان همکاری کند', ['زنجان']],
    ['کنترل فروش پرندگان در بازار اردبیل', ['اردبیل']],
    // The province itself stays a province.
    ['مدیرکل بهزیستی استان زنجان گفت', []],
    ['شهرستان‌های البرز و آبیک', ['البرز', 'آبیک']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});

describe('places: names that are words or family names (#16 round B)', () => {
  it('a county name after a given name is a family name: «علی‌اصغر دشتی»', () => {
    expect(counties('مدیرکل گمرک استان گفت: صادرات کم شد. علی‌اصغر دشتی افزود: واردات زیاد شد.')).toEqual([]);
  });
  it('the same name after «شهرستان» is still a county', () => {
    expect(counties('فرماندار شهرستان دشتی گفت: جاده تمام شد.')).toEqual(['دشتی']);
  });
  it('«اوج» (peak) is not the county آوج', () => {
    expect(counties('ترافیک محور رامسر - تنکابن در روزهای اوج سفر یک‌طرفه می‌شود.')).toEqual(['رامسر', 'تنکابن']);
  });
  it('«قنوات» (qanats) is not the town قنوات unless a place word leads it', () => {
    expect(counties('تسهیلات بازسازی قنوات و لایروبی کانال‌ها در شهرستان بم پرداخت شد.')).toEqual(['بم']);
    expect(counties('شهرداری قنوات پارک جدید را افتتاح کرد.')).toEqual(['قنوات']);
  });
  it('a place of another province right before a county is a locality of it: «سراوان رشت»', () => {
    expect(counties('پسماند شهر به مرکز دفن سراوان رشت منتقل می‌شود.')).toEqual(['رشت']);
    expect(counties('جلسه با حضور فرمانداران سراوان، رشت و بم برگزار شد.')).toEqual(['سراوان', 'رشت', 'بم']);
  });
  it('a province namesake after «بندر» is the port city', () => {
    expect(counties('ترانزیت کالا از بندر بوشهر ۱۸ درصد رشد کرد.')).toEqual(['بوشهر']);
  });
});

describe('places: a town whose name holds «و» (#16 round B)', () => {
  it('«کتالم و سادات‌شهر» is one town', () => {
    expect(counties('شهرداران رامسر و کتالم و سادات‌شهر در جلسه حضور داشتند.')).toEqual(['رامسر', 'کتالم و سادات شهر']);
  });
});

describe('places: a county of a split county keeps its new name (#16 round A9)', () => {
  it('«مانه» and «سملقان» are counties; «مانه و سملقان» stays one', () => {
    expect(counties('طرح‌های شهرستان‌های مانه و راز و جرگلان اولویت دارند')).toEqual(['مانه', 'راز و جرگلان']);
    expect(counties('فرماندار سملقان گفت')).toEqual(['سملقان']);
    expect(counties('فرمانداری مانه و سملقان گزارش داد')).toEqual(['مانه و سملقان']);
  });
});

describe('province: other provinces listed after «استان‌های» (#16 round A9)', () => {
  it("the item's own «استان X» outweighs a list of origins", () => {
    const text =
      'آمار سفر در استان کردستان ۱۰ درصد افزایش یافت و ۶۰ درصد مسافران از استان‌های همدان، کرمانشاه و تهران آمدند.';
    expect(parseDocument(text).province).toBe('کردستان');
  });
  it('a national item listing provinces is about none of them', () => {
    const text = 'این طرح در استان‌های یزد، کرمان، فارس و سمنان اجرا می‌شود.';
    expect(parseDocument(text).province).toBeNull();
  });
});

describe('counties: a bank named after a place (#16 round B9)', () => {
  it.each([
    ['قرارداد حمایت مالی بانک پاسارگاد از تیم‌های نوجوانان امضا شد.', []],
    ['بانك پاسارگاد ۱۵ میلیارد ریال برای اعزام تیم‌ها پرداخت کرد.', []],
    // The bank's branch in a county still names the county.
    ['بانک پاسارگاد شعبه شهرستان میناب وام داد.', ['میناب']],
    ['بانک ملی شهرستان شیراز تسهیلات پرداخت کرد.', ['شیراز']],
  ])('%s', (text, expected) => {
    expect(counties(text)).toEqual(expected);
  });
});
