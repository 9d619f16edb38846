import { describe, expect, it } from 'vitest';
import { bytesDisplay, fa, faId, percent, persianNumbers, tomanDisplay } from './format.ts';

describe('Persian number formatting', () => {
  it('groups thousands with «٬» and separates decimals with «٫»', () => {
    expect(fa(12_500_000)).toBe('۱۲٬۵۰۰٬۰۰۰');
    expect(fa(1234.5)).toBe('۱٬۲۳۴٫۵');
    expect(fa(0.25, 2)).toBe('۰٫۲۵');
    expect(fa(7)).toBe('۷');
    expect(fa(-1500)).toBe('-۱٬۵۰۰');
  });

  it('writes identifiers without grouping', () => {
    expect(faId(1402)).toBe('۱۴۰۲');
  });

  it('fixes separators inside Persian-digit numbers in text, one character for one', () => {
    const text = 'مبلغ ۱۲,۵۰۰,۰۰۰ ریال و ۲.۵ درصد؛ تاریخ ۱۴۰۱.۰۸.۰۵؛ بندهای ۱، ۲ و ۳؛ 12,500 ریال';
    const out = persianNumbers(text);
    expect(out).toBe('مبلغ ۱۲٬۵۰۰٬۰۰۰ ریال و ۲٫۵ درصد؛ تاریخ ۱۴۰۱.۰۸.۰۵؛ بندهای ۱، ۲ و ۳؛ 12,500 ریال');
    expect(out.length).toBe(text.length);
    expect(fa('۳۰۰،۰۰۰')).toBe('۳۰۰٬۰۰۰');
  });

  it('uses the Persian separators in sizes, percentages and amounts', () => {
    expect(bytesDisplay(2_621_440)).toBe('۲٫۵ مگابایت');
    expect(bytesDisplay(1_048_576 * 1500)).toBe('۱٬۵۰۰٫۰ مگابایت');
    expect(percent(0.426)).toBe('۴۳٪');
    expect(tomanDisplay({ text: '۵۰ میلیارد ریال', toman: 5_000_000_000 } as never)).toBe('۵٬۰۰۰٬۰۰۰٬۰۰۰ تومان');
    expect(tomanDisplay({ text: '1,200 میلیون', toman: null } as never)).toBe('۱٬۲۰۰ میلیون');
  });
});
