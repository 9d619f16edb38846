/**
 * Bring stored records up to date with the current parser.
 *  - reparse: re-derive every record's fields from its stored display pages (no OCR, no
 *    extraction); ids, originals, text, pages, source and ingest time stay. Store and engine
 *    are written in batches, so a running server keeps answering (the FTS5 engine notices
 *    another connection's commits; Meilisearch updates documents in place).
 *  - reextract: run the whole pipeline again from the kept originals, for when extraction
 *    itself changed; the record keeps its id, file name and ingest time.
 */
import type { Archive } from './archive.ts';
import { SanadError } from './errors.ts';
import { PARSER_VERSION, isDateLine, parseDocument } from './parse/index.ts';
import { buildRecord, ingestStored } from './pipeline.ts';
import type { DocumentRecord } from './schema.ts';

/** A record re-derived from its stored pages by the current parser. Pure. */
export function reparseRecord(old: DocumentRecord): DocumentRecord {
  const pages = old.pages;
  const text = pages.map((p) => p.text).join('\n\n');
  // HTML metadata (title, publication date) is not kept apart from the record: the old values
  // stand in for it, used only when the text has none (and a date line is never a title).
  const hints = { title: old.title && !isDateLine(old.title) ? old.title : null, publishedAt: old.date };
  const parsed = parseDocument(text, { pages, filename: old.source.filename, hints });
  return buildRecord(old.id, parsed, pages, { source: old.source, ingestedAt: old.ingestedAt });
}

/** How many stored records were made by another parser version than the current one. */
export function countOutdated(store: Archive['store']): number {
  let n = 0;
  for (const batch of store.iterateDocuments(500)) for (const d of batch) if (d.parserVersion !== PARSER_VERSION) n++;
  return n;
}

export interface ReparseOptions {
  /** Re-derive records already made by the current parser too (default: only older ones). */
  all?: boolean;
  /** Records per store transaction and engine write. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReparseResult {
  /** Records looked at. */
  total: number;
  /** Records re-derived and written. */
  reparsed: number;
}

/** Re-derive stored records from their pages, in batches (see module doc). */
export async function reparseArchive(
  archive: Pick<Archive, 'store' | 'engine'>,
  opts: ReparseOptions = {},
): Promise<ReparseResult> {
  const total = archive.store.countDocuments();
  let done = 0;
  let reparsed = 0;
  // Ids first: writing records while paging over them by id is safe, but collecting keeps the
  // batches independent of what the writes do to the table.
  const ids: string[] = [];
  for (const batch of archive.store.iterateDocuments(opts.batchSize ?? 100))
    for (const d of batch) if (opts.all || d.parserVersion !== PARSER_VERSION) ids.push(d.id);
  done = total - ids.length;
  opts.onProgress?.(done, total);
  const size = opts.batchSize ?? 100;
  for (let i = 0; i < ids.length; i += size) {
    const fresh: DocumentRecord[] = [];
    for (const id of ids.slice(i, i + size)) {
      const old = archive.store.getDocument(id);
      if (old) fresh.push(reparseRecord(old));
    }
    archive.store.putDocuments(fresh);
    await archive.engine.index(fresh);
    reparsed += fresh.length;
    done += Math.min(size, ids.length - i);
    opts.onProgress?.(done, total);
  }
  return { total, reparsed };
}

/** Re-run extraction and parsing from the kept originals of the given records. */
export async function reextractDocuments(
  archive: Archive,
  ids: string[],
  onDone?: (id: string, error: string | null) => void,
): Promise<{ reextracted: number; failed: number }> {
  let reextracted = 0;
  let failed = 0;
  for (const id of ids) {
    try {
      const old = archive.store.getDocument(id);
      if (!old) throw new SanadError('not_found', `No document with id ${id}.`);
      const sha256 = old.source.sha256;
      if (!archive.store.hasFile(sha256))
        throw new SanadError('original_missing', `The original of ${id} is not kept in the archive.`);
      await ingestStored(
        { sha256, bytes: old.source.bytes, path: archive.store.filePath(sha256), filename: old.source.filename },
        archive,
        { replaces: old },
      );
      reextracted++;
      onDone?.(id, null);
    } catch (err) {
      failed++;
      onDone?.(id, err instanceof Error ? err.message : String(err));
    }
  }
  return { reextracted, failed };
}
