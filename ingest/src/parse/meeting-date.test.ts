import { describe, expect, it } from 'vitest';
import { findDocumentDate } from './structure.ts';

// Made-up minutes header (issue #16): the meeting's own number line carries its date.
describe('meeting date: on the meeting number line', () => {
  it('«جلسه شماره: … تاریخ: …» dates the meeting', () => {
    const text =
      'صورتجلسه انجمن اولیا و مربیان\nجلسه شماره: ۳ - سال تحصیلی ۱۴۰۲-۱۴۰۱      تاریخ: ۱۴۰۱/۰۷/۱۲\nآقای نادری گفت: ...';
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1401/07/12');
  });
});

// Made-up letter (issue #16 round B): a letter that sends the minutes is dated by the meeting.
describe('meeting date: a letter sending the minutes of a meeting', () => {
  const letter = (held: string) =>
    [
      'استانداری کرمان',
      'شماره: ۴۴۱۲/۳/۲',
      'تاریخ: ۱۴۰۲/۰۸/۲۰',
      'پیوست: دارد',
      'موضوع: ابلاغ مصوبات شورای ترافیک استان',
      `با سلام؛ به پیوست تصویر صورتجلسه شورای ترافیک استان که روز ${held} به ریاست اینجانب برگزار گردید ارسال می‌گردد.`,
      'یکم- پلیس راه موظف است گشت‌ها را افزایش دهد.',
    ].join('\n');
  it('the meeting held on a weekday date, not the letter date', () => {
    expect(findDocumentDate(letter('دوشنبه ۱۵ آبان ۱۴۰۲'), 'minutes')?.jalali).toBe('1402/08/15');
  });
  it('an attached letter dated without a meeting held keeps the letter date', () => {
    const text = letter('دوشنبه ۱۵ آبان ۱۴۰۲').replace('به ریاست اینجانب برگزار گردید', 'تنظیم شده');
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/08/20');
  });
});

// Made-up minutes header (issue #16 round B): «زمان:» with the hour after the date is the
// meeting; a deadline in the items later («تا ۲۵ اسفند ۱۴۰۲», «پیش از ۲۵ اسفند») is not.
describe('meeting date: «زمان: DATE، ساعت …»', () => {
  it('dates the meeting, not the deadlines of its items', () => {
    const text = [
      'کارگروه گردشگری شهرستان',
      'زمان: ۱۴ اسفند ۱۴۰۲، ساعت ۹:۳۰',
      'مکان: سالن اجتماعات فرمانداری',
      'خانم احمدی: نرخ‌نامه‌ها باید پیش از ۲۵ اسفند ۱۴۰۲ نصب شود.',
      '| ۱ | نصب چادر اسکان موقت | شهرداری | تا ۲۵ اسفند ۱۴۰۲ |',
    ].join('\n');
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/12/14');
  });

  it('«زمان:» of an item without an hour is still a deadline', () => {
    const text = ['صورتجلسه شورا مورخ ۱۴۰۲/۱۲/۰۵', '۱- مرمت پل. زمان: ۱۴۰۳/۰۲/۳۱'].join('\n');
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/12/05');
  });
});

// Made-up minutes (issue #16 round B): dates in a table's deadline column are when decisions are due.
describe('meeting date: not a date in the deadline column of the decisions table', () => {
  it.each([
    ['| ردیف | مصوبه | مسئول پیگیری | مهلت |', '| ۱ | تهیه فهرست صادرکنندگان | اتاق بازرگانی | ۱۵ دی ۱۴۰۲ |'],
    ['| ردیف | شرح مصوبه | دستگاه مسئول | زمان اجرا |', '| 1 | تهیه فهرست | اتاق بازرگانی | 1402/10/15 |'],
    ['ردیف\tمصوبه\tمسئول\tمهلت اجرا', '۱\tتهیه فهرست\tاتاق بازرگانی\t۱۵ دی ۱۴۰۲'],
  ])('%s', (head, row) => {
    const text = `صورتجلسه کارگروه صادرات\nشماره جلسه: ۱۲\nتاریخ: ۱۴۰۲/۰۹/۱۹\n\nمصوبات:\n${head}\n${row}\n`;
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/09/19');
  });

  it('a meeting date column is still read', () => {
    const text = 'صورتجلسه\n| تاریخ جلسه | مهلت |\n| ۱۴۰۲/۰۹/۱۹ | ۱۴۰۲/۱۰/۱۵ |\n';
    expect(findDocumentDate(text, 'minutes')?.jalali).toBe('1402/09/19');
  });
});

// Made-up news (issue #16 round B): a dateline with its weekday and no year.
describe('document date: a weekday date without a year', () => {
  it.each([
    ['نماینده شهر روز شنبه سوم آذرماه در جمع خبرنگاران گفت: اعتبار در بودجه سال ۱۴۰۴ دیده شود.', '1403/09/03'],
    ['فرماندار روز سه‌شنبه ۱۴ آذر ماه گفت: طرح تا پایان سال ۱۴۰۲ تمام می‌شود.', '1402/09/14'],
    ['مدیرکل صبح سه شنبه بیست و یکم آذر گفت: این طرح در سال 1402 آغاز شد.', '1402/09/21'],
    // 15 Bahman 1401 was a Saturday: the Sunday is in the next year.
    ['مدیرکل روز یکشنبه ۱۵ بهمن گفت: تا پایان سال ۱۴۰۱ تمام می‌شود.', '1402/11/15'],
  ])('%s', (text, expected) => {
    expect(findDocumentDate(text, 'news')?.jalali).toBe(expected);
  });

  it.each([
    // No year anywhere to start from.
    'نماینده شهر روز شنبه سوم آذرماه در جمع خبرنگاران گفت: طرح تمام می‌شود.',
  ])('%s', (text) => {
    expect(findDocumentDate(text, 'news')).toBeNull();
  });

  it('a full date in the text wins', () => {
    const text = 'تهران - ۱۴۰۲/۰۹/۲۰\nمدیرکل روز شنبه ۲۵ آذر ماه بازدید می‌کند. بودجه سال ۱۴۰۳.';
    expect(findDocumentDate(text, 'news')?.jalali).toBe('1402/09/20');
  });
});
