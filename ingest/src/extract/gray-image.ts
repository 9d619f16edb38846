/** An 8-bit grayscale raster (one byte per pixel, rows top to bottom). */
export interface GrayImage {
  gray: Uint8Array;
  width: number;
  height: number;
}
