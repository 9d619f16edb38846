import { describe, expect, it } from 'vitest';
import { analyze, foldedTokens, pluralFold, searchTokens } from './index.ts';

const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['خانوادههای', 'خانواده'],
  ['دستگاهها', 'دستگاه'],
  ['دستگاههای', 'دستگاه'],
  ['بانکها', 'بانک'],
  ['پیگیریهای', 'پیگیری'],
  ['شهرستانها', 'شهرستان'],
  ['جلسات', 'جلسه'],
  ['مصوبات', 'مصوبه'],
  ['موسسات', 'موسسه'],
  ['اقدامات', 'اقدام'],
  ['نمایندگان', 'نماینده'],
  ['مدیران', 'مدیر'],
  ['کارشناسان', 'کارشناس'],
  // (a) 40: no aggressive stemming
  ['استان', 'استان'],
  ['تومان', 'تومان'],
  ['سازمان', 'سازمان'],
  ['ایران', 'ایران'],
  ['مردم', 'مردم'],
  ['دولت', 'دولت'],
  ['ارزش', 'ارزش'],
  ['تهران', 'تهران'],
  ['کرمان', 'کرمان'],
  ['میزان', 'میزان'],
  ['پایان', 'پایان'],
  ['تنها', 'تنها'],
  ['مالیات', 'مالیات'],
  ['مقررات', 'مقررات'],
  ['ها', 'ها'],
  ['1401', '1401'],
];

describe('pluralFold', () => {
  it.each(FOLDS)('%j → %j', (token, expected) => {
    expect(pluralFold(token)).toBe(expected);
  });
});

describe('foldedTokens', () => {
  it('(a) 42: «خانواده» meets «خانوادههای» in the folded field only', () => {
    const doc = 'حمایت از خانواده‌های نیازمند';
    const query = 'خانواده نیازمند';
    expect(searchTokens(doc)).not.toContain('خانواده');
    expect(foldedTokens(doc)).toContain(foldedTokens(query)[0]);
  });
  it.each([
    ['دستگاه های اجرایی', ['دستگاه', 'اجرایی']],
    ['جلسات کارگروه', ['جلسه', 'کارگروه']],
    ['بانك‌ها', ['بانک']],
  ] as const)('%j', (text, expected) => {
    expect(foldedTokens(text)).toEqual(expected);
  });
});

describe('analyze', () => {
  it('reports display, key, tokens, dates and amounts', () => {
    const a = analyze('جلسات ۵ آبان ۱۴۰۱ درباره ۴۶ ميليارد تومان');
    expect(a.display).toBe('جلسات ۵ آبان ۱۴۰۱ درباره ۴۶ میلیارد تومان');
    expect(a.searchKey).toBe('جلسات 5 ابان 1401 درباره 46 میلیارد تومان');
    expect(a.tokens[0]).toBe('جلسات');
    expect(a.foldedTokens[0]).toBe('جلسه');
    expect(a.dates.map((d) => d.jalali)).toEqual(['1401/08/05']);
    expect(a.amounts.map((x) => x.toman)).toEqual([46e9]);
    for (const d of a.dates) expect(a.display.slice(d.index, d.end)).toBe(d.text);
  });
});
