/**
 * Scan preprocessing before OCR (tessdoc "ImproveQuality"): grayscale, dark-border crop,
 * deskew, denoise, binarization; and text-line finding for the OCR coverage check.
 * Works on 8-bit grayscale rasters; sharp (libvips) does the heavy pixel work.
 */
import { binarizeMajority3, inkThreshold, mediansIn, sampleMedians } from './image-binarize.ts';
import { removeRules, removeSpeckle } from './image-cleanup.ts';
import { sharpGray, toGray, type GrayImage } from './gray-image.ts';
import type { Rule } from './table-grid.ts';

export {
  binarizeMajority3,
  inkThreshold,
  mediansIn,
  otsuThreshold,
  sampleMedians,
  type MedianGrid,
} from './image-binarize.ts';
export { findTextLines, removeRules, removeSpeckle, type LineBand } from './image-cleanup.ts';

export type { GrayImage } from './gray-image.ts';

export interface PreprocessedImage extends GrayImage {
  /** Degrees the page was rotated by to straighten it. */
  deskewAngle: number;
  /** Binarization threshold used (Otsu, floored below the background noise; see {@link inkThreshold}). */
  threshold: number;
  /** Speckle components removed before line finding. */
  specks: number;
  /** Estimated noise level (mean absolute Laplacian on the background). */
  noise: number;
  /**
   * The same straightened, cropped, denoised page in grayscale with the erased rules whitened:
   * Tesseract's LSTM reads line images from the gray image, so anti-aliasing survives.
   */
  soft: Uint8Array;
  /** The erased rules (pixel runs, in this image's coordinates): the grid of ruled tables. */
  rules: Rule[];
}

/** Noise estimate: mean |pixel − right neighbour| over light (background) pixels. */
function estimateNoise(img: GrayImage): number {
  let acc = 0;
  let n = 0;
  const { gray, width, height } = img;
  for (let y = 0; y < height; y += 4) {
    const row = y * width;
    for (let x = 0; x < width - 1; x += 3) {
      const a = gray[row + x]!;
      if (a < 150) continue;
      acc += Math.abs(a - gray[row + x + 1]!);
      n++;
    }
  }
  return n === 0 ? 0 : acc / n;
}

/**
 * Crop dark scanner borders (rows/columns at the edges that are mostly dark) and then the
 * empty margin, keeping `margin` px of white around the text (Tesseract wants some).
 */
function cropBox(
  img: GrayImage,
  threshold: number,
  margin: number,
): { left: number; top: number; width: number; height: number } {
  const { gray, width, height } = img;
  const darkRow = (y: number): number => {
    let d = 0;
    for (let x = 0; x < width; x += 2) if (gray[y * width + x]! < threshold) d++;
    return d / Math.ceil(width / 2);
  };
  const darkCol = (x: number): number => {
    let d = 0;
    for (let y = 0; y < height; y += 2) if (gray[y * width + x]! < threshold) d++;
    return d / Math.ceil(height / 2);
  };
  let top = 0;
  let bottom = height - 1;
  let left = 0;
  let right = width - 1;
  const edge = 0.5;
  while (top < height / 4 && darkRow(top) > edge) top++;
  while (bottom > (height * 3) / 4 && darkRow(bottom) > edge) bottom--;
  while (left < width / 4 && darkCol(left) > edge) left++;
  while (right > (width * 3) / 4 && darkCol(right) > edge) right--;
  // Skip a few pixels past the border's soft edge.
  if (top > 0) top = Math.min(height - 1, top + 4);
  if (left > 0) left = Math.min(width - 1, left + 4);
  if (bottom < height - 1) bottom = Math.max(0, bottom - 4);
  if (right < width - 1) right = Math.max(0, right - 4);
  return inkBox(img, threshold, margin, { left, top, right, bottom });
}

/**
 * The box around the ink of `img` (pixels darker than `threshold`) within `within` (default the
 * whole image), widened by `margin` px of white but never past `within`. Rows and columns count
 * as ink from 3 dark pixels on, so isolated noise pixels on a noisy scan do not stretch the box
 * to the whole page. A page without ink gets the whole image.
 */
export function inkBox(
  img: GrayImage,
  threshold: number,
  margin: number,
  within: { left: number; top: number; right: number; bottom: number } = {
    left: 0,
    top: 0,
    right: img.width - 1,
    bottom: img.height - 1,
  },
): { left: number; top: number; width: number; height: number } {
  const { gray, width, height } = img;
  const { left, top, right, bottom } = within;
  const rowInk = new Uint32Array(height);
  const colInk = new Uint32Array(width);
  for (let y = top; y <= bottom; y += 1) {
    const row = y * width;
    let n = 0;
    for (let x = left; x <= right; x += 1) {
      if (gray[row + x]! < threshold) {
        n++;
        colInk[x]!++;
      }
    }
    rowInk[y] = n;
  }
  let cTop = top;
  while (cTop <= bottom && rowInk[cTop]! < 3) cTop++;
  let cBottom = bottom;
  while (cBottom >= top && rowInk[cBottom]! < 3) cBottom--;
  let cLeft = left;
  while (cLeft <= right && colInk[cLeft]! < 3) cLeft++;
  let cRight = right;
  while (cRight >= left && colInk[cRight]! < 3) cRight--;
  if (cBottom <= cTop || cRight <= cLeft) return { left: 0, top: 0, width, height };
  const l = Math.max(left, cLeft - margin);
  const t = Math.max(top, cTop - margin);
  const r = Math.min(right, cRight + margin);
  const b = Math.min(bottom, cBottom + margin);
  return { left: l, top: t, width: r - l + 1, height: b - t + 1 };
}

/**
 * Skew angle in degrees (positive = text rises to the right) by maximizing the variance of the
 * horizontal projection of a downsampled binary image over −5°…5°.
 */
export async function estimateSkew(img: GrayImage, threshold: number): Promise<number> {
  const targetW = 900;
  const scale = Math.min(1, targetW / img.width);
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const small = await sharpGray(img).resize(w, h, { kernel: 'linear' }).extractChannel(0).raw().toBuffer();
  const pts: [number, number][] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (small[y * w + x]! < threshold) pts.push([x, y]);
  if (pts.length < 50) return 0;
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(h * 2 + w);
    const off = w;
    for (const [x, y] of pts) {
      const yy = Math.round(y - (x - w / 2) * t) + off;
      if (yy >= 0 && yy < bins.length) bins[yy]!++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -5; d <= 5.0001; d += 0.25) {
    const sc = score(d);
    if (sc > bestScore) {
      bestScore = sc;
      best = d;
    }
  }
  // Refine around the coarse optimum.
  const coarse = best;
  for (let d = coarse - 0.25; d <= coarse + 0.25001; d += 0.05) {
    const sc = score(d);
    if (sc > bestScore) {
      bestScore = sc;
      best = d;
    }
  }
  return Math.round(best * 100) / 100;
}

/**
 * Preprocess a page for OCR: dark-border and margin crop, deskew, contrast stretch and
 * binarization, with a 3×3 majority filter (the binarized median) when the scan is noisy.
 * Returns a binary (0/255) grayscale image.
 */
export async function preprocessForOcr(input: GrayImage): Promise<PreprocessedImage> {
  const noise = estimateNoise(input);
  let t0 = inkThreshold(input.gray);
  const skew = await estimateSkew(input, t0);
  let pipeline = sharpGray(input);
  if (Math.abs(skew) >= 0.1) pipeline = pipeline.rotate(-skew, { background: { r: 255, g: 255, b: 255 } });
  const straight = await toGray(pipeline);
  // Salt-and-pepper and scanner grain: a 3×3 median removes them without eating thin strokes.
  // Done as a majority filter on the binary image; the thresholds come from sampled medians so
  // they match what the median-filtered page's histogram would give.
  const whole = { left: 0, top: 0, width: straight.width, height: straight.height };
  let box = whole;
  const grid = noise > 6 ? sampleMedians(straight) : undefined;
  if (grid) {
    t0 = inkThreshold(grid.values);
    const bin0 = binarizeMajority3(straight.gray, straight.width, straight.height, t0);
    box = cropBox({ gray: bin0, width: straight.width, height: straight.height }, 128, 40);
  } else {
    t0 = inkThreshold(straight.gray);
    box = cropBox(straight, t0, 40);
  }
  const cropped = await sharpGray(straight).extract(box).extractChannel(0).raw().toBuffer();
  const gray = new Uint8Array(cropped.buffer, cropped.byteOffset, cropped.byteLength);
  let threshold: number;
  let bin: Uint8Array;
  if (grid) {
    threshold = inkThreshold(mediansIn(grid, box));
    bin = binarizeMajority3(gray, box.width, box.height, threshold);
  } else {
    threshold = inkThreshold(gray);
    bin = new Uint8Array(gray.length);
    for (let i = 0; i < gray.length; i++) bin[i] = gray[i]! <= threshold ? 0 : 255;
  }
  const soft = new Uint8Array(gray);
  const rules = removeRules(bin, box.width, box.height, soft);
  const specks = removeSpeckle(bin, box.width, box.height, soft);
  return { gray: bin, width: box.width, height: box.height, deskewAngle: skew, threshold, noise, soft, specks, rules };
}
