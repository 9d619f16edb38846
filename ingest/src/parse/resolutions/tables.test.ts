import { describe, expect, it } from 'vitest';
import { tableResolutions } from './tables.ts';

describe('tables without a deadline column', () => {
  it('read the deadline written in the decision cell', () => {
    const text = [
      '| ردیف | شرح مصوبه | اقدام کننده |',
      '|---|---|---|',
      '| ۱ | مقرر شد بخشداری نتیجه مکاتبه با شرکت گاز را تا پایان مهر به شورا اعلام نماید | بخشداری مرکزی |',
      '| ۲ | بودجه دهیاری تصویب شد | دهیاری |',
    ].join('\n');
    expect(tableResolutions(text).map((r) => r.deadline)).toEqual(['تا پایان مهر', null]);
  });
});
