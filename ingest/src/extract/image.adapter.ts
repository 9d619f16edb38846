/**
 * Image adapter: PNG, JPEG, TIFF (every page of a multi-page TIFF) and WebP, decoded with sharp
 * to 8-bit grayscale for OCR. Dimensions are read from the header before anything is decoded;
 * absurd sizes are refused and large scans are scaled down so memory stays bounded.
 */
import sharp, { type Metadata } from 'sharp';
import { toGray } from './gray-image.ts';
import { ExtractError } from './errors.ts';
import type { GrayImage } from './image-preprocess.ts';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';

/** Pages are scaled down to at most this many pixels before OCR (A4 at 300 DPI is 8.7 MP). */
export const MAX_OCR_PIXELS = 25_000_000;

export interface ImageInfo {
  pages: number;
  /** The pixel cap the header was checked against (decoding refuses more). */
  maxPixels: number;
  width: number;
  height: number;
  format: string;
}

/** Width and height from a PNG IHDR, read before any decoder sees the file. */
function pngDimensions(head: Uint8Array): { width: number; height: number } | null {
  if (head.length < 24 || head[12] !== 0x49 || head[13] !== 0x48 || head[14] !== 0x44 || head[15] !== 0x52) return null;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

function refuseHuge(width: number, height: number, maxPixels: number): void {
  if (width * height > maxPixels) {
    throw new ExtractError(
      'image_too_large',
      `The image is ${width}×${height} pixels, more than the ${Math.round(maxPixels / 1e6)} megapixels that can be processed. Scan it at 300 DPI and upload again.`,
    );
  }
}

/**
 * Header-only probe (no pixel decoding). A PNG's IHDR is checked before any decoder sees the
 * file; other formats by sharp's header read. Multi-page files over `maxPages` are refused.
 */
export async function probeImage(
  file: string,
  head?: Uint8Array,
  limits: Pick<ExtractLimits, 'maxImagePixels' | 'maxPages'> = DEFAULT_EXTRACT_LIMITS,
): Promise<ImageInfo> {
  const maxPixels = limits.maxImagePixels;
  const png = head ? pngDimensions(head) : null;
  if (png) refuseHuge(png.width, png.height, maxPixels);
  let meta: Metadata;
  try {
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw new ExtractError('corrupt_image', 'The image file is damaged or in a format that cannot be read.', {
      cause: err,
    });
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width <= 0 || height <= 0) throw new ExtractError('corrupt_image', 'The image has no readable dimensions.');
  refuseHuge(width, meta.pageHeight ?? height, maxPixels);
  const pages = meta.pages ?? 1;
  if (pages > limits.maxPages) {
    throw new ExtractError('too_many_pages', `The image has ${pages} pages, more than the ${limits.maxPages} allowed.`);
  }
  return { pages, maxPixels, width, height, format: meta.format ?? 'unknown' };
}

/** Decode one page (0-based) to grayscale, scaled to at most {@link MAX_OCR_PIXELS}. */
export async function decodeImagePage(file: string, page: number, info: ImageInfo): Promise<GrayImage> {
  try {
    const img = sharp(file, { page, limitInputPixels: info.maxPixels, failOn: 'error' });
    const m = info.pages > 1 ? await img.metadata() : info;
    const w = m.width ?? info.width;
    const h = info.pages > 1 ? ((m as Metadata).pageHeight ?? m.height ?? info.height) : (m.height ?? info.height);
    const scale = Math.min(1, Math.sqrt(MAX_OCR_PIXELS / (w * h)));
    let p = img.rotate().flatten({ background: '#ffffff' }).grayscale();
    if (scale < 1) p = p.resize(Math.round(w * scale), Math.round(h * scale), { kernel: 'lanczos3' });
    return await toGray(p);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('corrupt_image', 'The image file is damaged or incomplete and cannot be decoded.', {
      cause: err,
    });
  }
}
