/**
 * Hostile files built at test time (nothing large is committed): decompression bombs, a huge
 * HTML page, a PDF with thousands of pages, a text that looks like a PDF. Each builder streams
 * its repetitive content through zlib so building stays fast and small in memory.
 */
import { crc32, createDeflate, createDeflateRaw, deflateRawSync } from 'node:zlib';

interface ZipPart {
  name: string;
  /** Raw-deflated bytes and what the central directory should claim. */
  deflated: Buffer;
  crc: number;
  size: number;
}

function zipPart(name: string, data: Buffer): ZipPart {
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** Deflate `repeat` copies of `chunk` between `head` and `tail` as a stream (never all in memory). */
async function deflateRepeated(
  raw: boolean,
  head: Buffer,
  chunk: Buffer,
  repeat: number,
  tail: Buffer,
): Promise<{ deflated: Buffer; crc: number; size: number }> {
  const z = raw ? createDeflateRaw({ level: 9 }) : createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer): Promise<void> => {
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  };
  await write(head);
  // Batch copies into ~1 MB writes.
  const per = Math.max(1, Math.floor((1024 * 1024) / chunk.length));
  const batch = Buffer.concat(Array.from({ length: per }, () => chunk));
  let left = repeat;
  while (left >= per) {
    await write(batch);
    left -= per;
  }
  if (left > 0) await write(batch.subarray(0, left * chunk.length));
  await write(tail);
  z.end();
  await ended;
  return { deflated: Buffer.concat(out), crc, size };
}

/** A zip file; `claim` may rewrite the sizes the central directory declares (a lying bomb). */
function zip(parts: ZipPart[], claim: (p: ZipPart) => number = (p) => p.size): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(p.crc >>> 0, 14);
    lh.writeUInt32LE(p.deflated.length, 18);
    lh.writeUInt32LE(claim(p), 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(p.crc >>> 0, 16);
    ch.writeUInt32LE(p.deflated.length, 20);
    ch.writeUInt32LE(claim(p), 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, p.deflated);
    central.push(ch, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A DOCX whose word/document.xml inflates to about `inflatedMb` MiB of tiny paragraphs.
 * `lying`: the zip directory claims each part is 1 KB, so only inflating can tell.
 */
export async function docxBomb(inflatedMb: number, lying = false): Promise<Buffer> {
  const key = `${inflatedMb}`;
  const doc = await (bombParts.get(key) ?? bombParts.set(key, docxBombPart(inflatedMb)).get(key)!);
  return zip(
    [doc, zipPart('[Content_Types].xml', Buffer.from(CONTENT_TYPES)), zipPart('_rels/.rels', Buffer.from(RELS))],
    lying ? () => 1024 : undefined,
  );
}

/** The deflated document part of a bomb is built once per size and shared by both variants. */
const bombParts = new Map<string, Promise<ZipPart>>();

async function docxBombPart(inflatedMb: number): Promise<ZipPart> {
  const para = Buffer.from(`<w:p><w:r><w:t>بند</w:t></w:r></w:p>`);
  const repeat = Math.ceil((inflatedMb * 1024 * 1024) / para.length);
  const doc = {
    name: 'word/document.xml',
    ...(await deflateRepeated(
      true,
      Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`),
      para,
      repeat,
      Buffer.from('</w:body></w:document>'),
    )),
  };
  return doc;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A real grayscale PNG of `width`×`height` white pixels: tiny on disk, huge when decoded. */
export async function pngBomb(width: number, height: number): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0; // filter: none
  const idat = await deflateRepeated(false, Buffer.alloc(0), row, height, Buffer.alloc(0));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat.deflated),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An HTML page of about `mb` MB of paragraphs (a news page is well under 1 MB). */
export function hugeHtml(mb: number): Buffer {
  const head = '<!doctype html><html><head><meta charset="utf-8"><title>صفحهٔ بزرگ</title></head><body><article>';
  const para = '<p>جلسهٔ شورای برنامه‌ریزی استان با حضور اعضا برگزار شد و مصوبات آن ابلاغ گردید.</p>\n';
  const n = Math.floor((mb * 1024 * 1024 - head.length) / Buffer.byteLength(para));
  return Buffer.concat([Buffer.from(head), Buffer.from(para.repeat(n)), Buffer.from('</article></body></html>')]);
}

/** A valid PDF of `pages` blank A4 pages (tiny file, thousands of pages to render). */
export function manyPagePdf(pages: number): Buffer {
  const objs: string[] = [];
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objs[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`;
  for (let i = 0; i < pages; i++) objs[i + 3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objs.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** An HTML page under the byte cap with an absurd number of elements. */
export function elementFloodHtml(elements: number): Buffer {
  return Buffer.from(`<!doctype html><html><body>${'<i></i>'.repeat(elements)}<p>متن</p></body></html>`);
}

/** A Persian text file with a `%PDF-` header line in its first kilobyte. */
export function pdfLookingText(body: string): Buffer {
  return Buffer.from(`یادداشت فنی: فایل‌های پی‌دی‌اف با این سطر شروع می‌شوند:\n%PDF-1.7\n\n${body}\n`, 'utf8');
}
