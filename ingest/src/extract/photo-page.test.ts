import { describe, expect, it } from 'vitest';
import type { GrayImage } from './image-preprocess.ts';
import { evenLight, findPage, flattenPhoto, squareToQuad, unwarp, type Quad } from './photo-page.ts';

/** A white page with dark "text lines" (bars), `w`×`h`. */
function page(w: number, h: number): GrayImage {
  const gray = new Uint8Array(w * h).fill(235);
  for (let y = 60; y < h - 60; y += 30)
    for (let yy = y; yy < y + 10; yy++) for (let x = 50; x < w - 50; x++) if ((x >> 4) % 5 !== 0) gray[yy * w + x] = 30;
  return { gray, width: w, height: h };
}

/** `src` seen through a perspective: its corners land on `quad` in a `W`×`H` frame on a dark desk, lit from the top left. */
function photograph(src: GrayImage, quad: Quad, W: number, H: number): GrayImage {
  const [a, b, c, d, e, f, g, h] = squareToQuad(quad);
  // Inverse homography (adjugate).
  const inv = [
    e! - f! * h!,
    c! * h! - b!,
    b! * f! - c! * e!,
    f! * g! - d!,
    a! - c! * g!,
    c! * d! - a! * f!,
    d! * h! - e! * g!,
    b! * g! - a! * h!,
    a! * e! - b! * d!,
  ];
  const out = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const wz = inv[6]! * x + inv[7]! * y + inv[8]!;
      const u = (inv[0]! * x + inv[1]! * y + inv[2]!) / wz;
      const v = (inv[3]! * x + inv[4]! * y + inv[5]!) / wz;
      let val = 60;
      if (u >= 0 && u < 1 && v >= 0 && v < 1)
        val = src.gray[Math.floor(v * src.height) * src.width + Math.floor(u * src.width)]!;
      const light = 1 - 0.45 * (Math.hypot(x, y) / Math.hypot(W, H));
      out[y * W + x] = Math.round(val * light);
    }
  return { gray: out, width: W, height: H };
}

describe('photographed pages', () => {
  const src = page(600, 840);
  const quad: Quad = [
    [130, 60],
    [640, 80],
    [700, 900],
    [70, 880],
  ];
  const photo = photograph(src, quad, 780, 960);

  it('finds the page corners on the desk', async () => {
    const found = await findPage(photo);
    expect(found).not.toBeNull();
    found!.forEach(([x, y], i) => {
      expect(Math.abs(x - quad[i]![0])).toBeLessThan(12);
      expect(Math.abs(y - quad[i]![1])).toBeLessThan(12);
    });
  });

  it('undoes the perspective: the text bars come out level', async () => {
    const flat = unwarp(photo, (await findPage(photo))!);
    // Every dark row of the unwarped page is dark across its width (a level bar), not slanted.
    const rowDark = (y: number): number => {
      let n = 0;
      for (let x = 0; x < flat.width; x++) if (flat.gray[y * flat.width + x]! < 80) n++;
      return n / flat.width;
    };
    const shares = Array.from({ length: flat.height }, (_, y) => rowDark(y));
    expect(Math.max(...shares)).toBeGreaterThan(0.6);
    expect(flat.width / flat.height).toBeGreaterThan(0.6);
    expect(flat.width / flat.height).toBeLessThan(0.8);
  });

  it('evens out the light: the paper is as white in the dark corner as in the lit one', async () => {
    const { img, found } = await flattenPhoto(photo);
    expect(found).toBe(true);
    const at = (x: number, y: number): number => img.gray[Math.round(y) * img.width + Math.round(x)]!;
    // Margins (no text) near the top-left and bottom-right corners.
    const lit = at(img.width * 0.05, img.height * 0.03);
    const dark = at(img.width * 0.95, img.height * 0.97);
    expect(Math.abs(lit - dark)).toBeLessThan(20);
    expect(dark).toBeGreaterThan(200);
  });

  it('leaves scans alone: no page to find, an even background kept as it is', async () => {
    const scan = page(600, 840);
    expect(await findPage(scan)).toBeNull();
    expect(await evenLight(scan)).toBe(scan);
    const { img, found } = await flattenPhoto(scan);
    expect(found).toBe(false);
    expect(img).toBe(scan);
  });
});
