import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { canonicalFundingBody, findFundingBodies } from './funding.ts';

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
    // Relief bodies are commitment parties, not listed funding bodies; an executing agency is neither.
    ['کمیته امداد و ستاد اجرایی فرمان امام و بنیاد مسکن انقلاب اسلامی همکاری کردند', []],
    // A list of short names in brackets after «بانک عامل».
    ['سهمیه بین ۴ بانک عاملی (ملی، سپه، تجارت و ملت) تقسیم شد', ['بانک ملی', 'بانک سپه', 'بانک تجارت', 'بانک ملت']],
    // Arabic letters and a plain «بانک ملی».
    ['وام بانك ملي ايران و بانک ملی شعبه مرکزی', ['بانک ملی']],
  ])('%s', (text, expected) => {
    expect(findFundingBodies(fold(text))).toEqual(expected);
  });

  it.each([
    ['کمیته امداد حضرت امام (ره) استان فارس', 'کمیته امداد امام خمینی'],
    ['ستاد اجرایی فرمان حضرت امام', 'ستاد اجرایی فرمان امام'],
    ['مدیریت صندوق کار آفرینی امید', 'صندوق کارآفرینی امید'],
    ['بانك ملي', 'بانک ملی'],
    ['شهرداری تهران', null],
  ])('canonical %s', (name, expected) => {
    expect(canonicalFundingBody(fold(name))).toBe(expected);
  });
});
