/**
 * Effective resolution of a scan, measured from its ink rather than read from its metadata
 * (offices' 150-DPI JPEGs carry 72 or no DPI, phone photos carry none): the height of the
 * page's letter bodies, from its connected components. Tesseract's LSTM reads Persian best at
 * the letter size of a 300-DPI page of 11–14-pt text; smaller renders are enlarged to that size
 * before any preprocessing (binarization, despeckling and line finding all assume it).
 */
import { sharpGray, toGray } from './gray-image.ts';
import type { GrayImage } from './image-preprocess.ts';
import { otsuThreshold } from './image-preprocess.ts';

/**
 * Typical component height (px) of 12-pt Persian text at 300 DPI in the faces offices use
 * (Nazli, Vazirmatn; measured on the bench's 300-DPI renders: 30 and 35 px; their 150-DPI renders
 * measure 15 and 18, their 100-DPI renders 10 and 12: the measure scales with the resolution).
 */
export const TARGET_TEXT_HEIGHT = 30;
/** Pages are never enlarged more than this (a 60-DPI photocopy becomes 240 DPI). */
const MAX_UPSCALE = 4;
/** Enlarging by less than this gains nothing and costs time. */
const MIN_UPSCALE = 1.3;
/** Upscaled pages stay under this many pixels (A4 at 300 DPI is 8.7 MP). */
const MAX_SCALED_PIXELS = 20_000_000;

export interface TextSize {
  /** Typical height (px) of the letter-body components; 0 when the page has too little ink. */
  height: number;
  /** Components measured. */
  components: number;
}

/**
 * The typical height of the page's letter bodies: connected components of the ink (Otsu
 * threshold, 8-connected) that are neither specks nor rules/blocks, then the 75th percentile of
 * their heights — dots and diacritics are the many small components below it, the median falls
 * among them, while tall letters (ا، ل، ک) sit above.
 */
export async function measureTextHeight(img: GrayImage): Promise<TextSize> {
  // Large pages are measured at half size (the labelling is linear in pixels; 15 px letters
  // still measure to a pixel).
  if (img.width * img.height > HALF_SIZE_PIXELS) {
    const half = await scaleGray(img, 0.5);
    const s = componentHeight(half);
    return { height: s.height * (img.width / half.width), components: s.components };
  }
  return componentHeight(img);
}

/** Pages larger than this are measured at half size. */
const HALF_SIZE_PIXELS = 3_000_000;

function componentHeight(img: GrayImage): TextSize {
  const { gray, width, height } = img;
  const t = Math.min(otsuThreshold(gray), 200);
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (gray[row + x]! > t) continue;
      let l = 0;
      const join = (n: number): void => {
        if (n === 0) return;
        if (l === 0) l = n;
        else {
          const a = find(l);
          const b = find(n);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      };
      if (x > 0) join(labels[row + x - 1]!);
      if (y > 0) {
        const up = row - width;
        if (x > 0) join(labels[up + x - 1]!);
        join(labels[up + x]!);
        if (x < width - 1) join(labels[up + x + 1]!);
      }
      if (l === 0) {
        l = parent.length;
        parent.push(l);
      }
      labels[row + x] = l;
    }
  }
  const n = parent.length;
  const top = new Int32Array(n).fill(height);
  const bottom = new Int32Array(n).fill(-1);
  const left = new Int32Array(n).fill(width);
  const right = new Int32Array(n).fill(-1);
  const area = new Int32Array(n);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const l0 = labels[row + x]!;
      if (l0 === 0) continue;
      const l = find(l0);
      area[l]!++;
      if (y < top[l]!) top[l] = y;
      if (y > bottom[l]!) bottom[l] = y;
      if (x < left[l]!) left[l] = x;
      if (x > right[l]!) right[l] = x;
    }
  }
  const heights: number[] = [];
  for (let l = 1; l < n; l++) {
    if (area[l] === 0) continue;
    const h = bottom[l]! - top[l]! + 1;
    const w = right[l]! - left[l]! + 1;
    // Specks, rules (long and thin), frames and pictures (huge) are not letters.
    if (area[l]! < 3 || h > height / 8 || w > width / 4 || w > 12 * h || h > 12 * w) continue;
    heights.push(h);
  }
  if (heights.length < 30) return { height: 0, components: heights.length };
  heights.sort((a, b) => a - b);
  return { height: heights[Math.floor(heights.length * 0.75)]!, components: heights.length };
}

/** The factor a page should be enlarged by (1 when it is already large enough or has no text). */
export function upscaleFactor(size: TextSize, img: { width: number; height: number }): number {
  if (size.height <= 0) return 1;
  let f = Math.min(MAX_UPSCALE, TARGET_TEXT_HEIGHT / size.height);
  f = Math.min(f, Math.sqrt(MAX_SCALED_PIXELS / (img.width * img.height)));
  return f >= MIN_UPSCALE ? f : 1;
}

/** Resize a grayscale page by `factor` (Lanczos; edges stay anti-aliased). */
export async function scaleGray(img: GrayImage, factor: number): Promise<GrayImage> {
  if (factor === 1) return img;
  return toGray(
    sharpGray(img).resize(Math.round(img.width * factor), Math.round(img.height * factor), { kernel: 'lanczos3' }),
  );
}

/** Width (px) of the copy {@link inkShare} measures on (area-averaged: scanner grain cancels out). */
const INK_SIDE = 400;
/** Darker than the paper by this many levels on that copy counts as ink. */
const INK_CONTRAST = 20;

/**
 * Share of the page (0..1) covered by ink, measured on a small area-averaged copy against the
 * paper's level (its 90th percentile): text blurred past reading into grey smudges still counts,
 * where it leaves no letter-sized components; grain and JPEG noise average out.
 */
export async function inkShare(img: GrayImage): Promise<number> {
  const w = Math.min(INK_SIDE, img.width);
  const data = await sharpGray(img).resize({ width: w, kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  const hist = new Uint32Array(256);
  for (const v of data) hist[v]!++;
  let paper = 255;
  for (let acc = 0; paper > 0; paper--) if ((acc += hist[paper]!) >= data.length * 0.1) break;
  let dark = 0;
  for (let v = 0; v < paper - INK_CONTRAST; v++) dark += hist[v]!;
  return data.length ? dark / data.length : 0;
}
