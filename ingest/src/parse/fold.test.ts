import { describe, expect, it } from 'vitest';
import { foldKeyLetters, foldLetters, MARKED_LETTERS, TEH_MARBUTA, VARIANT_LETTERS } from '../text/chars.ts';
import { fold, foldWithMap, lightFold, sourceSpan } from './fold.ts';

describe('the parsers fold the letters text/chars.ts folds', () => {
  const letters = Object.keys({ ...VARIANT_LETTERS, ...TEH_MARBUTA, ...MARKED_LETTERS });

  it.each(letters)('«%s» folds as the search key folds it', (ch) => {
    expect(fold(ch)).toBe(foldKeyLetters(foldLetters(ch)));
  });

  it.each(Object.keys(VARIANT_LETTERS))('light fold: «%s» as in the display text', (ch) => {
    expect(lightFold(ch)).toBe(foldLetters(ch));
  });

  it('light fold keeps hamza and madda, folds teh marbuta', () => {
    expect(lightFold('آب مؤسسه رئیس مدرسة')).toBe('آب مؤسسه رئیس مدرسه');
  });
});

describe('matching fold', () => {
  it('digits to ASCII, ZWNJ and odd spaces to a space, marks dropped', () => {
    expect(fold('۱۴۰۲ و ٣')).toBe('1402 و 3');
    expect(fold('می\u200cشود\u00a0کتاب\tها')).toBe('می شود کتاب ها');
    expect(fold('کِتابـــ\u200f')).toBe('کتاب');
  });

  it('maps folded offsets back to the source', () => {
    const source = 'کِتاب آقای';
    const f = foldWithMap(source);
    expect(f.text).toBe('کتاب اقای');
    const at = f.text.indexOf('اقای');
    expect(source.slice(...sourceSpan(f, at, at + 4))).toBe('آقای');
  });
});
