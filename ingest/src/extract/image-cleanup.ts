/**
 * Cleanup of a binarized page before OCR: table rules and speckle are erased in place; text
 * lines are found by horizontal projection for the OCR coverage check.
 */
import type { GrayImage } from './gray-image.ts';
import type { Rule } from './table-grid.ts';

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
