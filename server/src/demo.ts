import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFiles } from '@sanad/ingest/collect-files.ts';
import { ingestFile, type IngestDeps } from '@sanad/ingest/pipeline.ts';
import type { Logger } from './logger.ts';

/** The demo archive shipped with the project (fictional documents written for Sanad). */
export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'demo');

/** Load the demo documents into an empty archive. Returns how many were ingested. */
export async function loadDemoArchive(deps: IngestDeps, logger: Logger, dir = DEMO_DIR): Promise<number> {
  if (deps.store.countDocuments() > 0 || deps.store.countJobs() > 0) return 0;
  // The folder's documents, as `npm run ingest` takes them (its README is skipped).
  const files = collectFiles([dir]).files.map((f) => f.file);
  let n = 0;
  for (const f of files) {
    try {
      await ingestFile(f, deps);
      n++;
    } catch (err) {
      logger.warn({ err, file: path.basename(f) }, 'demo document could not be ingested');
    }
  }
  logger.info({ documents: n }, 'demo archive loaded');
  return n;
}
