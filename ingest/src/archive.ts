import type { Config } from './config.ts';
import { OcrPool } from './extract/index.ts';
import { ExtractWorkers } from './isolate/worker-pool.ts';
import type { IngestDeps } from './pipeline.ts';
import { createSearchEngine } from './search/create-search-engine.ts';
import type { SearchEngine } from './search/search-engine.ts';
import { ArchiveStore } from './store/store.ts';

export interface Archive extends IngestDeps {
  store: ArchiveStore;
  engine: SearchEngine;
  ocr: OcrPool;
  /** The isolated extraction workers behind `extractor`. */
  workers: ExtractWorkers;
  close(): Promise<void>;
}

/**
 * Open the store, the configured search engine, a (lazy) OCR pool and the extraction workers
 * (isolated processes with the configured caps) over one data dir.
 */
export async function openArchive(
  config: Pick<Config, 'dataDir' | 'engine' | 'meiliUrl' | 'meiliKey' | 'meiliIndexPrefix' | 'ocrWorkers'> &
    Partial<Pick<Config, 'meiliSearchKey' | 'extractLimits' | 'workerLimits'>>,
): Promise<Archive> {
  const store = new ArchiveStore(config.dataDir);
  const engine = createSearchEngine({
    engine: config.engine,
    dataDir: config.dataDir,
    meiliUrl: config.meiliUrl,
    meiliKey: config.meiliKey,
    meiliSearchKey: config.meiliSearchKey,
    indexPrefix: config.meiliIndexPrefix,
  });
  await engine.init();
  const ocr = new OcrPool({ workers: config.ocrWorkers });
  const workers = new ExtractWorkers({ ocr, limits: config.extractLimits, worker: config.workerLimits });
  return {
    store,
    engine,
    ocr,
    workers,
    extractor: workers.extractor,
    async close() {
      await workers.close();
      await ocr.terminate();
      await engine.close();
      store.close();
    },
  };
}

/** A throwaway archive in `dataDir` on the embedded SQLite engine with one OCR worker (eval runs, tests). */
export function openLocalArchive(dataDir: string): Promise<Archive> {
  return openArchive({
    dataDir,
    engine: 'sqlite',
    meiliUrl: undefined,
    meiliKey: undefined,
    meiliIndexPrefix: 'sanad',
    ocrWorkers: 1,
  });
}

/** Rebuild the search index from the archive store, in batches. */
export async function reindexArchive(
  archive: Pick<Archive, 'store' | 'engine'>,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const total = archive.store.countDocuments();
  await archive.engine.clear();
  let done = 0;
  for (const batch of archive.store.iterateDocuments(100)) {
    await archive.engine.index(batch);
    done += batch.length;
    onProgress?.(done, total);
  }
  return done;
}

/**
 * When the index is empty but the archive is not (a new Meilisearch volume,
 * an upgrade, a deleted `search.db`), rebuild it. Returns how many documents
 * were indexed (0 when nothing had to be done).
 */
export async function ensureIndexed(
  archive: Pick<Archive, 'store' | 'engine'>,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const stored = archive.store.countDocuments();
  if (stored === 0 || (await archive.engine.count()) > 0) return 0;
  return reindexArchive(archive, onProgress);
}
