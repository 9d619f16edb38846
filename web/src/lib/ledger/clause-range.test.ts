import { describe, expect, it } from 'vitest';
import { clauseOffsets } from './clause-range.ts';

describe('the clause inside its passage', () => {
  const para =
    'به گزارش ایرنا، جلسه شورا دیروز برگزار شد. بانک ملی ۲۰ میلیارد تومان تسهیلات به ۵۲ طرح پرداخت می‌کند. مردم خواستار افزایش اعتبارات شدند.';

  it('finds the clause, not the paragraph', () => {
    const clause = 'بانک ملی ۲۰ میلیارد تومان تسهیلات به ۵۲ طرح پرداخت می‌کند.';
    const [s, e] = clauseOffsets(para, clause)!;
    expect(para.slice(s, e)).toBe(clause);
  });

  it('reads digits, separators, spacing and letter variants loosely', () => {
    const shown = 'مقرر شد بانک ملي مبلغ ۱۲٬۵۰۰ میلیون ریال  پرداخت كند. جلسه ساعت ۱۲ پایان یافت.';
    const [s, e] = clauseOffsets(shown, 'مقرر شد بانک ملی مبلغ 12,500 میلیون ریال پرداخت کند.')!;
    expect(shown.slice(s, e)).toBe('مقرر شد بانک ملي مبلغ ۱۲٬۵۰۰ میلیون ریال  پرداخت كند.');
  });

  it('a clause longer than the passage (a table row) runs to the passage end; an absent one is null', () => {
    const row = '۱ | شهرداری نسبت به لایروبی انهار اقدام نماید';
    const [s, e] = clauseOffsets(row, 'شهرداری نسبت به لایروبی انهار اقدام نماید و گزارش آن را ارائه کند.')!;
    expect(row.slice(s, e)).toBe('شهرداری نسبت به لایروبی انهار اقدام نماید');
    expect(clauseOffsets(para, 'صندوق کارآفرینی امید ۱۰ میلیارد تومان وام می‌دهد.')).toBeNull();
  });
});
