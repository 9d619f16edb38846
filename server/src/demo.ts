import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile, type IngestDeps } from '@sanad/ingest/pipeline.ts';
import type { Logger } from './logger.ts';

/** The demo archive shipped with the project (fictional documents written for Sanad). */
export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'demo');

/** Load the demo documents into an empty archive. Returns how many were ingested. */
export async function loadDemoArchive(deps: IngestDeps, logger: Logger, dir = DEMO_DIR): Promise<number> {
  if (deps.store.countDocuments() > 0 || deps.store.countJobs() > 0) return 0;
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md|html?|pdf|png|jpe?g|docx)$/i.test(f) && f.toLowerCase() !== 'readme.md')
    .sort();
  let n = 0;
  for (const f of files) {
    try {
      await ingestFile(path.join(dir, f), deps);
      n++;
    } catch (err) {
      logger.warn({ err, file: f }, 'demo document could not be ingested');
    }
  }
  logger.info({ documents: n }, 'demo archive loaded');
  return n;
}
