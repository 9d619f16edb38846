import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { ledgerDocs } from '../helpers/ledger.ts';

/**
 * The FTS5 ledger keeps an in-memory mirror; a write through another connection to the same
 * file (a CLI reindex while the server runs) must show in the server's next answer.
 */
describe('FTS5 ledger: writes by another connection', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-cm-sync-'));
  const file = path.join(dir, 'search.db');
  const server = new SqliteFts5Engine({ path: file });
  const cli = new SqliteFts5Engine({ path: file });

  afterAll(async () => {
    await server.close();
    await cli.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sees commitments indexed, removed and cleared elsewhere', async () => {
    await server.init();
    await cli.init();
    const [l1, l2, l3] = ledgerDocs();
    await server.index([l1!]);
    expect((await server.searchCommitments({ q: '' })).total).toBe(3);
    await cli.index([l2!, l3!]);
    const after = await server.searchCommitments({ q: '', filters: { party: ['بنیاد برکت'] } });
    expect(after.total).toBe(2);
    expect(after.totals.toman).toBe(17_000_000_000);
    await cli.remove([l1!.id]);
    expect((await server.searchCommitments({ q: '' })).total).toBe(4);
    await cli.clear();
    expect((await server.searchCommitments({ q: '' })).total).toBe(0);
    await server.index([l1!]);
    expect((await cli.searchCommitments({ q: 'تسهیلات' })).total).toBe(1);
  });
});
