/**
 * Preprocessing on synthetic rasters (no OCR, no files): deskew direction, the binarization
 * floor on noisy blank pages, speckle removal, the binarized 3×3 median.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  binarizeMajority3,
  estimateSkew,
  findTextLines,
  inkThreshold,
  mediansIn,
  otsuThreshold,
  preprocessForOcr,
  removeSpeckle,
  sampleMedians,
  type GrayImage,
} from './image-preprocess.ts';

/** Seeded PRNG (mulberry32) so the synthetic pages are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A white page with `lines` rows of word-like black blocks (gaps between words). */
function textLikePage(width: number, height: number, lines: number, seed = 1): GrayImage {
  const gray = new Uint8Array(width * height).fill(255);
  const rnd = prng(seed);
  const lineH = 22;
  const pitch = Math.floor((height - 120) / lines);
  for (let i = 0; i < lines; i++) {
    const top = 60 + i * pitch;
    let x = 80;
    while (x < width - 120) {
      const w = 30 + Math.floor(rnd() * 90);
      for (let y = top; y < top + lineH; y++)
        for (let xx = x; xx < Math.min(width - 80, x + w); xx++) gray[y * width + xx] = 0;
      x += w + 12 + Math.floor(rnd() * 10);
    }
  }
  return { gray, width, height };
}

/** Rotate like a scanner would (sharp: positive = clockwise), white fill. */
async function rotate(img: GrayImage, degrees: number): Promise<GrayImage> {
  const { data, info } = await sharp(Buffer.from(img.gray), {
    raw: { width: img.width, height: img.height, channels: 1 },
  })
    .rotate(degrees, { background: { r: 255, g: 255, b: 255 } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: new Uint8Array(data), width: info.width, height: info.height };
}

function addNoise(img: GrayImage, sigma: number, seed: number): GrayImage {
  const rnd = prng(seed);
  const gray = new Uint8Array(img.gray.length);
  for (let i = 0; i < gray.length; i++) {
    const g = Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
    gray[i] = Math.max(0, Math.min(255, Math.round(img.gray[i]! + g * sigma)));
  }
  return { ...img, gray };
}

describe('deskew', () => {
  // Regression: the page was once rotated by +skew, doubling the tilt instead of removing it.
  it.each([1.4, -1.1, 2.5, -3])('straightens a page rotated by %s° (residual skew ≈ 0)', async (angle) => {
    const page = await rotate(textLikePage(1000, 800, 12), angle);
    const before = await estimateSkew(page, otsuThreshold(page.gray));
    expect(Math.abs(before)).toBeGreaterThan(Math.abs(angle) * 0.7);
    const pre = await preprocessForOcr(page);
    expect(pre.deskewAngle).toBeCloseTo(before, 5);
    const residual = await estimateSkew(pre, 128);
    expect(Math.abs(residual)).toBeLessThanOrEqual(0.2);
  });
  it('leaves a straight page alone', async () => {
    const pre = await preprocessForOcr(textLikePage(1000, 800, 12));
    expect(pre.deskewAngle).toBe(0);
  });
});

describe('binarization on noisy pages', () => {
  it('keeps the threshold below the background noise of a nearly blank page', async () => {
    // Two short lines on an otherwise empty page, then scanner noise: Otsu alone splits the
    // background peak.
    const width = 1200;
    const height = 1600;
    const blank: GrayImage = { gray: new Uint8Array(width * height).fill(255), width, height };
    // Two short lines of thin 30-px strokes with a baseline, dark gray like blurred print.
    for (const top of [100, 180]) {
      for (let x = 700; x < 1100; x += 14)
        for (let y = top; y < top + 30; y++) blank.gray.fill(60, y * width + x, y * width + x + 3);
      for (let y = top + 26; y < top + 30; y++) blank.gray.fill(60, y * width + 700, y * width + 1100);
    }
    const noisy = addNoise(blank, 25, 7);
    expect(otsuThreshold(noisy.gray)).toBeGreaterThan(200);
    expect(inkThreshold(noisy.gray)).toBeLessThan(200);
    const pre = await preprocessForOcr(noisy);
    const lines = findTextLines(pre);
    expect(lines).toHaveLength(2);
  });
  it('leaves a clean page’s Otsu threshold unchanged', () => {
    const page = textLikePage(600, 400, 5);
    expect(inkThreshold(page.gray)).toBe(otsuThreshold(page.gray));
  });
});

describe('removeSpeckle', () => {
  it('removes specks smaller than a fraction of the glyph height and keeps glyphs and dots', () => {
    const width = 200;
    const height = 100;
    const bin = new Uint8Array(width * height).fill(255);
    const box = (x: number, y: number, w: number, h: number): void => {
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) bin[yy * width + xx] = 0;
    };
    // Glyph strokes 40 px tall, a 9 px dot, three 2 px specks.
    box(20, 20, 8, 40);
    box(50, 20, 8, 40);
    box(80, 20, 30, 40);
    box(120, 5, 9, 9);
    box(150, 80, 2, 2);
    box(170, 10, 1, 1);
    box(5, 90, 2, 1);
    expect(removeSpeckle(bin, width, height)).toBe(3);
    expect(bin[81 * width + 150]).toBe(255);
    expect(bin[8 * width + 124]).toBe(0);
    expect(bin[30 * width + 22]).toBe(0);
  });
});

describe('binarized 3×3 median', () => {
  const w = 97;
  const h = 61;
  const random = (seed: number): Uint8Array => {
    const r = prng(seed);
    return Uint8Array.from({ length: w * h }, () => Math.floor(r() * 256));
  };
  const libvipsMedian = async (g: Uint8Array): Promise<Buffer> =>
    sharp(Buffer.from(g), { raw: { width: w, height: h, channels: 1 } })
      .median(3)
      .extractChannel(0)
      .raw()
      .toBuffer();

  it.each([
    [1, 60],
    [2, 128],
    [3, 200],
  ])('majority filter equals threshold(median3) inside the image (seed %s, t %s)', async (seed, t) => {
    const g = random(seed);
    const med = await libvipsMedian(g);
    const maj = binarizeMajority3(g, w, h, t);
    let diff = 0;
    for (let y = 1; y < h - 1; y++)
      for (let x = 1; x < w - 1; x++) if ((med[y * w + x]! <= t ? 0 : 255) !== maj[y * w + x]) diff++;
    expect(diff).toBe(0);
  });

  it('removes an isolated ink pixel and keeps a 3-pixel-thick stroke', () => {
    const g = new Uint8Array(w * h).fill(255);
    g[10 * w + 10] = 0;
    for (let y = 30; y < 33; y++) for (let x = 20; x < 60; x++) g[y * w + x] = 0;
    const maj = binarizeMajority3(g, w, h, 128);
    expect(maj[10 * w + 10]).toBe(255);
    expect(maj[31 * w + 40]).toBe(0);
    expect(maj[30 * w + 40]).toBe(0);
  });

  it('samples the same medians as libvips, and mediansIn keeps the samples inside a box', async () => {
    const g = random(4);
    const med = await libvipsMedian(g);
    const grid = sampleMedians({ gray: g, width: w, height: h }, 2);
    let diff = 0;
    for (let j = 0; j < grid.rows; j++)
      for (let i = 0; i < grid.cols; i++) {
        if (grid.values[j * grid.cols + i] !== med[(1 + j * 2) * w + 1 + i * 2]) diff++;
      }
    expect(diff).toBe(0);
    const box = { left: 10, top: 5, width: 20, height: 9 };
    const inside = mediansIn(grid, box);
    const want: number[] = [];
    for (let j = 0; j < grid.rows; j++)
      for (let i = 0; i < grid.cols; i++) {
        const x = 1 + i * 2;
        const y = 1 + j * 2;
        if (x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height)
          want.push(grid.values[j * grid.cols + i]!);
      }
    expect([...inside]).toEqual(want);
  });
});
