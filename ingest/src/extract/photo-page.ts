/**
 * Phone photos of pages: find the page on the desk, undo the perspective, and even out the
 * light, before the page goes to the scan pipeline (which assumes a flat, evenly lit page).
 *
 * 1. Page finding: on a ~600-px copy, pixels brighter than the Otsu threshold of the blurred
 *    image are paper; the largest bright 4-connected region is the page. Scans (paper to every
 *    edge) and pages that fill almost the whole frame are left alone.
 * 2. Perspective: the page region's four corners are its extreme points along the two
 *    diagonals (min/max of x+y and x−y), refined at full size; the homography that maps the
 *    output rectangle (sized by the longer of each pair of opposite edges) onto that quadrilateral
 *    resamples the page bilinearly.
 * 3. Uneven light: the paper's brightness is estimated on a coarse grid (the 90th percentile of
 *    each cell, where text is a minority), smoothed, and every pixel is divided by it — a
 *    gradient from 1.0 to 0.55 across the page becomes a flat white background. Only done when
 *    the background varies by more than {@link LIGHT_RANGE_MIN} levels, so scans are untouched.
 */
import sharp from 'sharp';
import { sharpGray } from './gray-image.ts';
import type { GrayImage } from './image-preprocess.ts';
import { otsuThreshold } from './image-preprocess.ts';

type Point = [number, number];
export type Quad = [Point, Point, Point, Point];

/** Side (px) of the copy the page is looked for on. */
const FIND_SIDE = 600;
/** The page must cover at least this share of the frame to be taken as one. */
const MIN_PAGE_SHARE = 0.25;
/** A region covering more than this share of the frame is a scan: nothing to find. */
const MAX_PAGE_SHARE = 0.93;
/** Background brightness spread (grey levels) from which the light is evened out. */
export const LIGHT_RANGE_MIN = 30;

async function resized(img: GrayImage, w: number, h: number, blur = 0): Promise<Uint8Array> {
  let p = sharpGray(img).resize(w, h, { kernel: 'linear', fit: 'fill' });
  if (blur > 0) p = p.blur(blur);
  const data = await p.extractChannel(0).raw().toBuffer();
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The page's corners (top-left, top-right, bottom-right, bottom-left) in `img` coordinates, or
 * null when the image is not a photo of a page on a darker background.
 */
export async function findPage(img: GrayImage): Promise<Quad | null> {
  const f = Math.min(1, FIND_SIDE / Math.max(img.width, img.height));
  const w = Math.max(8, Math.round(img.width * f));
  const h = Math.max(8, Math.round(img.height * f));
  // Blur away the text so the page is one bright region.
  const small = await resized(img, w, h, 2.5);
  const t = otsuThreshold(small);
  // Largest bright 4-connected region (flood fill with an explicit stack).
  const label = new Int32Array(w * h);
  let bestLabel = 0;
  let bestArea = 0;
  let next = 1;
  const stack: number[] = [];
  for (let i = 0; i < w * h; i++) {
    if (label[i] !== 0 || small[i]! <= t) continue;
    let area = 0;
    label[i] = next;
    stack.push(i);
    while (stack.length) {
      const p = stack.pop()!;
      area++;
      const x = p % w;
      const y = (p - x) / w;
      const visit = (q: number): void => {
        if (label[q] === 0 && small[q]! > t) {
          label[q] = next;
          stack.push(q);
        }
      };
      if (x > 0) visit(p - 1);
      if (x < w - 1) visit(p + 1);
      if (y > 0) visit(p - w);
      if (y < h - 1) visit(p + w);
    }
    if (area > bestArea) {
      bestArea = area;
      bestLabel = next;
    }
    next++;
  }
  if (bestArea === 0) return null;
  // Its outline's extremes along the diagonals are the corners.
  let tl: Point = [0, 0];
  let tr: Point = [0, 0];
  let br: Point = [0, 0];
  let bl: Point = [0, 0];
  let sMin = Infinity;
  let sMax = -Infinity;
  let dMin = Infinity;
  let dMax = -Infinity;
  let touches = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (label[y * w + x] !== bestLabel) continue;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1) touches++;
      const s = x + y;
      const d = x - y;
      if (s < sMin) [sMin, tl] = [s, [x, y]];
      if (s > sMax) [sMax, br] = [s, [x, y]];
      if (d > dMax) [dMax, tr] = [d, [x, y]];
      if (d < dMin) [dMin, bl] = [d, [x, y]];
    }
  }
  const quad: Quad = [tl, tr, br, bl];
  const share = quadArea(quad) / (w * h);
  // A page running off the frame on every side is a scan (or a close-up): nothing to correct.
  if (share < MIN_PAGE_SHARE || share > MAX_PAGE_SHARE || touches > 2 * (w + h) * 0.5) return null;
  // Back to full size, half a small pixel outwards is within the blur: keep the corners as found.
  return quad.map(([x, y]) => [(x + 0.5) / f, (y + 0.5) / f]) as Quad;
}

/** Area of a quadrilateral (shoelace). */
export function quadArea(q: Quad): number {
  let a = 0;
  for (let i = 0; i < 4; i++) {
    const [x0, y0] = q[i]!;
    const [x1, y1] = q[(i + 1) % 4]!;
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

/** A 3×3 homography, row-major, without h33 (= 1). */
export type Homography = [number, number, number, number, number, number, number, number];

/** The homography mapping the unit square's corners (0,0),(1,0),(1,1),(0,1) to `q`. */
export function squareToQuad(q: Quad): Homography {
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = q;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h];
}

const dist = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The page inside `quad`, resampled to a rectangle (bilinear). */
export function unwarp(img: GrayImage, quad: Quad): GrayImage {
  const [tl, tr, br, bl] = quad;
  const width = Math.round(Math.max(dist(tl, tr), dist(bl, br)));
  const height = Math.round(Math.max(dist(tl, bl), dist(tr, br)));
  const [a, b, c, d, e, f, g, h] = squareToQuad(quad);
  const out = new Uint8Array(width * height);
  const { gray, width: sw, height: sh } = img;
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5) / width;
      const wz = g * u + h * v + 1;
      const fx = Math.min(sw - 1.001, Math.max(0, (a * u + b * v + c) / wz));
      const fy = Math.min(sh - 1.001, Math.max(0, (d * u + e * v + f) / wz));
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const tx = fx - x0;
      const ty = fy - y0;
      const i = y0 * sw + x0;
      const top = gray[i]! * (1 - tx) + gray[i + 1]! * tx;
      const bottom = gray[i + sw]! * (1 - tx) + gray[i + sw + 1]! * tx;
      out[y * width + x] = Math.round(top * (1 - ty) + bottom * ty);
    }
  }
  return { gray: out, width, height };
}

/**
 * Whether a background grid changes gradually (light falling across the page) rather than in
 * steps (a dark banner, a photo, a scanner's border): 95 % of neighbouring cells differ by at
 * most {@link LIGHT_STEP_MAX} levels.
 */
function smooth(grid: Uint8Array, gw: number, gh: number): boolean {
  const diffs: number[] = [];
  for (let y = 0; y < gh; y++)
    for (let x = 0; x < gw; x++) {
      const v = grid[y * gw + x]!;
      if (x + 1 < gw) diffs.push(Math.abs(v - grid[y * gw + x + 1]!));
      if (y + 1 < gh) diffs.push(Math.abs(v - grid[(y + 1) * gw + x]!));
    }
  diffs.sort((a, b) => a - b);
  return diffs.length > 0 && diffs[Math.floor(diffs.length * 0.95)]! <= LIGHT_STEP_MAX;
}

/** Largest step between neighbouring background cells that still counts as falling light. */
const LIGHT_STEP_MAX = 8;

/**
 * Divide out uneven light (see the module comment). Returns the page unchanged when its
 * background is already even, or (unless `always`, for a page found on a desk) when it changes
 * in steps rather than gradually.
 */
export async function evenLight(img: GrayImage, always = false): Promise<GrayImage> {
  const cell = Math.max(16, Math.round(Math.max(img.width, img.height) / 40));
  const gw = Math.ceil(img.width / cell);
  const gh = Math.ceil(img.height / cell);
  const grid = new Uint8Array(gw * gh);
  const hist = new Uint32Array(256);
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      hist.fill(0);
      let n = 0;
      for (let y = gy * cell; y < Math.min(img.height, (gy + 1) * cell); y += 2)
        for (let x = gx * cell; x < Math.min(img.width, (gx + 1) * cell); x += 2) {
          hist[img.gray[y * img.width + x]!]!++;
          n++;
        }
      let k = 255;
      for (let acc = 0; k > 0; k--) if ((acc += hist[k]!) >= n * 0.1) break;
      grid[gy * gw + gx] = k;
    }
  }
  let lo = 255;
  let hi = 0;
  for (const v of grid) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (hi - lo <= LIGHT_RANGE_MIN || (!always && !smooth(grid, gw, gh))) return img;
  // Smooth the grid and bring it to full size (bilinear).
  const bg = await sharp(Buffer.from(grid), { raw: { width: gw, height: gh, channels: 1 } })
    .blur(1.5)
    .resize(img.width, img.height, { kernel: 'linear', fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = new Uint8Array(img.gray.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(255, Math.round((img.gray[i]! * 255) / Math.max(1, bg[i]!)));
  return { gray: out, width: img.width, height: img.height };
}

/** A photographed page made flat: found, unwarped and evenly lit (scans pass through). */
export async function flattenPhoto(img: GrayImage): Promise<{ img: GrayImage; found: boolean }> {
  const quad = await findPage(img);
  const page = quad ? unwarp(img, quad) : img;
  return { img: await evenLight(page, quad !== null), found: quad !== null };
}
