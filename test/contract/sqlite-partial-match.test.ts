import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { makeDoc } from './fixtures.ts';

// Relaxation (fewer than `relaxBelow` documents match every word) never drops a query word that
// carries meaning: a document may miss only function words, so adding a word never adds documents.
const DOCS = [
  makeDoc({ id: 'p1', text: 'گزارشی که در جلسه ارائه شد درباره اشتغال روستایی بود.', dateJalali: '1401/02/01' }),
  makeDoc({ id: 'p2', text: 'این طرح ویژه‌ای است که به تصویب رسید و اعتبار آن تأمین شد.', dateJalali: '1401/03/01' }),
  makeDoc({ id: 'p3', text: 'صندوق کارآفرینی امید که در استان فعال است وام داد.', dateJalali: '1401/04/01' }),
  makeDoc({ id: 'p4', text: 'آموزش کارآفرینی برای جوانان روستا برگزار شد.', dateJalali: '1401/05/01' }),
  makeDoc({
    id: 'p5',
    text: 'هرگز نیست که مصوبه‌ای بدون پیگیری بماند؛ واژه‌ای از دبیرخانه.',
    dateJalali: '1401/06/01',
  }),
];

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
    ['an absent word next to a function word', 'که زنبورستانها', []],
    ['only function words besides an absent word', 'در به از زنبورستانها', []],
    ['a present content word next to an absent one', 'کارآفرینی نامربوط‌ترین', []],
    ['a present content word next to a function word and an absent one', 'که اشتغال نامربوط‌ترین', []],
    ['a content word next to a function word missing from the document', 'که اشتغال', ['p1']],
    ['a function word the document lacks is not required', 'اشتغال زیرا', ['p1']],
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
