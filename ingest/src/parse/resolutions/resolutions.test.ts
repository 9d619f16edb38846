import { describe, expect, it } from 'vitest';
import { detectKind, findDocumentDate } from '../structure.ts';
import { addresseeBodies, findResolutions, splitBodies, splitRunOn, subjectBodies, textDeadline } from './index.ts';

describe('splitBodies at «و» and «،»', () => {
  it.each([
    // Both sides are bodies: split.
    ['شورای سه روستا و دهیاریها', ['شورای سه روستا', 'دهیاریها']],
    // A distributive head keeps an institution on the right: one party.
    ['نمایندگان بخشداری و فرمانداری', ['نمایندگان بخشداری و فرمانداری']],
    // …but a person role on the right is a second party.
    ['اعضای شورای شهر کاشمر و شهردار', ['اعضای شورای شهر کاشمر', 'شهردار']],
    // «،» inside a ministry's name does not split it.
    ['سرپرست وزارت صنعت، معدن و تجارت و استاندار گیلان', ['سرپرست وزارت صنعت، معدن و تجارت', 'استاندار گیلان']],
    // A one-word institution followed by another body without a separator.
    ['شهرداری شبکه دامپزشکی', ['شهرداری', 'شبکه دامپزشکی']],
    ['فرمانداری شرکت آب منطقه ای', ['فرمانداری', 'شرکت آب منطقه ای']],
    // «دبیرخانه X» is the secretariat of X, not two bodies.
    ['دبیرخانه کمیسیون عمران', ['دبیرخانه کمیسیون عمران']],
    // «ذیل/تابعه» ties the next body to the previous one.
    ['روسای کمیته های تابعه ستاد', ['روسای کمیته های تابعه ستاد']],
    // A plural role is a complete party.
    ['فرمانداران سازمان جهاد کشاورزی', ['فرمانداران', 'سازمان جهاد کشاورزی']],
  ])('%s', (cell, expected) => {
    expect(splitBodies(cell)).toEqual(expected);
  });
});

describe('subjectBodies: where the responsible party is written', () => {
  it.each([
    // Members of the body to be formed.
    ['مقرر شد کمیته ویژه از شورای بخش و دهیاریها تشکیل و گزارش ارائه نماید', ['شورای بخش', 'دهیاریها']],
    // Participants «با حضور», only those that are bodies or officials.
    [
      'مقرر شد بازدید از پروژه در جلسه آتی با حضور اعضای شورای شهر بردسکن و شهردار انجام شود',
      ['اعضای شورای شهر بردسکن', 'شهردار'],
    ],
    [
      'مقرر گردید برای بررسی تعرفه ها، نشستی با محوریت کمیسیون خدمات شهری با حضور کارشناسان ،خبرگان و نمایندگان بخشداری و فرمانداری برگزار شود',
      ['کمیسیون خدمات شهری', 'نمایندگان بخشداری و فرمانداری'],
    ],
    // A letter item: its sender, and the body acting «از طریق».
    [
      'نامه شماره ب/4412/12 مورخ 98/2/14 شهردار محترم درباره نگهداری پارکها را از طریق سازمان پارکها و فضای سبز واگذار نماید مورد تصویب قرار گرفت',
      ['شهردار محترم', 'سازمان پارکها و فضای سبز'],
    ],
    // A request item: the requester.
    ['در خصوص درخواست شهرداری گناباد مبنی بر خرید دو دستگاه اتوبوس در جلسه مطرح و موافقت شد', ['شهرداری گناباد']],
    // A decision naming its own subject wins over the letter's sender.
    ['نامه شماره 120/55 اداره کل راه و شهرسازی مطرح و مقرر گردید شهرداری در اسرع وقت پاسخ دهد', ['شهرداری']],
    // The thing discussed is not a party.
    ['مقرر شد به بودجه این طرحها افزوده شود', []],
    // Plural bodies to be set up are the object, a single commission convening is the subject.
    ['مقرر شد کمیته های محلی بخشها در اسرع وقت تشکیل شوند', []],
    ['مقرر گردید کمیسیون فنی با حضور روسای ادارات تشکیل شود', ['کمیسیون فنی']],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
});

describe('addresseeBodies', () => {
  it('lists who was instructed, keeping a ministry name whole', () => {
    expect(
      addresseeBodies(
        'فرمان وزیر نیرو به معاون وزیر، مدیرعامل شرکت آب و فاضلاب و استاندار یزد مبنی بر تامین آب شرب ابلاغ شد.',
      ),
    ).toEqual([]);
    expect(
      addresseeBodies(
        'دستور وزیر کشور به معاون اول، سرپرست وزارت راه و شهرسازی و استاندار یزد مبنی بر تامین آب شرب ابلاغ شد.',
      ),
    ).toEqual(['معاون اول', 'سرپرست وزارت راه و شهرسازی', 'استاندار یزد']);
  });
});

describe('run-on decisions', () => {
  it('splits at a present verb followed by a body', () => {
    expect(
      splitRunOn(
        'مقرر گردید موضوع قاچاق دام در کمیته فنی بررسی شود اداره دامپزشکی نسبت به کنترل کشتارگاهها اقدام نماید',
      ),
    ).toEqual([
      'مقرر گردید موضوع قاچاق دام در کمیته فنی بررسی شود',
      'اداره دامپزشکی نسبت به کنترل کشتارگاهها اقدام نماید',
    ]);
  });
  it('does not split a body after a past verb or a verb without a following clause', () => {
    expect(splitRunOn('مقرر گردید شهرداری گزارش دهد')).toEqual(['مقرر گردید شهرداری گزارش دهد']);
  });
});

describe('textDeadline', () => {
  it('«در جلسه بعدی با حضور …» is a deadline', () => {
    expect(textDeadline('مقرر شد تصمیم نهایی در جلسه بعدی با حضور شهردار گرفته شود')).toBe('جلسه بعدی');
  });
});

describe('findResolutions: lists and their headings', () => {
  it('a long opening paragraph ending with «تصمیماتی بشرح ذیل اتخاذ گردید» starts the list; letter items count', () => {
    const text = [
      'جلسه چهلم شورای اسلامی شهر سبزوار روز دوشنبه مورخ 12/4/95 با حضور اعضا در محل شورا تشکیل و تصمیماتی بشرح ذیل اتخاذ گردید.',
      '1- نامه شماره 77/310 شهردار سبزوار :',
      '« موضوع تعرفه پسماند جهت تصویب ارسال می گردد » مطرح و مورد تصویب قرار گرفت.',
      '2- مقرر گردید کمیسیون فرهنگی گزارش جشنواره را ارائه نماید.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r.map((x) => x.text.slice(0, 20))).toEqual(['نامه شماره 77/310 شه', 'مقرر گردید کمیسیون ف']);
    expect(r[0]!.responsible).toEqual(['شهردار سبزوار']);
    expect(r[1]!.responsible).toEqual(['کمیسیون فرهنگی']);
  });
  it('a paragraph item starts at its decision; a last item cut off before any decision is dropped', () => {
    const text = [
      'تصمیمات ذیل اتخاذ گردید.',
      'در این نشست موضوع ساماندهی دستفروشان مطرح که مقرر شد شهرداری طرح ساماندهی را ارائه نماید.',
      '2- با توجه به اهمیت موضوع',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(1);
    expect(r[0]!.text.startsWith('مقرر شد شهرداری')).toBe(true);
    expect(r[0]!.responsible).toEqual(['شهرداری']);
  });
  it('news: a decision falls to the parties instructed in the sentence before', () => {
    const text =
      'به گزارش ایرنا، دستور وزیر کشور به استاندار خراسان رضوی و فرماندار نیشابور مبنی بر ساخت مدرسه ابلاغ شد.\nمقرر شده است، ظرف مدت دو ماه زمین مدرسه تحویل شود.';
    const r = findResolutions(text, 'news');
    expect(r).toHaveLength(1);
    expect(r[0]!.responsible).toEqual(['استاندار خراسان رضوی', 'فرماندار نیشابور']);
    expect(r[0]!.deadline).toBe('ظرف مدت دو ماه');
  });
});

describe('document date and kind', () => {
  it('a law cited with its date is not the meeting date', () => {
    const text = 'صورتجلسه\nبه استناد ماده 12 آئین نامه معاملات شهرداری مصوب 1355/2/10 موضوع مطرح شد.';
    expect(findDocumentDate(text, 'minutes')).toBeNull();
  });
  it('a council record published by a news site, with no quotes, is minutes', () => {
    const text =
      'به گزارش خبرنگار پایگاه خبری شورای شهر بجنورد\nپنجاهمین جلسه رسمی شورای اسلامی شهر برگزار و دستور کار مطرح گردید.\nمشروح مذاکرات و مصوبات جلسه 50:\nنامه شماره 12 مطرح و تصویب شد.';
    expect(detectKind(text)).toBe('minutes');
  });
});

describe('findResolutions: held-out pattern families', () => {
  it('numbered items under «مصوبات جلسه:» keep their «مسئول پیگیری: … - مهلت اجرا: …» lines', () => {
    const text = [
      'در پایان موارد ذیل به تصویب رسید:',
      'مصوبات جلسه:',
      '۱- اداره راهداری شهرستان نسبت به لکه گیری محور روستایی اقدام نماید.',
      'مسئول پیگیری: اداره راهداری شهرستان - بخشداری مرکزی - مهلت اجرا: تا پایان مهر ۱۴۰۳',
      '۲- گزارش وضعیت قنوات به کارگروه ارائه شود.',
      'مسئول پیگیری: امور آب شهرستان - مهلت اجرا: جلسه آینده',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r.map((x) => [x.text.slice(0, 14), x.responsible, x.deadline])).toEqual([
      ['اداره راهداری ', ['اداره راهداری شهرستان', 'بخشداری مرکزی'], 'تا پایان مهر ۱۴۰۳'],
      ['گزارش وضعیت قن', ['امور آب شهرستان'], 'جلسه آینده'],
    ]);
  });
  it('«مسئول: … / زمان: …» lines; a «-» deadline stays empty', () => {
    const text = [
      'مصوبات:',
      '۱- ساماندهی بازارچه مرزی در دستور کار قرار گیرد.',
      'مسئول: فرمانداری مهران / زمان: -',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r).toHaveLength(1);
    expect(r[0]!.responsible).toEqual(['فرمانداری مهران']);
    expect(r[0]!.deadline).toBeNull();
  });
  it('«تصمیمات زیر اتخاذ شد:» opens a list; unlabelled items take subject and text deadline', () => {
    const text = [
      'پس از بررسی لوایح، تصمیمات زیر اتخاذ شد:',
      '۱- لایحه شماره ۲۲۰ شهرداری درباره نرخ بلیت قطار شهری با ۶ رای موافق تصویب شد.',
      '۲- با درخواست سازمان آتش نشانی شهرداری برای خرید نردبان موافقت شد.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r.map((x) => x.responsible)).toEqual([['شهرداری'], ['سازمان آتش نشانی شهرداری']]);
  });
  it('«موارد زیر» in a speech without a decision verb is not a resolution list', () => {
    const text = ['فرماندار موارد زیر را یادآوری کرد:', '۱- کمبود اعتبار راه روستایی.', '۲- کندی کار بانکها.'].join(
      '\n',
    );
    expect(findResolutions(text, 'minutes')).toEqual([]);
  });
  it('a bullet «X موظفند …» is a decision; the subject stops before «موظفند»', () => {
    const text = [
      'در پایان، موارد زیر مقرر شد:',
      '- شرکتهای توزیع برق موظفند خاموشی ها را حداکثر ظرف ۴۸ ساعت اطلاع دهند.',
      '- کلیه دهیاریها مکلف است آمار را ارسال کنند.',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r.map((x) => x.responsible)).toEqual([['شرکتهای توزیع برق'], ['دهیاریها']]);
  });
  it('a tab table with «مسئول پیگیری» and «زمان اجرا» columns in another order', () => {
    const text = [
      'شماره\tمسئول پیگیری\tمتن مصوبه\tزمان اجرا',
      '۱\tاداره کل بنادر - گمرک\tتسریع ترخیص کالاهای اساسی\tظرف دو هفته',
    ].join('\n');
    const r = findResolutions(text, 'minutes');
    expect(r[0]).toMatchObject({
      text: 'تسریع ترخیص کالاهای اساسی',
      responsible: ['اداره کل بنادر', 'گمرک'],
      deadline: 'ظرف دو هفته',
    });
  });
});

describe('subjectBodies: held-out pattern families', () => {
  it.each([
    // An enumeration of subjects with «،» and «و».
    [
      'مقرر شد سازمان صمت، اداره کل استاندارد و اداره کل دامپزشکی استان ظرف ده روز گزارش دهند',
      ['سازمان صمت', 'اداره کل استاندارد', 'اداره کل دامپزشکی استان'],
    ],
    // A plural head written without ZWNJ.
    ['مقرر شد بانکهای عامل استان پرونده ها را بررسی کنند', ['بانکهای عامل استان']],
    // «امور» after «و» starts a second body.
    ['مقرر شد اداره منابع طبیعی و امور عشایر شهرستان مراتع را تحویل دهند', ['اداره منابع طبیعی', 'امور عشایر شهرستان']],
    // An indefinite «…هایی که» names no body.
    ['مقرر شد اعتبار شرکتهایی که تا آخر ماه قرارداد نبندند به دیگران داده شود', []],
    // «… به Y معرفی و Y مذکور …»: the body referred back to is responsible too.
    [
      'مقرر شد اداره جهاد کشاورزی فهرست باغداران را به بانک کشاورزی معرفی و بانک مذکور نسبت به پرداخت وام اقدام نماید',
      ['اداره جهاد کشاورزی', 'بانک کشاورزی'],
    ],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
});

describe('splitBodies: one-word institutions and «عامل»', () => {
  it.each([
    // A one-word institution closing the cell owns the body before it.
    ['سازمان آتش نشانی شهرداری', ['سازمان آتش نشانی شهرداری']],
    // Followed by a place it is a new body.
    [
      'معاونت عمرانی استانداری فرمانداری ساوه شهرداری ساوه',
      ['معاونت عمرانی استانداری', 'فرمانداری ساوه', 'شهرداری ساوه'],
    ],
    // «مدیران عامل X و Y» is one party.
    ['مدیران عامل بانک سپه و بانک ملی', ['مدیران عامل بانک سپه و بانک ملی']],
  ])('%s', (cell, expected) => {
    expect(splitBodies(cell)).toEqual(expected);
  });
});

describe('document date and kind: held-out pattern families', () => {
  it('a date after «تا» or a deadline label is not the meeting date', () => {
    const text = [
      'صورتجلسه کمیته گردشگری',
      'تاریخ: ۳ آذر ۱۴۰۲',
      'مصوبات:',
      '۱- جشنواره انار برگزار شود.',
      'مسئول: فرمانداری / زمان: تا ۲۰ آذر ۱۴۰۲',
      '۲- گزارش تا ۱۴۰۲/۱۰/۰۵ ارائه شود.',
    ].join('\n');
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/09/03');
  });
  it('«تصمیمات زیر اتخاذ شد» marks minutes even when members are quoted', () => {
    const text = [
      'جلسه رسمی شورای شهر برگزار شد.',
      'رئیس شورا گفت: بودجه کم است. عضو شورا نیز گفت: باید پیگیری شود.',
      'پس از بررسی، تصمیمات زیر اتخاذ شد:',
      '۱- لایحه نرخ کرایه تصویب شد.',
    ].join('\n');
    expect(detectKind(text)).toBe('minutes');
  });
});
