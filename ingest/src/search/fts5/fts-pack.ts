/**
 * Storage encodings of the FTS5 index: facet value ids as little-endian Int32 blobs, display
 * text and records deflated, SQLite `group_concat(rowid)` lists read back as one string.
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

/**
 * Parse a comma-separated list of non-negative integers (SQLite `group_concat(rowid)`) into
 * a Float64Array: one string crosses from SQLite to JS instead of one row per passage.
 */
export function parseIntList(s: string | null): Float64Array {
  if (!s) return new Float64Array(0);
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) n++;
  const out = new Float64Array(n);
  let k = 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) {
      out[k++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  out[k] = v;
  return out;
}
