import { describe, expect, it } from 'vitest';
import { findAmounts, parseNumber, parseOrdinal } from './index.ts';

const NUMBERS: ReadonlyArray<readonly [string, number | null]> = [
  ['دو هزار میلیارد', 2e12],
  ['هزار و دویست میلیارد', 1.2e12],
  ['صد و بیست هزار میلیارد', 1.2e14],
  ['چهار صد', 400],
  ['چهار صد و ده', 410],
  ['شش صد', 600],
  ['سی\u200cو\u200cپنج', 35],
  ['سی و پنج', 35],
  ['یکهزار', 1000],
  ['هزار', 1000],
  ['بیست و پنج میلیارد و ششصد میلیون', 25_600_000_000],
  ['یک میلیون و دویست هزار', 1_200_000],
  ['سه هزار و پانصد', 3500],
  ['یکصد و دوازده', 112],
  ['۴۶ میلیارد', 46e9],
  ['۲.۵ میلیون', 2_500_000],
  ['۲٫۵ میلیون', 2_500_000],
  ['۱۲ هزار و ۵۰۰', 12_500],
  ['۱۲٬۵۰۰٬۰۰۰', 12_500_000],
  ['12,500,000', 12_500_000],
  ['۱۲٫۵', 12.5],
  ['١٢٣', 123],
  ['صفر', 0],
  ['نوزده', 19],
  ['هزار میلیارد', 1e12],
  ['یك ميليون', 1e6],
  ['سلام', null],
  ['', null],
  ['۱۲ ۱۳', null],
  ['و', null],
  ['پنج و', null],
];

describe('parseNumber', () => {
  it.each(NUMBERS)('%j → %j', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});

const ORDINALS: ReadonlyArray<readonly [string, number | null]> = [
  ['بیست و سومین', 23],
  ['دهمین', 10],
  ['سومین', 3],
  ['اولین', 1],
  ['نخستین', 1],
  ['یکصد و دوازدهمین', 112],
  ['بیست و سوم', 23],
  ['دوم', 2],
  ['یکم', 1],
  ['چهارمین', 4],
  ['سی\u200cام', 30],
  ['سی ام', 30],
  ['صدمین', 100],
  ['۲۳ام', 23],
  ['۲۳مین', 23],
  ['سلام', null],
  ['مردم', null],
];

describe('parseOrdinal', () => {
  it.each(ORDINALS)('%j → %j', (input, expected) => {
    expect(parseOrdinal(input)).toBe(expected);
  });
});

// [text, expected amounts as [text, toman, unit]]
const AMOUNTS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number | null, string | null]>]> = [
  ['46 میلیارد تومان', [['46 میلیارد تومان', 46e9, 'toman']]], // (a) 34: 460e9 rial
  ['بیست و پنج میلیارد و ششصد میلیون تومان', [['بیست و پنج میلیارد و ششصد میلیون تومان', 25.6e9, 'toman']]],
  ['دو هزار میلیارد ریال', [['دو هزار میلیارد ریال', 2e11, 'rial']]],
  ['۱۰۰ میلیارد ریال', [['۱۰۰ میلیارد ریال', 1e10, 'rial']]],
  ['وام ۲.۵ میلیون تومانی', [['۲.۵ میلیون تومانی', 2.5e6, 'toman']]],
  ['طرح هزار میلیارد ریالی', [['هزار میلیارد ریالی', 1e11, 'rial']]],
  ['مبلغ ۱۲٬۵۰۰٬۰۰۰ ریال', [['۱۲٬۵۰۰٬۰۰۰ ریال', 1_250_000, 'rial']]],
  ['مبلغ ۵۰۰ میلیون برای طرح', [['۵۰۰ میلیون', null, null]]],
  ['چند میلیون تومان', []],
  ['ده‌ها میلیارد ریال', []],
  ['سال ۱۴۰۱ و ۵ نفر', []],
  [
    'اعتبار ۴۶ میلیارد تومان و ۱۰۰ میلیارد ریال',
    [
      ['۴۶ میلیارد تومان', 46e9, 'toman'],
      ['۱۰۰ میلیارد ریال', 1e10, 'rial'],
    ],
  ],
];

describe('findAmounts', () => {
  it.each(AMOUNTS)('%j', (text, expected) => {
    const found = findAmounts(text);
    expect(found.map((a) => [a.text, a.toman, a.unit])).toEqual(expected);
    for (const a of found) expect(text.slice(a.index, a.end)).toBe(a.text);
  });
});
