/** Shared primitives of the page reader: a placed OCR line, interval overlap, and a gray crop. */
import sharp from 'sharp';
import { sharpGray, toGray } from './gray-image.ts';
import type { OcrWord, RawGray } from './ocr-pool.ts';

export interface PlacedLine {
  top: number;
  text: string;
  confidence: number;
  /** Words in page coordinates (absent when unknown). */
  words: OcrWord[];
}

export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Crop `box` (clamped), enlarge by `scale` and pad with white. */
export async function cropGray(
  img: RawGray,
  box: { left: number; top: number; right: number; bottom: number },
  scale: number,
  pad: number,
): Promise<RawGray> {
  const left = Math.max(0, Math.floor(box.left));
  const top = Math.max(0, Math.floor(box.top));
  const right = Math.min(img.width - 1, Math.ceil(box.right));
  const bottom = Math.min(img.height - 1, Math.ceil(box.bottom));
  const width = right - left + 1;
  const height = bottom - top + 1;
  let p = sharpGray(img).extract({ left, top, width, height });
  if (scale !== 1) {
    // Materialize the crop first: libvips would otherwise resize the whole page.
    const c = await p.extractChannel(0).raw().toBuffer();
    p = sharp(c, { raw: { width, height, channels: 1 } }).resize(
      Math.round(width * scale),
      Math.round(height * scale),
      { kernel: 'cubic' },
    );
  }
  if (pad > 0) p = p.extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 255, g: 255, b: 255 } });
  return toGray(p);
}
