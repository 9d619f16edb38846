import { describe, expect, it } from 'vitest';
import { findTitle, isDateLine, isFurnitureLine, restoreZwnj } from './title.ts';

describe('findTitle: minutes', () => {
  it('takes a subject label, on its own line or with its value on the next line', () => {
    expect(findTitle('باسمه تعالی\nموضوع جلسه: بررسی نرخ کرایه تاکسی‌های درون‌شهری\nمورخ ۱۴۰۲/۲/۳', 'minutes')).toBe(
      'بررسی نرخ کرایه تاکسی های درون شهری',
    );
    expect(findTitle('تنظیم کننده : -\n\n2-1 عنوان جلسه :\n\nنشست فصلی مدیران مدارس شاهد استان\n', 'minutes')).toBe(
      'نشست فصلی مدیران مدارس شاهد استان',
    );
  });

  it('prefers the heading and the meeting sentence that names the body in full over a letterhead', () => {
    const text = [
      'بسمه تعالی',
      'اداره کل آموزش و پرورش استان یزد',
      'صورتجلسه شورای مدرسه',
      'تاریخ: ۱۴۰۱/۷/۲',
      'جلسه شورای مدرسه دبستان شهید رجایی میبد با حضور اعضا در دفتر مدرسه تشکیل شد.',
    ].join('\n');
    expect(findTitle(text, 'minutes')).toBe('جلسه شورای مدرسه دبستان شهید رجایی میبد');
    expect(
      findTitle('وزارت نیرو\nشرکت برق منطقه‌ای\nصورتجلسه کمیته فنی توزیع برق شهرستان مهاباد\n۱- مقرر شد', 'minutes'),
    ).toBe('صورتجلسه کمیته فنی توزیع برق شهرستان مهاباد');
  });

  it('reads a session name only after a real ordinal, and drops a dangling preposition', () => {
    expect(findTitle('بیست و نهمین جلسه هیئت امنای بیمارستان در روز دوشنبه برگزار شد.', 'minutes')).toBe(
      'بیست و نهمین جلسه هیئت امنای بیمارستان',
    );
    const noOrdinal = 'صورتجلسه\nبا توجه به اینکه این صورتجلسه در سه نسخه تنظیم شد\nمقرر گردید شهرداری اقدام کند.';
    expect(findTitle(noOrdinal, 'minutes')).not.toMatch(/^این صورتجلسه/);
  });

  it('never returns an advert, an empty form label or a basmala', () => {
    const text =
      'برای دریافت مشاوره با شماره 09121234567 تماس بگیرید\nتهیه کننده: -\nکمیته بحران بیمارستان با حضور مدیر داخلی تشکیل شد.';
    expect(findTitle(text, 'minutes')).toBe('کمیته بحران بیمارستان');
  });
});

describe('findTitle: news', () => {
  it('joins a kicker to the headline below it', () => {
    const text =
      'کد خبر: ۸۸۲۱۳\nتاریخ انتشار: ۳ مهر ۱۴۰۲ - ۰۹:۱۰\nفرماندار مهاباد در جلسه شورای اداری:\nاجرای ۱۲ طرح آبرسانی روستایی تا پایان سال\n\nمهاباد- ایرنا- …';
    expect(findTitle(text, 'news')).toBe(
      'فرماندار مهاباد در جلسه شورای اداری: اجرای ۱۲ طرح آبرسانی روستایی تا پایان سال',
    );
  });

  it('skips breadcrumbs and date lines', () => {
    const text =
      'خانه > استان‌ها > اقتصادی\n۱۴۰۲/۰۵/۱۰ | ۱۱:۲۰ | کد مطلب: ۱۲۳\nپرداخت ۴۰۰ میلیارد ریال وام اشتغال روستایی در استان سمنان\nبه گزارش …';
    expect(findTitle(text, 'news')).toBe('پرداخت ۴۰۰ میلیارد ریال وام اشتغال روستایی در استان سمنان');
  });

  it('uses the lead sentence without its dateline when an excerpt has no headline', () => {
    const lead =
      'سمنان - ایرنا - مدیرکل بهزیستی استان سمنان گفت: از ابتدای امسال ۲۰۰ میلیارد ریال تسهیلات اشتغال به مددجویان این نهاد در ۸ شهرستان استان با همکاری بانک‌های عامل پرداخت شده و ۹۰۰ شغل ایجاد شده است. وی افزود: …';
    const title = findTitle(lead, 'news')!;
    expect(title).toMatch(/^مدیرکل بهزیستی استان سمنان گفت: از ابتدای امسال/);
    expect(title.endsWith(' …')).toBe(true);
    expect(title.split(' ').length).toBeLessThanOrEqual(31);
    expect(findTitle('به گزارش خبرنگار ما، نشست کارگروه آرد و نان شهرستان برگزار شد. در این نشست …', 'news')).toBe(
      'نشست کارگروه آرد و نان شهرستان برگزار شد',
    );
  });
});

describe('date and furniture lines', () => {
  it('labels of a news site before a date are part of the date line', () => {
    expect(isDateLine('تاریخ انتشار: ۲۱ مرداد ۱۴۰۲ - ۱۵:۲۷')).toBe(true);
    expect(isDateLine('بروزرسانی: ۱۴۰۲/۰۵/۲۱')).toBe(true);
    expect(isDateLine('تاریخ انتشار پرونده مهم')).toBe(false);
  });
  it('furniture is neither a title nor a headline', () => {
    expect(isFurnitureLine('بسمه تعالی')).toBe(true);
    expect(isFurnitureLine('دبیر جلسه: -')).toBe(true);
    expect(isFurnitureLine('سرویس: استان‌ها » اصفهان')).toBe(true);
    expect(isFurnitureLine('صورتجلسه شورای ترافیک شهرستان')).toBe(false);
  });
});

describe('restoreZwnj', () => {
  it('gives a title back the ZWNJ of the compounds its original writes with one', () => {
    const original = 'طرح‌های نیمه‌تمام شهرستان تا پایان سال تکمیل می‌شود. خانه های سازمانی';
    expect(restoreZwnj('طرح های نیمه تمام شهرستان تکمیل می شود', original)).toBe(
      'طرح‌های نیمه‌تمام شهرستان تکمیل می‌شود',
    );
    // Words the original spaces stay spaced.
    expect(restoreZwnj('خانه های سازمانی', original)).toBe('خانه های سازمانی');
  });
});
