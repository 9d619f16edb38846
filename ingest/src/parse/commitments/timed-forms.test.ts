import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('timed acts in forms the first rules missed (session 8, round C)', () => {
  it('a unit named by its head word, at the sentence start, before the date', () => {
    const out = find(
      'معاون مالی شهرداری گزارش داد: ۴۰ درصد عوارض وصول نشده است. مدیریت وصول تا پایان اسفند ماه ۵۰۰ پرونده معوق را بررسی می‌کند.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['مدیریت وصول']);
    expect(out[0]!.deadline?.text).toBe('تا پایان اسفند ماه');
  });

  it('a body’s present verb followed by «و» and a clause of its own', () => {
    const [c, ...rest] = find(
      'شرکت گاز استان تا پایان دی ماه ۴ روستای بخش مرکزی را گازرسانی می‌کند و گروه‌های فنی به منطقه اعزام می‌شوند.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties.some((p) => p.includes('گاز'))).toBe(true);
    expect(c!.deadline?.text).toBe('تا پایان دی ماه');
  });

  it('a finished clause, «و», then the body that will act by a date', () => {
    const [c, ...rest] = find(
      'مدیر بنیاد مسکن شهرستان گفت: تاکنون ۵۰ واحد به مددجویان تحویل شده و بنیاد مسکن تا پایان اسفند ماه ۲۰ واحد دیگر را آماده تحویل می‌کند.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties).toEqual(['بنیاد مسکن']);
    expect(c!.deadline?.text).toBe('تا پایان اسفند ماه');
  });

  it('«ما» with a date close before the verb binds the body the speaker heads', () => {
    const [c, ...rest] = find(
      'معاون استاندار و مدیرعامل شرکت آب منطقه‌ای استان گفت: ما این سد را تا بهار ۱۴۰۴ آبگیری می‌کنیم تا کم‌آبی تابستان تکرار نشود.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties.some((p) => p.includes('آب منطقه'))).toBe(true);
    expect(c!.deadline?.text).toBe('تا بهار ۱۴۰۴');
  });

  it('«ما» without a named time, with another verb after the date, or in an effort is no pledge', () => {
    expect(find('مدیرعامل شرکت آب منطقه‌ای استان گفت: ما تا آخر در کنار کشاورزان خواهیم ماند.')).toEqual([]);
    expect(
      find('مدیرعامل شرکت آب منطقه‌ای استان گفت: این را تا آخر داشته باشید که پیگیری می‌کنیم تا مشکل حل شود.'),
    ).toEqual([]);
    expect(find('مدیرعامل شرکت آب منطقه‌ای استان گفت: ما تلاش می‌کنیم این سد را تا بهار ۱۴۰۴ آبگیری می‌کنیم.')).toEqual(
      [],
    );
  });

  it('money a named bank has set aside, in the active perfect', () => {
    const [c, ...rest] = find(
      'رئیس شعبه بانک ملی شهرستان گفت: بانک ملی ۵۰ میلیارد ریال وام برای کشاورزان شهرستان در نظر گرفته است.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties.some((p) => p.includes('ملی'))).toBe(true);
    expect(c!.amounts.map((a) => a.text)).toEqual(['۵۰ میلیارد ریال']);
  });

  it('the cap of each loan is a term of the money set aside, not an amount of its own', () => {
    const [c, ...rest] = find(
      'رئیس شعبه بانک ملی شهرستان گفت: بانک ملی ۵۰ میلیارد ریال وام برای کشاورزان در نظر گرفته است که سقف وام هر نفر ۲ میلیارد ریال است.',
    );
    expect(rest).toEqual([]);
    expect(c!.amounts.map((a) => a.text)).toEqual(['۵۰ میلیارد ریال']);
  });
});
