import { describe, expect, it } from 'vitest';
import {
  cellLinesMissed,
  letterShare,
  meanTokenLength,
  plausibleChars,
  readTablesByCell,
  widenToOrphanInk,
  type PlacedLine,
} from './ocr-page.ts';
import { findTables, type Rule } from './table-grid.ts';

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

/** A two-column RTL table: right cell x 500–1000, left cell x 0–500, one row y 0–300. */
const RULES: Rule[] = [
  { horizontal: true, at: 0, from: 0, to: 1000 },
  { horizontal: true, at: 300, from: 0, to: 1000 },
  ...[0, 500, 1000].map((x) => ({ horizontal: false, at: x, from: 0, to: 300 })),
];
const word = (text: string, x0: number, y0: number) => ({
  text,
  confidence: 90,
  bbox: { x0, x1: x0 + 100, y0, y1: y0 + 40 },
});
const line = (top: number, ...words: ReturnType<typeof word>[]): PlacedLine => ({
  top,
  text: words.map((w) => w.text).join(' '),
  confidence: 90,
  words,
});

describe('readTablesByCell', () => {
  it('turns lines that run across cells into one row, cell by cell, right to left', () => {
    const tables = findTables(RULES, 6);
    const lines = [
      line(-100, word('عنوان', 400, -100)),
      // Each text line crosses both cells: right cell line 1 + left cell line 1, and so on.
      line(20, word('الف', 800, 20), word('ب', 600, 20), word('دبیرخانه', 300, 20)),
      line(80, word('ج', 800, 80), word('استان', 300, 80)),
      line(400, word('پایان', 400, 400)),
    ];
    expect(readTablesByCell(lines, tables).map((l) => l.text)).toEqual(['عنوان', 'الف ب ج\tدبیرخانه استان', 'پایان']);
  });

  it('leaves pages without tables alone', () => {
    const lines = [line(0, word('سطر', 0, 0))];
    expect(readTablesByCell(lines, [])).toBe(lines);
  });
});

describe('cellLinesMissed', () => {
  it('finds a line of ink in a cell that no word covers', () => {
    const width = 1001;
    const height = 301;
    const gray = new Uint8Array(width * height).fill(255);
    // Ink «text» in both cells at y 100–140.
    for (let y = 100; y <= 140; y++) {
      for (let x = 650; x <= 850; x++) if (x % 3 !== 0) gray[y * width + x] = 0;
      for (let x = 150; x <= 350; x++) if (x % 3 !== 0) gray[y * width + x] = 0;
    }
    const tables = findTables(RULES, 6);
    const covered = [line(100, word('راست', 650, 100), word('راست۲', 750, 100))];
    const missed = cellLinesMissed(tables, { gray, width, height }, covered, 40);
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ top: 100, bottom: 140, left: 151, right: 350 });
  });
});

describe('widenToOrphanInk', () => {
  // Ink columns of a number «▮ ▮ ▮ ▮» at x 10–13, 18–21, 26–29, 34–37 (rows 0–9); a word at 70–73.
  const cols = new Set<number>();
  for (const start of [10, 18, 26, 34, 70]) for (let x = start; x < start + 4; x++) cols.add(x);
  const ink = (x: number, y: number): boolean => y >= 0 && y <= 9 && cols.has(x);

  it('takes in glyphs Tesseract left outside the word box, up to the neighbouring word', () => {
    const box = { x0: 26, y0: 0, x1: 37, y1: 9 };
    expect(widenToOrphanInk(box, 0, 69, ink)).toEqual({ x0: 10, y0: 0, x1: 37, y1: 9 });
    // The neighbour on the left ends at x 21: the glyphs up to there are its ink, not orphan.
    expect(widenToOrphanInk(box, 22, 69, ink)).toEqual(box);
  });

  it("leaves ink that runs up to a neighbour's box to the neighbour", () => {
    // The left neighbour's box ends at 25 but its ink reaches 29 (a letter cut by the box edge).
    const box = { x0: 34, y0: 0, x1: 37, y1: 9 };
    expect(widenToOrphanInk(box, 26, 69, ink)).toEqual(box);
  });

  it('stops at a gap wider than 0.6 of the word height', () => {
    const box = { x0: 34, y0: 0, x1: 37, y1: 9 };
    // Word height 9 → gaps up to 5 px join; the ink at 70 is 32 px away.
    expect(widenToOrphanInk(box, 0, 200, ink).x1).toBe(37);
  });
});
