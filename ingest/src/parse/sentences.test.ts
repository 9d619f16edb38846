import { describe, expect, it } from 'vitest';
import {
  closesLine,
  endsSentence,
  isTerminator,
  previousSentenceStart,
  sentenceAt,
  sentenceBounds,
  sentenceEnd,
  sentenceSpans,
  sentenceStart,
} from './sentences.ts';

const spans = (text: string, rules: Parameters<typeof sentenceSpans>[1] = {}) =>
  sentenceSpans(text, rules).map(([s, e]) => text.slice(s, e).trim());

describe('one terminator set', () => {
  it.each(['.', '!', '?', '؟', '؛', '\n'])('«%s» ends a sentence', (mark) => {
    const text = `الف ب${mark} ج د`;
    expect(sentenceAt(text, text.indexOf('ج'))).toBe(' ج د');
    expect(sentenceAt(text, 0)).toBe('الف ب');
  });

  it('keeps decimal points and number separators, ends after a number and a space', () => {
    expect(sentenceAt('مبلغ ۱۲.۵ میلیارد ریال است. سپس', 3)).toBe('مبلغ ۱۲.۵ میلیارد ریال است');
    expect(sentenceAt('تاریخ 1402.5.1 ثبت شد', 0)).toBe('تاریخ 1402.5.1 ثبت شد');
    expect(isTerminator('در سال ۱۴۰۲. سپس', 11)).toBe(true);
    // «۱. ۲» (a digit after the space) does not end.
    expect(isTerminator('بند ۱. ۲ مورد', 5)).toBe(false);
  });

  it('reads «،», «:» and a tab as no terminator unless asked', () => {
    const text = 'آقای احمدی: بودجه، کافی است\tستون دوم';
    const at = text.indexOf('کافی');
    expect(sentenceStart(text, at)).toBe(0);
    expect(sentenceStart(text, at, { colon: true })).toBe(text.indexOf(':') + 1);
    expect(sentenceEnd(text, at)).toBe(text.length);
    expect(sentenceEnd(text, at, { tab: true })).toBe(text.indexOf('\t'));
  });

  it('never stops at a colon looking forward: what follows it belongs to the sentence', () => {
    const text = 'مقرر گردید: شهرداری اقدام کند. بعدی';
    expect(sentenceBounds(text, 2, { colon: true })).toEqual([0, text.indexOf('.')]);
  });

  it('gives up past a limit', () => {
    const text = `${'کلمه '.repeat(100)}پایان`;
    expect(sentenceStart(text, text.length, { limit: 250 })).toBeNull();
    expect(sentenceStart(text, text.length, { limit: 1000 })).toBe(0);
    expect(sentenceEnd(text, 0, { limit: 20 })).toBe(20);
  });
});

describe('line breaks', () => {
  it('short-lines: up to two short lines above without a stop continue the sentence', () => {
    const text = 'سطر اول تمام شد.\nوبرای رفع موانع طرح ها\nبخش کشاورزی\nمقرر شد اقدام شود';
    const at = text.indexOf('مقرر');
    expect(sentenceStart(text, at)).toBe(text.lastIndexOf('\n') + 1);
    expect(sentenceStart(text, at, { lineBreaks: 'short-lines' })).toBe(text.indexOf('وبرای'));
    // A line ending with a stop is a sentence of its own.
    const stopped = 'وبرای رفع موانع:\nمقرر شد اقدام شود';
    expect(sentenceStart(stopped, 20, { lineBreaks: 'short-lines' })).toBe(stopped.indexOf('\n') + 1);
  });

  it('paragraphs: a hard-wrapped line goes on; a short line, a stop, a list item or a blank line end', () => {
    const text = [
      'عنوان خبر',
      'مدیرکل اداره راه و شهرسازی استان در این نشست گفت که پروژه',
      'تا پایان سال تکمیل خواهد شد و اعتبار آن تامین شده است',
      '۱- بند اول فهرست',
      'سطر کوتاه',
      '',
      'پاراگراف بعد.',
    ].join('\n');
    expect(spans(text, { lineBreaks: 'paragraphs' })).toEqual([
      'عنوان خبر',
      'مدیرکل اداره راه و شهرسازی استان در این نشست گفت که پروژه\nتا پایان سال تکمیل خواهد شد و اعتبار آن تامین شده است',
      '۱- بند اول فهرست',
      'سطر کوتاه',
      'پاراگراف بعد.',
    ]);
    expect(spans(text)).toHaveLength(6);
  });

  it('paragraphs: a markdown heading line stands alone', () => {
    const original = '**گزارش جلسه شورای برنامه ریزی و توسعه استان**\nمتن خبر که ادامه دارد';
    const masked = original.replace(/\*\*/g, '  ');
    expect(spans(masked, { lineBreaks: 'paragraphs', headings: original })).toHaveLength(2);
  });
});

it('previousSentenceStart skips the terminators and spaces between two sentences', () => {
  const text = 'جمله اول است. جمله دوم است.\n\nجمله سوم';
  expect(previousSentenceStart(text, text.indexOf('جمله سوم'))).toBe(text.indexOf('.') + 1);
  expect(previousSentenceStart(text, text.indexOf('جمله دوم'))).toBe(0);
});

it('semicolonJoins: «؛» joins the clauses of one decision', () => {
  const text = 'مقرر شد؛ شهرداری اقدام کند.';
  expect(sentenceAt(text, 0)).toBe('مقرر شد');
  expect(sentenceAt(text, 0, { semicolonJoins: true })).toBe('مقرر شد؛ شهرداری اقدام کند');
  expect(sentenceStart(text, text.indexOf('شهرداری'), { semicolonJoins: true })).toBe(0);
});

describe('endsSentence and closesLine', () => {
  it.each([
    ['مقرر گردید شهرداری اقدام نماید.', true, true],
    ['مقرر گردید شهرداری اقدام نماید ؛', true, true],
    ['آیا اقدامی شده است؟', true, true],
    ['سازمان صنعت، معدن و تجارت استان موظف است:', false, true],
    ['نامه شماره ۱۲ شهرداری', false, false],
  ])('%s', (line, ends, closes) => {
    expect(endsSentence(line)).toBe(ends);
    expect(closesLine(line)).toBe(closes);
  });
});
