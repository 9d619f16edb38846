import { describe, expect, it } from 'vitest';
import { findCommitments, type CommitmentInput } from './index.ts';
import { timedActSubject } from './timed-act.ts';

/** Commitments of a text dated 1401/03/11 (2022-06-01). */
function find(text: string, kind: CommitmentInput['kind'] = 'news') {
  return findCommitments({ text, kind, date: '2022-06-01', resolutions: [] });
}

describe('a named body that will act by a date', () => {
  it('after a speech verb without a colon, the body is the party and the date the deadline', () => {
    const [c, ...rest] = find(
      'مدیر شعب استان گفت بانک ملت تا پایان دی ماه درخواست‌های واحدهای تولیدی را بررسی خواهد کرد.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties).toEqual(['بانک ملت']);
    expect(c!.deadline?.text).toBe('تا پایان دی ماه');
  });

  it('a present verb and a short lead before the subject', () => {
    const [c] = find(
      'وی افزود: بر اساس برنامه، شرکت توزیع نیروی برق استان ظرف دو ماه ۱۲ روستا را به شبکه سراسری وصل می‌کند.',
    );
    expect(c!.parties.some((p) => p.includes('توزیع نیروی برق'))).toBe(true);
    expect(c!.deadline?.text).toBe('ظرف دو ماه');
  });

  it('the body that speaks before the verb is not the one that acts', () => {
    const clause =
      'آقای رحیمی مدیر جهاد کشاورزی شهرستان گفت اداره منابع طبیعی شهرستان تا پایان شهریور ۴۰ هکتار را نهال‌کاری می‌کند.';
    const s = timedActSubject(clause);
    expect(s?.name).toMatch(/منابع طبیعی/);
    expect(s!.index).toBeGreaterThan(clause.indexOf('گفت'));
  });

  it('no date with a present verb, a plural subject, a past act or a request is no promise', () => {
    // (the future tense binds a named body without a date: heldout6/heldout7 «… خواهد کرد» convention)
    expect(find('وی گفت شرکت آب و فاضلاب استان لوله‌های فرسوده روستای بالا را تعویض می‌کند.')).toEqual([]);
    expect(find('وی گفت بانک‌ها تا پایان سال پرونده‌ها را بررسی خواهند کرد.')).toEqual([]);
    expect(find('وی گفت شرکت گاز استان تا پایان سال گذشته ۴ روستا را گازرسانی کرد.')).toEqual([]);
    expect(find('وی گفت شرکت گاز استان باید تا پایان سال ۴ روستا را گازرسانی کند.')).toEqual([]);
  });
});

describe('a pledge with its act between «متعهد به» and the verb', () => {
  it('the body before «متعهد» is bound, with the amount before it', () => {
    const [c, ...rest] = find(
      'فرماندار گفت: احداث پل ورودی روستا با اعتبار ۲۰ میلیارد ریال تا پایان سال آغاز می‌شود و اداره کل راه و شهرسازی استان متعهد به تأمین مصالح آن شده است.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties.some((p) => p.includes('راه و شهرسازی'))).toBe(true);
    expect(c!.amounts.map((a) => a.text)).toEqual(['۲۰ میلیارد ریال']);
  });
});

describe('a list item of minutes ending in «یابد» / «دهد»', () => {
  it('decides, binding the body named in it', () => {
    const out = find(
      'متن مصوبات:\n۱) پایش روزانه بازار میوه توسط اداره صنعت، معدن و تجارت شهرستان ادامه یابد.\n۲) اداره دامپزشکی شهرستان بازرسی از کشتارگاه را هر هفته انجام دهد.\n',
      'minutes',
    );
    expect(out).toHaveLength(2);
    expect(out[1]!.parties.some((p) => p.includes('دامپزشکی'))).toBe(true);
  });
});

describe('a speaker’s passive pledge of work by a date', () => {
  it('binds the office the speaker heads, even one the finders do not know', () => {
    const [c, ...rest] = find(
      'مدیر آبفای روستایی شهرستان نیز در این مراسم گفت: لوله‌گذاری ۱۲ کیلومتر از شبکه روستا با اعتبار ۴۰ میلیارد ریال تا پایان آبان ماه انجام می‌شود.',
    );
    expect(rest).toEqual([]);
    expect(c!.parties).toEqual(['آبفای روستایی شهرستان']);
    expect(c!.deadline?.text).toBe('تا پایان آبان ماه');
  });

  it('without a date, or without a speaker, it is no pledge', () => {
    expect(find('مدیر آبفای روستایی شهرستان گفت: لوله‌گذاری ۱۲ کیلومتر از شبکه روستا انجام می‌شود.')).toEqual([]);
    expect(find('لوله‌گذاری ۱۲ کیلومتر از شبکه روستا تا پایان آبان ماه انجام می‌شود.')).toEqual([]);
  });
});
