import path from 'node:path';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { searchBehavioursContract } from './meili-behaviours.contract.ts';

// The behaviours the Meilisearch adapter must match, on the FTS5 engine (the reference).
searchBehavioursContract('sqlite', (dir) => new SqliteFts5Engine({ path: path.join(dir, 'search.db') }), {
  large: true,
});
