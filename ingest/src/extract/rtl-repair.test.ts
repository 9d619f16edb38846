import { describe, expect, it } from 'vitest';
import { formConsistency, textLayerQuality, visualToLogical } from './rtl-repair.ts';
import { fixOcrText } from './ocr-text-fix.ts';

describe('visualToLogical', () => {
  // Units in visual (left-to-right) order, as positioned glyphs come out of a PDF.
  const cases: [string, string[], string, boolean?][] = [
    ['reverses an RTL word of glyphs', ['ﻪ', 'ﻤ', 'ﺴ', 'ﺑ'], 'ﺑﺴﻤﻪ'],
    [
      'keeps a date run left-to-right',
      ['۱۴۰۲', '/', '۰۸', '/', '۱۵', ' ', ':', 'ﺦ', 'ری', 'ﺎ', 'ت'],
      'تﺎریﺦ: ۱۴۰۲/۰۸/۱۵',
    ],
    [
      'keeps a Latin word in an RTL line',
      ['sanad.example.ir', ' ', 'ﯽ', 'ﻧ', 'ﺎ', 'ﺸ', 'ﻧ'],
      'ﻧﺸﺎﻧﯽ sanad.example.ir',
      true,
    ],
    ['mirrors brackets', ['(', 'ل', 'ﺎ', 'ﯾ', 'ر', ')'], '(رﯾﺎل)'],
    ['keeps table numbers as separate cells', ['۴۵٬۰۰۰', ' ', '۱۲', ' ', 'ﻢ', 'ﺑ'], 'ﺑﻢ ۱۲ ۴۵٬۰۰۰'],
    ['leaves an LTR line alone', ['Page', ' ', '12'], 'Page 12'],
  ];
  it.each(cases)('%s', (_n, units, want, rtl) => {
    expect(visualToLogical(units, rtl)).toBe(want);
  });
});

describe('language evidence', () => {
  it('scores logical presentation forms above their reversal', () => {
    const logical = 'ﺟﻠﺴﻪ ﺷﻮﺭﺍ';
    const reversed = [...logical].reverse().join('');
    expect(formConsistency(logical)!).toBeGreaterThan(0.5);
    expect(formConsistency(reversed)!).toBeLessThan(formConsistency(logical)! - 0.5);
  });
  it('rates readable Persian high and mojibake low', () => {
    expect(
      textLayerQuality(
        'جلسه شورای اسلامی شهر در تاریخ ۱۴۰۲/۰۸/۱۵ برگزار شد و از ۱۲ نفر به عنوان نماینده استان دعوت شد که در این جلسه حضور داشتند',
      ),
    ).toBeGreaterThan(0.8);
    expect(textLayerQuality('ÇáÓáÇã Úáíßã ÌáÓå ÔæÑÇí ÇÓáÇãí ÔåÑ')).toBeLessThan(0.3);
  });
});

describe('fixOcrText', () => {
  const cases: [string, string][] = [
    ['\u200e۹٩/۷/۱۳\u200f', '۹۹/۷/۱۳'],
    ['علي رضايي', 'علی رضایی'],
    ['تاریخ ۵۱/۸۰/۲۰۴۱ است', 'تاریخ ۱۴۰۲/۰۸/۱۵ است'],
    ['تاریخ ۱۵/۰۸/۱۴۰۲ است', 'تاریخ ۱۵/۰۸/۱۴۰۲ است'],
    ['رضایی,» معاون', 'رضایی، معاون'],
    ['بم» جیرفت', 'بم، جیرفت'],
    ['«سلام» گفت', '«سلام» گفت'],
    ['در پایان؛ آقای', 'در پایان، آقای'],
  ];
  it.each(cases)('%s', (input, want) => {
    expect(fixOcrText(input)).toBe(want);
  });
});
