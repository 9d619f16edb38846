/**
 * Organisation families of issue #16: the cabinet and boards of a body, ministries by registry
 * and through their minister, national bodies («صدا و سیما», «بانک مرکزی», «دادستانی کشور»),
 * name ends (manner adverbs, predicate nouns, indefinite plurals), words that are not offices.
 * Every sentence is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.ts';
import { lightFold } from '../fold.ts';
import { findConveningBody, findOrganisationMentions, findOrganisations } from './index.ts';

const names = (text: string) => findOrganisationMentions(text).map((m) => m.name);

describe('organisations: the cabinet and the boards of a body', () => {
  it.each([
    ['هیئت وزیران در جلسه مورخ ۱۲/۳/۱۴۰۰ تصویب کرد و نتیجه به هیات دولت ارائه شد', ['هیات وزیران', 'هیات وزیران']],
    // A board with the body it governs names both.
    [
      'جلسه هیات رئیسه شورای اسلامی شهر کوهبنان. با تلاوت قرآن آغاز شد',
      ['هیات رئیسه شورای اسلامی شهر کوهبنان', 'شورای اسلامی شهر کوهبنان'],
    ],
    ['نهمین جلسه هیات مدیره سازمان در محل دفتر برگزار شد', ['هیات مدیره سازمان']],
    // A board alone («در هیات مدیره طرح شود») or a delegation is no body.
    ['موضوع مجددا در هیات مدیره طرح گردد و هیئت همراه بازدید کرد', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: ministries from the registry', () => {
  it.each([
    // The ministry's name ends where the registry's does, and carries the official name.
    ['طبق استانداردهای وزارت بهداشت و توسعه فضای اورژانس', ['وزارت بهداشت، درمان و آموزش پزشکی']],
    ['وزارت کشور موظف است به استانداران ابلاغ کند', ['وزارت کشور']],
    ['وزارت میراث فرهنگی، صنایع دستی و گردشگری تفاهم‌نامه امضا کرد', ['وزارت میراث فرهنگی، گردشگری و صنایع دستی']],
    // «وزارتخانه‌ها» is the common noun.
    ['زیرمجموعه‌هایی در وزارت خانه های درگیر تشکیل شد', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a minister names the ministry among the document bodies, not as a mention in the sentence', () => {
    const text = 'معاون عمرانی وزیر کشور گفت: کار ادامه دارد. وزیر محترم علوم نیز حضور داشت.';
    expect(names(text)).toEqual([]);
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual([
      'وزارت کشور',
      'وزارت علوم، تحقیقات و فناوری',
    ]);
  });
});

describe('organisations: national bodies written without a head word or with a place-like word', () => {
  it.each([
    ['صدا و سیما نسبت به تولید برنامه اقدام نماید', ['صدا و سیما']],
    // An outlet in a byline is no body.
    ['به گزارش خبرگزاری صداوسیما مرکزی، مدیرکل گفت', []],
    ['بخشنامه دادستانی کشور و ابلاغیه بانک مرکزی اجرا شد', ['دادستانی کشور', 'بانک مرکزی']],
    // «مرکزی» is the province only after «استان».
    ['جلسه ۲۳۳ شورای مرکزی در تاریخ ۱۲ آبان برگزار شد', ['شورای مرکزی']],
    ['تصویب نامه شورایعالی اشتغال ابلاغ شد', ['شورایعالی اشتغال']],
    ['اعضای کار گروه گلخانه استان انتخاب شدند', ['کار گروه گلخانه استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: where a name ends', () => {
  it.each([
    ['موضوع توسط کارگروه خدمات مهندسی بصورت فوری بررسی شود', ['کارگروه خدمات مهندسی']],
    ['اعضای شورای مرکزی دستور کار جلسه را تغییر دادند', ['شورای مرکزی']],
    ['رئیس شورای عالی انقلاب فرهنگی رهنمودهایی ارائه کرد', ['شورای عالی انقلاب فرهنگی']],
    ['تشکیل قرارگاه موجب انسجام شد و مصوبات ستاد قابل توجیه نیست', []],
    [
      'جلسه قرارگاه بازسازی و نوسازی مناطق سیل زده استان خوزستان برگزار شد',
      ['قرارگاه بازسازی و نوسازی مناطق سیل زده استان خوزستان'],
    ],
    ['چهارمین جلسه کارگروه سلامت و امنیت غذایی استان برگزار شد', ['کارگروه سلامت و امنیت غذایی استان']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: names that go on after «و»', () => {
  it.each([
    // Agencies written without a head word, in a list of bodies.
    [
      'نمایندگان فرهنگ و ارشاد اسلامی، اوقاف و امور خیریه و ثبت اسناد و املاک حضور داشتند',
      ['فرهنگ و ارشاد اسلامی', 'اوقاف و امور خیریه', 'ثبت اسناد و املاک'],
    ],
    ['رئیس اداره ثبت اسناد و املاک شهرستان گفت', ['اداره ثبت اسناد و املاک شهرستان']],
    ['سازمان امور اداری و استخدامی کشور گزارش دهد', ['سازمان امور اداری و استخدامی کشور']],
    ['سازمان مدیریت حمل و نقل بار و مسافر شهرداری اقدام کند', ['سازمان مدیریت حمل و نقل بار و مسافر', 'شهرداری']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: words after a head that make it no body', () => {
  it.each([
    // «اداره» as running something.
    ['وی اداره صندوق‌ها با مشارکت سهامداران را مزیت دانست و گفت زنان توان اداره زندگی دارند', []],
    // Trades listed after a factory are not part of its name (a factory named only by its product
    // is no body at all: directorates.test.ts).
    ['۸۶ مجوز در زمینه گاوداری، کارخانه قند ارومیه، صنایع تبدیلی و پرورش قارچ صادر شد', ['کارخانه قند ارومیه']],
    // A council named with an indefinite adjective is not yet a body.
    ['لازم است شورای جدیدی تشکیل شود', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: long news from an outlet lists the bodies it names', () => {
  const filler =
    'وی درباره روند اجرای طرح‌ها در شهرستان‌های استان توضیحاتی ارائه کرد و خواستار تسریع کارها شد. '.repeat(40);
  it('an agency article keeps the bodies named in passing', () => {
    const text = `افزایش تسهیلات مسکن روستایی\n\nبه گزارش خبرگزاری فارس از سمنان، رئیس بنیاد مسکن انقلاب اسلامی استان گفت: وزارت راه و شهرسازی و بانک مرکزی همکاری کردند.\n${filler}`;
    const orgs = parseDocument(text).organisations;
    expect(orgs).toEqual(expect.arrayContaining(['وزارت راه و شهرسازی', 'بانک مرکزی']));
  });
  it('a long press release of an office keeps its core bodies only', () => {
    const text = `افزایش تسهیلات مسکن روستایی\n\nبه گزارش روابط عمومی اداره کل بهزیستی استان سمنان، مدیرکل گفت: وزارت راه و شهرسازی و بانک مرکزی همکاری کردند.\n${filler}`;
    const orgs = parseDocument(text).organisations;
    expect(orgs).not.toContain('بانک مرکزی');
  });
});

describe('organisations: banks, funds and agencies under one name', () => {
  it.each([
    // A bracketed list of short bank names after «بانک عاملی».
    ['سهم شهرستان بین ۴ بانک عاملی (ملی، سپه، مسکن و ملت) تقسیم شد', ['بانک ملی', 'بانک سپه', 'بانک مسکن', 'بانک ملت']],
    ['وام از بانک‌های عامل استان شامل ملی، ملت و رفاه پرداخت شد', ['بانک ملی', 'بانک ملت', 'بانک رفاه کارگران']],
    ['تسهیلات به مددجویان کمیته امداد و بهزیستی پرداخت شد', ['کمیته امداد', 'بهزیستی']],
    ['موسسه حسابرسی آزموده کاران به عنوان حسابرس انتخاب شد', ['موسسه حسابرسی آزموده کاران']],
    ['دبیر هیات امنای منطقه سه پژوهشی گفت', ['هیات امنای منطقه سه پژوهشی']],
    // «و» right after a head continues no name.
    ['رئیس سازمان و مدیریت جهاد کشاورزی حضور داشت', ['جهاد کشاورزی']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A fund written loosely or with its province carries the registry's name.
    ['مدیر صندوق کارآفرینی کرمان گفت: صندوق کارآفرینی امید وام داد', ['صندوق کارآفرینی امید کرمان']],
    ['صندوق کارآفرین امید و بانک کشاورزی همکاری کردند', ['صندوق کارآفرینی امید', 'بانک کشاورزی']],
    // A fuller form of the registry's name stays as written.
    ['مدیر عامل بنیاد برکت ستاد اجرایی فرمان حضرت امام گفت', ['بنیاد برکت', 'ستاد اجرایی فرمان حضرت امام']],
    ['تصویب نامه شورایعالی اشتغال ابلاغ شد', ['شورای عالی اشتغال']],
    // One provincial agency under two heads.
    ['رئیس سازمان جهاد کشاورزی استان گفت: جهاد کشاورزی استان طرح را اجرا می‌کند', ['سازمان جهاد کشاورزی استان']],
  ])('%s', (text, expected) => {
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual(expected);
  });
});

describe('organisations: the body a record opens with', () => {
  it.each([
    ['مورخ ۱۴۰۲/۰۳/۰۵ کمیته اورژانس (تریاژ) بیمارستان با حضور ریاست محترم بیمارستان برگزار گردید.', 'کمیته اورژانس'],
    ['بیست و هشتمین جلسه علنی شورای اسلامی شهر بابل با حضور اعضا برگزار شد.', 'شورای اسلامی شهر بابل'],
    ['کمیته درمان با حضور معاون درمان تشکیل شد.', 'کمیته درمان'],
  ])('%s', (text, expected) => {
    expect(findConveningBody(null, text)).toBe(expected);
  });
});

describe('organisations: the lede office after the outlet', () => {
  it('«به گزارش X از Y، مدیرکل Z … گفت» speaks for the office Z, past a long place and time', () => {
    const text =
      'به گزارش خبرگزاری ایرنا از همدان، مدیرکل تعاون، کار و رفاه اجتماعی استان همدان امروز در نشست کارگروه اشتغال استان گفت: وام پرداخت شد.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toContain(
      'اداره کل تعاون، کار و رفاه اجتماعی استان همدان',
    );
  });
});

// Round C (issue #16): a district numbered in words, a county's health centre, a city's university.
describe('organisations: numbered districts and health centres', () => {
  it.each([
    ['شهرداری منطقه سه موظف است فهرست پروژه‌ها را تا پایان ماه ارائه کند.', ['شهرداری منطقه سه']],
    ['شهرداری منطقه ۴ و شهرداری منطقه دوازده گزارش دادند.', ['شهرداری منطقه ۴', 'شهرداری منطقه دوازده']],
    ['مسئول: مرکز بهداشت شهرستان / مهلت: یک ماه', ['مرکز بهداشت شهرستان']],
    ['رئیس مرکز بهداشت شهرستان نیشابور گفت: نمونه‌برداری انجام شد.', ['مرکز بهداشت شهرستان نیشابور']],
    // The health staff of a meeting name no body.
    ['بازرسی با حضور کارشناسان مرکز بهداشت انجام شود.', []],
    // A university named by its city alone; a head with a generic place word names none.
    ['مسئول: دانشگاه تبریز و دانشگاه صنعتی سهند', ['دانشگاه تبریز', 'دانشگاه صنعتی سهند']],
    ['رئیس دانشگاه استان گفت: کار انجام شد.', []],
    // The portfolio of a deputy or adviser is no office.
    ['معاون وزیر نیرو در امور آب و آبفا از سد بازدید کرد.', []],
    ['مشاور استاندار در امور بانوان گفت: طرح اجرا شد.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: where a subject body ends before its object or verb (#16 round A9)', () => {
  it.each([
    // An agency without its head noun, then the object of its sentence.
    ['منابع طبیعی پرونده‌ها را به دادگستری فرستاده است', ['منابع طبیعی', 'دادگستری']],
    // Its place still belongs to it.
    ['تأمین اجتماعی استان گزارش داد', ['تأمین اجتماعی استان']],
    // A past participle with its auxiliary is the verb, not a word of the name.
    ['بدهی پیمانکاران از دانشگاه پرداخت نشده و بانک رسیده است', []],
    ['شرکت پیمانکار حق بیمه را از دانشگاه خواسته است', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: an office printed under its body in the letterhead (#16 round A9)', () => {
  it('«استانداری کرمان» / «دفتر امور عمرانی استانداری» lists the office too', () => {
    const text = [
      'استانداری کرمان',
      'دفتر امور عمرانی استانداری',
      '',
      'صورتجلسه کارگروه عمران استان کرمان',
      'جلسه در تاریخ ۱۴۰۲/۰۴/۱۰ تشکیل شد و گزارش پروژه‌ها ارائه شد.',
    ].join('\n');
    const orgs = parseDocument(text).organisations;
    expect(orgs).toContain('استانداری کرمان');
    expect(orgs.some((o) => o.startsWith('دفتر امور عمرانی استانداری'))).toBe(true);
  });
});

describe('organisations: a factory being set up is a project, not a body (#16 round A9)', () => {
  it.each([
    ['بنیاد برکت برای راه‌اندازی کارخانه فرآوری سنگ شهرستان ازنا سرمایه‌گذاری می‌کند', ['بنیاد برکت']],
    ['احداث کارخانه سیمان شهرستان خاش آغاز شد', []],
    // A factory named as a body stays one.
    ['کارخانه سیمان شهرستان خاش از منابع آب استفاده می‌کند', ['کارخانه سیمان شهرستان خاش']],
  ])('%s', (text, expected) => {
    expect(names(lightFold(text))).toEqual(expected);
  });
});
