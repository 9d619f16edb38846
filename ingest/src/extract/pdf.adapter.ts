/**
 * PDF adapter: per-page text layer (repaired for Persian visual order and presentation forms)
 * and page rendering for OCR.
 *
 * pdf-parse (used for the CLI and tables elsewhere) joins text items without their positions,
 * and positions are what rebuilds a visual-order RTL line, so this adapter talks to pdf-parse's
 * engine, pdfjs-dist (the same pinned version), directly.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractError } from './errors.ts';
import { lineFromUnits, orderScore, textLayerQuality, type TextUnit } from './rtl-repair.ts';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** Rendering cap: an A4 page at 300 DPI is 8.7 MP; posters are scaled down to this. */
export const MAX_RENDER_PIXELS = 40_000_000;

export interface PdfTextPage {
  number: number;
  text: string;
  quality: number;
  /** Which reading order was chosen: geometric visual→logical, or the content-stream order. */
  order: 'visual' | 'stream' | 'visual-reversed-units' | 'none';
}

export interface RenderedPage {
  /** 8-bit grayscale pixels, row-major. */
  gray: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

/** Open a PDF from bytes; corrupt, truncated and encrypted files become an ExtractError. */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // pdf.js transfers (detaches) the buffer it gets; give it a copy.
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: path.join(PDFJS_DIR, 'standard_fonts') + path.sep,
    cMapUrl: path.join(PDFJS_DIR, 'cmaps') + path.sep,
    cMapPacked: true,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractError(
        'encrypted_pdf',
        'The PDF is password-protected; remove the password and upload it again.',
        { cause: err },
      );
    }
    throw new ExtractError(
      'corrupt_pdf',
      'The PDF file is damaged or incomplete and cannot be opened. Try exporting or downloading it again.',
      { cause: err },
    );
  }
}

/** Letters only Persian uses (پ چ ژ گ ک ی). */
const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;

interface PositionedItem extends TextUnit {
  y: number;
  hasEOL: boolean;
}

function groupLines(items: PositionedItem[]): PositionedItem[][] {
  // Sort top to bottom (PDF y grows upwards), then cluster baselines within 40 % of the font
  // height: glyph-level items of one line share the baseline, marks and superscripts sit near it.
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let baseY = Number.NaN;
  for (const it of sorted) {
    const tol = Math.max(1, it.height * 0.4);
    if (current.length > 0 && Math.abs(it.y - baseY) <= tol) {
      current.push(it);
    } else {
      if (current.length > 0) lines.push(current);
      current = [it];
      baseY = it.y;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function streamOrderText(items: TextItem[]): string {
  let s = '';
  for (const it of items) s += it.str + (it.hasEOL ? '\n' : '');
  return s;
}

/**
 * Text of one page, rebuilt in logical order. Three candidate readings are scored with
 * language evidence and the most Persian-like wins (see rtl-repair.ts).
 */
export async function pdfPageText(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfTextPage> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ disableNormalization: true });
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    const positioned: PositionedItem[] = items
      .filter((i) => i.str.length > 0)
      .map((i) => ({
        str: i.str,
        x: i.transform[4] as number,
        y: i.transform[5] as number,
        width: i.width,
        height: Math.abs(i.height) || Math.hypot(i.transform[2] as number, i.transform[3] as number) || 10,
        hasEOL: i.hasEOL,
      }));
    if (positioned.every((p) => p.str.trim() === ''))
      return { number: pageNumber, text: '', quality: 0, order: 'none' };
    const lines = groupLines(positioned);
    const visual = lines.map((l) => lineFromUnits(l)).join('\n');
    const visualRev = lines.map((l) => lineFromUnits(l, { reverseRtlUnits: true })).join('\n');
    const stream = streamOrderText(items);
    const candidates = [
      { order: 'visual' as const, text: visual, score: orderScore(visual) },
      { order: 'stream' as const, text: stream, score: orderScore(stream) - 0.05 },
      { order: 'visual-reversed-units' as const, text: visualRev, score: orderScore(visualRev) - 0.1 },
    ].sort((a, b) => b.score - a.score);
    const best = candidates[0]!;
    let text = best.text
      .normalize('NFKC')
      .replace(/[ \t]+\n/g, '\n')
      .trim();
    // Old Persian fonts (Nazli, Lotus-era faces) map Persian digit glyphs to Arabic-Indic code
    // points in their ToUnicode tables; on a Persian page they are Persian digits (measured:
    // Nazli text layer CER 3.65 % → see ocr.bench.ts).
    if (PERSIAN_LETTER.test(text))
      text = text.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90));
    return { number: pageNumber, text, quality: textLayerQuality(best.text), order: best.order };
  } finally {
    page.cleanup();
  }
}

/**
 * Render a page to 8-bit grayscale at `dpi` (300 by default; lowered so the page stays under
 * {@link MAX_RENDER_PIXELS}).
 */
export async function renderPdfPage(doc: PDFDocumentProxy, pageNumber: number, dpi = 300): Promise<RenderedPage> {
  const page = await doc.getPage(pageNumber);
  try {
    const unit = page.getViewport({ scale: 1 });
    let scale = dpi / 72;
    const pixels = unit.width * unit.height * scale * scale;
    if (pixels > MAX_RENDER_PIXELS) scale *= Math.sqrt(MAX_RENDER_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const factory = (doc as unknown as { canvasFactory: CanvasFactoryLike }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // Scans are black on white; pdf.js leaves the background transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context as never, canvas: canvas as never, viewport }).promise;
    const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const gray = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0, j = 0; j < gray.length; i += 4, j++) {
      gray[j] = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
    }
    const out = { gray, width: canvas.width, height: canvas.height, dpi: Math.round(scale * 72) };
    factory.destroy({ canvas, context });
    return out;
  } finally {
    page.cleanup();
  }
}

interface CanvasLike {
  width: number;
  height: number;
}
interface ContextLike {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
interface CanvasFactoryLike {
  create(w: number, h: number): { canvas: CanvasLike; context: ContextLike };
  destroy(cc: { canvas: CanvasLike; context: ContextLike }): void;
}

/** Document title from the PDF metadata, when it is set and not a producer placeholder. */
export async function pdfTitle(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    if (!title || /^(untitled|microsoft word|document\d*|\.)/i.test(title) || /\.(docx?|pdf|html?)$/i.test(title))
      return null;
    return title;
  } catch {
    return null;
  }
}
