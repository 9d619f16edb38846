import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { findFundingBodies } from './funding.ts';

describe('funding gazetteer', () => {
  it.each([
    // The agricultural investment fund under its official name and a short form.
    [
      'ضمانت‌نامه صندوق حمایت از توسعه سرمایه‌گذاری در بخش کشاورزی صادر شد',
      ['صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی'],
    ],
    ['صندوق حمایت از توسعه بخش کشاورزی استان فارس وام داد', ['صندوق حمایت از توسعه سرمایه گذاری در بخش کشاورزی']],
    // A «،» inside the name does not cut it.
    [
      'سهم صندوق بیمه اجتماعی کشاورزان، روستاییان و عشایر پرداخت شد',
      ['صندوق بیمه اجتماعی کشاورزان، روستاییان و عشایر'],
    ],
    // Private banks and credit institutions, Arabic ي/ك folded.
    [
      'بانك اقتصاد نوين و موسسه اعتباری کاسپین و بانک ایران و ونزوئلا',
      ['بانک اقتصاد نوین', 'موسسه اعتباری کاسپین', 'بانک ایران و ونزوئلا'],
    ],
    ['وام از بانک قرض‌الحسنه رسالت و بانک قرض الحسنه مهر ایران گرفتند', ['بانک رسالت', 'بانک قرض الحسنه مهر ایران']],
    ['صندوق ملی مسکن و بنیاد احسان و بنیاد برکت', ['صندوق ملی مسکن', 'بنیاد احسان', 'بنیاد برکت']],
    // Relief bodies and executing agencies are not funding bodies.
    ['کمیته امداد و ستاد اجرایی فرمان امام و بنیاد مسکن انقلاب اسلامی همکاری کردند', []],
  ])('%s', (text, expected) => {
    expect(findFundingBodies(fold(text))).toEqual(expected);
  });
});
