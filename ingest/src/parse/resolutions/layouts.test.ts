import { describe, expect, it } from 'vitest';
import { findResolutions, splitBodies } from './index.ts';
import { findHeaderKeys } from '../headers.ts';

// Made-up minutes in the layouts of the heldout4 families (issue #16, round 3).
describe('minutes layouts around the resolutions', () => {
  it('reports heard between «تصمیمات ذیل اتخاذ گردید» and the numbered items are not items', () => {
    const text = [
      'جلسه هیئت مدیره شرکت گاز استان با حضور اعضا تشکیل شد و تصمیمات ذیل اتخاذ گردید.',
      '',
      'در ابتدا مهندس رفیعی، مدیرعامل، گزارشی از مصرف گاز زمستان ارائه کرد و گفت مصرف ۱۲ درصد بیشتر شده است.',
      '',
      'خانم صالحی، معاون مالی، اعلام کرد مطالبات شرکت به ۹۰ میلیارد ریال رسیده است.',
      '',
      '1- معاونت بهره برداری موظف است برنامه تعمیرات ایستگاه ها را ظرف یک ماه ارائه کند.',
      '2- با خرید دو دستگاه خودروی امداد موافقت شد.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(2);
    expect(r[0]!.text.startsWith('معاونت بهره برداری موظف است')).toBe(true);
    expect(r[1]!.text.startsWith('با خرید دو دستگاه')).toBe(true);
  });

  it('a supervisor line «ناظر: …» under an item does not end the list', () => {
    const text = [
      'مصوبات:',
      '۱) مبلغ ۵ میلیارد ریال برای مرمت مدرسه تامین شود.',
      'مسئول پیگیری: اداره نوسازی مدارس',
      'ناظر: فرمانداری',
      '',
      '۲) شهرداری زمین ورزشی را به اداره ورزش تحویل دهد.',
      'مسئول پیگیری: شهرداری',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(2);
    expect(r[0]!.supervisor).toEqual(['فرمانداری']);
    expect(r[1]!.responsible).toEqual(['شهرداری']);
  });

  it('a decision in prose under a resolutions table is one more resolution', () => {
    const text = [
      'ردیف\tشرح مصوبه\tمسئول اجرا\tمهلت',
      '1\tتعمیر سقف مرکز بهداشت روستای دهک\tواحد فنی شبکه\tظرف یک ماه',
      '',
      'در پایان رئیس شبکه بر پیگیری مصوبات تاکید کرد. ضمنا مقرر گردید امور مالی شبکه مبلغ ۲ میلیارد ریال برای خرید آمبولانس اختصاص دهد.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(2);
    expect(r[1]!.text.startsWith('ضمنا مقرر گردید امور مالی شبکه')).toBe(true);
    expect(r[1]!.responsible).toEqual(['امور مالی شبکه']);
  });

  it('a unit named without a head word owns the parent after it', () => {
    const text = 'مصوبات:\n۱- روابط عمومی دانشگاه مکلف گردید برنامه هفته سلامت را اطلاع رسانی کند.';
    expect(findResolutions(text, 'minutes')[0]!.responsible).toEqual(['روابط عمومی دانشگاه']);
  });
});

describe('a sub-unit and its one-word parent are one body', () => {
  it.each([
    ['معاونت درمان شبکه', ['معاونت درمان شبکه']],
    ['واحد بهداشت محیط - امور مالی دانشگاه', ['واحد بهداشت محیط', 'امور مالی دانشگاه']],
    // A parent with its own name is a body of its own.
    ['فرمانداری کرج شهرداری کرج', ['فرمانداری کرج', 'شهرداری کرج']],
  ])('%s', (cell, expected) => {
    expect(splitBodies(cell)).toEqual(expected);
  });
});

describe('letterhead repeated after a page footer', () => {
  it('a two-page document: the opening letterhead line after «صفحه ۱ از ۲» is furniture', () => {
    const text = [
      'بسمه تعالی',
      'اداره کل دامپزشکی استان',
      'اداره دامپزشکی شهرستان مهاباد',
      '',
      'صورتجلسه کمیته بهداشت دام',
      '۱- واکسیناسیون دام سبک تا پایان فروردین انجام شود.',
      'صفحه ۱ از ۲',
      'اداره دامپزشکی شهرستان مهاباد',
      '۲- گزارش تلفات دام به اداره کل ارسال شود.',
    ].join('\n');
    expect(findHeaderKeys(text).has('اداره دامپزشکی شهرستان مهاباد')).toBe(true);
    // A line of the letterhead that is not after a page footer stays.
    expect(findHeaderKeys(text).has('اداره کل دامپزشکی استان')).toBe(false);
  });
});

describe('a matter put to the meeting, then decided', () => {
  it('«پس از بحث، مقرر گردید» decides the matter put earlier on its line', () => {
    const text =
      'بند ۳: درخواست شماره ۴۱۲ اداره ورزش و جوانان شهرستان برای واگذاری زمین چمن مصنوعی مطرح شد. ' +
      'معاون شهردار توضیحاتی ارائه کرد. پس از بحث، مقرر گردید شهرداری نسبت به واگذاری زمین به مدت پنج سال اقدام کند.';
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(1);
    expect(r[0]!.text.startsWith('درخواست شماره ۴۱۲ اداره ورزش')).toBe(true);
    expect(r[0]!.responsible).toEqual(['شهرداری']);
  });

  it('a request referred to a body is a decision that binds that body', () => {
    const text = 'بند ۴- متفرقه:\n- درخواست اهالی محله نو برای گازرسانی به اداره گاز شهرستان ارجاع شد.';
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(1);
    expect(r[0]!.responsible).toEqual(['اداره گاز شهرستان']);
  });
});

describe('news: duties inside an official’s quotation', () => {
  it('a duty quoted after «گفت:» is speech, not a recorded decision', () => {
    const text =
      'به گزارش ایسنا، استاندار در بازدید از جاده گفت: اداره کل راهداری استان موظف است آسفالت محور را تا پایان مهر تمام کند.\n' +
      'در این جلسه همچنین مقرر شد شرکت گاز استان گازرسانی روستا را تا پایان سال انجام دهد.';
    const r = findResolutions(text, 'news');
    expect(r).toHaveLength(1);
    expect(r[0]!.responsible).toEqual(['شرکت گاز استان']);
  });

  it('a quoted duty that cites a resolution stays', () => {
    const text =
      'به گزارش مهر، مدیرکل گفت: با توجه به مصوبه ستاد اجتماعی استان، کمیته اشتغال استان موظف به برگزاری نمایشگاه در مناطق محروم است.';
    expect(findResolutions(text, 'news')).toHaveLength(1);
  });

  it('an allocation told in a quotation is speech; the same allocation narrated stays', () => {
    const quoted = 'رئیس سازمان برنامه و بودجه نیز گفت: مبلغ ۵۰۰ میلیارد ریال به طرحهای آبرسانی اختصاص یافت.';
    expect(findResolutions(quoted, 'news')).toEqual([]);
    const narrated = 'در این جلسه مبلغ ۵۰۰ میلیارد ریال به طرحهای آبرسانی اختصاص یافت.';
    expect(findResolutions(narrated, 'news')).toHaveLength(1);
  });

  it('duties spelled out under an agreement are its terms, not decisions', () => {
    const text =
      'بر اساس این تفاهم‌نامه، شرکت آب و فاضلاب استان موظف است شبکه آب روستاها را ظرف یک سال تکمیل کند. بنیاد علوی نیز موظف شد هزینه را تامین کند.';
    expect(findResolutions(text, 'news')).toEqual([]);
  });

  it('a rule announced for a group of people («کشاورزان موظف هستند») stays', () => {
    expect(findResolutions('فرماندار گفت: دامداران موظف هستند دام ها را واکسینه کنند.', 'news')).toHaveLength(1);
  });
});

describe('numbered decisions of minutes without a heading (resp9)', () => {
  it('keeps an item whose verb is «اقدام کند» / «انجام دهد»', () => {
    const text = [
      'جلسه شورای هماهنگی شهرستان تشکیل و موارد زیر به تصویب رسید و خواهشمند است دستور اقدام فرمایید.',
      '',
      '۱- اداره کل بهزیستی گزارش عملکرد را در جلسه بعدی ارائه نماید.',
      '',
      '۲- شهرداری نسبت به نصب تابلوهای راهنما در معابر اصلی اقدام کند.',
      '',
      '۳- اداره ورزش و جوانان مسابقات محلات را در تابستان انجام دهد.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r.map((x) => x.number)).toEqual([1, 2, 3]);
    expect(r[1]!.responsible).toEqual(['شهرداری']);
  });

  it('does not read a present indicative «می‌کند» as a decision', () => {
    const text = [
      'در این نشست گزارش های زیر ارائه شد.',
      '',
      '۱- شهرداری هر سال تابلوهای راهنما را در معابر نصب می کند.',
      '',
      '۲- اداره ورزش مسابقات محلات را هر تابستان برگزار می کند.',
    ].join('\n');
    expect(findResolutions(text, 'minutes')).toEqual([]);
  });
});
