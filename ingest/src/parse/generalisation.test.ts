/**
 * Pattern families found missing on an independent held-out set: speaker forms, meeting-date
 * labels, resolution tables and lists. Every sentence here is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { labelledFields } from './resolutions/fields.ts';
import { findResolutions, subjectBodies } from './resolutions/index.ts';
import { stripPageHeaders } from './headers.ts';
import { findSpeakers, stripLeadIn } from './speakers/index.ts';
import { findDocumentDate } from './structure.ts';

describe('speakers: dialogue lines «NAME (ROLE):»', () => {
  it.each([
    [
      'صورتجلسه\n\nکریمی (شهردار بابلسر): پروژه پیاده‌رو سازی تا پایان مهر تمام می‌شود.\n',
      { name: 'کریمی', role: 'شهردار بابلسر' },
    ],
    [
      'صورتجلسه\n\n**مهندس لطفی‌نیا (رئیس اداره راه و شهرسازی)**: زمین مورد نیاز تأمین شده است.\n',
      { name: 'لطفی نیا', role: 'رئیس اداره راه و شهرسازی' },
    ],
    // Role first, name in the brackets.
    ['صورتجلسه\n\nبخشدار مرکزی (آقای توکلی): دهیاری‌ها پیگیر هستند.\n', { name: 'توکلی', role: 'بخشدار مرکزی' }],
  ])('%s', (text, expected) => {
    expect(findSpeakers(text, 'minutes')).toEqual([expected]);
  });
  it('a bracketed note that is not a role is not a speaker', () => {
    expect(findSpeakers('صورتجلسه\n\nمصوبه سوم (با اصلاحات): تصویب شد.\n', 'minutes')).toEqual([]);
  });
});

describe('speakers: a name set off by «،» after the role', () => {
  it.each([
    [
      'مدیر امور شعب بانک سپه استان، رنجبر، گفت: پرونده‌ها بررسی شد.',
      { name: 'رنجبر', role: 'مدیر امور شعب بانک سپه استان' },
    ],
    [
      'در ادامه نماینده صندوق کارآفرینی امید، خانم الهام شریفی، افزود: سهمیه ابلاغ شد.',
      { name: 'شریفی', role: 'نماینده صندوق کارآفرینی امید' },
    ],
    ['ابتدا دبیر کارگروه، دکتر سعید مختاری، گزارشی از عملکرد ارائه کرد.', { name: 'مختاری', role: 'دبیر کارگروه' }],
  ])('%s', (text, expected) => {
    expect(findSpeakers(text, 'news')).toEqual([expected]);
  });
  it('the «،» inside a body name does not split off a name', () => {
    expect(findSpeakers('مدیرکل صنعت، معدن و تجارت استان گفت: واحدها فعال شدند.', 'minutes')).toEqual([
      { name: null, role: 'مدیرکل صنعت، معدن و تجارت استان' },
    ]);
  });
});

describe('speakers: an opener does not swallow the name', () => {
  it('«در ادامه این نشست NAME، ROLE گفت»', () => {
    expect(
      findSpeakers('در ادامه این نشست مجید طالبی، رئیس اداره منابع طبیعی شهرستان گفت: نهال توزیع شد.', 'news'),
    ).toEqual([{ name: 'طالبی', role: 'رئیس اداره منابع طبیعی شهرستان' }]);
  });
  it('«در ادامه جلسه» is an opener, not the subject', () => {
    expect(stripLeadIn('در ادامه جلسه آقای نوری گزارش داد')).toBe('آقای نوری گزارش داد');
  });
  it('an adverbial phrase closed by «،» is still stripped', () => {
    expect(stripLeadIn('در بخش دیگری از جلسه، آقای نوری')).toBe('آقای نوری');
  });
});

describe('meeting date labels', () => {
  it.each([
    // «زمان:» followed by a weekday or «ساعت» is when the meeting was held, not a deadline.
    [
      'صورتجلسه\nشماره: ۵۵۱/۲/ن\nزمان: سه‌شنبه ۹ آبان ماه ۱۴۰۲ ساعت ۱۰\nمصوبات:\n۱- گزارش تهیه شود. زمان: ۱۴۰۲/۰۹/۳۰',
      '1402/08/09',
    ],
    ['صورتجلسه\n**زمان:** ساعت ۹ صبح روز یکشنبه مورخ ۱۴۰۱/۱۱/۰۲\n', '1401/11/02'],
    // An explicit «تاریخ جلسه:» wins over a letter number right before it.
    ['صورتجلسه\nشماره: ۸/۱۴۰۱   تاریخ جلسه: ۱۴۰۱/۰۳/۱۷   محل: بخشداری\n', '1401/03/17'],
    // Spaced separators.
    ['صورتجلسه\nتاریخ: ۳ / ۵ / ۱۴۰۰\nجلسه تشکیل شد.', '1400/05/03'],
  ])('%s', (text, expected) => {
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe(expected);
  });
  it('a deadline «زمان:» after a resolution is still not the meeting date', () => {
    expect(
      findDocumentDate('صورتجلسه\nجلسه مورخ ۱۴۰۲/۰۲/۱۰ تشکیل شد.\n۱- گزارش ارائه شود. زمان: ۱۴۰۲/۰۳/۰۱\n', 'minutes')
        ?.jalali,
    ).toBe('1402/02/10');
  });
  it('a date in a decision that schedules something is not the meeting date', () => {
    const text = [
      '• مقرر گردید گزارش عملکرد به شورای مرکزی ارسال گردد.',
      '• موضوع تعرفه ها در جلسه روسای سازمان در مورخ ۵ و ۶ تیر ماه ۹۸ طرح و بررسی قرار گیرد.',
    ].join('\n');
    expect(findDocumentDate(text, 'minutes')).toBeNull();
    // A meeting held on the date in the same sentence as a decision keeps its date.
    expect(
      findDocumentDate('جلسه کارگروه در مورخ ۱۴۰۲/۰۳/۱۰ تشکیل و مقرر شد شهرداری اقدام نماید.', 'minutes')?.jalali,
    ).toBe('1402/03/10');
  });
  it('a news dateline written only in the Gregorian calendar', () => {
    expect(findDocumentDate('شیراز - 12 December 2022\nمدیرکل گفت: طرح افتتاح شد.', 'news')?.jalali).toBe('1401/09/21');
    expect(findDocumentDate('۱۲ دسامبر ۲۰۲۲\nمدیرکل گفت: طرح افتتاح شد.', 'news')?.jalali).toBe('1401/09/21');
  });
});

describe('resolution tables without a row-number column', () => {
  it('reads columns in the order of the header, one resolution per row', () => {
    const text = [
      'مصوبات:',
      '| زمان اجرا | دستگاه اجرایی | شرح مصوبه |',
      '|---|---|---|',
      '| دو هفته | شهرداری گرمسار | فهرست معابر نیازمند روکش آسفالت تهیه و به شورا ارسال شود. |',
      '| مستمر | اداره برق - اداره گاز | انشعاب واحدهای تولیدی شهرک خارج از نوبت واگذار گردد. |',
    ].join('\n');
    const rs = findResolutions(text, 'minutes');
    expect(rs.map((r) => [r.number, r.text.split(' ').slice(0, 3).join(' '), r.responsible, r.deadline])).toEqual([
      [1, 'فهرست معابر نیازمند', ['شهرداری گرمسار'], 'دو هفته'],
      [2, 'انشعاب واحدهای تولیدی', ['اداره برق', 'اداره گاز'], 'مستمر'],
    ]);
  });
  it('a project list «عنوان طرح | دستگاه» is not a resolution table', () => {
    const text =
      '| عنوان طرح | دستگاه اجرایی | مبلغ |\n|---|---|---|\n| احداث سالن ورزشی | اداره ورزش | ۲۰ میلیارد ریال |';
    expect(findResolutions(text, 'minutes')).toEqual([]);
  });
  it('keeps a last row cut off before its closing pipe', () => {
    const text = [
      '| ردیف | شرح مصوبه | مسئول اجرا |',
      '|---|---|---|',
      '| ۱ | سامانه نوبت دهی راه اندازی شود. | اداره ثبت احوال |',
      '| ۲ | اعتبار لازم برای تعمیر ساختمان از محل | اداره کل',
    ].join('\n');
    expect(findResolutions(text, 'minutes').map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('obligations and decisions in one sentence', () => {
  it('«X موظف شد … و مقرر شد Y …» gives two resolutions', () => {
    const text =
      'در پایان، شبکه بهداشت شهرستان موظف شد تا پایان هفته گزارش واکسیناسیون را ارسال کند و مقرر شد دانشگاه علوم پزشکی نیروی تکمیلی اعزام نماید.';
    const rs = findResolutions(text, 'news');
    expect(rs.map((r) => [r.text.split(' ').slice(0, 4).join(' '), r.responsible])).toEqual([
      ['شبکه بهداشت شهرستان موظف', ['شبکه بهداشت شهرستان']],
      ['مقرر شد دانشگاه علوم', ['دانشگاه علوم پزشکی نیروی تکمیلی']],
    ]);
  });
});

describe('numbered resolutions with field lines', () => {
  const text = [
    'مصوبات:',
    '',
    '۱- آمار بیکاران فارغ التحصیل دانشگاهی به تفکیک رشته تهیه شود.',
    'مسئول اجرا: اداره کار شهرستان',
    'مهلت: دو ماه',
    '',
    '۲- نمایشگاه مشاغل خانگی در هفته تعاون برپا گردد.',
    'مسئول اجرا: اداره تعاون شهرستان',
    'مهلت: دو ماه',
    '',
    '۳- کارگاه آموزشی بیمه برای قالیبافان برگزار شود.',
    'مسئول اجرا: اداره تعاون شهرستان',
    'مهلت: دو ماه',
  ].join('\n');
  it('repeated field lines are not page headers', () => {
    expect(stripPageHeaders(text)).toBe(text);
  });
  it('each item keeps its own responsible body and deadline', () => {
    const rs = findResolutions(stripPageHeaders(text), 'minutes');
    expect(rs.map((r) => [r.number, r.responsible, r.deadline])).toEqual([
      [1, ['اداره کار شهرستان'], 'دو ماه'],
      [2, ['اداره تعاون شهرستان'], 'دو ماه'],
      [3, ['اداره تعاون شهرستان'], 'دو ماه'],
    ]);
  });
  it('a field value ends with its sentence', () => {
    expect(labelledFields('مسئول اجرا: شهرداری. مهلت: سه ماه. این بند با ۵ رأی موافق تصویب شد.')).toMatchObject({
      responsible: 'شهرداری',
      deadline: 'سه ماه',
    });
  });
});

describe('subject phrases', () => {
  it.each([
    // A number starts the object.
    ['مقرر شد شهرداری ۱۰ درصد فضای پارکینگ را به موتورسیکلت اختصاص دهد', ['شهرداری']],
    // …but a body's own number stays.
    ['مقرر شد شهرداری منطقه ۳ نسبت به جمع آوری نخاله اقدام کند', ['شهرداری منطقه ۳']],
    // «هر» starts a frequency, not part of the body.
    ['مقرر شد بخشداران هر ماه گزارش عملکرد را ارسال کنند', ['بخشداران']],
    // «،» inside a ministry's name continues it.
    [
      'مقرر شد فهرست طرحها توسط اداره کل تعاون، کار و رفاه اجتماعی به بانک ارسال شود',
      ['اداره کل تعاون، کار و رفاه اجتماعی'],
    ],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
  it('a bank and its regional management are one body', async () => {
    const { splitBodies } = await import('./resolutions/index.ts');
    expect(splitBodies('بانک ملت مدیریت شعب استان یزد')).toEqual(['بانک ملت مدیریت شعب استان یزد']);
  });
});

describe('page furniture between numbered items', () => {
  it('drops «صفحه N از M» and does not glue the next item to the previous one', () => {
    const head = 'بسمه تعالی\nفرمانداری شهرستان نطنز\nصفحه ۱ از ۳\n';
    const text = `${head}مصوبات:\n۱- سالن ورزشی تا پایان سال تکمیل شود. مهلت: ظرف دو ماه\n${head.replace('۱ از', '۲ از')}۲- مسیر دوچرخه سواری طراحی شود. مسئول اجرا: شهرداری\n${head.replace('۱ از', '۳ از')}`;
    const out = stripPageHeaders(text);
    expect(out).not.toContain('صفحه');
    expect(out).toContain('مهلت: ظرف دو ماه\n');
    expect(findResolutions(out, 'minutes').map((r) => r.deadline)).toEqual(['ظرف دو ماه', null]);
  });
});

describe('bodies that own the next head word', () => {
  it.each([
    ['مدیران شعب بانکهای عامل', ['مدیران شعب بانکهای عامل']],
    ['رئیس شعبه بانک کشاورزی', ['رئیس شعبه بانک کشاورزی']],
    ['دبیرخانه شورای هماهنگی بانکها', ['دبیرخانه شورای هماهنگی بانکها']],
  ])('%s', async (cell, expected) => {
    const { splitBodies } = await import('./resolutions/index.ts');
    expect(splitBodies(cell)).toEqual(expected);
  });
});
