import { describe, expect, it } from 'vitest';
import { canonicalOrganisation, findOrganisationMentions, findOrganisations, sameOrganisation } from './index.ts';

const names = (text: string) => findOrganisationMentions(text).map((m) => m.name);

describe('organisation mentions', () => {
  it.each([
    // «،» ends a word: bodies in a comma list are found.
    [
      'همکاری آموزش و پرورش، جهاد کشاورزی، منابع طبیعی و بهزیستی لازم است.',
      ['آموزش و پرورش', 'جهاد کشاورزی', 'منابع طبیعی', 'بهزیستی'],
    ],
    // Plurals and generic modifiers are not bodies.
    ['معرفی به بانک های عامل و کارگروه مربوطه انجام شد', []],
    // A compound verb ends the name; a complete head takes only a place after it.
    ['موضوع به شهرداری بجنورد ابلاغ گردد و شهرداری باتوجه به آن اقدام کند', ['شهرداری بجنورد', 'شهرداری']],
    // «این صندوق» refers back, «بعنوان بانک تخصصی» describes.
    ['این صندوق بیشتر وام داد و بانک ملت بعنوان بانک تخصصی عمل کرد', ['بانک ملت']],
    // A sub-unit named with its parent stands for the parent.
    ['سرپرست معاونت عمرانی استانداری گلستان گفت', ['استانداری گلستان']],
    // An institution's name stops at the next head word.
    ['تفاهم بنیاد علوی ستاد اجرایی فرمان امام امضا شد', ['بنیاد علوی', 'ستاد اجرایی فرمان امام']],
    // A role in front of an agency names a person's office in passing.
    ['مدیر کل آموزش و پرورش حاضر بود', []],
    // «در استان» with no place after it is not part of the name; a head with only a place is generic.
    ['طرح های وزارت نیرو در استان اشاره کرد و صندوق در استان', ['وزارت نیرو']],
    // Verbs written joined (no ZWNJ) end the name, with the word before them («تامین میشود»).
    [
      'این مبلغ از محل بانک ملت تامین میشود و صندوق نوآوری و شکوفایی پرداخت نمیگردد',
      ['بانک ملت', 'صندوق نوآوری و شکوفایی'],
    ],
    ['سازمان همیاری شهرداریها میباشد که کمیسیون عمران اعلام میکند', ['سازمان همیاری شهرداریها', 'کمیسیون عمران']],
    // «میراث»/«میدان» begin with «می» but are not verbs.
    ['اداره کل میراث فرهنگی و شهرداری منطقه میدان آزادی', ['اداره کل میراث فرهنگی', 'شهرداری منطقه']],
    // A known bank or fund takes only a branch or place after its name.
    [
      'مقرر شد بانک سپه دلایل تاخیر را ظرف یک هفته اعلام کند و بانک ملی شعبه مرکزی اراک همکاری نماید',
      ['بانک سپه', 'بانک ملی شعبه مرکزی اراک'],
    ],
    // Predicate words after the subject body end its name.
    [
      'اداره کل منابع طبیعی استان موظف است و اداره آب شهرستان گزارشی داد',
      ['اداره کل منابع طبیعی استان', 'اداره آب شهرستان'],
    ],
    // After a province or county the name is complete; multi-word places stay whole.
    [
      'اداره کل ورزش و جوانان آذربایجان غربی برنامه را ابلاغ کرد و اداره صمت بوکان اطلاعیه داد',
      ['اداره کل ورزش و جوانان آذربایجان غربی', 'اداره صمت بوکان'],
    ],
    // «پست بانک», a working group's secretariat, «امور آب», «هیئت …» are bodies.
    [
      'وام از پست بانک داده شد و گزارش به دبیرخانه کارگروه سلامت رسید و امور آب شهرستان و هیئت کوهنوردی استان حاضر بودند',
      ['پست بانک', 'دبیرخانه کارگروه سلامت', 'امور آب شهرستان', 'هیئت کوهنوردی استان'],
    ],
    // A council's own secretariat is not a separate body; «هیئت مدیره» is generic.
    ['نامه به دبیرخانه شورای اسلامی شهر رسید و هیئت مدیره تصمیم گرفت', ['شورای اسلامی شهر']],
    // A group's name listing its fields keeps its «،».
    ['جلسه کمیته تخصصی آب، خاک و محیط زیست شهرستان برگزار شد', ['کمیته تخصصی آب، خاک و محیط زیست شهرستان']],
    // «سپاه» with a place is a complete body.
    ['معاونت اجتماعی سپاه بیجار اطلس را ارائه کرد', ['سپاه بیجار']],
    // Adverbs and predicate adjectives end a name: no «کارگروه حداکثر», no «صندوق آماده».
    ['پرونده ها پس از تأیید کارگروه حداکثر تا آخر ماه بررسی شود و صندوق آماده است ضمانت دهد', []],
    // «بخشداری» and «دهیاری» are bodies, bare or with their place.
    ['نامه دهیاری به بخشداری مرکزی رسید و بخشداری پاسخ داد', ['دهیاری', 'بخشداری مرکزی', 'بخشداری']],
    // A count before the head is a number of bodies, not a name.
    ['از ۳۰ شرکت تعاونی روستایی شهرستان و سه بانک خصوصی گزارش رسید', []],
    // «مصوب» names who passed a cited rule; a number word after the head counts bodies.
    ['طبق آیین نامه مصوب ۱۳۵۰ کمیسیون مشترک مجلس و نظر شورای سه روستا و سازمان بازرسی استان', ['سازمان بازرسی استان']],
    // A dispute board is where a case goes, not a participant.
    ['پرونده به هیئت حل اختلاف کار ارجاع شد و هیئت تشخیص نظر داد', []],
    // A state company has a public-service word or a region in its name; a brand name is a firm.
    ['شرکت گاز استان با تقسیط بدهی شرکت فولاد نگین اراک موافقت کرد', ['شرکت گاز استان']],
    // A working group or committee named by one field only is the kind of group.
    ['گزارش به کمیته اشتغال داده شد و کارگروه اشتغال استان تصمیم گرفت', ['کارگروه اشتغال استان']],
    // Bodies a sentence sets up («… تشکیل میشوند») do not exist yet.
    ['بر اساس این طرح شورای توسعه محله و کمیته نظارت بر بازار شهرستان تشکیل میشوند.', []],
    // The managers a council is made of belong to its name.
    [
      'نشست شورای هماهنگی مدیران کل دستگاه های وزارت نیرو در استان برگزار شد',
      ['شورای هماهنگی مدیران کل دستگاه های وزارت نیرو'],
    ],
    // A plural «بانک» with a list names each bank; a bank from the gazetteer keeps a place-like name.
    [
      'تسهیلات با همکاری بانک‌های ملت، تجارت و مسکن و وام بانک شهر پرداخت شد',
      ['بانک ملت', 'بانک تجارت', 'بانک مسکن', 'بانک شهر'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('same organisation', () => {
  it.each([
    ['بانک سپه', 'بانک سپه استان', true],
    ['بانک سپه در استان سمنان', 'بانک سپه سمنان', true],
    ['ستاد تسهیل و رفع موانع تولید یزد', 'ستاد تسهیل و رفع موانع تولید کشور', false],
    ['دفتر امور بانوان', 'اداره کل امور بانوان', true],
    ['کارگروه گردشگری و میراث', 'کارگروه تخصصی گردشگری و میراث استان', true],
    ['شورای هماهنگی', 'شورای هماهنگی مدیران', true],
    ['بانک ملی', 'بانک صادرات', false],
  ])('%s ~ %s', (a, b, expected) => {
    expect(sameOrganisation(a, b)).toBe(expected);
  });
  it('canonical names', () => {
    expect(canonicalOrganisation('وزارت کار')).toBe('وزارت تعاون، کار و رفاه اجتماعی');
    expect(canonicalOrganisation('شورای شهر قم')).toBe('شورای اسلامی شهر قم');
    expect(canonicalOrganisation('وزارت نیرو')).toBe('وزارت نیرو');
  });
});

describe('findOrganisations', () => {
  it('one entry per body: run-ons cut, the place-qualified spelling kept', () => {
    const text =
      'تفاهم میان بنیاد علوی و اداره کل تعاون، کار و رفاه اجتماعی استان امضا شد. به گزارش روابط عمومی اداره کل تعاون، کار و رفاه اجتماعی لرستان، وام از محل صندوق کارآفرینی امید تامین میشود و صندوق کارآفرینی امید پرداخت میکند.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual([
      'بنیاد علوی',
      'اداره کل تعاون، کار و رفاه اجتماعی لرستان',
      'صندوق کارآفرینی امید',
    ]);
  });
  it('letterhead lines joined into one give one body per head', () => {
    const text =
      'استانداری سمنان معاونت عمرانی - اداره کل مدیریت بحران\nموضوع: دومین جلسه ستاد بحران استان\n' +
      'متن '.repeat(600);
    expect(findOrganisations({ text, title: 'دومین جلسه ستاد بحران استان', letterhead: [], short: false })).toEqual([
      'ستاد بحران استان',
      'استانداری سمنان',
      'معاونت عمرانی',
      'اداره کل مدیریت بحران',
    ]);
  });
  it('short text: every named body once, generic ones left out', () => {
    const text =
      'به گزارش روابط عمومی فرمانداری بیجار، جلسه کارگروه آرد و نان شهرستان برگزار شد. بانک کشاورزی استان و بانک های عامل حاضر بودند و بانک کشاورزی وام داد.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual([
      'کارگروه آرد و نان شهرستان',
      'فرمانداری بیجار',
      'بانک کشاورزی استان',
    ]);
  });
  it('long minutes: convening body, top letterhead, secretariat, host governorate', () => {
    const text = [
      'معاونت عمرانی - اداره کل راه و شهرسازی',
      'موضوع: پنجمین جلسه کارگروه حمل و نقل استان',
      'پنجمین جلسه کارگروه حمل و نقل استان به ریاست استاندار محترم برگزار شد.',
      'مقرر گردید دبیرخانه کارگروه (دفتر امور فنی) پیگیری کند. بانک ملت و شرکت نفت نیز حاضر بودند.',
    ].join('\n');
    const orgs = findOrganisations({
      text,
      title: 'پنجمین جلسه کارگروه حمل و نقل استان',
      letterhead: [],
      short: false,
    });
    expect(orgs).toEqual([
      'کارگروه حمل و نقل استان',
      'معاونت عمرانی',
      'اداره کل راه و شهرسازی',
      'دفتر امور فنی',
      'استانداری',
    ]);
  });
  it('news lede: the quoted director-general speaks for his office; a governor does not', () => {
    const text =
      'زنجان- مدیرکل راه و شهرسازی زنجان گفت: ۲۰ پروژه با همکاری بانک ملت افتتاح شد.\nاستاندار زنجان نیز حاضر بود.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual([
      'بانک ملت',
      'اداره کل راه و شهرسازی زنجان',
    ]);
    const governor = 'استاندار زنجان گفت: ۲۰ پروژه افتتاح شد.';
    expect(findOrganisations({ text: governor, title: null, letterhead: [], short: true })).toEqual([]);
  });
  it('city council minutes with the mayor: the municipality; the council named again is not a second body', () => {
    const text =
      'جلسه ای با حضور اعضای کمیسیون فرهنگی شورای اسلامی شهر و شهردار برگزار شد. مصوبات شورای اسلامی شهر ابلاغ میشود.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: true })).toEqual([
      'کمیسیون فرهنگی شورای اسلامی شهر',
      'شهرداری',
    ]);
  });
  it('long news: the publishing office and its ministry', () => {
    const text =
      'به گزارش روابط عمومی اداره کل تعاون کار و رفاه اجتماعی استان زنجان، جلسه برگزار شد. همکاری با وزارت رفاه ادامه دارد و بانک ملت وام داد.';
    expect(findOrganisations({ text, title: null, letterhead: [], short: false })).toEqual([
      'اداره کل تعاون کار و رفاه اجتماعی استان زنجان',
      'وزارت تعاون، کار و رفاه اجتماعی',
    ]);
  });
});
