import { describe, expect, it } from 'vitest';
import { letterShare, meanTokenLength, plausibleChars } from './ocr-page.ts';

describe('letterShare', () => {
  it.each([
    ['صورتجلسه شماره ۱۲', 1],
    ['-- .. «» !!', 0],
    ['ا . - :', 0.25],
    ['', 0],
  ])('%j → %s', (text, share) => {
    expect(letterShare(text)).toBeCloseTo(share, 5);
  });
});

describe('meanTokenLength', () => {
  it.each([
    ['اک را کرک با ی و که', 13 / 7],
    ['جلسه کارگروه توسعه روستایی', 23 / 4],
    ['  ', 0],
  ])('%j → %s', (text, mean) => {
    expect(meanTokenLength(text)).toBeCloseTo(mean, 5);
  });
});

describe('plausibleChars', () => {
  const band = (top: number, height: number, width: number) => ({
    top,
    bottom: top + height - 1,
    left: 0,
    right: width - 1,
  });
  it('allows no text on a page without ink bands', () => {
    expect(plausibleChars([])).toBe(0);
  });
  it('allows a full 300-DPI line of Persian (~110 characters) with headroom, but not a page of garbage', () => {
    const oneLine = plausibleChars([band(100, 47, 1900)]);
    expect(oneLine).toBeGreaterThan(110 * 2);
    expect(oneLine).toBeLessThan(110 * 4);
  });
  it('counts a band several line-heights tall as several lines', () => {
    const lines = [band(100, 47, 1000), band(200, 47, 1000), band(300, 141, 1000)];
    expect(plausibleChars(lines)).toBeGreaterThan(plausibleChars(lines.slice(0, 2)) * 2);
  });
});
