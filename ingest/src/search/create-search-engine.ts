import path from 'node:path';
import { MeilisearchEngine } from './meili/meilisearch.engine.ts';
import type { SearchEngine } from './search-engine.ts';
import { SqliteFts5Engine } from './fts5/sqlite-fts5.engine.ts';

export interface SearchEngineConfig {
  engine: 'sqlite' | 'meilisearch';
  /** Data directory; the FTS5 engine keeps its index in `<dataDir>/search.db`. */
  dataDir: string;
  meiliUrl?: string;
  /** Admin API key (writes, settings). */
  meiliKey?: string;
  /** Search API key (reads); default meiliKey. */
  meiliSearchKey?: string;
  /** Prefix of the Meilisearch index uids. Default 'sanad_'. */
  indexPrefix?: string;
}

/** The configured search engine (call `init()` before use). */
export function createSearchEngine(cfg: SearchEngineConfig): SearchEngine {
  if (cfg.engine === 'meilisearch') {
    if (!cfg.meiliUrl) throw new Error('engine "meilisearch" needs a Meilisearch URL (MEILI_URL)');
    return new MeilisearchEngine({
      url: cfg.meiliUrl,
      apiKey: cfg.meiliKey,
      searchKey: cfg.meiliSearchKey,
      indexPrefix: cfg.indexPrefix,
    });
  }
  return new SqliteFts5Engine({ path: path.join(cfg.dataDir, 'search.db') });
}
