/** A real archive on disk with the embedded SQLite engine and one OCR worker, as integration tests open it. */
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';

export function openSqliteArchive(dataDir: string): Promise<Archive> {
  return openArchive({
    dataDir,
    engine: 'sqlite',
    meiliUrl: undefined,
    meiliKey: undefined,
    meiliIndexPrefix: 'sanad',
    ocrWorkers: 1,
  });
}
