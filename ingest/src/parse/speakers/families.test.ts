import { describe, expect, it } from 'vitest';
import { findSpeakers } from './index.ts';
import { unfuseGiven } from './forms.ts';

const names = (text: string, kind: 'minutes' | 'news' = 'minutes') => findSpeakers(text, kind).map((s) => s.name);

// Made-up sentences of the families found on real2 (issue #16); one row per kind of sentence.
describe('speaker families without a plain «X گفت»', () => {
  it.each([
    // «؛» closes a name and the sentence goes on with «نیز».
    ['*- آقای مهندس صالحی؛ نیز به طرحهای عمرانی شهر اشاره نمودند.', ['صالحی']],
    // «حاج آقا» / «حاجاقا» are titles; «… لی» is a family name, not a given name plus «لی».
    ['حاجاقا رضا لی نیز به موضوع آب شرب اشاره و عنوان نمودند که کار فوری است.', ['رضا لی']],
    ['حاج آقا رحمانی نیز به موضوع پارک اشاره نمودند.', ['رحمانی']],
    // The light verb elided before «و»: «تاکید و …».
    ['در ادامه جناب آقای دکتر نوری استاندار محترم بر لزوم پرداخت تسهیلات تاکید و به عملکرد بانکها', ['نوری']],
    // A request is speech; the noun «در خواست» is not.
    ['به گزارش ایرنا، کامرانی در جلسه شورای اشتغال از دستگاههای اجرایی خواست طرحها را پایش کنند.', ['کامرانی']],
    ['این طرح در راستای اجرای بخشنامه در خواست جناب آقای مرادی بررسی شد.', []],
    // The subject after a narrated clause, with a role («… قرار گرفت و X حسابرس … پرداخت»).
    ['بودجه شهرداری مطرح و مورد بررسی قرار گرفت و کریمی حسابرس شهرداری به ارائه گزارش در این خصوص پرداخت.', ['کریمی']],
    // … but not a quantifier there: «و هریک از اعضا … بیان نمودند».
    ['مصوبات جلسه قبل بررسی شد و هریک از اعضا نظرات خود را بیان نمودند.', []],
    // A sentence wrapped over lines, «،» written apart from the name.
    ['رضوانی ، رییس اداره صنعت استان هم گزارشی از واحدهای تولیدی\nارائه کرد .', ['رضوانی']],
  ])('%s', (text, expected) => {
    expect(names(text, 'news')).toEqual(expected);
  });
});

describe('speakers named without a speech verb', () => {
  it('a form: chair and secretary fields with «سمت:» on the next line', () => {
    const text = [
      'رئیس جلسه:  نام و نام خانوادگی: دکتر رضا تقوی',
      'سمت: رئیس هیات امنا',
      'دبیر جلسه:  نام و نام خانوادگی: دکتر حسن امیری',
      'سمت: دبیر هیات امنای منطقه',
    ].join('\n');
    expect(findSpeakers(text, 'minutes')).toEqual([
      { name: 'تقوی', role: 'رئیس هیات امنا' },
      { name: 'امیری', role: 'دبیر هیات امنای منطقه' },
    ]);
  });
  it('a parenthesised list of names after a speech noun', () => {
    expect(names('سخنان اعضای شورای شهر را اینجا بخوانید(احمدی،کاظمی، حاجی پور، نوری)')).toEqual([
      'احمدی',
      'کاظمی',
      'حاجی پور',
      'نوری',
    ]);
    // Places in parentheses after a noun that is no speech are not people.
    expect(names('طرحها در روستاهای مرزی (بانه، مریوان، سقز) اجرا می شود.')).toEqual([]);
  });
  it('a decree signed «ROLE - Name», the given name fused or apart', () => {
    expect(findSpeakers('۱- جدول پیوست تصویب می شود.\nمعاون اول رئیس جمهور - محمدرضاکرمانی', 'minutes')).toEqual([
      { name: 'کرمانی', role: 'معاون اول رئیس جمهور' },
    ]);
    expect(names('وزیر کشور - عبدالرضا رحمانی فضلی')).toEqual(['رحمانی فضلی']);
  });
  it('the titled agent of a passive report, a titled chair without a role', () => {
    expect(names('۱- در این جلسه گزارش کار شورا توسط آقای دکتر نیکپور ارائه شد.')).toEqual(['نیکپور']);
    expect(names('گزارش مالی توسط اعضا ارائه شد.')).toEqual([]);
    // A report names its chair as the voice of the meeting; minutes keep only those heard.
    expect(names('جلسه ۲۳ شورای مرکزی در تاریخ ۹۷/۸/۲۹ به ریاست مهندس یزدانی برگزار گردید.', 'news')).toEqual([
      'یزدانی',
    ]);
  });
  it('guidance given by a titled name whose verb is cut off', () => {
    expect(names('سپس جناب آقای صادقی رئیس شورا رهنمودهایی در زمینه برنامه سوم توسعه ارائ')).toEqual(['صادقی']);
  });
});

describe('unfuseGiven', () => {
  it.each([
    ['محمدرضاعارف', 'عارف'],
    ['عباسپور', 'عباسپور'],
    ['محمدی', 'محمدی'],
    ['حسینعلیزاده', 'حسینعلیزاده'],
  ])('%s → %s', (token, expected) => {
    expect(unfuseGiven(token)).toBe(expected);
  });
});

// Review of the round-2 rules (issue #16): sentences of the same surface form that name no
// speaker, and variants in wording that do.
describe('round-2 speaker rules: counter-examples of the same form', () => {
  it.each([
    // «خواست» as a noun or as «wanted»; a people noun or a body as subject.
    ['the noun «will»', 'خواست مردم این است که مشکل آب حل شود.'],
    ['«به خواست» = at the request of', 'این طرح به خواست اهالی روستا اجرا شد.'],
    ['«می‌خواست» = wanted', 'احمدی می‌خواست در جلسه حاضر شود اما نتوانست.'],
    ['«نمی خواست»', 'رضایی نمی خواست این موضوع مطرح شود.'],
    ['a body asks', 'شورا از شهرداری خواست گزارش را ارائه کند.'],
    ['people ask', 'کشاورزان منطقه از مسئولان خواستند حقابه را پرداخت کنند.'],
    // The passive «مورد تاکید و … قرار گرفت» has no speaker.
    ['a passive «مورد تاکید و»', 'سلامت مورد تاکید و توجه قرار گرفت.'],
    // Narrated clause then a subject whose verb is no speech.
    [
      'a narrated clause, no speech',
      'بودجه مطرح و مورد بررسی قرار گرفت و کریمی حسابرس شهرداری به عنوان بازرس انتخاب شد.',
    ],
    // Form fields left blank.
    ['a blank form field', 'رئیس جلسه: نام و نام خانوادگی: ............\nسمت: ............'],
    ['a form field holding its blank', 'دبیر جلسه: نام و نام خانوادگی: محل امضاء'],
    // Parenthesised lists that are goods or places, or after no speech of people.
    ['goods after «صحبت از»', 'صحبت از افزایش قیمت کالاهای اساسی (برنج، روغن، شکر) بود.'],
    ['places after a speech', 'سخنان رئیس جمهور در سفر به استانها (کرمان، یزد، اصفهان) بازتاب داشت.'],
    ['places after members', 'سخنان نمایندگان استان در مجلس (کرمان، رفسنجان، سیرجان) بازتاب داشت.'],
    ['names without a speech noun', 'اعضای هیات رئیسه (احمدی، رضایی، کاظمی) انتخاب شدند.'],
    // «ROLE - Name» lines that are lists, copies or datelines, not a signature.
    ['attendees', 'حاضرین:\nمعاون استاندار - احمدی\nفرماندار - رضایی\nشهردار - کاظمی\nمدیرکل راه - نوری'],
    ['a copy to', '۱- متن ابلاغ شد.\nرونوشت:\nوزیر کشور - عبدالرضا رحمانی فضلی'],
    ['a dateline', 'رئیس سازمان - تهران\nبه گزارش ایرنا، نشست برگزار شد.'],
    ['a headline', 'استاندار یزد - بازدید از طرحها'],
    ['a news page’s editor', 'به گزارش ایرنا، نشست برگزار شد.\nدبیر سرویس استانها - علی رضایی'],
    ['a news page’s director', 'به گزارش ایرنا، نشست برگزار شد.\nمدیرمسئول - حسین احمدی'],
    // Passive agents: a report prepared, planned, or by no titled person.
    ['prepared, not given', 'گزارش عملکرد توسط آقای رحیمی تهیه شد.'],
    ['to be given', 'مقرر شد گزارش عملکرد توسط آقای رحیمی ارائه شود.'],
    ['a role as name', 'گزارش عملکرد توسط آقای رئیس ارائه شد.'],
  ])('%s', (_kind, text) => {
    expect(names(text, 'news')).toEqual([]);
  });
});

describe('round-2 speaker rules: variants in wording that fire', () => {
  it.each([
    ['کامرانی از دستگاه‌های اجرایی خواست، طرح‌ها را پایش کنند.', ['کامرانی']],
    ['مهندس رحیمی از پیمانکاران خواستند کار را تسریع کنند.', ['رحیمی']],
    ['گزارش عملکرد توسط جناب آقای مهندس رحیمی، معاون عمرانی استانداری ارائه گردید.', ['رحیمی']],
    ['گزارش عملکرد توسط آقای رحیمی تشریح و مورد بحث قرار گرفت.', ['رحیمی']],
    ['نامه فرمانداری توسط سرکار خانم دکتر نادری قرائت گردید.', ['نادری']],
    ['سخنان نمایندگان مردم در مجلس (احمدی، رضایی و کاظمی) را بخوانید.', ['احمدی', 'رضایی', 'کاظمی']],
    ['نطق های پیش از دستور این جلسه را بخوانید (رسولی، رمضانپور)', ['رسولی', 'رمضانپور']],
    [
      'آیین نامه پیوست تصویب می شود.\nوزیر کشور - عبدالرضا رحمانی فضلی\nوزیر امور اقتصادی و دارایی - علی طیب نیا',
      ['رحمانی فضلی', 'طیب نیا'],
    ],
    ['بیانات مسئولان استان در این نشست (طالبی، نوری، حسینی) منتشر شد.', ['طالبی', 'نوری', 'حسینی']],
    ['رییس جلسه : نام ونام‌خانوادگی : مهندس علی رضایی', ['رضایی']],
    ['رئیس جلسه: نام و نام خانوادگی: علی محمدی    امضاء:', ['محمدی']],
    ['۲- جدول پیوست تصویب می شود.\nوزير كشور – عبدالرضا رحماني فضلي', ['رحماني فضلي']],
  ])('%s', (text, expected) => {
    expect(names(text, 'minutes')).toEqual(expected);
  });
});

describe('round-2 narrated-clause subjects and titled chairs', () => {
  it.each([
    // An object pronoun ends the role of a subject after a narrated clause.
    ['گزارش مطرح شد و احمدی عضو شورا آن را خواند.', [{ name: 'احمدی', role: 'عضو شورا' }]],
    // «خواست» after a narrated clause.
    [
      'طرح مطرح و بررسی شد و کریمی مدیرعامل شرکت از پیمانکاران خواست کار را تسریع کنند.',
      [{ name: 'کریمی', role: 'مدیرعامل شرکت' }],
    ],
    // A quantifier or a body after the clause names nobody.
    ['طرح تصویب شد و تعدادی از اعضا نظرات خود را بیان کردند.', []],
    ['طرح تصویب شد و شهرداری منطقه یک به ارائه گزارش پرداخت.', []],
  ])('%s', (text, expected) => {
    expect(findSpeakers(text, 'minutes')).toEqual(expected);
  });
  it('a titled chair followed by «و با حضور …» (news)', () => {
    expect(findSpeakers('جلسه به ریاست دکتر فرهادی و با حضور اعضا برگزار گردید.', 'news')).toEqual([
      { name: 'فرهادی', role: null },
    ]);
  });
});

describe('clerical titles written fused', () => {
  it('«حجت‌الاسلام والمسلمین X» drops the whole title', () => {
    expect(names('حجت‌الاسلام والمسلمین کاظمی نماینده ولی فقیه در استان گفت: زکات باید جمع شود.')).toEqual(['کاظمی']);
  });
});

describe('a date after the «به گزارش» opener', () => {
  it('«به گزارش X از CITY، DAY MONTH YEAR، NAME … افزود»', () => {
    expect(
      names('به گزارش ایسنا از ساری، ۱۲ مهر ۱۴۰۲، مهندس کیانی در این بازدید افزود: پروژه تکمیل می‌شود.', 'news'),
    ).toEqual(['کیانی']);
  });
});
