/**
 * File type detection by content (magic bytes, container entries, sniffing), never by the
 * file name: uploads are often misnamed, and an executable renamed `.pdf` must be refused.
 */

export type DocumentKindOfFile = 'pdf' | 'image' | 'html' | 'docx' | 'text';

export interface DetectedType {
  mime: string;
  kind: DocumentKindOfFile;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ELF = [0x7f, 0x45, 0x4c, 0x46];
const MZ = ascii('MZ');
const MACHO = [0xcf, 0xfa, 0xed, 0xfe];
const MACHO_REV = [0xfe, 0xed, 0xfa, 0xcf];
const DOCX_MAIN = ascii('word/document.xml');

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const first = needle[0];
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const latin1 = new TextDecoder('latin1');
/** A PDF header line: `%PDF-1.7` and the end of its line. */
const PDF_HEADER_LINE = /^%PDF-\d\.\d[ \t]*[\r\n]/;
/** An indirect object starting a line (`12 0 obj`), the body of every PDF. */
const PDF_OBJECT = /(?:^|[\r\n])\d{1,10}[ \t\r\n]+\d{1,5}[ \t\r\n]+obj\b/;

/**
 * The PDF spec lets readers accept a header within the first 1024 bytes (some producers put
 * a few bytes before it). Only that: a header line and, after it, an indirect object, so a
 * text that merely mentions `%PDF-` is not taken for a PDF.
 */
function pdfAfterLeadingBytes(bytes: Uint8Array): boolean {
  const at = indexOf(bytes, PDF, 1, 1024 + PDF.length);
  if (at < 0 || startsWith(bytes, ZIP)) return false;
  const rest = latin1.decode(bytes.subarray(at, Math.min(bytes.length, at + 4096)));
  return PDF_HEADER_LINE.test(rest) && PDF_OBJECT.test(rest);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode as UTF-8 (BOM allowed); null when the bytes are not text (invalid UTF-8, NULs, binary controls). */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  // Text files have no NULs and almost no C0 controls other than tab/newline/CR/form feed.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  if (controls > Math.max(2, text.length * 0.001)) return null;
  return text.replace(/^\ufeff/, '');
}

const HTML_SNIFF = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|article)[\s>/]/i;

/**
 * Detect the type of a file from its bytes. `filename` only picks between equivalent text
 * subtypes (`text/markdown` for `.md`); it never decides the kind. Returns null for anything
 * the archive cannot read (executables, archives other than DOCX, random bytes).
 */
export function detectType(bytes: Uint8Array, filename?: string): DetectedType | null {
  if (bytes.length === 0) return null;
  // Executables (ELF, PE/MZ, Mach-O) are refused before anything else is sniffed.
  if (startsWith(bytes, ELF) || startsWith(bytes, MZ) || startsWith(bytes, MACHO) || startsWith(bytes, MACHO_REV))
    return null;
  if (startsWith(bytes, PDF) || pdfAfterLeadingBytes(bytes)) return { mime: 'application/pdf', kind: 'pdf' };
  if (startsWith(bytes, PNG)) return { mime: 'image/png', kind: 'image' };
  if (startsWith(bytes, JPEG)) return { mime: 'image/jpeg', kind: 'image' };
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) return { mime: 'image/tiff', kind: 'image' };
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return { mime: 'image/webp', kind: 'image' };
  if (startsWith(bytes, ZIP)) {
    return indexOf(bytes, DOCX_MAIN) >= 0
      ? { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'docx' }
      : null;
  }
  const text = decodeText(bytes);
  if (text === null) return null;
  if (HTML_SNIFF.test(text.slice(0, 4096))) return { mime: 'text/html', kind: 'html' };
  if (text.trim() === '') return null;
  const markdown = filename !== undefined && /\.(?:md|markdown)$/i.test(filename);
  return { mime: markdown ? 'text/markdown' : 'text/plain', kind: 'text' };
}
