import path from 'node:path';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { commitmentsContract } from './commitments.contract.ts';
import { searchEngineContract } from './search-engine.contract.ts';
import { variantContract } from './search-variants.contract.ts';

// The FTS5 engine on a database file in a temp directory (as in production: DATA_DIR/search.db).
searchEngineContract('sqlite', (dir) => new SqliteFts5Engine({ path: path.join(dir, 'search.db') }));
commitmentsContract('sqlite', (dir) => new SqliteFts5Engine({ path: path.join(dir, 'search.db') }));
variantContract('sqlite', (dir) => new SqliteFts5Engine({ path: path.join(dir, 'search.db') }));
