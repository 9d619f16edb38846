/**
 * Deadlines written as a column of their own (issue #16): after the parenthesis that holds an
 * item's fields («(مسئول: X) – یک ماه»), and labelled fields on the line of an item that has no
 * «مصوبات:» heading above it («… انجام شود؛ مسئول اجرا: X؛ زمان: اردیبهشت ۱۴۰۳»). Every sentence
 * is composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { labelledFields } from './fields.ts';
import { trailingDeadline } from './deadline.ts';
import { findResolutions } from './index.ts';

describe('a deadline after the parenthesis of fields', () => {
  it.each([
    ['تجهیز کارگاه (مسئول: اداره کل صنعت) – تا پایان خرداد ۱۴۰۳', 'اداره کل صنعت', 'تا پایان خرداد ۱۴۰۳'],
    ['تجهیز کارگاه (مسئول: اداره کل صنعت) – یک ماه', 'اداره کل صنعت', 'یک ماه'],
    ['تجهیز کارگاه (مسئول: اداره کل صنعت) - ۲ هفته', 'اداره کل صنعت', '۲ هفته'],
    ['تجهیز کارگاه (مسئول: اداره کل صنعت) — 10 روز', 'اداره کل صنعت', '10 روز'],
    ['برگزاری آزمون (مسئول پیگیری: اداره آموزش) - مستمر', 'اداره آموزش', 'مستمر'],
    ['ارائه گزارش (مسئول: دبیرخانه) – جلسه بعد', 'دبیرخانه', 'جلسه بعد'],
    ['ارائه گزارش (مسئول: دبیرخانه) / جلسه آتی', 'دبیرخانه', 'جلسه آتی'],
    ['اجرای طرح (اقدام: اداره کار)، اردیبهشت ۱۴۰۳', 'اداره کار', 'اردیبهشت ۱۴۰۳'],
    ['اجرای طرح (مسئول: اداره كار) – مهلت يك ماه', 'اداره كار', 'مهلت يك ماه'],
    ['اجرای طرح (مسئول: شرکت آب) – ۱۵ دی ۱۴۰۲', 'شرکت آب', '۱۵ دی ۱۴۰۲'],
    ['اجرای طرح (مسئول: شرکت آب) – 1403/02/31', 'شرکت آب', '1403/02/31'],
    ['اجرای طرح (مسئول: شرکت آب) – حداکثر ظرف دو ماه', 'شرکت آب', 'حداکثر ظرف دو ماه'],
  ])('%s', (line, responsible, deadline) => {
    const f = labelledFields(line)!;
    expect(f.responsible).toBe(responsible);
    expect(f.deadline).toBe(deadline);
  });

  it('a labelled deadline inside the parenthesis is kept', () => {
    const f = labelledFields('تجهیز کارگاه (مسئول: اداره کل صنعت؛ مهلت: دو ماه) – یک ماه')!;
    expect(f.deadline).toBe('دو ماه');
  });

  it.each([
    // Text after the parenthesis that is no deadline.
    'تجهیز کارگاه (مسئول: اداره کل صنعت) و گزارش آن به استانداری ارسال شود',
    'تجهیز کارگاه (مسئول: اداره کل صنعت) – با همکاری بخش خصوصی',
  ])('%s', (line) => {
    const f = labelledFields(line)!;
    expect(f.deadline).toBeNull();
    expect(f.responsible).toBe('اداره کل صنعت');
  });

  it('a parenthesis inside the fields does not close them', () => {
    const f = labelledFields('تجهیز کارگاه (مسئول: ستاد (کارگروه) اشتغال) – یک ماه')!;
    expect(f.responsible).toBe('ستاد (کارگروه) اشتغال');
    expect(f.deadline).toBe('یک ماه');
  });

  it.each([
    ['– یک ماه', 'یک ماه'],
    [' - سه هفته آینده', 'سه هفته آینده'],
    ['– پایان خرداد', 'پایان خرداد'],
    ['، تا پایان سال جاری', 'تا پایان سال جاری'],
    ['– مستمر.', 'مستمر'],
    ['– در اسرع وقت', 'در اسرع وقت'],
  ])('tail %s', (tail, expected) => {
    expect(trailingDeadline(tail)).toBe(expected);
  });

  it.each(['– اداره کل صنعت', '– به استانداری گزارش شود', '', '– ماهانه گزارش شود'])('tail %s', (tail) => {
    expect(trailingDeadline(tail)).toBeNull();
  });
});

describe('labelled fields on a decision item without a «مصوبات:» heading', () => {
  it.each([
    [
      'مصوبات\n\n۱) اداره ورزش برنامه لیگ محلات را اجرا کند؛ مهلت: تا پایان آذر ماه\n۲) معرفی بیست نفر به مراکز آموزش توسط انجمن خیریه انجام شود؛ مهلت: یک ماه\n',
      'یک ماه',
    ],
    [
      'نظر کمیسیون:\n۱- لایحه با ۳ رأی موافق تأیید شد.\n۲- برگزاری جشنواره در پارک شهر تصویب شد؛ مسئول اجرا: معاونت ورزشی شهرداری؛ زمان: اردیبهشت ۱۴۰۳\n',
      'اردیبهشت ۱۴۰۳',
    ],
    [
      'نظر کمیته:\n1- گزارش با ۴ رای تایید شد.\n2- تعمیر سالن ورزشی انجام شود - مسئول: اداره ورزش - مدت اجرا: دو هفته\n',
      'دو هفته',
    ],
  ])('%s', (text, deadline) => {
    const rs = findResolutions(text, 'minutes');
    const last = rs[rs.length - 1]!;
    expect(last.deadline).toBe(deadline);
    expect(last.text).not.toMatch(/مهلت|زمان|مدت اجرا/);
  });
});
