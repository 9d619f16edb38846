import { describe, expect, it } from 'vitest';
import { formConsistency, lineFromUnits, textLayerQuality, visualToLogical } from './rtl-repair.ts';
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

describe('lineFromUnits', () => {
  /** Units laid out left to right from x = 0, each `w` wide per character. */
  const laid = (strs: string[], w = 5) => {
    let x = 0;
    return strs.map((str) => {
      const u = { str, x, width: w * [...str].length, height: 10 };
      x += u.width;
      return u;
    });
  };

  it('cuts an LTR run drawn in one piece at its spaces («24 اسفند 1401 08:51»)', () => {
    // Chromium draws the two numbers as one item in visual order: «08:51 1401».
    const units = laid(['08:51 1401', ' ', 'ﺪ', 'ﻨ', 'ﻔ', 'ﺳ', 'ا', ' ', '24']);
    expect(lineFromUnits(units).normalize('NFKC')).toBe('24 اسفند 1401 08:51');
  });

  it('keeps a Latin phrase in one piece', () => {
    const units = laid(['Sanad DB', ' ', 'ﻪ', 'ﻧ', 'ﺎ', 'ﻣ', 'ﺎ', 'ﺳ', ' ', 'ﯽ', 'ﻧ', 'ﺎ', 'ﺸ', 'ﻧ']);
    expect(lineFromUnits(units).normalize('NFKC')).toBe('نشانی سامانه Sanad DB');
  });

  it('puts a zero-width mark on the glyph it is drawn over, not its neighbour', () => {
    // «اللّه» in visual order: ه, then the medial lam carrying the shadda, then the initial lam, alef.
    const units = laid(['ﻪ', 'ﻠ', 'ﻟ', 'ا']);
    units.splice(1, 0, { str: '\u0651', x: units[1]!.x + 0.1, width: 0, height: 10 });
    expect(lineFromUnits(units).normalize('NFKC')).toBe('الل\u0651ه');
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
