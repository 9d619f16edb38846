/**
 * The unit of work that runs isolated: one stored file → its pages and its parsed record.
 * The worker process runs this (worker-main.ts); the same function is the in-process
 * extractor for callers that build their own pipeline deps (unit tests, the eval).
 */
import { IngestError } from '../errors.ts';
import { extractDocument, ExtractError, type ExtractLimits, type OcrEngine } from '../extract/index.ts';
import { parseDocument } from '../parse/index.ts';
import type { Page, ParsedDocument } from '../schema.ts';
import { toDisplay } from '../text/index.ts';

export interface WorkInput {
  path: string;
  mime: string;
  filename: string;
}

export interface WorkProgress {
  stage: string;
  page: number;
  pages: number;
}

export interface WorkOutput {
  pages: Page[];
  parsed: ParsedDocument;
}

export interface WorkOptions {
  ocr: OcrEngine;
  limits?: ExtractLimits;
  signal?: AbortSignal;
  onProgress?: (p: WorkProgress) => void;
}

/** Extracts and parses one file. `IngestError` for anything the file causes. */
export type Extractor = (input: WorkInput, opts: Omit<WorkOptions, 'ocr' | 'limits'>) => Promise<WorkOutput>;

export async function extractAndParse(input: WorkInput, opts: WorkOptions): Promise<WorkOutput> {
  let out;
  try {
    out = await extractDocument(
      { path: input.path, mime: input.mime },
      { ocr: opts.ocr, limits: opts.limits, signal: opts.signal, onProgress: opts.onProgress },
    );
  } catch (err) {
    if (err instanceof ExtractError) throw new IngestError(err.code, err.message, { cause: err });
    throw err;
  }
  if (out.pages.every((p) => p.text.trim() === '')) {
    throw new IngestError('no_text', 'No readable text was found in this file.');
  }
  opts.onProgress?.({ stage: 'parse', page: out.pages.length, pages: out.pages.length });
  const pages = out.pages.map((p) => ({ ...p, text: toDisplay(p.text) }));
  const text = pages.map((p) => p.text).join('\n\n');
  const parsed = parseDocument(text, {
    pages: pages.map((p) => ({ number: p.number, text: p.text })),
    filename: input.filename,
    hints: { title: out.title ?? null, publishedAt: out.publishedAt ?? null },
  });
  return { pages, parsed };
}

/** An extractor that works in the calling process (no isolation: for tests and offline tools). */
export function inProcessExtractor(ocr: OcrEngine, limits?: ExtractLimits): Extractor {
  return (input, opts) => extractAndParse(input, { ...opts, ocr, limits });
}
