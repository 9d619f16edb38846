import { describe, expect, it } from 'vitest';
import { findCommitments, type ResolutionInput } from './index.ts';
import { resolutionParties, resolutionSupervisors } from './resolution-parties.ts';

const res = (text: string, responsible: string[] = [], supervisor: string[] = []) => ({
  text,
  responsible,
  supervisor,
});

/** Commitments of minutes whose resolutions are the given lines, each found in the text. */
function minutes(text: string, items: Partial<ResolutionInput>[]) {
  return findCommitments({
    text,
    kind: 'minutes',
    date: '2023-06-01',
    resolutions: items.map((r) => ({
      number: null,
      text: '',
      responsible: [],
      supervisor: [],
      deadline: null,
      page: null,
      ...r,
    })),
  });
}

describe('who a resolution binds', () => {
  it('an approval followed by a duty sentence binds the subject of the duty word', () => {
    expect(
      resolutionParties(
        res(
          'با خرید دو دستگاه پمپ برای تصفیه‌خانه شهر از محل اعتبارات صندوق توسعه ملی موافقت شد. صندوق موظف است مبلغ را تا پایان مهر واریز کند.',
        ),
      ),
    ).toEqual(['صندوق توسعه ملی']);
    expect(
      resolutionParties(
        res(
          'با راه‌اندازی رشته کارشناسی پرستاری موافقت شد و معاونت آموزشی دانشگاه موظف گردید مدارک را ظرف دو ماه ارسال کند.',
        ),
      ),
    ).toEqual(['معاونت آموزشی دانشگاه']);
    // …also when the finder already gives the body of the duty as responsible.
    expect(
      resolutionParties(
        res('با ایجاد رشته کارشناسی پرستاری موافقت شد و معاونت آموزشی دانشگاه موظف گردید مدارک را ارسال کند.', [
          'معاونت آموزشی دانشگاه',
        ]),
      ),
    ).toEqual(['معاونت آموزشی دانشگاه']);
  });

  it('a sub-unit and its parent given as two names are one body; «… و نظارت» is no part of a name', () => {
    expect(resolutionParties(res('خرید دو دستگاه یخچال واکسن', ['معاونت درمان', 'شبکه']))).toEqual([
      'معاونت درمان شبکه',
    ]);
    expect(resolutionParties(res('لایروبی نهر اصلی روستا', ['شهرداری', 'فرمانداری']))).toEqual([
      'شهرداری',
      'فرمانداری',
    ]);
    expect(resolutionParties(res('مرمت کانال آبیاری', ['اداره آب شهرستان و نظارت']))).toEqual(['اداره آب شهرستان']);
  });

  it('the body whose budget is approved, or who proposed, is not bound by the approval', () => {
    expect(resolutionParties(res('بودجه سال ۱۴۰۳ دانشکده به مبلغ ۹۰ میلیارد ریال تصویب شد.', ['دانشکده']))).toEqual([]);
    expect(
      resolutionParties(res('با پیشنهاد اتحادیه باغداران برای برگزاری بازارچه موافقت شد.', ['اتحادیه باغداران'])),
    ).toEqual([]);
    // …but who asked by letter, or acts («توسط»), is.
    expect(
      resolutionParties(res('نامه شماره ۱۲۰ شهرداری در خصوص واگذاری پارکینگ مطرح و تصویب شد.', ['شهرداری'])),
    ).toEqual(['شهرداری']);
    expect(
      resolutionParties(res('موافقت با فروش مستقیم لبنیات توسط تعاونی دامداران در بازار روز', ['تعاونی دامداران'])),
    ).toEqual(['تعاونی دامداران']);
  });
});

describe('who a resolution binds: conditions and lists', () => {
  it('a condition binds the body it names', () => {
    expect(
      resolutionParties(
        res('با فروش زمین موافقت می‌شود؛ مشروط بر اینکه شهرداری گزارش فروش را ظرف ۱۰ روز ارسال نماید.'),
      ),
    ).toEqual(['شهرداری']);
  });

  it('two bodies read as one responsible name are two parties', () => {
    const parties = resolutionParties(
      res('شناسایی متقاضیان', ['سازمان صنعت، معدن و تجارت استان و اداره کل دامپزشکی استان نیز']),
    );
    expect(parties).toHaveLength(2);
    expect(parties[0]).toMatch(/صنعت، معدن و تجارت/);
    expect(parties[1]).toMatch(/دامپزشکی/);
  });
});

describe('responsible names split by the finder', () => {
  it('pieces standing side by side in the decision are one name; a second body head keeps two; an amount is no part of a name', () => {
    expect(
      resolutionParties(
        res('مقرر شد معاونت توسعه مدیریت و منابع دانشکده نسبت به جذب ۲۰ نیرو اقدام کند.', [
          'معاونت توسعه',
          'مدیریت و منابع',
        ]),
      ),
    ).toEqual(['معاونت توسعه مدیریت و منابع']);
    expect(
      resolutionParties(
        res('شهرداری شبکه بهداشت و درمان نسبت به برخورد با دامداری‌ها اقدام نمایند.', [
          'شهرداری',
          'شبکه بهداشت و درمان',
        ]),
      ),
    ).toHaveLength(2);
    expect(
      resolutionParties(res('انجمن اولیا و مربیان مبلغ ۲۰ میلیون تومان بپردازد.', ['انجمن اولیا و مربیان مبلغ'])),
    ).toEqual(['انجمن اولیا و مربیان']);
  });
});

describe('who supervises a resolution', () => {
  it('supervision or follow-up given «بر عهده X» in the decision text', () => {
    expect(
      resolutionSupervisors(
        res('مقرر شد بانک‌ها اقساط را سه ماه تمدید کنند. پیگیری این مصوبه بر عهده دفتر امور اقتصادی استانداری است.'),
      ),
    ).toEqual(['دفتر امور اقتصادی استانداری']);
    expect(
      resolutionSupervisors(
        res('شهرداری مجاز است از محل فروش اموال استفاده کند؛ نظارت بر هزینه‌کرد بر عهده حسابرس شورا خواهد بود.'),
      ),
    ).toEqual(['حسابرس شورا']);
  });

  it('a «ناظر:» line under the item', () => {
    const text =
      'مصوبات:\n۱) مبلغ ۵ میلیارد ریال برای مرمت سالن ورزشی تامین شود.\nمسئول پیگیری: اداره ورزش و جوانان\nناظر: فرمانداری\n۲) جلسه بعد در مهر برگزار شود.';
    const [c] = minutes(text, [
      { text: 'مبلغ ۵ میلیارد ریال برای مرمت سالن ورزشی تامین شود.', responsible: ['اداره ورزش و جوانان'] },
    ]);
    expect(c!.supervisor).toEqual(['فرمانداری']);
  });
});

describe('what a resolution is', () => {
  it('a report taken for a decision, or the lead-in of the list, is not a commitment', () => {
    const text =
      'آقای رضایی، معاون فنی، گزارش داد که کار در ۱۰ منطقه اجرا شده است.\nهیئت مدیره به شرح زیر تصمیم گرفت:\n۱- مقرر شد معاونت فنی طرح را در دو شهر دیگر اجرا کند.';
    const out = minutes(text, [
      { text: 'آقای رضایی، معاون فنی، گزارش داد که کار در ۱۰ منطقه اجرا شده است.', responsible: ['معاون فنی'] },
      { text: 'هیئت مدیره به شرح زیر تصمیم گرفت:' },
      { text: 'مقرر شد معاونت فنی طرح را در دو شهر دیگر اجرا کند.', responsible: ['معاونت فنی'] },
    ]);
    expect(out.map((c) => c.text)).toEqual(['مقرر شد معاونت فنی طرح را در دو شهر دیگر اجرا کند.']);
  });

  it('an item that states its matter and decides in one paragraph starts at the item', () => {
    const text =
      'بند ۳: درخواست اداره ورزش برای تعمیر استخر مطرح شد. پس از بحث، مقرر گردید شهرداری ۲ میلیارد ریال اختصاص دهد.';
    const [c] = minutes(text, [{ text: 'مقرر گردید شهرداری ۲ میلیارد ریال اختصاص دهد.', responsible: ['شهرداری'] }]);
    expect(c!.text.startsWith('درخواست اداره ورزش')).toBe(true);
  });

  it('a proposal the meeting approves is a decision even with no body bound', () => {
    const text = '۵- با پیشنهاد انجمن صنفی نانوایان برای تشکیل کمیته نظارت بر کیفیت نان موافقت شد.';
    expect(minutes(text, [{ text: text.slice(3), responsible: ['انجمن صنفی نانوایان'] }])).toHaveLength(1);
  });
});

describe('offers in the discussion', () => {
  it('an offer without money that a later resolution of the same body makes binding is counted once', () => {
    const text =
      'آقای کاظمی اعلام کرد شورای اسلامی روستا آمادگی دارد بخشی از هزینه مرمت را تامین کند.\nمصوبات:\n۱- شورای اسلامی روستا مبلغ ۳۰ میلیون تومان برای مرمت حمام پرداخت نماید.';
    const out = minutes(text, [
      {
        text: 'شورای اسلامی روستا مبلغ ۳۰ میلیون تومان برای مرمت حمام پرداخت نماید.',
        responsible: ['شورای اسلامی روستا'],
      },
    ]);
    expect(out.map((c) => c.source)).toEqual(['resolution']);
  });
});

describe('one decision, two bodies', () => {
  it('two bodies bound to two things are two commitments, each with its own amount and deadline', () => {
    const item =
      'اداره کل بهزیستی استان ظرف دو هفته فهرست خانوارهای آسیب‌دیده را تهیه کند و بانک رفاه کارگران وام ۲۰۰ میلیون ریالی به هر خانوار پرداخت نماید.';
    const out = minutes(`مصوبات:\n۳- ${item}`, [{ text: item, responsible: ['اداره کل بهزیستی استان'] }]);
    expect(out).toHaveLength(2);
    expect(out[0]!.text.endsWith('تهیه کند')).toBe(true);
    expect(out[0]!.deadline?.text).toBe('ظرف دو هفته');
    expect(out[0]!.amounts).toEqual([]);
    expect(out[1]!.parties).toEqual(['بانک رفاه کارگران']);
    expect(out[1]!.amounts.map((a) => a.text)).toEqual(['۲۰۰ میلیون ریالی']);
    expect(out[1]!.deadline).toBeNull();
  });

  it('one body doing two things is one commitment', () => {
    const item = 'شهرداری پیاده‌رو را بازسازی کند و گزارش آن را به شورا ارائه نماید.';
    expect(minutes(item, [{ text: item, responsible: ['شهرداری'] }])).toHaveLength(1);
  });
});

describe('where a resolution commitment starts', () => {
  it.each([
    [
      'a lettered item',
      'تصمیمات:\nب) کلاس‌های جبرانی ریاضی از هفته آینده برگزار گردد.',
      'ب) کلاس‌های جبرانی ریاضی از هفته آینده برگزار گردد.',
    ],
    ['a table row', 'مصوبات:\n| ۲ | جذب دو پزشک متخصص اورژانس | معاونت درمان |', 'جذب دو پزشک متخصص اورژانس'],
  ] as const)('%s: after its marker', (_, text, item) => {
    const [c] = minutes(text, [{ text: item, responsible: ['معاونت درمان'] }]);
    expect(c!.text.startsWith('کلاس') || c!.text.startsWith('جذب')).toBe(true);
  });

  it('start dates: the first of a month, of Ramadan, next week', () => {
    const dl = (t: string) => minutes(t, [{ text: t, responsible: ['اداره صمت'] }])[0]?.deadline?.text;
    expect(dl('اداره صمت موظف است گشت‌های بازرسی را از اول ماه رمضان آغاز کند.')).toBe('از اول ماه رمضان');
    expect(dl('اداره صمت موظف است گشت‌های بازرسی را از هفته آینده آغاز کند.')).toBe('از هفته آینده');
  });
});

describe('bodies coordinated with', () => {
  it('a body named after «با هماهنگی» is not bound beside the body that acts; alone it stays', () => {
    expect(
      resolutionParties(
        res('مقرر شد اداره راه شهرستان با هماهنگی فرمانداری و بخشداری نسبت به ایمن‌سازی محور اقدام نماید.', [
          'اداره راه شهرستان',
          'فرمانداری',
          'بخشداری',
        ]),
      ),
    ).toEqual(['اداره راه شهرستان']);
    expect(resolutionParties(res('با هماهنگی فرمانداری جلسه برگزار شود.', ['فرمانداری']))).toEqual(['فرمانداری']);
  });
});

describe('banks of a list and a decision opening with its body', () => {
  it('responsible names cut across a list of banks give way to the banks of the list', () => {
    expect(
      resolutionParties(
        res('بانک ملت، بانک رفاه کارگران و پست بانک استان پرونده‌های مانده را ظرف ده روز بررسی کنند.', [
          'بانک ملت',
          'بانک رفاه کارگران و پست',
          'بانک استان',
        ]),
      ),
    ).toEqual(['بانک ملت', 'بانک رفاه کارگران', 'پست بانک']);
  });

  it('a decision with no responsible body that opens with a body and an active verb binds that body', () => {
    expect(
      resolutionParties(res('بانک‌های عامل فهرست وام‌گیرندگان را هر ماه به دبیرخانه کارگروه ارسال نمایند.')),
    ).toEqual(['بانک های عامل']);
    expect(
      resolutionParties(res('بند ۳: بانک تجارت با پرداخت ۵۰ میلیارد ریال تسهیلات به واحدهای تولیدی موافقت کرد.')),
    ).toEqual(['بانک تجارت']);
    // A body that opens a report with no act of its own binds nothing.
    expect(
      resolutionParties(res('بانک تجارت در سال گذشته ۴۰ طرح را تامین مالی کرده است و گزارش آن ارائه شد.')),
    ).toEqual([]);
  });
});

describe('bodies a decision names as helping («با همکاری»)', () => {
  it('a body working with the body that acts is not bound; with no acting body before it, it is', () => {
    expect(
      resolutionParties(
        res('اداره کل بهزیستی استان با همکاری شبکه بهداشت گزارش غربالگری را تا پایان ماه به کارگروه ارائه نماید.', [
          'اداره کل بهزیستی استان',
          'شبکه بهداشت',
        ]),
      ),
    ).toEqual(['اداره کل بهزیستی استان']);
    expect(
      resolutionParties(
        res('با همکاری اداره کل بهزیستی استان و شبکه بهداشت موضوع غربالگری بررسی و اقدام نمایند.', [
          'اداره کل بهزیستی استان',
          'شبکه بهداشت',
        ]),
      ),
    ).toEqual(['اداره کل بهزیستی استان', 'شبکه بهداشت']);
  });
});

describe('a data bank', () => {
  it('«بانک اطلاعات …» in the responsible names is what is built, not a body bound', () => {
    expect(
      resolutionParties(
        res('اداره کل بهزیستی استان، بانک اطلاعات معلولان شهرستان را تا پایان آبان تکمیل کند.', [
          'اداره کل بهزیستی استان',
          'بانک اطلاعات معلولان شهرستان',
        ]),
      ),
    ).toEqual(['اداره کل بهزیستی استان']);
  });
});

describe('a task put in a body’s charge «به عهده X است»', () => {
  const base = { number: 1, supervisor: [], deadline: null, page: null };
  it('binds that body, with or without a responsible found, but a supervision does not', () => {
    const text =
      'تغییر کاربری ۱۵۰۰ مترمربع از اراضی محله بهار به فضای سبز با ۶ رأی موافق تصویب شد و ابلاغ نقشه اصلاحی به عهده اداره کل راه و شهرسازی استان است.';
    expect(resolutionParties({ ...base, text, responsible: [] })).toEqual(['اداره کل راه و شهرسازی استان']);
    expect(
      resolutionParties({
        ...base,
        text: 'گزارش عملکرد سال ۱۴۰۲ تصویب شد و نظارت بر اجرای آن بر عهده اداره کل بازرسی استان است.',
        responsible: [],
      }),
    ).toEqual([]);
  });
});
