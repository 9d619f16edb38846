import { describe, expect, it } from 'vitest';
import { findCommitments, type ResolutionInput } from './index.ts';

const res = (text: string, responsible: string[], deadline: string | null = null, number: number | null = null) =>
  ({ number, text, responsible, supervisor: [], deadline, page: null }) satisfies ResolutionInput;

/** Commitments of minutes dated 1402/10/05, given the resolutions a finder returned. */
function find(text: string, resolutions: ResolutionInput[]) {
  return findCommitments({ text, kind: 'minutes', date: '2023-12-26', resolutions });
}

describe('an item read twice is one commitment', () => {
  it('a labelled item («مصوبه 1: …») returned with and without its label', () => {
    const text = [
      'مصوبات:',
      'مصوبه 1: مرمت سرویس‌های بهداشتی پارک ساحلی',
      'مسئول پیگیری: شهرداری بندر گناوه',
      'مهلت: تا پایان اسفند ماه',
      '',
      'مصوبه 2: تهیه فهرست متقاضیان غرفه‌های بازارچه',
      'مسئول پیگیری: اداره میراث فرهنگی شهرستان',
    ].join('\n');
    const out = find(text, [
      res('مصوبه 1: مرمت سرویس‌های بهداشتی پارک ساحلی', ['شهرداری بندر گناوه'], 'تا پایان اسفند ماه', 1),
      res('مرمت سرویس‌های بهداشتی پارک ساحلی', ['شهرداری بندر گناوه'], 'تا پایان اسفند ماه', 1),
      res('مصوبه 2: تهیه فهرست متقاضیان غرفه‌های بازارچه', ['اداره میراث فرهنگی شهرستان'], null, 2),
      res('تهیه فهرست متقاضیان غرفه‌های بازارچه', ['اداره میراث فرهنگی شهرستان'], null, 2),
    ]);
    expect(out.map((c) => c.parties)).toEqual([['شهرداری بندر گناوه'], ['اداره میراث فرهنگی شهرستان']]);
  });

  it('Persian digits, a dash label and Arabic ي/ك read twice', () => {
    const text = 'تصميمات:\nبند ۳ - كتابخانه عمومي روستاي دهنو تا پايان سال تجهيز شود؛ مسئول: اداره كتابخانه‌ها\n';
    const item = 'بند ۳ - كتابخانه عمومي روستاي دهنو تا پايان سال تجهيز شود';
    const out = find(text, [res(item, ['اداره كتابخانه‌ها'], null, 3), res(item, ['اداره كتابخانه‌ها'], null, 3)]);
    expect(out).toHaveLength(1);
  });
});
