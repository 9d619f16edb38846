import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('bounded edit distance', () => {
  it.each([
    ['کوهدشت', 'کوهدشتت', 1],
    ['تسهیلات', 'تسهیلاات', 1],
    ['abcd', 'abdc', 1],
    ['abc', 'xyz', 3],
    ['abcdef', 'a', 5],
    ['same', 'same', 0],
  ])('editDistance(%j, %j) ≈ %i (capped at 2)', (a, b, d) => expect(editDistance(a, b, 2)).toBe(Math.min(d, 3)));

  it.each([
    ['رضایی', 'رضائی', 1],
    ['محمدی', 'محمد', 1],
    ['کرمی', 'کرای', 1],
    ['abcd', 'abdc', 2],
    ['احمدی', 'حمدیا', 2],
  ])('without transpositions: editDistance(%j, %j) = %i (Levenshtein)', (a, b, d) =>
    expect(editDistance(a, b, 2, { transpositions: false })).toBe(d),
  );

  it('stops at max + 1', () => {
    expect(editDistance('abcdefgh', 'hgfedcba', 1)).toBe(2);
    expect(editDistance('ab', 'ba', 0, { transpositions: false })).toBe(1);
  });
});
