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
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractError } from './errors.ts';
import { isRtlText, lineFromUnits, orderScore, textLayerQuality, type TextUnit } from './rtl-repair.ts';
import { findTables, splitByTables, type Rule, type TableGrid } from './table-grid.ts';

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

/** Rule pieces within this distance (points) are one rule; ≈ 0.5 mm. */
const TABLE_RULE_TOLERANCE = 1.5;

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

/** A drawn rule is at most this thick (points); thicker fills are shading, not rules. */
const RULE_MAX_THICKNESS = 3;
/** …and at least this long (points). */
const RULE_MIN_LENGTH = 4;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const FILLS = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
// pdf.js path buffer opcodes (DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/**
 * The straight rules drawn on a page (table borders), in page space with y flipped to grow
 * downwards: thin filled rectangles (how Chromium and Word draw borders) and axis-aligned
 * stroked segments. Curves are skipped.
 */
export async function pdfPageRules(page: PDFPageProxy): Promise<Rule[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const add = (x0: number, y0: number, x1: number, y1: number): void => {
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    if (Math.min(w, h) > RULE_MAX_THICKNESS || Math.max(w, h) < RULE_MIN_LENGTH) return;
    if (w >= h) rules.push({ horizontal: true, at: -(y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else rules.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(-y0, -y1), to: Math.max(-y0, -y1) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const path = (args[1] as (Float32Array | null)[])[0];
      if (!path || (!FILLS.has(op) && !STROKES.has(op))) continue;
      // Subpaths as transformed point lists.
      const subpaths: [number, number][][] = [];
      let curved = false;
      for (let k = 0; k < path.length;) {
        const code = path[k++];
        if (code === MOVE_TO || code === LINE_TO) {
          const x = path[k++]!;
          const y = path[k++]!;
          const pt: [number, number] = [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
          if (code === MOVE_TO || subpaths.length === 0) subpaths.push([pt]);
          else subpaths[subpaths.length - 1]!.push(pt);
        } else if (code === CURVE_TO) {
          k += 6;
          curved = true;
        } else if (code === CLOSE_PATH) {
          const sp = subpaths[subpaths.length - 1];
          if (sp && sp.length > 1) sp.push(sp[0]!);
        } else break;
      }
      if (curved) continue;
      for (const sp of subpaths) {
        if (FILLS.has(op)) {
          const xs = sp.map((p) => p[0]);
          const ys = sp.map((p) => p[1]);
          add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
        }
        if (STROKES.has(op))
          for (let k = 1; k < sp.length; k++) {
            const [ax, ay] = sp[k - 1]!;
            const [bx, by] = sp[k]!;
            if (Math.abs(ax - bx) < 0.5 || Math.abs(ay - by) < 0.5) add(ax, ay, bx, by);
          }
      }
    }
  }
  return rules;
}

/**
 * Lines of positioned items in reading order: table rows cell by cell (see table-grid.ts), cells
 * joined by a tab, the other items grouped by baseline; both sorted top to bottom.
 */
function geometricText(items: PositionedItem[], tables: TableGrid[], rtl: boolean, reverseRtlUnits: boolean): string {
  const opts = { reverseRtlUnits };
  // Items' boxes in the flipped (y down) space of the rules: baseline y, ascender ≈ 0.8 em up.
  const { outside, rows } = splitByTables(
    items,
    (it) => ({ x0: it.x, x1: it.x + it.width, y0: -(it.y + 0.8 * it.height), y1: -(it.y - 0.2 * it.height) }),
    tables,
    rtl,
  );
  const lines: { y: number; text: string }[] = groupLines(outside).map((l) => ({
    y: -l[0]!.y,
    text: lineFromUnits(l, opts),
  }));
  for (const row of rows)
    lines.push({
      y: row.y0,
      text: row.cells
        .map((cell) =>
          groupLines(cell)
            .map((l) => lineFromUnits(l, opts))
            .join(' '),
        )
        .join('\t'),
    });
  return lines
    .sort((a, b) => a.y - b.y)
    .map((l) => l.text)
    .join('\n');
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
    // Ruled tables are read cell by cell; a page whose rules cannot be read is read line by line.
    const tables = findTables(await pdfPageRules(page).catch(() => []), TABLE_RULE_TOLERANCE);
    const rtl = isRtlText(positioned.map((p) => p.str).join(''));
    const visual = geometricText(positioned, tables, rtl, false);
    const visualRev = geometricText(positioned, tables, rtl, true);
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
