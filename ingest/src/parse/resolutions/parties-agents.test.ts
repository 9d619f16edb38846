import { describe, expect, it } from 'vitest';
import { subjectBodies, textDeadline } from './index.ts';

// Made-up decisions of the responsible-body and deadline families found on heldout3/heldout4 (#16, round 3).
describe('who a decision binds', () => {
  it.each([
    // The partner «با همکاری X» helps and is not bound (heldout5–heldout9); in a joint inspection
    // it inspects too. «با هماهنگی X» only coordinates.
    ['اداره کل دامپزشکی استان با همکاری اتحادیه مرغداران واکسیناسیون را انجام دهد.', ['اداره کل دامپزشکی استان']],
    [
      'اداره کل استاندارد استان با همکاری اتحادیه نانوایان بازرسی از نانوایی ها را افزایش دهد.',
      ['اداره کل استاندارد استان', 'اتحادیه نانوایان'],
    ],
    [
      'اداره کل تعاون، کار و رفاه اجتماعی استان با همکاری اداره کل بهزیستی، فهرست مددجویان را تهیه کند.',
      ['اداره کل تعاون، کار و رفاه اجتماعی استان'],
    ],
    ['اداره برق شهرستان با هماهنگی شهرداری روشنایی معابر را تکمیل کند.', ['اداره برق شهرستان']],
    // Approving a body's report binds no one.
    ['تایید گزارش اداره کل استاندارد درباره کیفیت نان', []],
    // A body being set up is what is decided.
    ['با تاسیس دانشکده فنی در شهرستان موافقت شد', []],
    // The recipient of an allocation for works carries them out; an aid recipient is a beneficiary.
    ['مبلغ ۴۰ میلیارد ریال برای مرمت مدارس به اداره نوسازی مدارس استان اختصاص یافت.', ['اداره نوسازی مدارس استان']],
    ['مبلغ ۵۰ میلیون ریال جهت کمک به برگزاری مسابقات به هیئت کشتی شهرستان اختصاص یافت.', []],
    // The agent «توسط X» of a passive decision, not the channel «از طریق Y».
    ['مقرر گردید: پیگیری موضوع از طریق اداره گاز شهرستان ظرف یک ماه توسط دهیار انجام شود.', ['دهیار']],
    // Who tells of a decision is not bound by it.
    ['به گفته رئیس سازمان برنامه و بودجه استان، در این جلسه اعتبار طرحها تصویب شد.', []],
    // An approval that names no body binds the body given a duty in the same item …
    [
      'با خرید سه دستگاه پمپ موافقت شد. معاونت بهره برداری و توسعه آب مکلف است خرید را ظرف یک ماه انجام دهد.',
      ['معاونت بهره برداری و توسعه آب'],
    ],
    ['با تمدید قرارداد موافقت شد و اداره حقوقی شرکت موظف گردید متن را ظرف یک هفته تنظیم کند.', ['اداره حقوقی شرکت']],
    // … or the fund it is paid from, or the body whose proposal it approves.
    ['با پرداخت وام به ۳۰ طرح روستایی از محل منابع صندوق توسعه ملی موافقت شد.', ['صندوق توسعه ملی']],
    [
      'پیشنهاد اداره گاز شهرستان برای لوله کشی روستا تصویب شد و مقرر شد هزینه آن از محل عوارض تامین گردد.',
      ['اداره گاز شهرستان'],
    ],
    // Those invited to a meeting the decision sets up are not bound; those present at an action are.
    ['مقرر شد جلسه مشترکی با حضور مدیران آموزش و پرورش شهرستان های بم و ریگان برگزار شود.', []],
    ['مقرر شد بازدید از پروژه با حضور نماینده فرمانداری انجام شود.', ['نماینده فرمانداری']],
    // A second clause with a body and a verb of its own; the body a condition binds.
    [
      'اداره راهداری ظرف یک هفته راه را بازگشایی کند و بانک کشاورزی تسهیلات خسارت را به کشاورزان پرداخت نماید.',
      ['اداره راهداری', 'بانک کشاورزی'],
    ],
    ['با واگذاری زمین موافقت می‌شود؛ مشروط بر اینکه شهرداری ظرف یک ماه گزارش را ارسال نماید.', ['شهرداری']],
    // A body's budget or accounts approved binds no one.
    ['بودجه سال ۱۴۰۳ سازمان آتش نشانی به مبلغ ۹۰ میلیارد ریال تصویب شد.', []],
  ])('%s', (sentence, expected) => {
    expect(subjectBodies(sentence)).toEqual(expected);
  });
});

describe('deadlines written loosely, round 3', () => {
  it.each([
    ['راههای روستایی ظرف ۴۸ ساعت بازگشایی شود.', 'ظرف ۴۸ ساعت'],
    ['گزارش ظرف یکماه به فرمانداری ارسال شود.', 'ظرف یکماه'],
    ['طرح از اول شهریور اجرا شود.', 'از اول شهریور'],
    ['بانکها گزارش را تا دهم هر ماه ارسال کنند.', 'تا دهم هر ماه'],
  ])('%s', (sentence, expected) => {
    expect(textDeadline(sentence)).toBe(expected);
  });
});

describe('a section of a body named before it (resp9)', () => {
  it('«واحد حقوقی صندوق …» is the section; a case file after it is the object', () => {
    expect(
      subjectBodies('مقرر شد واحد حقوقی صندوق پرونده ۱۴ بدهکار را تا پایان دی ماه به مراجع قضایی ارسال کند.'),
    ).toEqual(['واحد حقوقی صندوق']);
  });
  it('«۴۰ واحد مسکن» counts dwellings, not a section', () => {
    expect(subjectBodies('مقرر شد ۴۰ واحد مسکن مددجویان توسط بنیاد مسکن استان تکمیل شود.')).toEqual([
      'بنیاد مسکن استان',
    ]);
  });
});

describe('bodies whose state a decision sets (resp9)', () => {
  it('closed offices are not bound; the body that announces it acts («… تعطیل می‌باشند و … توسط X»)', () => {
    expect(
      subjectBodies(
        'ادارات و مدارس شهرستان روز شنبه تعطیل می باشند و اطلاع رسانی آن توسط دفتر روابط عمومی استانداری انجام شود.',
      ),
    ).toEqual(['دفتر روابط عمومی استانداری']);
  });
  it('a body that acts keeps the decision even with an agent later («… توسط X تایید شود»)', () => {
    expect(subjectBodies('اداره راه شهرستان نقشه محور را تهیه و توسط کمیته فنی تایید شود.')).toEqual([
      'اداره راه شهرستان',
    ]);
  });
});

describe('OCR spellings of body names (resp9)', () => {
  it('«ادارهکل» joined without a space or ZWNJ is «اداره کل»', () => {
    expect(subjectBodies('مقرر شد ادارهکل بهزیستی استان گزارش را ارائه کند.')).toEqual(['ادارهکل بهزیستی استان']);
  });
  it('Arabic ي/ك in a body name', () => {
    expect(subjectBodies('مقرر گرديد شهرداري بندرانزلي نسبت به جمع آوري پسماندها اقدام نمايد.')).toEqual([
      'شهرداري بندرانزلي',
    ]);
  });
});

describe('a condition after the body (resp9)', () => {
  it('«شهرداری X مشروط به …» ends the body before the condition', () => {
    expect(subjectBodies('بودجه شهرداری خمین مشروط به اصلاح ردیف درآمدها به شهرداری خمین عودت داده شد.')).not.toContain(
      'شهرداری خمین مشروط',
    );
  });
});
