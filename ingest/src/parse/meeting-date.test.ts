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
