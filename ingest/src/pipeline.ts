import fs from 'node:fs';
import path from 'node:path';
import type { ArchiveStore, StoredFile } from './store/store.ts';
import type { SearchEngine } from './search/search-engine.ts';
import { IngestError } from './errors.ts';
import { readHead } from './file-head.ts';
import { detectType, type OcrPool } from './extract/index.ts';
import { inProcessExtractor, type Extractor } from './isolate/extract-parse.ts';
import { documentIdFromSha256, type DocumentRecord, type Page, type ParsedDocument } from './schema.ts';

/**
 * Ingest as an ordered list of small steps with one shape. Every step reads
 * and extends one context; a step that cannot go on throws `IngestError`
 * (the job fails with that reason, the original stays stored). Because the
 * original is stored first and every later step is deterministic and
 * idempotent, an interrupted ingest resumes by running again.
 */

export interface IngestProgress {
  stage: string;
  page?: number;
  pages?: number;
  fraction: number;
}

export interface IngestDeps {
  store: ArchiveStore;
  engine: SearchEngine;
  ocr: OcrPool;
  /** Where files are extracted and parsed: isolated workers (openArchive) or, when absent, this process. */
  extractor?: Extractor;
  now?: () => Date;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  signal?: AbortSignal;
  /**
   * Re-extract a stored document (`npm run reextract`): the duplicate check is skipped and the
   * new record keeps this record's id, file name and ingest time.
   */
  replaces?: DocumentRecord;
}

interface Ctx {
  deps: IngestDeps;
  opts: IngestOptions;
  original: StoredFile & { filename: string };
  mime?: string;
  kind?: string;
  pages?: Page[];
  parsed?: ParsedDocument;
  record?: DocumentRecord;
  duplicateOf?: DocumentRecord;
}

interface Step {
  name: string;
  /** Share of the whole job this step accounts for (for progress bars). */
  weight: number;
  run(ctx: Ctx): Promise<void> | void;
}

const STEPS: Step[] = [
  {
    name: 'duplicate-check',
    weight: 0.01,
    run(ctx) {
      if (ctx.opts.replaces) return;
      const id = ctx.deps.store.findBySha256(ctx.original.sha256);
      const existing = id ? ctx.deps.store.getDocument(id) : null;
      if (existing) ctx.duplicateOf = existing;
    },
  },
  {
    name: 'detect-type',
    weight: 0.01,
    run(ctx) {
      if (ctx.original.bytes === 0) throw new IngestError('empty_file', 'The file is empty.');
      const type = detectType(readHead(ctx.original.path, ctx.original.bytes), ctx.original.filename);
      if (!type) {
        throw new IngestError(
          'unsupported_type',
          'This file type is not supported. Upload a PDF, an image (PNG, JPEG, TIFF, WebP), an HTML page, a DOCX or a text file.',
        );
      }
      ctx.mime = type.mime;
      ctx.kind = type.kind;
    },
  },
  {
    // Extraction and parsing run in an isolated worker (deps.extractor); the result comes back
    // as pages and a parsed record. Caps and worker deaths fail the job with their code.
    name: 'extract',
    weight: 0.85,
    async run(ctx) {
      const extractor = ctx.deps.extractor ?? inProcessExtractor(ctx.deps.ocr);
      const out = await extractor(
        { path: ctx.original.path, mime: ctx.mime!, filename: ctx.original.filename },
        {
          signal: ctx.opts.signal,
          onProgress: (p) =>
            ctx.opts.onProgress?.({
              stage: p.stage,
              page: p.page,
              pages: p.pages,
              fraction: 0.02 + 0.85 * (p.pages > 0 ? p.page / p.pages : 0),
            }),
        },
      );
      ctx.pages = out.pages;
      ctx.parsed = out.parsed;
    },
  },
  {
    name: 'record',
    weight: 0.01,
    run(ctx) {
      const old = ctx.opts.replaces;
      ctx.record = buildRecord(old?.id ?? documentIdFromSha256(ctx.original.sha256), ctx.parsed!, ctx.pages!, {
        source: {
          filename: old?.source.filename ?? ctx.original.filename,
          mime: ctx.mime!,
          sha256: ctx.original.sha256,
          bytes: ctx.original.bytes,
        },
        ingestedAt: old?.ingestedAt ?? (ctx.deps.now?.() ?? new Date()).toISOString(),
      });
    },
  },
  {
    name: 'persist',
    weight: 0.02,
    run(ctx) {
      ctx.deps.store.putDocument(ctx.record!);
    },
  },
  {
    name: 'index',
    weight: 0.1,
    async run(ctx) {
      await ctx.deps.engine.index([ctx.record!]);
    },
  },
];

/**
 * A stored record from parsed fields and display pages: resolution and commitment ids derive
 * from the document id, so re-deriving a record (reparse, reextract) keeps them stable.
 */
export function buildRecord(
  id: string,
  parsed: ParsedDocument,
  pages: Page[],
  kept: Pick<DocumentRecord, 'source' | 'ingestedAt'>,
): DocumentRecord {
  const record: DocumentRecord = {
    ...parsed,
    id,
    resolutions: parsed.resolutions.map((r, i) => ({
      ...r,
      id: r.number !== null ? `${id}:${r.number}` : `${id}:r${i + 1}`,
    })),
    commitments: parsed.commitments.map((c, i) => ({ ...c, id: `${id}:c${i + 1}` })),
    text: pages.map((p) => p.text).join('\n\n'),
    pages,
    ...pageWarnings(pages),
    source: kept.source,
    ingestedAt: kept.ingestedAt,
  };
  dedupeResolutionIds(record);
  return record;
}

/** The document's page warnings (`{}` when every page read fine, so the field stays absent). */
export function pageWarnings(pages: Page[]): Pick<DocumentRecord, 'warnings'> {
  const warnings = pages.flatMap((p) => (p.warning ? [{ code: p.warning, page: p.number }] : []));
  return warnings.length ? { warnings } : {};
}

/** Two resolutions with the same printed number (e.g. two tables) still need distinct ids. */
function dedupeResolutionIds(doc: DocumentRecord): void {
  const seen = new Set<string>();
  doc.resolutions.forEach((r, i) => {
    if (seen.has(r.id)) r.id = `${doc.id}:r${i + 1}`;
    seen.add(r.id);
  });
}

export interface IngestResult {
  id: string;
  status: 'ingested' | 'duplicate';
  record: DocumentRecord;
}

/**
 * Run the pipeline on an original that is already kept in the store.
 * A duplicate (same bytes) is re-indexed (cheap, and it heals an ingest that
 * was interrupted between persisting and indexing) and reported as such.
 */
export async function ingestStored(
  original: StoredFile & { filename: string },
  deps: IngestDeps,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const ctx: Ctx = { deps, opts, original };
  let done = 0;
  for (const step of STEPS) {
    if (opts.signal?.aborted) throw new IngestError('aborted', 'Ingest was interrupted.');
    opts.onProgress?.({ stage: step.name, fraction: done });
    await step.run(ctx);
    done += step.weight;
    if (ctx.duplicateOf) {
      await deps.engine.index([ctx.duplicateOf]);
      return { id: ctx.duplicateOf.id, status: 'duplicate', record: ctx.duplicateOf };
    }
  }
  opts.onProgress?.({ stage: 'done', fraction: 1 });
  return { id: ctx.record!.id, status: 'ingested', record: ctx.record! };
}

/** Keep the original first, then ingest it. `filename` defaults to the file's base name. */
export async function ingestFile(
  filePath: string,
  deps: IngestDeps,
  opts: IngestOptions & { filename?: string } = {},
): Promise<IngestResult> {
  const stat = fs.statSync(filePath);
  if (!stat.isFile()) throw new IngestError('not_a_file', 'Not a regular file.');
  const stored = await deps.store.putFile(filePath);
  return ingestStored({ ...stored, filename: opts.filename ?? path.basename(filePath) }, deps, opts);
}
