import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { makeDoc } from './fixtures.ts';
import { partialMatchDocs } from './meili-behaviours.contract.ts';

// Relaxation (fewer than `relaxBelow` documents match every word) never drops a query word that
// carries meaning: a document may miss only function words, so adding a word never adds documents.
// The shared cases run through meili-behaviours.contract.ts on both engines; these two are SQLite's
// own (a ZWNJ-joined nonsense word split into its pieces).
const DOCS = partialMatchDocs();

describe('sqlite: relaxed matches keep every content word', () => {
  let engine: SqliteFts5Engine;
  let dir: string;
  const ids = async (q: string) => (await engine.search({ q, perPage: 50 })).hits.map((h) => h.id).sort();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-partial-'));
    engine = new SqliteFts5Engine({ path: path.join(dir, 'search.db') });
    await engine.init();
    await engine.index(DOCS);
  });

  afterAll(async () => {
    await engine?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['one ZWNJ-split nonsense word (pieces «که», «واژه‌ای», typo «ویژه‌ای»)', 'واژه‌ای‌که‌هرگزنیست', []],
    ['the same, no trailing prefix', 'واژه‌ای‌که‌هرگزنیست ', []],
  ])('%s', async (_label, q, expected) => {
    expect(await ids(q)).toEqual(expected);
  });

  it('a split word still matches its whole form; an absent word never widens', async () => {
    const tmp = makeDoc({ id: 'p6', text: 'این واژه‌ای‌که‌هرگزنیست در متن آمده است.', dateJalali: '1401/07/01' });
    await engine.index([tmp]);
    try {
      expect(await ids('واژه‌ای‌که‌هرگزنیست')).toEqual(['p6']);
      expect(await ids('کارآفرینی امید')).toEqual(['p3']);
      expect(await ids('کارآفرینی امید نامربوط‌ترین')).toEqual([]);
    } finally {
      await engine.remove(['p6']);
    }
  });
});
