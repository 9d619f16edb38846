/**
 * Scan preprocessing before OCR (tessdoc "ImproveQuality"): grayscale, dark-border crop,
 * deskew, denoise, binarization; and text-line finding for the OCR coverage check.
 * Works on 8-bit grayscale rasters; sharp (libvips) does the heavy pixel work.
 */
import sharp from 'sharp';
import type { Rule } from './table-grid.ts';

/** An 8-bit grayscale raster (one byte per pixel, rows top to bottom). */
export interface GrayImage {
  gray: Uint8Array;
  width: number;
  height: number;
}

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

/** Otsu's threshold of a grayscale histogram. */
export function otsuThreshold(gray: Uint8Array): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < gray.length; i++) hist[gray[i]!]!++;
  const total = gray.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let bestT = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      bestT = t;
    }
  }
  return bestT;
}

/**
 * Binarization threshold: Otsu's, but never inside the background's noise. On a mostly blank
 * noisy page the histogram is one broad background peak and Otsu splits it in two, turning
 * half the background into "ink" that Tesseract reads as garbage (measured: 493 % CER on a
 * two-line page). The background level is the median (text covers well under half a page) and
 * its spread comes from the dark side only (the light side is clipped at 255):
 * σ ≈ (p50 − p25) / 0.674; the threshold stays at least 5σ below the background.
 */
export function inkThreshold(gray: Uint8Array): number {
  const otsu = otsuThreshold(gray);
  const hist = new Float64Array(256);
  for (let i = 0; i < gray.length; i++) hist[gray[i]!]!++;
  const quantile = (q: number): number => {
    const want = gray.length * q;
    let acc = 0;
    for (let t = 0; t < 256; t++) {
      acc += hist[t]!;
      if (acc >= want) return t;
    }
    return 255;
  };
  const bg = quantile(0.5);
  const sigma = Math.max(1, (bg - quantile(0.25)) / 0.674);
  return Math.max(0, Math.min(otsu, Math.floor(bg - 5 * sigma)));
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
  const small = await sharp(Buffer.from(img.gray.buffer, img.gray.byteOffset, img.gray.byteLength), {
    raw: { width: img.width, height: img.height, channels: 1 },
  })
    .resize(w, h, { kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
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

/** 3×3 medians sampled on a regular grid (see {@link sampleMedians}). */
export interface MedianGrid {
  values: Uint8Array;
  /** Grid columns and rows. */
  cols: number;
  rows: number;
  /** Pixel distance between samples; sample (i, j) is at x = 1 + i·step, y = 1 + j·step. */
  step: number;
}

/**
 * 3×3 medians of the gray image at every `step`-th pixel in both directions: the histogram the
 * binarization threshold is chosen from, as if the whole page had been median-filtered
 * (a sorting network of Paeth / Devillard, 19 exchanges, on locals for speed). Measured against
 * sharp's `median(3)` + sampling on an A4 page at 300 dpi: identical values, 185 ms vs 3 314 ms
 * (every pixel: 1 709 ms vs 2 943 ms), so the network stays.
 */
export function sampleMedians(img: GrayImage, step = 3): MedianGrid {
  const { gray, width, height } = img;
  const cols = Math.max(0, Math.ceil((width - 2) / step));
  const rows = Math.max(0, Math.ceil((height - 2) / step));
  const values = new Uint8Array(cols * rows);
  let n = 0;
  for (let y = 1; y < height - 1; y += step) {
    for (let x = 1; x < width - 1; x += step) {
      const a = (y - 1) * width + x;
      const b = a + width;
      const c = b + width;
      let p0 = gray[a - 1]!;
      let p1 = gray[a]!;
      let p2 = gray[a + 1]!;
      let p3 = gray[b - 1]!;
      let p4 = gray[b]!;
      let p5 = gray[b + 1]!;
      let p6 = gray[c - 1]!;
      let p7 = gray[c]!;
      let p8 = gray[c + 1]!;
      let t = 0;
      if (p1 > p2) {
        t = p1;
        p1 = p2;
        p2 = t;
      }
      if (p4 > p5) {
        t = p4;
        p4 = p5;
        p5 = t;
      }
      if (p7 > p8) {
        t = p7;
        p7 = p8;
        p8 = t;
      }
      if (p0 > p1) {
        t = p0;
        p0 = p1;
        p1 = t;
      }
      if (p3 > p4) {
        t = p3;
        p3 = p4;
        p4 = t;
      }
      if (p6 > p7) {
        t = p6;
        p6 = p7;
        p7 = t;
      }
      if (p1 > p2) {
        t = p1;
        p1 = p2;
        p2 = t;
      }
      if (p4 > p5) {
        t = p4;
        p4 = p5;
        p5 = t;
      }
      if (p7 > p8) {
        t = p7;
        p7 = p8;
        p8 = t;
      }
      if (p0 > p3) {
        t = p0;
        p0 = p3;
        p3 = t;
      }
      if (p5 > p8) {
        t = p5;
        p5 = p8;
        p8 = t;
      }
      if (p4 > p7) {
        t = p4;
        p4 = p7;
        p7 = t;
      }
      if (p3 > p6) {
        t = p3;
        p3 = p6;
        p6 = t;
      }
      if (p1 > p4) {
        t = p1;
        p1 = p4;
        p4 = t;
      }
      if (p2 > p5) {
        t = p2;
        p2 = p5;
        p5 = t;
      }
      if (p4 > p7) {
        t = p4;
        p4 = p7;
        p7 = t;
      }
      if (p4 > p2) {
        t = p4;
        p4 = p2;
        p2 = t;
      }
      if (p6 > p4) {
        t = p6;
        p6 = p4;
        p4 = t;
      }
      if (p4 > p2) {
        t = p4;
        p4 = p2;
        p2 = t;
      }
      values[n++] = p4;
    }
  }
  return { values, cols, rows, step };
}

/** The grid's samples that fall inside `box`. */
export function mediansIn(
  grid: MedianGrid,
  box: { left: number; top: number; width: number; height: number },
): Uint8Array {
  const i0 = Math.max(0, Math.ceil((box.left - 1) / grid.step));
  const i1 = Math.min(grid.cols, Math.ceil((box.left + box.width - 1) / grid.step));
  const j0 = Math.max(0, Math.ceil((box.top - 1) / grid.step));
  const j1 = Math.min(grid.rows, Math.ceil((box.top + box.height - 1) / grid.step));
  if (i1 <= i0 || j1 <= j0) return grid.values;
  const out = new Uint8Array((i1 - i0) * (j1 - j0));
  let n = 0;
  for (let j = j0; j < j1; j++) {
    out.set(grid.values.subarray(j * grid.cols + i0, j * grid.cols + i1), n);
    n += i1 - i0;
  }
  return out;
}

/**
 * Binarize and apply a 3×3 majority filter: a pixel is ink when at least 5 of its 9
 * neighbours (itself included; outside the image counts as paper) are at most `threshold`.
 * This is exactly the binarized 3×3 median (a median is ≤ t iff ≥ 5 of the 9 values are), at a
 * fraction of libvips' cost: running column sums over a 0/1 raster instead of sorting.
 */
export function binarizeMajority3(gray: Uint8Array, width: number, height: number, threshold: number): Uint8Array {
  const ink = new Uint8Array(gray.length);
  for (let i = 0; i < gray.length; i++) ink[i] = gray[i]! <= threshold ? 1 : 0;
  const out = new Uint8Array(gray.length);
  const col = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    // col[x] = ink count of column x over rows y-1..y+1.
    const row = y * width;
    for (let x = 0; x < width; x++) {
      let c = ink[row + x]!;
      if (y > 0) c += ink[row - width + x]!;
      if (y + 1 < height) c += ink[row + width + x]!;
      col[x] = c;
    }
    let sum = col[0]! + (width > 1 ? col[1]! : 0);
    for (let x = 0; x < width; x++) {
      out[row + x] = sum >= 5 ? 0 : 255;
      if (x >= 1) sum -= col[x - 1]!;
      if (x + 2 < width) sum += col[x + 2]!;
    }
  }
  return out;
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
  let pipeline = sharp(Buffer.from(input.gray.buffer, input.gray.byteOffset, input.gray.byteLength), {
    raw: { width: input.width, height: input.height, channels: 1 },
  });
  if (Math.abs(skew) >= 0.1) pipeline = pipeline.rotate(-skew, { background: { r: 255, g: 255, b: 255 } });
  const { data, info } = await pipeline.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`preprocess: expected 1 channel, got ${info.channels}`);
  const straight: GrayImage = {
    gray: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
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
  const cropped = await sharp(Buffer.from(straight.gray.buffer, straight.gray.byteOffset, straight.gray.byteLength), {
    raw: { width: straight.width, height: straight.height, channels: 1 },
  })
    .extract(box)
    .extractChannel(0)
    .raw()
    .toBuffer();
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

/**
 * Erase table borders and rules in place: black horizontal runs longer than a quarter of the
 * page and vertical runs longer than ~2.5 text lines. Returns the erased runs. Tesseract reads bordered tables as
 * garbage; without the borders each table row is an ordinary line. Text strokes are never
 * that long (a Persian word's baseline is a few hundred pixels at most at 300 DPI).
 */
export function removeRules(bin: Uint8Array, width: number, height: number, alsoWhiten?: Uint8Array): Rule[] {
  const minH = Math.max(120, Math.round(width * 0.25));
  const minV = Math.max(120, Math.round(height * 0.04));
  const erase: [number, number, number, boolean][] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const black = x < width && bin[row + x] === 0;
      if (black && start < 0) start = x;
      if (!black && start >= 0) {
        if (x - start >= minH) erase.push([y, start, x, true]);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const black = y < height && bin[y * width + x] === 0;
      if (black && start < 0) start = y;
      if (!black && start >= 0) {
        if (y - start >= minV) erase.push([x, start, y, false]);
        start = -1;
      }
    }
  }
  for (const [fixed, a, b, horizontal] of erase) {
    for (let i = a; i < b; i++) {
      const at = horizontal ? fixed * width + i : i * width + fixed;
      bin[at] = 255;
      if (alsoWhiten) alsoWhiten[at] = 255;
    }
  }
  return erase.map(([at, from, to, horizontal]) => ({ horizontal, at, from, to: to - 1 }));
}

/**
 * Remove speckle in place: 8-connected black components whose bounding box is smaller than
 * 15 % of the median glyph-component height in both directions (Persian dots are ~25 % of it,
 * so they stay). The median is taken over components of at least 6 px (speckle would drag it
 * down on a noisy, mostly blank page); without such components every component under 4 px
 * goes. Returns the number of components removed.
 */
export function removeSpeckle(bin: Uint8Array, width: number, height: number, alsoWhiten?: Uint8Array): number {
  const labels = new Int32Array(bin.length).fill(-1);
  const minX: number[] = [];
  const maxX: number[] = [];
  const minY: number[] = [];
  const maxY: number[] = [];
  const stack: number[] = [];
  let n = 0;
  for (let start = 0; start < bin.length; start++) {
    if (bin[start] !== 0 || labels[start]! >= 0) continue;
    const id = n++;
    let x0 = width;
    let x1 = -1;
    let y0 = height;
    let y1 = -1;
    labels[start] = id;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop()!;
      const y = (p / width) | 0;
      const x = p - y * width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (bin[q] === 0 && labels[q]! < 0) {
            labels[q] = id;
            stack.push(q);
          }
        }
      }
    }
    minX.push(x0);
    maxX.push(x1);
    minY.push(y0);
    maxY.push(y1);
  }
  const heights: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = maxY[i]! - minY[i]! + 1;
    if (h >= 6) heights.push(h);
  }
  heights.sort((a, b) => a - b);
  const medianH = heights.length ? heights[heights.length >> 1]! : 0;
  const minSize = Math.max(3, Math.round(medianH * 0.15));
  const drop = new Uint8Array(n);
  let removed = 0;
  for (let i = 0; i < n; i++) {
    if (maxX[i]! - minX[i]! + 1 < minSize && maxY[i]! - minY[i]! + 1 < minSize) {
      drop[i] = 1;
      removed++;
    }
  }
  if (removed === 0) return 0;
  for (let p = 0; p < bin.length; p++) {
    const l = labels[p]!;
    if (l >= 0 && drop[l]) {
      bin[p] = 255;
      if (alsoWhiten) alsoWhiten[p] = 255;
    }
  }
  return removed;
}

export interface LineBand {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Text lines of a binary page by horizontal projection. Table rules and vertical lines are
 * discounted (long dark runs are not text), dots and diacritics are merged into their line.
 */
export function findTextLines(img: GrayImage): LineBand[] {
  const { gray, width, height } = img;
  const ink = new Float64Array(height);
  const maxRun = Math.max(40, Math.round(width * 0.05));
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let run = 0;
    let count = 0;
    for (let x = 0; x < width; x++) {
      if (gray[row + x] === 0) {
        run++;
      } else {
        if (run > 0 && run < maxRun) count += run;
        run = 0;
      }
    }
    if (run > 0 && run < maxRun) count += run;
    ink[y] = count;
  }
  // Vertical rules: columns that are dark for most of the height add a constant to every row.
  const colDark = new Uint32Array(width);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) if (gray[row + x] === 0) colDark[x]!++;
  }
  const ruleCols: number[] = [];
  for (let x = 0; x < width; x++) if (colDark[x]! > height * 0.08) ruleCols.push(x);
  if (ruleCols.length > 0 && ruleCols.length < width * 0.05) {
    for (let y = 0; y < height; y++) {
      let r = 0;
      for (const x of ruleCols) if (gray[y * width + x] === 0) r++;
      ink[y] = Math.max(0, ink[y]! - r);
    }
  }
  const minInk = Math.max(3, width * 0.002);
  const bands: LineBand[] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const on = y < height && ink[y]! >= minInk;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      bands.push({ top: start, bottom: y - 1, left: 0, right: width - 1 });
      start = -1;
    }
  }
  if (bands.length === 0) return [];
  const heights = bands.map((b) => b.bottom - b.top + 1).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)]!;
  // Merge dots/diacritics bands into the neighbouring line when close.
  const merged: LineBand[] = [];
  for (const b of bands) {
    const last = merged[merged.length - 1];
    const h = b.bottom - b.top + 1;
    const lastH = last ? last.bottom - last.top + 1 : 0;
    if (last && b.top - last.bottom < median * 0.35 && (h < median * 0.5 || lastH < median * 0.5)) {
      last.bottom = b.bottom;
    } else merged.push({ ...b });
  }
  const lines = merged.filter((b) => b.bottom - b.top + 1 >= Math.max(8, median * 0.4));
  for (const b of lines) {
    let l = width;
    let r = 0;
    for (let y = b.top; y <= b.bottom; y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) {
        if (gray[row + x] === 0) {
          if (x < l) l = x;
          if (x > r) r = x;
        }
      }
    }
    b.left = l;
    b.right = r;
  }
  return lines;
}
