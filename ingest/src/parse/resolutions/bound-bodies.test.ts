import { describe, expect, it } from 'vitest';
import { findResolutions, subjectBodies } from './index.ts';

// Made-up sentences of the families missed on heldout6 (#16, session 7): who a decision binds.
describe('who a decision binds', () => {
  it.each([
    // A referral binds the body referred to, not the body whose request is referred.
    ['درخواست معاونت فنی برای خرید دو دستگاه خودرو به کمیسیون معاملات شرکت ارجاع شد.', ['کمیسیون معاملات شرکت']],
    ['پیگیری سهمیه سوخت روستا از طریق بخشداری به رئیس شورا محول گردید.', ['رئیس شورا']],
    // Money put «در اختیار X» binds X, who spends it.
    [
      'مقرر شد مبلغ ۵ میلیارد ریال از محل اعتبارات استانی در اختیار شهرداری فلاورجان قرار گیرد تا نسبت به ترمیم پل اقدام شود.',
      ['شهرداری فلاورجان'],
    ],
    // The body in charge of what is set up («با مسئولیت X», «به دبیری X … تشکیل»), not its members.
    ['مقرر گردید کارگروه ساماندهی بازار با مسئولیت اداره صمت و عضویت شهرداری ظرف یک ماه تشکیل شود.', ['اداره صمت']],
    [
      'ستاد برگزاری هفته کتاب به دبیری اداره کتابخانه های عمومی شهرستان تشکیل شود و برنامه ها را ارائه کند.',
      ['اداره کتابخانه های عمومی شهرستان'],
    ],
    // The agent «توسط X» may be a group of officials or a body named without a head word.
    ['گزارش پیشرفت طرح توسط روسای ادارات شهرستانها تا پایان ماه به دفتر مدیرکل ارسال شود.', ['روسای ادارات شهرستانها']],
    [
      'توزیع بسته های غذایی در روستاها توسط جمعیت هلال احمر شهرستان و با هماهنگی دهیاری ها ادامه یابد.',
      ['جمعیت هلال احمر شهرستان'],
    ],
    // … but those who vote a decision through are not bound by it.
    ['طرح نام گذاری معابر و میادین شهر پس از بحث توسط اعضا به تصویب رسید.', []],
    // A body named without a head word keeps its jurisdiction.
    ['آموزش و پرورش شهرستان نسبت به برگزاری اردوی دانش آموزی اقدام نماید.', ['آموزش و پرورش شهرستان']],
    // A future verb («انجام خواهد شد») ends the agent's name; the parent closing it stays.
    ['احداث سالن ورزشی توسط مدیریت امور فنی و عمرانی دانشگاه انجام خواهد شد.', ['مدیریت امور فنی و عمرانی دانشگاه']],
    // An object noun after a parent closing a longer name starts the object.
    ['مقرر گردید دفتر فنی دانشگاه نقشه های طرح توسعه را نهایی کند.', ['دفتر فنی دانشگاه']],
    // Of several sources an approval is paid from, the one a body owns binds it.
    ['با خرید یک دستگاه آمبولانس از محل کمک خیرین و منابع داخلی بیمارستان موافقت شد.', ['بیمارستان']],
    // A school's counsellor is a role that acts.
    ['بر برگزاری کلاس آموزش خانواده توسط مشاور آموزشگاه تاکید شد.', ['مشاور آموزشگاه']],
    // The body whose decisions or orders carry out a decision («توسط تصمیمات/دستور X»).
    ['مقرر گردید، دوربین های مدار بسته سالن اجتماعات توسط تصمیمات ریاست محترم شورا مدیریت شود.', ['ریاست محترم شورا']],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });
});

describe('decision headings naming the deciding body', () => {
  it('«تصمیمات ستاد:» opens the numbered list under it, items without a decision verb included', () => {
    const text = [
      'آقای کریمی فرماندار گفت همه دستگاه‌ها باید در آماده‌باش باشند.',
      '',
      'تصمیمات ستاد:',
      '',
      '۱) اداره راهداری شهرستان موظف است محور روستایی را بازگشایی کند.',
      '۲) بنیاد مسکن شهرستان ظرف یک هفته برآورد خسارت را انجام و به ستاد اعلام کند.',
      '۳) شبکه بهداشت شهرستان نظارت بر آب شرب روستاها را ادامه دهد.',
      '',
      'رونوشت: استانداری',
    ].join('\n');
    const out = findResolutions(text, 'minutes');
    expect(out.map((r) => r.responsible)).toEqual([
      ['اداره راهداری شهرستان'],
      ['بنیاد مسکن شهرستان'],
      ['شبکه بهداشت شهرستان'],
    ]);
    expect(out[1]!.deadline).toBe('ظرف یک هفته');
  });
});

describe('«(اقدام: X / مهلت: Y)» after a decision item', () => {
  it('binds the bodies after «اقدام:», not the body named in the decision', () => {
    const text = [
      'مصوبات جلسه:',
      '',
      '۱- آموزش بهداشت در مدارس روستایی با همکاری آموزش و پرورش ادامه یابد (اقدام: شبکه بهداشت شهرستان / مهلت: مستمر)',
      '',
      '۲- پایش کیفیت آب شرب روستاها (اقدام: شرکت آب و فاضلاب روستایی - دهیاری ها / مهلت: تا پایان تیر)',
    ].join('\n');
    const out = findResolutions(text, 'minutes');
    expect(out.map((r) => r.responsible)).toEqual([['شبکه بهداشت شهرستان'], ['شرکت آب و فاضلاب روستایی', 'دهیاری ها']]);
  });
});

// Made-up sentences of the heldout8/9 families (#16, session 7 round C): where a body's name ends.
describe('a body name closed before its object', () => {
  it.each([
    // A plural noun after a jurisdiction word starts the object.
    [
      'اداره تعاون و بانک ملی شهرستان درخواست‌های رسیده در کارگروه ظرف دو هفته بررسی نمایند.',
      ['اداره تعاون', 'بانک ملی شهرستان'],
    ],
    ['اداره راهداری استان تابلوهای جدید در محور روستایی نصب کند.', ['اداره راهداری استان']],
    // «عملیات» opens the object after a complete name.
    ['اداره کل منابع طبیعی استان عملیات آبخیزداری در حوزه سد اجرا نماید.', ['اداره کل منابع طبیعی استان']],
    // A municipality's organisation named with its city is one body, not two.
    ['مقرر شد سازمان آتش نشانی شهرداری میاندوآب ایستگاه‌های جدید را تجهیز کند.', ['سازمان آتش نشانی شهرداری میاندوآب']],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });
});

describe('a body after a noun, with an agent «توسط X» later', () => {
  it.each([
    ['گزارش عملکرد بانک‌ها به صورت ماهانه توسط دبیر کارگروه به فرمانداری ارسال شود.', ['دبیر کارگروه']],
    ['گزارش اقدامات هر دستگاه در جلسه آتی توسط دبیرخانه شورا ارائه شود.', ['دبیرخانه شورا']],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });
});

// Made-up sentences of the heldout11 families (#16, round C): a cooperative's board minutes.
describe('the holder of a duty in a board decision', () => {
  it.each([
    // «X مامور است …» after an approval: X acts on it.
    [
      'خرید ۳۰ تن بذر گندم از شرکت خدمات کشاورزی استان تصویب شد و مدیرعامل مامور است ظرف دو هفته نسبت به توزیع آن اقدام کند.',
      ['مدیرعامل'],
    ],
    // «… با X است/می‌باشد» closing the clause: X holds the duty; a channel «از طریق Y» does not.
    ['پیگیری وصول چکهای برگشتی از طریق مشاور حقوقی با مدیرعامل است.', ['مدیرعامل']],
    ['تهیه گزارش عملکرد شهرداری با دبیرخانه شورا می‌باشد.', ['دبیرخانه شورا']],
    // … but not supervision «نظارت … با X», nor a predicate adjective «با X ضروری است».
    ['اجرای طرح بر عهده اداره آب و نظارت بر آن با مدیریت جهاد کشاورزی شهرستان می‌باشد.', ['اداره آب']],
    // People the act is about («دعوت از اعضا برای …») are not the members of a body set up: the agent acts.
    ['دعوت از اعضای تعاونی برای جلسه توجیهی به عهده منشی هیئت مدیره است.', ['منشی هیئت مدیره']],
  ])('%s', (sentence, bodies) => {
    expect(subjectBodies(sentence)).toEqual(bodies);
  });
});
