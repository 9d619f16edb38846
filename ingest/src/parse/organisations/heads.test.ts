/**
 * Named bodies under organisational head nouns (انجمن، اتحادیه، اتاق، مجمع، بیمارستان، دانشکده،
 * شبکه، مخابرات، صدا و سیما) and where their names end: honorifics kept, «و» going on to the
 * body's place, nouns whose first half is a stop word, numbered regions, item numbers, adverbs.
 * Every sentence is composed for the test, in the style of provincial minutes and news.
 */
import { describe, expect, it } from 'vitest';
import { lightFold } from '../fold.ts';
import { parseDocument } from '../index.ts';
import { findConveningBody, findOrganisationMentions } from './index.ts';

// The parser sees light-folded text (ZWNJ as a space, tatweel and marks dropped).
const names = (text: string) => findOrganisationMentions(lightFold(text)).map((m) => m.name);

describe('organisations: more head nouns', () => {
  it.each([
    ['مقرر شد اتحادیه مرغداران گوشتی استان فهرست واحدهای فعال را ارسال کند', ['اتحادیه مرغداران گوشتی استان']],
    ['انجمن اولیا و مربیان دبیرستان نسبت به تامین هزینه اقدام نماید', ['انجمن اولیا و مربیان دبیرستان']],
    ['مجمع خیرین سلامت شهرستان بم مبلغ دو میلیارد ریال اهدا کرد', ['مجمع خیرین سلامت شهرستان بم']],
    // A general assembly is a meeting, not a body; an operating room is a room.
    ['مجمع عمومی سالانه برگزار شد و اتاق عمل بازسازی گردید', []],
    ['رئیس اتاق اصناف شهرستان خواستار تمدید مهلت شد', ['اتاق اصناف شهرستان']],
    ['دانشکده پرستاری دانشگاه علوم پزشکی کاشان میزبان نشست بود', ['دانشکده پرستاری دانشگاه علوم پزشکی کاشان']],
    ['گزارش صدا و سیمای مرکز یزد پخش شد', ['صدا و سیمای مرکز یزد']],
    ['مسئول پیگیری: مخابرات شهرستان', ['مخابرات شهرستان']],
    ['شبکه دامپزشکی شهرستان پلدختر واکسیناسیون را آغاز کند', ['شبکه دامپزشکی شهرستان پلدختر']],
    [
      'سازمان غذا و دارو و سازمان حمایت مصرف کنندگان و تولیدکنندگان گزارش دادند',
      ['سازمان غذا و دارو', 'سازمان حمایت مصرف کنندگان و تولیدکنندگان'],
    ],
    ['پارک علم و فناوری استان سمنان میزبان نمایشگاه بود', ['پارک علم و فناوری استان سمنان']],
    ['تعزیرات حکومتی شهرستان با اتاق اصناف همکاری کند', ['تعزیرات حکومتی شهرستان', 'اتاق اصناف']],
    // A cooperative is a body of its members; a brand company is a firm talked about.
    ['شرکت تعاونی روستایی دهنو و شرکت پارس پلیمر سپاهان قرارداد بستند', ['شرکت تعاونی روستایی دهنو']],
    // A numbered unit: the number is no part of the name.
    ['بانک ملی شعبه شماره ۳ ساری وام را پرداخت کند', ['بانک ملی شعبه']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organisations: where a name ends', () => {
  it.each([
    // The honorific in brackets stays inside the name.
    [
      'کمیته امداد امام خمینی (ره) شهرستان بافت نسبت به معرفی مددجویان اقدام کند',
      ['کمیته امداد امام خمینی (ره) شهرستان بافت'],
    ],
    ['بیمارستان حضرت رسول (ص) شهرستان جوانرود موظف است گزارش دهد', ['بیمارستان حضرت رسول (ص) شهرستان جوانرود']],
    // Any other bracket ends it.
    ['شرکت آب و فاضلاب استان (امور شهرستان) پیگیری کند', ['شرکت آب و فاضلاب استان']],
    // A chamber lists its fields.
    ['رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی همدان گفت', ['اتاق بازرگانی، صنایع، معادن و کشاورزی همدان']],
    // «و» goes on when plain words lead to the body's place …
    ['نشست شورای گفت‌وگوی دولت و بخش خصوصی استان همدان برگزار شد', ['شورای گفت وگوی دولت و بخش خصوصی استان همدان']],
    ['اداره راهداری و حمل و نقل جاده‌ای شهرستان تفرش موظف شد', ['اداره راهداری و حمل و نقل جاده ای شهرستان تفرش']],
    // … but not into an official or another body.
    ['شورای اسلامی شهر و فرماندار شهرستان موافقت کردند', ['شورای اسلامی شهر']],
    ['امور آب شهرستان و هیئت کوهنوردی استان حاضر بودند', ['امور آب شهرستان', 'هیئت کوهنوردی استان']],
    // «گفت» ends a name as a verb, not as the first half of «گفت و گو».
    ['شورای گفت و گوی دولت و بخش خصوصی شهرستان تشکیل جلسه داد', ['شورای گفت و گوی دولت و بخش خصوصی شهرستان']],
    // A head word after «و» starts the next body, a lookahead head («اتاق اصناف») included.
    [
      'اداره کل تعزیرات حکومتی استان و اتاق اصناف شهرستان سمنان نظارت را تشدید کنند',
      ['اداره کل تعزیرات حکومتی استان', 'اتاق اصناف شهرستان سمنان'],
    ],
    // A fund written as the registry names it runs through its own «از».
    ['وام با همکاری صندوق حمایت از توسعه بخش کشاورزی پرداخت شد', ['صندوق حمایت از توسعه بخش کشاورزی']],
    // A run of dashes (a signature table) ends the name.
    ['اداره کل آموزش فنی و حرفه ای ----- نماینده محترم آقای رضایی', ['اداره کل آموزش فنی و حرفه ای']],
    // An action noun after the name's first word opens the predicate; as the first word it names.
    ['معاونت هماهنگی امور عمرانی پیگیری لازم را انجام دهد', ['معاونت هماهنگی امور عمرانی']],
    ['کمیته پیگیری مطالبات کشاورزان شهرستان گزارش داد', ['کمیته پیگیری مطالبات کشاورزان شهرستان']],
    // «وزارت متبوع» is the ministry in question, not a name.
    ['وزارت متبوع تامین اعتبار طرح را بپذیرد', []],
    // The council a committee belongs to closes its name; staff, officials and a period end it.
    ['کمیسیون فرهنگی و اجتماعی شورا برنامه های هفته را ارائه کرد', ['کمیسیون فرهنگی و اجتماعی شورا']],
    ['قرارگاه بازسازی مناطق سیل زده مسئولین را معرفی کرد', ['قرارگاه بازسازی مناطق سیل زده']],
    ['| شورای هماهنگی مدیران وزارت کار یک ماه |', ['شورای هماهنگی مدیران وزارت کار']],
    // A head in the plural is the field an institution serves, not another body.
    ['سازمان همیاری شهرداری‌های استان قزوین وام داد', ['سازمان همیاری شهرداری های استان قزوین']],
    // An «و» glued to a field word of the name is read as a word of its own.
    [
      'اداره راه وشهرسازی شهرستان و سازمان صنعت ومعدن وتجارت استان گزارش دادند',
      ['اداره راه و شهرسازی شهرستان', 'سازمان صنعت و معدن و تجارت استان'],
    ],
    // A numbered region keeps its number.
    ['شرکت غله و خدمات بازرگانی منطقه ۵ نسبت به خرید گندم اقدام کند', ['شرکت غله و خدمات بازرگانی منطقه ۵']],
    // Adverbs with tanvin end the name.
    ['مقرر شد دادگستری مجدداً موضوع را بررسی کند', ['دادگستری']],
    // A profession's title and a faculty board are no bodies.
    ['ارزش ملک توسط کارشناسان رسمی دادگستری تعیین شد', []],
    ['اعضای هیئت علمی دانشگاه صنعتی اراک حضور داشتند', ['دانشگاه صنعتی اراک']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('an item number at a line start is not a count of bodies; a count still is', () => {
    expect(names('مصوبات:\n۴ـ شبکه بهداشت و درمان شهرستان گزارش دهد')).toEqual(['شبکه بهداشت و درمان شهرستان']);
    expect(names('در این طرح ۱۲ شرکت تعاونی استان شرکت کردند')).toEqual([]);
  });
});

describe('organisations: one-page minutes name every body', () => {
  const items = [
    'شبکه بهداشت و درمان شهرستان نسبت به پایش آب شرب روستاها اقدام نماید.',
    'اداره راهداری و حمل و نقل جاده ای شهرستان تا پایان آذر نقاط حادثه خیز را ایمن سازی کند.',
    'جمعیت هلال احمر شهرستان اقلام امدادی مورد نیاز را تامین نماید.',
    'شرکت آب و فاضلاب استان طرح آبرسانی روستاهای بخش مرکزی را پیگیری کند.',
  ];
  const minutes = (filler: number) =>
    `صورتجلسه شورای اداری شهرستان دیواندره\nجلسه شورای اداری شهرستان به ریاست فرماندار برگزار گردید.\n${'در این جلسه گزارش عملکرد دستگاه ها در زمینه خدمات رسانی به روستاها ارائه و پیرامون آن بحث و تبادل نظر شد. '.repeat(filler)}\nمصوبات:\n${items.map((t, i) => `${i + 1}- ${t}`).join('\n')}`;

  it('a record of about one page lists the bodies its resolutions name', () => {
    const text = minutes(16);
    expect(text.length).toBeGreaterThan(2000);
    expect(text.length).toBeLessThan(3000);
    expect(parseDocument(text).organisations).toEqual(
      expect.arrayContaining([
        'شبکه بهداشت و درمان شهرستان',
        'اداره راهداری و حمل و نقل جاده ای شهرستان',
        'هلال احمر شهرستان',
        'شرکت آب و فاضلاب استان',
      ]),
    );
  });

  it('multi-page minutes keep their core bodies', () => {
    const text = minutes(40);
    expect(text.length).toBeGreaterThan(3000);
    expect(parseDocument(text).organisations).not.toContain('شرکت آب و فاضلاب استان');
  });
});

describe('organisations: a board convenes its meeting', () => {
  it.each([
    [
      'صورتجلسه هیئت امنای بیمارستان شهید بهشتی شهرستان کاشان\nجلسه برگزار شد',
      'هیئت امنای بیمارستان شهید بهشتی شهرستان کاشان',
    ],
    ['جلسه هیات مدیره شرکت آب و فاضلاب استان یزد در محل شرکت برگزار شد', 'هیات مدیره شرکت آب و فاضلاب استان یزد'],
  ])('%s', (text, expected) => {
    expect(findConveningBody(null, text)).toBe(expected);
  });
});
