/**
 * Places as parseDocument reads them: the ZWNJ of the original decides whether a name is a word
 * of its own, and a national item that lists provinces is about none of them. Sentences are
 * composed for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from './index.ts';

describe('places through the whole parse', () => {
  it('a county inside a ZWNJ-joined word is no place; a county written with a ZWNJ is one', () => {
    const text = [
      'صورتجلسه شورای اسلامی شهر رشت',
      'جلسه در محله سلیمان‌داراب رشت برگزار شد.',
      'لایروبی رودخانه شلمان‌رود و پل‌رود در دستور کار قرار گرفت.',
      'فرماندار شهرستان نجف‌آباد و فرماندار خرم‌آباد نیز حضور داشتند.',
    ].join('\n');
    expect(parseDocument(text).counties).toEqual(['رشت', 'نجف آباد', 'خرم آباد']);
  });

  it('a national item spread over provinces has no province; one province that dominates keeps it', () => {
    const national = [
      'پرداخت وام ازدواج در استان‌های شرقی',
      'بانک مرکزی اعلام کرد وام ازدواج در استان‌های خراسان رضوی، خراسان جنوبی، سیستان و بلوچستان و یزد بیش از سایر استان‌ها پرداخت شد.',
      'در خراسان رضوی ۲۰ هزار، در سیستان و بلوچستان ۱۵ هزار و در یزد ۸ هزار فقره وام پرداخت شد.',
    ].join('\n');
    expect(parseDocument(national).province).toBeNull();
    const provincial = [
      'جلسه شورای برنامه ریزی استان یزد',
      'استاندار یزد گفت: طرح‌های نیمه تمام استان یزد با همکاری استان‌های اصفهان و کرمان تکمیل می‌شود.',
      'مدیرکل راه و شهرسازی استان یزد نیز گزارش داد.',
    ].join('\n');
    expect(parseDocument(provincial).province).toBe('یزد');
  });
});
