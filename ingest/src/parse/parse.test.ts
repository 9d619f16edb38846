import { describe, expect, it } from 'vitest';
import {
  countyNames,
  detectProvince,
  findFundingBodies,
  findSpeakers,
  fold,
  parseDocument,
  splitBodies,
  stripPageHeaders,
} from './index.ts';

describe('stripPageHeaders', () => {
  it('removes repeated letterheads and rejoins the split sentence', () => {
    const head = 'جمهوری اسلامی ایران\n\nباسمه تعالی\n\nوزارت نیرو\n';
    const text = `${head}\nمتن اول درباره آب\n\n${head}\nو ادامه جمله اینجاست.\n\n${head}\nپایان.`;
    const out = stripPageHeaders(text);
    expect(out).not.toContain('باسمه تعالی');
    expect(out).not.toContain('وزارت نیرو');
    expect(out).toContain('متن اول درباره آب و ادامه جمله اینجاست.');
  });
});

describe('gazetteer', () => {
  it.each([
    ['جلسه در شهرستان مسجد سلیمان برگزار شد', ['مسجدسلیمان']],
    ['بازدید از هفتکل و لالی', ['هفتگل', 'لالی']],
    ['ما دچار یک بن بست شده ایم', []],
    ['مناطق کوهرنگ، شهرکرد، سامان و بن', ['کوهرنگ', 'شهرکرد', 'سامان', 'بن']],
    ['در استان کرمان و شهرستان بم', ['بم']],
    ['صورتجلسه شورای اسلامی شهرمیانه', ['میانه']],
    // A province's namesake is a city inside a list of its own province's counties …
    ['کارخانه های مستقر در شهرکهای صنعتی ایلام، ایوان و دهلران فعال شدند', ['ایلام', 'ایوان', 'دهلران']],
    // … but next to other provinces it is a province.
    ['همکاری استان های همجوار لرستان، ایلام و کرمانشاه', []],
    // A county whose name is part of a province's name is not found inside it.
    ['نشست شورای برنامه ریزی کهگیلویه و بویراحمد در یاسوج برگزار شد', ['یاسوج']],
    ['سفر به کهگیلویه و بویر احمد و دیدار با مردم گچساران و بویراحمد', ['گچساران', 'بویراحمد']],
  ])('%s', (text, expected) => {
    expect(countyNames(fold(text))).toEqual(expected);
  });
  it('finds the province from explicit mentions, not from a bare «مرکزی»', () => {
    expect(detectProvince(fold('به گزارش استانداری مرکزی، جلسه برگزار شد'))).toBe('مرکزی');
    expect(detectProvince(fold('در باشگاه مرکزی نفت'))).toBeNull();
    expect(detectProvince(fold('معاون استاندار گلستان و مسئولان تهران'))).toBe('گلستان');
  });
});

describe('funding bodies', () => {
  it.each([
    ['وام از بانک رفاه و کارآفرینی امید گرفتند', ['بانک رفاه کارگران', 'صندوق کارآفرینی امید']],
    ['بانکهای ملی و صادرات همکاری کنند', ['بانک ملی', 'بانک صادرات']],
    ['معرفی به بانکهای عامل و صندوق ها', []],
    ['صندوق ضمانت صادرات و صندوق ضمانت', ['صندوق ضمانت صادرات', 'صندوق ضمانت سرمایه گذاری تعاون']],
  ])('%s', (text, expected) => {
    expect(findFundingBodies(fold(text))).toEqual(expected);
  });
});

describe('splitBodies', () => {
  it.each([
    ['اداره آب ----- با مشارکت نماینده فرمانداری', ['اداره آب', 'نماینده فرمانداری']],
    [
      'معاونت امور عمرانی استانداری فرمانداری رشت شهرداری رشت',
      ['معاونت امور عمرانی استانداری', 'فرمانداری رشت', 'شهرداری رشت'],
    ],
    ['بهزیستی - هلال احمر - بنیاد علوی', ['بهزیستی', 'هلال احمر', 'بنیاد علوی']],
  ])('%s', (cell, expected) => {
    expect(splitBodies(cell)).toEqual(expected);
  });
});

describe('speakers', () => {
  it('reads headings, verbs, role-only mentions and merges spellings', () => {
    const text = [
      '**جناب آقای دکتر حسن پور مدیر کل محترم منابع طبیعی**',
      'ایشان گزارشی ارائه کردند.',
      'دکتر حسن‌پور افزود: کار ادامه دارد.',
      'استاندار سمنان گفت: همکاری لازم است.',
      'سپس امام جمعه محترم شهر دامغان مطالبی را بیان نمودند.',
    ].join('\n\n');
    const sp = findSpeakers(text, 'minutes');
    expect(sp).toContainEqual({ name: 'حسن پور', role: 'مدیر کل محترم منابع طبیعی' });
    expect(sp.filter((s) => s.name && fold(s.name).replace(/ /g, '') === 'حسنپور')).toHaveLength(1);
    expect(sp).toContainEqual({ name: null, role: 'استاندار سمنان' });
    expect(sp.some((s) => s.role?.startsWith('امام جمعه'))).toBe(true);
  });
  it('news: a role first, then the full name reduced to the family name', () => {
    const sp = findSpeakers('مدیرکل بهزیستی قزوین گفت: طرح آغاز شد.\nمحمد رضوانی افزود: کار ادامه دارد.', 'news');
    expect(sp).toEqual([{ name: 'رضوانی', role: 'مدیرکل بهزیستی قزوین' }]);
  });
});

describe('parseDocument resolutions', () => {
  const pipe = [
    'موضوع: دومین صورتجلسه کارگروه آب شهرستان',
    '| تاریخ تشکیل: | تاریخ دعوتنامه: |',
    '|---|---|',
    '| ۱۴۰۲/۰۳/۱۰ | ۱۴۰۲/۰۳/۰۱ |',
    '',
    'مصوبات:',
    '| ردیف | شرح مصوبات | موضوع محوری | اقدام کننده | مسئول نظارت | زمان اقدام |',
    '|---|---|---|---|---|---|',
    '| ۱ | مقرر گردید لوله کشی روستا انجام شود | آب | شرکت آب و فاضلاب ----- فرمانداری | دبیرخانه | یک ماه |',
    '| ۲ | مقرر شد گزارش ارائه گردد | گزارش | اداره کل منابع طبیعی | - | - |',
  ].join('\n');
  it('pipe table: columns from the header, «موضوع محوری» ignored, invitation date skipped', () => {
    const d = parseDocument(pipe);
    expect(d.kind).toBe('minutes');
    expect(d.meetingNumber).toBe(2);
    expect(d.dateJalali).toBe('1402/03/10');
    expect(d.resolutions).toHaveLength(2);
    expect(d.resolutions[0]).toMatchObject({
      number: 1,
      responsible: ['شرکت آب و فاضلاب', 'فرمانداری'],
      supervisor: ['دبیرخانه'],
      deadline: 'یک ماه',
    });
    expect(d.resolutions[1]).toMatchObject({ supervisor: [], deadline: null });
  });
  it('reversed HTML rows continue after a page break', () => {
    const text = [
      'صورتجلسه',
      'ردیف\tمصوبات\tاقدام کننده\tزمان اقدام',
      '۱\tمقرر گردید: شهرداری نسبت به بهسازی معابر\tشهرداری\t',
      '<p>مستمر</p>\t<p>فرمانداری</p>\t<p>اقدام نماید.</p>\t',
      '<p>۲ هفته</p>\t<p>اداره کل راه</p>\t<p>مقرر گردید: جاده تعمیر شود.</p>\t<p>۲</p>',
    ].join('\n');
    const d = parseDocument(text);
    expect(d.resolutions.map((r) => r.number)).toEqual([1, 2]);
    expect(d.resolutions[0]!.text).toContain('اقدام نماید');
    expect(d.resolutions[0]!.responsible).toEqual(['شهرداری', 'فرمانداری']);
    expect(d.resolutions[0]!.deadline).toBe('مستمر');
    expect(d.resolutions[1]).toMatchObject({ responsible: ['اداره کل راه'], deadline: '۲ هفته' });
  });
  it('numbered list under «مصوبات» counts, a list inside a speech does not', () => {
    const text = [
      'صورتجلسه',
      'آقای کریمی گفت: مشکلات ما این است:',
      '۱- کمبود آب',
      '۲- کمبود برق',
      'مصوبات:',
      '- ۱- مقرر گردید اداره کل آموزش و پرورش در جلسه بعدی گزارش دهد.',
      '- ۲- مقرر گردید دفتر امور اجتماعی استان برنامه ریزی لازم را انجام دهد.',
    ].join('\n');
    const d = parseDocument(text);
    expect(d.resolutions).toHaveLength(2);
    expect(d.resolutions[0]!.responsible[0]).toContain('اداره کل آموزش و پرورش');
    expect(d.resolutions[0]!.deadline).toBe('جلسه بعدی');
  });
  it('news: «مقرر شد» sentences, deadline phrase, funding bodies and amounts', () => {
    const text =
      'به گزارش خبرگزاری ایرنا، مدیرکل تعاون گلستان گفت: در این جلسه مقرر شد با همکاری بانک کشاورزی ظرف مدت دو ماه مبلغ ۳۰ میلیارد ریال پرداخت شود.';
    const d = parseDocument(text);
    expect(d.kind).toBe('news');
    expect(d.province).toBe('گلستان');
    expect(d.resolutions).toHaveLength(1);
    expect(d.resolutions[0]!.deadline).toBe('ظرف مدت دو ماه');
    expect(d.resolutions[0]!.fundingBodies).toEqual(['بانک کشاورزی']);
    expect(d.amounts).toEqual([{ text: '۳۰ میلیارد ریال', toman: 3_000_000_000 }]);
  });
});

describe('stripPageHeaders keeps speaker headings apart', () => {
  it('a titled name alone on its line after a page header is not joined to the sentence before', () => {
    const head = 'جمهوری اسلامی ایران\n\nباسمه تعالی\n\nاداره کل منابع طبیعی\n';
    const text = `${head}\nمتن اول\n\n${head}\nادامه سخن بدون نقطه\n\n${head}\nجناب آقای نوروزی\n\nمدیر کل محترم شیلات فرمودند:\n\n${head}\nپایان.`;
    const out = stripPageHeaders(text);
    expect(out).toContain('\nجناب آقای نوروزی');
    expect(out).not.toContain('نقطه جناب');
  });
});
