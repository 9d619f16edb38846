import { describe, expect, it } from 'vitest';
import { fixOcrText } from './ocr-text-fix.ts';

describe('fixOcrText', () => {
  const cases: [string, string, string][] = [
    ['Latin comma as thousands separator', 'تعداد ۱,۲۵۰ پرونده', 'تعداد ۱٬۲۵۰ پرونده'],
    ['comma before a non-group keeps', 'ردیف ۱,۲ و ۳', 'ردیف ۱,۲ و ۳'],
    ['Arabic-Indic digit inside a Persian number', 'سال ۱٤۰۲', 'سال ۱۴۰۲'],
    ['bidi marks around a date', 'مورخ \u200e۱۴۰۲/۰۸/۱۵\u200f', 'مورخ ۱۴۰۲/۰۸/۱۵'],
    ['reversed date run', 'تاریخ ۵۱/۸۰/۲۰۴۱', 'تاریخ ۱۴۰۲/۰۸/۱۵'],
    ['Arabic yeh and kaf', 'كريمي', 'کریمی'],
  ];
  it.each(cases)('%s', (_name, input, want) => {
    expect(fixOcrText(input)).toBe(want);
  });
});
