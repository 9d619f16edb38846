/**
 * Extraction: file → pages of repaired display text, each with its source and a quality score.
 * PDFs use their text layer where it can be trusted and OCR elsewhere; images are OCRed; HTML,
 * DOCX and plain text are read directly. Every failure a user can cause is an ExtractError.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Page } from '../schema.ts';
import { toDisplay } from '../text/index.ts';
import { decodeText, detectType } from './detect-type.ts';
import { extractDocx } from './docx.adapter.ts';
import { ExtractError, throwIfAborted } from './errors.ts';
import { checkHtmlSize, extractHtml } from './html.adapter.ts';
import { decodeImagePage, probeImage } from './image.adapter.ts';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
import { ocrScanPage, type OcrScanResult } from './ocr-scan.ts';
import type { OcrEngine } from './ocr-pool.ts';
import { openPdf, pdfPageText, pdfTitle, renderPdfPage } from './pdf.adapter.ts';
import { splitPlainText } from './plain.adapter.ts';

export { detectType, type DetectedType } from './detect-type.ts';
export { ExtractError, type ExtractErrorCode } from './errors.ts';
export { OcrPool, defaultOcrWorkers, type OcrEngine, type OcrResult, type OcrRequestOptions } from './ocr-pool.ts';
export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
export { ocrPageImage, type OcrPageResult } from './ocr-page.ts';
export { ocrScanPage, type OcrScanResult } from './ocr-scan.ts';

/** Files larger than this are refused (the archive holds documents, not disk images). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Text-layer pages scoring below this are OCRed. */
export const TEXT_LAYER_MIN_QUALITY = 0.6;
/** A text layer with fewer visible characters than this is treated as absent (scans often carry a page number). */
const MIN_TEXT_CHARS = 20;

export interface ExtractInput {
  path: string;
  mime: string;
}

export interface ExtractProgress {
  page: number;
  pages: number;
  stage: 'text-layer' | 'render' | 'ocr' | 'read' | 'done';
}

export interface ExtractOptions {
  ocr: OcrEngine;
  /** Caps on pages, HTML size, DOCX inflation and image pixels (default {@link DEFAULT_EXTRACT_LIMITS}). */
  limits?: ExtractLimits;
  /** Read Persian-digit numbers on scans again with the glyph reader (default true; the bench turns it off to compare). */
  numberGlyphs?: boolean;
  onProgress?(p: ExtractProgress): void;
  signal?: AbortSignal;
}

export interface ExtractResult {
  pages: Page[];
  title?: string | null;
  /** ISO yyyy-mm-dd publication date when the file states one (HTML news). */
  publishedAt?: string | null;
}

function visibleChars(s: string): number {
  return s.replace(/\s+/g, '').length;
}

/** Run `fn` over `items` with at most `limit` in flight, keeping result order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}

async function extractPdf(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractResult> {
  const doc = await openPdf(bytes);
  try {
    const total = doc.numPages;
    if (total === 0) throw new ExtractError('corrupt_pdf', 'The PDF has no pages.');
    const maxPages = (opts.limits ?? DEFAULT_EXTRACT_LIMITS).maxPages;
    if (total > maxPages) {
      throw new ExtractError('too_many_pages', `The PDF has ${total} pages, more than the ${maxPages} allowed.`);
    }
    const numbers = Array.from({ length: total }, (_, i) => i + 1);
    // Text layers are cheap; OCR pages run in parallel up to the pool size.
    const pages = await mapLimit(numbers, opts.ocr.size, async (n): Promise<Page> => {
      throwIfAborted(opts.signal);
      opts.onProgress?.({ page: n, pages: total, stage: 'text-layer' });
      let layer: Awaited<ReturnType<typeof pdfPageText>>;
      try {
        layer = await pdfPageText(doc, n);
      } catch (err) {
        layer = { number: n, text: '', quality: 0, order: 'none' };
        void err;
      }
      if (visibleChars(layer.text) >= MIN_TEXT_CHARS && layer.quality >= TEXT_LAYER_MIN_QUALITY) {
        return { number: n, text: layer.text, source: 'text-layer', quality: layer.quality };
      }
      throwIfAborted(opts.signal);
      opts.onProgress?.({ page: n, pages: total, stage: 'render' });
      let image;
      try {
        image = await renderPdfPage(doc, n, 300);
      } catch (err) {
        if (layer.text) return { number: n, text: layer.text, source: 'text-layer', quality: layer.quality };
        throw new ExtractError(
          'corrupt_pdf',
          `Page ${n} of the PDF cannot be rendered; the file is probably damaged.`,
          { cause: err },
        );
      }
      opts.onProgress?.({ page: n, pages: total, stage: 'ocr' });
      const ocr = await ocrScanPage(image, opts.ocr, { numberGlyphs: opts.numberGlyphs });
      if (visibleChars(layer.text) >= MIN_TEXT_CHARS && layer.quality >= ocr.quality) {
        return { number: n, text: layer.text, source: 'text-layer', quality: layer.quality };
      }
      return ocrPage(n, ocr);
    });
    return { pages, title: await pdfTitle(doc) };
  } finally {
    await doc.destroy();
  }
}

async function extractImage(path: string, head: Uint8Array, opts: ExtractOptions): Promise<ExtractResult> {
  const info = await probeImage(path, head, opts.limits);
  const numbers = Array.from({ length: info.pages }, (_, i) => i + 1);
  const pages = await mapLimit(numbers, opts.ocr.size, async (n): Promise<Page> => {
    throwIfAborted(opts.signal);
    opts.onProgress?.({ page: n, pages: info.pages, stage: 'render' });
    const img = await decodeImagePage(path, n - 1, info);
    opts.onProgress?.({ page: n, pages: info.pages, stage: 'ocr' });
    return ocrPage(n, await ocrScanPage(img, opts.ocr, { numberGlyphs: opts.numberGlyphs }));
  });
  return { pages };
}

/** An OCR page with its quality and, when it could not be read well, its warning. */
function ocrPage(number: number, ocr: OcrScanResult): Page {
  const page: Page = { number, text: ocr.text, source: 'ocr', quality: ocr.quality };
  if (ocr.warning) page.warning = ocr.warning;
  return page;
}

function plainPages(text: string): Page[] {
  return splitPlainText(text).map((t, i) => ({ number: i + 1, text: t, source: 'plain' as const, quality: 1 }));
}

/**
 * Extract the pages of a document. The type is detected from the bytes (`input.mime` is a hint
 * that is only used when it agrees). Throws {@link ExtractError} for empty, unsupported,
 * damaged, oversized or textless files.
 */
export async function extractDocument(input: ExtractInput, opts: ExtractOptions): Promise<ExtractResult> {
  throwIfAborted(opts.signal);
  let size: number;
  try {
    size = (await stat(input.path)).size;
  } catch (err) {
    throw new ExtractError('unsupported', 'The file cannot be read.', { cause: err });
  }
  if (size === 0) throw new ExtractError('empty_file', 'The file is empty.');
  if (size > MAX_FILE_BYTES) {
    throw new ExtractError('too_large', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const bytes = new Uint8Array(await readFile(input.path));
  const type = detectType(bytes, input.path);
  if (!type) {
    throw new ExtractError(
      'unsupported',
      'This file type is not supported. Upload a PDF, an image (PNG, JPEG, TIFF, WebP), a Word .docx, an HTML page or a text file.',
    );
  }
  let result: ExtractResult;
  switch (type.kind) {
    case 'pdf':
      result = await extractPdf(bytes, opts);
      break;
    case 'image':
      result = await extractImage(input.path, bytes.subarray(0, 64), opts);
      break;
    case 'html': {
      checkHtmlSize(bytes, opts.limits ?? DEFAULT_EXTRACT_LIMITS);
      opts.onProgress?.({ page: 1, pages: 1, stage: 'read' });
      const html = extractHtml(decodeText(bytes) ?? '');
      result = { pages: plainPages(html.text), title: html.title, publishedAt: html.publishedAt };
      break;
    }
    case 'docx':
      opts.onProgress?.({ page: 1, pages: 1, stage: 'read' });
      result = { pages: plainPages(await extractDocx(input.path, opts.limits)) };
      break;
    case 'text':
      opts.onProgress?.({ page: 1, pages: 1, stage: 'read' });
      result = { pages: plainPages(decodeText(bytes) ?? '') };
      break;
  }
  const pages = result.pages.map((p) => ({ ...p, text: toDisplay(p.text) }));
  if (pages.every((p) => visibleChars(p.text) === 0)) {
    // Pages with ink that OCR could not read are not blank pages: the job says which it was.
    if (pages.some((p) => p.warning === 'page_unreadable')) {
      throw new ExtractError(
        'unreadable_scan',
        'The file has text on its pages but none of it could be read (too blurred, too small or too faint). Scan it again at 300 DPI.',
      );
    }
    throw new ExtractError('no_text', 'No text could be found in the file (a blank page?).');
  }
  opts.onProgress?.({ page: pages.length, pages: pages.length, stage: 'done' });
  return { ...result, pages };
}
