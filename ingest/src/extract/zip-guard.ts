/**
 * Checks a zip container (DOCX) before anything inflates it. The central directory is read
 * first: the sizes it declares for the parts to be parsed must fit the cap. Because a hostile
 * file can declare small sizes and still inflate to gigabytes, those parts are then inflated
 * as a stream that counts bytes and stops at the cap; nothing is kept, so memory stays flat.
 */
import { createInflateRaw } from 'node:zlib';
import { ExtractError } from './errors.ts';
import { mb } from './limits.ts';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** A central directory with more entries than this is not a document. */
const MAX_ENTRIES = 20_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

function corrupt(detail: string): ExtractError {
  return new ExtractError('corrupt_docx', `The Word document is damaged or is not a valid .docx file (${detail}).`);
}

/** The entries of the central directory, without reading any entry's data. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  // The end-of-central-directory record sits in the last 22 + 65 535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: no real document needs them; a 4 GB part is a bomb, not a report.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ExtractError('docx_too_large', 'The Word document uses ZIP64 sizes, far beyond what a document needs.');
  }
  if (count > MAX_ENTRIES) {
    throw new ExtractError('docx_too_large', `The Word document has ${count} parts; at most ${MAX_ENTRIES} are read.`);
  }
  if (cdOffset + cdSize > buf.length) throw corrupt('zip directory outside the file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) throw corrupt('broken zip directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    };
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The parts the Word reader parses (XML and relationships); media are never inflated by it. */
function isParsedPart(name: string): boolean {
  return /\.(?:xml|rels)$/i.test(name);
}

/** Inflate one entry as a stream, counting bytes; throws once `budget` is exceeded. Returns the bytes. */
async function inflatedSize(buf: Buffer, e: ZipEntry, budget: number, tooLarge: () => ExtractError): Promise<number> {
  const lh = e.localHeaderOffset;
  if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== LFH_SIG) throw corrupt(`bad local header for ${e.name}`);
  const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw corrupt(`${e.name} runs past the end of the file`);
  if (e.method === 0) {
    if (e.compressedSize > budget) throw tooLarge();
    return e.compressedSize;
  }
  if (e.method !== 8) throw corrupt(`${e.name} uses compression method ${e.method}`);
  return new Promise<number>((resolve, reject) => {
    let total = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        reject(tooLarge());
      }
    });
    inflate.on('error', (err) => reject(corrupt(`${e.name}: ${err.message}`)));
    inflate.on('end', () => resolve(total));
    inflate.end(buf.subarray(start, end));
  });
}

/**
 * Refuse a DOCX whose parsed parts inflate past `maxXmlBytes`: first by the sizes the zip
 * directory declares, then by inflating (and discarding) those parts with a running count.
 */
export async function checkDocxInflation(buf: Buffer, maxXmlBytes: number): Promise<void> {
  const parts = zipEntries(buf).filter((e) => isParsedPart(e.name));
  const tooLarge = (): ExtractError =>
    new ExtractError(
      'docx_too_large',
      `The Word document's text inflates to more than ${mb(maxXmlBytes)}, more than can be processed.`,
    );
  const declared = parts.reduce((s, e) => s + e.size, 0);
  if (declared > maxXmlBytes) throw tooLarge();
  let remaining = maxXmlBytes;
  for (const e of parts) remaining -= await inflatedSize(buf, e, remaining, tooLarge);
}
