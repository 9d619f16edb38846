/**
 * Kind: a news item that reports a board's decisions in reported speech («به گفته X، … تصویب
 * شد. همچنین مقرر شد …») is news, though it has two decision clauses and one «گفت». Composed text.
 */
import { describe, expect, it } from 'vitest';
import { detectKind } from './structure.ts';

const NEWS = [
  'تصویب بودجه سال آینده دانشگاه در هیئت امنا',
  '',
  'یاسوج - نهمین جلسه هیئت امنای دانشگاه روز دوشنبه به ریاست معاون وزیر برگزار شد.',
  'معاون وزیر در این جلسه گفت: تکمیل درمانگاه شهر از اولویت‌ها است.',
  'به گفته رئیس دانشگاه، در این جلسه بودجه پیشنهادی دانشگاه تصویب شد. همچنین مقرر شد معاونت درمان تا پایان تیر گزارش دهد.',
].join('\n');

describe('kind: decisions told in reported speech', () => {
  it('«به گفته X» quotes like «گفت»: the item is news', () => {
    expect(detectKind(NEWS)).toBe('news');
  });

  it('the same decisions without quotes read as a record of decisions', () => {
    const record = NEWS.split('\n')
      .filter((l) => !/گفت/.test(l))
      .concat(['بودجه پیشنهادی دانشگاه تصویب شد.', 'مقرر شد معاونت درمان تا پایان تیر گزارش دهد.'])
      .join('\n');
    expect(detectKind(record)).toBe('minutes');
  });
});
