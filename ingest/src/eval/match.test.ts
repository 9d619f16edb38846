import { describe, expect, it } from 'vitest';
import { looseKey, looseMatch, matchLists, nameMatch, sameFunder } from './match.ts';

describe('loose matching of the scorers', () => {
  it('folds letters and digits, drops marks, spaces, punctuation and honorifics', () => {
    expect(looseKey('جناب آقای عليِ رضائي‌پور، ۱۲')).toBe(looseKey('علی رضاییپور 12'));
    expect(looseKey('مؤسسة «آب»')).toBe('موسسهاب');
  });

  it('matches by containment only when asked and when the shorter side has 3 letters', () => {
    expect(looseMatch('شهرداری کرمان', 'شهرداری', false)).toBe(false);
    expect(looseMatch('شهرداری کرمان', 'شهرداری', true)).toBe(true);
    expect(looseMatch('اب', 'اداره آب', true)).toBe(false);
    expect(looseMatch('', '', false)).toBe(false);
  });

  it('names: one letter inserted, dropped or changed, from four letters on; no swaps', () => {
    expect(nameMatch('کرایی', 'کرایبی')).toBe(true);
    expect(nameMatch('احمدی', 'احمدپ')).toBe(true);
    expect(nameMatch('احمدی', 'احدمی')).toBe(false);
    expect(nameMatch('کرم', 'کرمی')).toBe(true); // containment
    expect(nameMatch('رضا', 'رضی')).toBe(false);
  });

  it('pairs exact matches before loose ones', () => {
    const r = matchLists(
      ['شهرداری', 'شهرداری کرمان'],
      ['شهرداری کرمان', 'شهرداری'],
      (p, g) => looseMatch(p, g, false),
      (p, g) => looseMatch(p, g, true),
    );
    expect(r.pairs).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect([r.tp, r.fp, r.fn]).toEqual([2, 0, 0]);
  });
});

describe('one bank or fund of the registry under two names', () => {
  it('a short and a full name of the same fund match; different funds and non-funders do not', () => {
    expect(sameFunder('صندوق ضمانت تعاون', 'صندوق ضمانت سرمایه گذاری تعاون')).toBe(true);
    expect(sameFunder('صندوق ضمانت صادرات', 'صندوق ضمانت سرمایه گذاری تعاون')).toBe(false);
    // A body that only names a bank later in its name is not the bank.
    expect(sameFunder('دبیرخانه شورای هماهنگی بانک ملی', 'بانک ملی')).toBe(false);
    expect(sameFunder('شهرداری', 'شهرداری')).toBe(false);
  });
});
