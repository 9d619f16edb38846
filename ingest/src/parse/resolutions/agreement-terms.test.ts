import { describe, expect, it } from 'vitest';
import { findResolutions } from './index.ts';

// Made-up agreement news (#16 round B, resp9): the duties an agreement spells out are its terms
// (commitments of its parties), not decisions the news reports.
describe('terms of an agreement in news', () => {
  it('«… به امضا رسید و بر اساس آن X موظف است …» is a term of the agreement', () => {
    const text = [
      'امضای تفاهم‌نامه اشتغال روستایی',
      '',
      'این تفاهم‌نامه به امضای استاندار و رئیس بنیاد علوی رسید و بر اساس آن بنیاد علوی موظف است در مدت دو سال ۳۰۰ میلیارد ریال تسهیلات پرداخت کند.',
    ].join('\n');
    expect(findResolutions(text, 'news').filter((r) => /موظف/.test(r.text))).toEqual([]);
  });

  it('a list of terms under «بر اساس این تفاهم‌نامه … به این شرح است:» is the agreement’s', () => {
    const text = [
      'امضای تفاهم‌نامه حمایت از فرش دستباف',
      '',
      'بر اساس این تفاهم‌نامه، تعهدات طرفین به این شرح است:',
      '',
      '- صندوق کارآفرینی امید ۴۰۰ میلیارد ریال تسهیلات به بافندگان پرداخت می‌کند.',
      '- اداره کل صنعت، معدن و تجارت استان موظف است متقاضیان را ظرف یک ماه به صندوق معرفی کند.',
    ].join('\n');
    expect(findResolutions(text, 'news')).toEqual([]);
  });

  it('a duty under a list lead-in that names no agreement is still a decision', () => {
    const text = [
      'نشست ستاد تنظیم بازار استان',
      '',
      'در این نشست تصمیمات زیر گرفته شد:',
      '',
      '- اداره کل صنعت، معدن و تجارت استان موظف است گشت های بازرسی را در ایام نوروز تشدید کند.',
    ].join('\n');
    expect(findResolutions(text, 'news').map((r) => r.responsible)).toEqual([['اداره کل صنعت، معدن و تجارت استان']]);
  });
});
