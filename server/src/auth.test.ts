import { describe, expect, it } from 'vitest';
import { readCookie } from './auth.ts';

describe('readCookie', () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['sanad_token=abc', 'abc'],
    ['theme=dark; sanad_token=abc%20def; x=1', 'abc def'],
    ['sanad_token="quoted"', 'quoted'],
    ['xsanad_token=no; other=1', undefined],
    ['sanad_token=%E0%A4%A', '%E0%A4%A'],
  ])('%j → %j', (header, value) => {
    expect(readCookie(header, 'sanad_token')).toBe(value);
  });
});
