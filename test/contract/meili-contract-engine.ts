/**
 * The Meilisearch engine for contract suites: a real Meilisearch at MEILI_URL (keys from
 * MEILI_API_KEY / MEILI_SEARCH_KEY, or MEILI_MASTER_KEY), fresh indexes per suite, deleted again
 * when the suite closes the engine. Without MEILI_URL the suites are skipped, with one line saying so.
 */
import { loadConfig } from '../../ingest/src/config.ts';
import { MeilisearchEngine } from '../../ingest/src/search/meili/meilisearch.engine.ts';

const config = loadConfig();
export const meiliContractSkip = !config.meiliUrl;
if (meiliContractSkip)
  console.log('Meilisearch contract tier NOT RUN: set MEILI_URL (and a key) to run it against a real Meilisearch.');

let n = 0;

/** An engine on fresh indexes; close() deletes them. */
export function meiliContractEngine(): MeilisearchEngine {
  const engine = new MeilisearchEngine({
    url: config.meiliUrl ?? 'http://127.0.0.1:7700',
    apiKey: config.meiliKey,
    searchKey: config.meiliSearchKey,
    indexPrefix: `contract_${process.pid}_${Date.now()}_${n++}_`,
  });
  engine.close = () => engine.drop();
  return engine;
}
