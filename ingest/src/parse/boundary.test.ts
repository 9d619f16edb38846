import { describe, expect, it } from 'vitest';
import { L, WB_END, WB_START, hasWord } from './boundary.ts';
import { findResolutions, subjectBodies, textDeadline } from './index.ts';

// What may follow a keyword: the result must be the same as with a plain space.
const AFTER = ['،', '؛', '؟', ':', '\n'];

const RESOLUTION_VERBS = ['مقرر گردید', 'مقرر شد', 'مقرر و مصوب شد', 'مصوب شد', 'به تصویب رسید', 'موافقت شد'];
const OBLIGATIONS = ['موظف است', 'مکلف است', 'موظف شد', 'مکلف گردید'];
const DEADLINES = [
  'ظرف یک ماه',
  'تا پایان سال جاری',
  'در اسرع وقت',
  'حداکثر ظرف ۱۰ روز',
  'طی هفته آینده',
  'تا ۲۰ دی ماه',
];
const ROLE_AND_BODY_HEADS = ['شهرداری', 'فرمانداری', 'فرماندار', 'دهیار', 'اداره کل راه و شهرسازی', 'وزارت کشور'];

function resolutionsOf(text: string) {
  return findResolutions(text, 'minutes').map((r) => ({ responsible: r.responsible, deadline: r.deadline }));
}

describe('keywords followed by «،» «؛» «؟» «:» or a line break read as with a space', () => {
  for (const verb of RESOLUTION_VERBS)
    it.each(AFTER)(`resolution verb «${verb}» + %j`, (p) => {
      const tail = 'شهرداری نسبت به لایروبی کانال‌های سطحی شهر اقدام نماید.';
      const plain = resolutionsOf(`در این جلسه ${verb} ${tail}`);
      expect(plain).toHaveLength(1);
      expect(resolutionsOf(`در این جلسه ${verb}${p} ${tail}`)).toEqual(plain);
    });
  for (const verb of OBLIGATIONS)
    it.each(AFTER.filter((p) => p !== '\n'))(`obligation «${verb}» + %j`, (p) => {
      const tail = 'گزارش پیشرفت طرح را به فرمانداری ارائه کند.';
      const plain = resolutionsOf(`اداره کل راه و شهرسازی ${verb} ${tail}`);
      expect(plain).toHaveLength(1);
      expect(resolutionsOf(`اداره کل راه و شهرسازی ${verb}${p} ${tail}`)).toEqual(plain);
    });
  for (const phrase of DEADLINES)
    it.each(AFTER)(`deadline «${phrase}» + %j`, (p) => {
      const plain = textDeadline(`مقرر شد شهرداری ${phrase} اقدام نماید`);
      expect(plain).toBe(phrase);
      expect(textDeadline(`مقرر شد شهرداری ${phrase}${p} اقدام نماید`)).toBe(plain);
    });
  for (const head of ROLE_AND_BODY_HEADS)
    it.each(AFTER)(`role or body head «${head}» + %j`, (p) => {
      const plain = subjectBodies(`مقرر شد ${head} نسبت به تهیه گزارش اقدام نماید`);
      expect(plain).toEqual([head]);
      expect(subjectBodies(`مقرر شد ${head}${p} نسبت به تهیه گزارش اقدام نماید`)).toEqual(plain);
    });
});

describe('word boundaries from letter classes', () => {
  it('punctuation and digits of the Arabic block are not letters', () => {
    const letter = new RegExp(`^[${L}]$`);
    for (const ch of ['،', '؛', '؟', '۱', '٣', '٪', '۔']) expect(letter.test(ch)).toBe(false);
    for (const ch of ['ا', 'پ', 'ک', 'ی', 'ي', 'ك', 'ۀ', '\u200c']) expect(letter.test(ch)).toBe(true);
  });
  it('a place name inside a longer word is no match', () => {
    expect(hasWord('محله سلیمان‌داراب رشت', 'داراب')).toBe(false);
    expect(hasWord('شهرستان داراب، استان فارس', 'داراب')).toBe(true);
    expect(new RegExp(`${WB_START}شهردار${WB_END}`).test('شهرداری')).toBe(false);
    expect(new RegExp(`${WB_START}شهردار${WB_END}`).test('شهردار،')).toBe(true);
  });
});

describe('supervisor column of resolution tables', () => {
  it('«ناظر» and «مسئول نظارت» headers fill supervisor, «مسئول پیگیری» responsible', () => {
    for (const head of ['ناظر', 'مسئول نظارت', 'دستگاه ناظر']) {
      const text = [
        'صورتجلسه',
        `| ردیف | مصوبه | مسئول پیگیری | ${head} | مهلت |`,
        '|---|---|---|---|---|',
        '| ۱ | خرید دو دستگاه دیالیز از محل درآمد اختصاصی | مدیر بیمارستان | شبکه بهداشت و درمان | سه ماه |',
      ].join('\n');
      const [r] = findResolutions(text, 'minutes');
      expect(r).toMatchObject({
        responsible: ['مدیر بیمارستان'],
        supervisor: ['شبکه بهداشت و درمان'],
        deadline: 'سه ماه',
      });
    }
  });
});
