import { MeilisearchEngine } from '../../ingest/src/search/meili/meilisearch.engine.ts';
import { commitmentsContract } from './commitments.contract.ts';
import { searchEngineContract } from './search-engine.contract.ts';

const url = process.env.MEILI_URL;
if (!url) {
  // One clear line: this tier needs a real Meilisearch (docker compose up meilisearch).
  console.log('Meilisearch contract tier NOT RUN: set MEILI_URL (and MEILI_KEY) to run it against a real Meilisearch.');
}

const meili = (tag: string) => () =>
  new MeilisearchEngine({
    url: url ?? 'http://127.0.0.1:7700',
    apiKey: process.env.MEILI_KEY,
    indexPrefix: `contract_${tag}${process.pid}_${Date.now()}_`,
  });

searchEngineContract('meilisearch', meili(''), { skip: !url });
commitmentsContract('meilisearch', meili('cm_'), { skip: !url });
