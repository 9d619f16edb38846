import { describe, expect, it } from 'vitest';
import { cropToInk, defaultOcrWorkers, readingOrder, toPgm } from './ocr-pool.ts';

/** A white page with dark rectangles at the given boxes. */
function page(width: number, height: number, boxes: [number, number, number, number][]) {
  const gray = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of boxes)
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) gray[y * width + x] = 20;
  return { gray, width, height };
}

describe('cropToInk', () => {
  it('cuts a large page to its ink plus a 32 px margin and reports the offset', () => {
    const img = page(2000, 3000, [
      [500, 400, 1500, 420],
      [600, 900, 1400, 930],
    ]);
    const { img: cut, dx, dy } = cropToInk(img);
    expect([dx, dy]).toEqual([500 - 32, 400 - 32]);
    expect([cut.width, cut.height]).toEqual([1500 - 500 + 1 + 64, 930 - 400 + 1 + 64]);
    // The pixel at the crop origin + margin is the first ink pixel of the page.
    expect(cut.gray[32 * cut.width + 32]).toBe(20);
    expect(cut.gray[0]).toBe(255);
    // Every ink pixel survives the cut.
    const ink = (g: Uint8Array) => g.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
    expect(ink(cut.gray)).toBe(ink(img.gray));
  });

  it('leaves small images, full pages and blank pages alone', () => {
    const small = page(800, 600, [[100, 100, 200, 120]]);
    expect(cropToInk(small).img).toBe(small);
    const full = page(2000, 3000, [[10, 10, 1990, 2990]]);
    expect(cropToInk(full).img).toBe(full);
    const blank = page(2000, 3000, []);
    expect(cropToInk(blank)).toEqual({ img: blank, dx: 0, dy: 0 });
  });

  it('ignores isolated noise pixels when finding the ink', () => {
    const img = page(2000, 3000, [
      [500, 400, 1500, 420],
      [5, 5, 5, 5],
      [1990, 2990, 1990, 2990],
    ]);
    const { dx, dy } = cropToInk(img);
    expect([dx, dy]).toEqual([468, 368]);
  });
});

describe('toPgm / defaultOcrWorkers', () => {
  it('wraps a raster as binary PGM', () => {
    const pgm = toPgm({ gray: new Uint8Array([0, 128, 255, 7]), width: 2, height: 2 });
    expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n2 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 128, 255, 7]);
  });
  it('reads OCR_WORKERS and falls back to the core count', () => {
    expect(defaultOcrWorkers('3')).toBe(3);
    expect(defaultOcrWorkers('0')).toBeGreaterThanOrEqual(1);
    expect(defaultOcrWorkers('x')).toBeGreaterThanOrEqual(1);
  });
});

describe('readingOrder', () => {
  const w = (text: string, x0: number) => ({ text, confidence: 40, bbox: { x0, y0: 0, x1: x0 + 50, y1: 20 } });

  it('turns a raw-line read marked left-to-right back into reading order', () => {
    expect(readingOrder([w('هناخریبد\u200e', 0)]).map((x) => x.text)).toEqual(['دبیرخانه']);
    expect(readingOrder([w('هاگرارق', 0), w('هناخریبد\u200e', 60)]).map((x) => x.text)).toEqual([
      'دبیرخانه',
      'قرارگاه',
    ]);
  });

  it('leaves unmarked lines and lines with Latin or digit runs alone', () => {
    const plain = [w('دبیرخانه', 0)];
    expect(readingOrder(plain)).toBe(plain);
    const mixed = [w('تاریخ', 0), w('1402/09/01\u200e', 60)];
    expect(readingOrder(mixed)).toBe(mixed);
  });
});
