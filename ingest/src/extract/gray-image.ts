import sharp, { type Sharp } from 'sharp';

/** An 8-bit grayscale raster (one byte per pixel, rows top to bottom). */
export interface GrayImage {
  gray: Uint8Array;
  width: number;
  height: number;
}

/** A sharp pipeline over the raster's bytes (no copy). */
export function sharpGray(img: GrayImage): Sharp {
  return sharp(Buffer.from(img.gray.buffer, img.gray.byteOffset, img.gray.byteLength), {
    raw: { width: img.width, height: img.height, channels: 1 },
  });
}

/** Run a pipeline and take its first channel as a raster. */
export async function toGray(p: Sharp): Promise<GrayImage> {
  const { data, info } = await p.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return {
    gray: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}
