/**
 * Caps on the work one file may cause. Each is checked before the expensive step it guards
 * (page count before rendering, zip directory before inflating, bytes and tag count before
 * building a DOM, image header before decoding). The values come from `Config`
 * (ingest/src/config.ts); these defaults are what an empty environment gets.
 */
export interface ExtractLimits {
  /** Most pages of a PDF (or a multi-page TIFF). */
  maxPages: number;
  /** Most bytes of an HTML file. */
  maxHtmlBytes: number;
  /** Most elements (start tags) of an HTML file. */
  maxHtmlNodes: number;
  /** Most inflated bytes of the XML parts of a DOCX (what the Word reader parses). */
  maxDocxXmlBytes: number;
  /** Most pixels an image may claim in its header. */
  maxImagePixels: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxPages: 1000,
  maxHtmlBytes: 10 * 1024 * 1024,
  maxHtmlNodes: 200_000,
  maxDocxXmlBytes: 24 * 1024 * 1024,
  maxImagePixels: 150_000_000,
});

/** Limits on the worker process that extracts and parses one file. */
export interface WorkerLimits {
  /** Resident memory of the worker process; over it the worker is killed. */
  memoryBytes: number;
  /** Wall time allowed for a file: base plus a share per page. */
  timeBaseMs: number;
  timePerPageMs: number;
}

export const DEFAULT_WORKER_LIMITS: Readonly<WorkerLimits> = Object.freeze({
  memoryBytes: 1024 * 1024 * 1024,
  timeBaseMs: 120_000,
  timePerPageMs: 30_000,
});

/** The wall-time budget of a file with `pages` pages (unknown yet: one page). */
export function timeBudgetMs(limits: WorkerLimits, pages: number | undefined): number {
  return limits.timeBaseMs + limits.timePerPageMs * Math.max(1, pages ?? 1);
}

const MB = 1024 * 1024;
/** «10 MB» style sizes in messages. */
export function mb(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
