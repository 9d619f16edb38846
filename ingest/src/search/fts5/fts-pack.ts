/**
 * Storage encodings of the FTS5 index: facet value ids as little-endian Int32 blobs, display
 * text and records deflated.
 */
import zlib from 'node:zlib';

/** deflate level of stored display text: fast at index time, ~3× smaller than UTF-8. */
const PACK_LEVEL = 4;

/** Value ids as a little-endian Int32 blob (one column per row instead of one row per value). */
export function encodeIds(ids: readonly number[]): Buffer {
  const b = Buffer.allocUnsafe(ids.length * 4);
  ids.forEach((v, i) => b.writeInt32LE(v, i * 4));
  return b;
}
export function decodeIds(b: Buffer): number[] {
  const out: number[] = new Array<number>(b.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = b.readInt32LE(i * 4);
  return out;
}

/**
 * Stored display text (passages, resolution records) is deflated: it is most of the index's
 * size, and only the hits of the page shown are ever read back.
 */
export function packText(s: string): Buffer {
  return zlib.deflateRawSync(Buffer.from(s, 'utf8'), { level: PACK_LEVEL });
}
export function unpackText(b: Buffer | string): string {
  return typeof b === 'string' ? b : zlib.inflateRawSync(b).toString('utf8');
}
