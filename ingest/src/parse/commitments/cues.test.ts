import { describe, expect, it } from 'vitest';
import { fold } from '../fold.ts';
import { firstPerson } from './cues.ts';
import { findCommitments } from './index.ts';

describe('first person plural: verbs, not words that end in «یم»', () => {
  it('the verbs of «ما» are first person', () => {
    for (const s of [
      'این مبلغ را تا پایان سال پرداخت می‌کنیم.',
      'سال گذشته ۲۰ میلیارد ریال پرداخت کردیم.',
      'تسهیلات را به متقاضیان اختصاص داده‌ایم.',
      'آماده هستیم سهم خود را بپردازیم.',
      'نسبت به تکمیل طرح اقدام نماییم.',
      'برای این طرح ۵ میلیارد تومان وام داریم.',
    ])
      expect(firstPerson(fold(s)), s).toBe(true);
  });

  it('«تیم», «مستقیم», «تنظیم», «قدیم», «تقدیم» are no verbs', () => {
    for (const s of [
      'تیم فنی شرکت آب منطقه‌ای این طرح را اجرا می‌کند.',
      'تسهیلات به صورت مستقیم به متقاضیان پرداخت می‌شود.',
      'ستاد تنظیم بازار استان قیمت‌ها را اعلام کرد.',
      'ساختمان قدیم شهرداری بازسازی می‌شود.',
      'گزارش به استاندار تقدیم شد.',
    ])
      expect(firstPerson(fold(s)), s).toBe(false);
  });

  it('a body that pays its team is the party, not the speaker of the heading', () => {
    const text = [
      'جناب آقای احمدی',
      'مدیر بانک ملی استان',
      'شرکت آب منطقه ای استان مبلغ ۲۰ میلیارد ریال برای تیم پیمانکار طرح آبرسانی پرداخت می‌کند.',
    ].join('\n');
    const out = findCommitments({ text, kind: 'minutes', date: '2022-06-01', resolutions: [] });
    expect(out.map((c) => c.parties)).toEqual([['شرکت آب منطقه ای استان']]);
  });
});
