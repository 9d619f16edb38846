import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, reindexArchive, type Archive } from '@sanad/ingest/archive.ts';
import type { CommitmentSearchResponse, CommitmentSummaryRow } from '@sanad/ingest/search/commitments.ts';
import { createApp } from '@sanad/server/app.ts';
import { createLogger } from '@sanad/server/logger.ts';
import { parseCsv } from '../helpers/csv.ts';
import { ledgerDoc, ledgerDocs } from '../helpers/ledger.ts';
import { tempDir } from '../helpers/server.ts';

/**
 * `GET /api/commitments` and `/api/commitments/summary` over HTTP, on a real archive on disk
 * (store + FTS5 index in a temp data dir) holding the hand-made ledger records.
 */

const PUBLIC = 'https://sanad.example.ir';
const L1 = '1e00000000000001';

async function listen(app: ReturnType<typeof createApp>): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const a = server.address();
  return { server, url: typeof a === 'object' && a ? `http://127.0.0.1:${a.port}` : '' };
}

describe('the ledger API', () => {
  const dataDir = tempDir();
  let archive: Archive;
  let url = '';
  let plainUrl = '';
  const servers: Server[] = [];

  const get = async <T>(path: string, base = url): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: (await res.json()) as T };
  };
  const ledger = (qs: string) => get<CommitmentSearchResponse>(`/api/commitments?${qs}`);
  const counts = (l: { value: string; count: number }[]) => Object.fromEntries(l.map((x) => [x.value, x.count]));

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1', SANAD_DEMO: '0', PUBLIC_URL: `${PUBLIC}/` });
    archive = await openArchive(config);
    const docs = ledgerDocs();
    for (const d of docs) archive.store.putDocument(d);
    await archive.engine.index(docs);
    const logger = createLogger('silent');
    const deps = { store: archive.store, engine: archive.engine, logger };
    const a = await listen(createApp({ ...deps, config }));
    const b = await listen(createApp({ ...deps, config: { ...config, publicUrl: undefined } }));
    servers.push(a.server, b.server);
    url = a.url;
    plainUrl = b.url;
  });

  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
    await archive?.close();
  });

  it('answers every commitment with its document, facets and totals over every match', async () => {
    const { status, body } = await ledger('perPage=2');
    expect(status).toBe(200);
    expect(body.total).toBe(7);
    expect(body.hits).toHaveLength(2);
    expect(body.totals).toEqual({ toman: 95_000_000_000, withAmount: 5 });
    expect(Object.keys(body.facets).sort()).toEqual(['county', 'organisation', 'party', 'year']);
    expect(counts(body.facets.party)['بانک ملی']).toBe(2);
    const h = body.hits[0]!;
    expect(h).toMatchObject({ documentId: '1e00000000000003', kind: 'minutes', dateJalali: '1403/01/20' });
    expect(h.span).not.toBeNull();
  });

  it('takes repeated filters, Jalali dates and a query; facets follow them', async () => {
    const two = await ledger(`party=${encodeURIComponent('بنیاد برکت')}&party=${encodeURIComponent('بانک ملی')}`);
    expect(two.body.total).toBe(4);
    expect(two.body.totals.toman).toBe(49_000_000_000);
    const q = await ledger(`q=${encodeURIComponent('تسهیلات')}`);
    expect(q.body.hits.map((h) => h.id).sort()).toEqual([`${L1}:c1`, '1e00000000000002:c1']);
    expect(counts(q.body.facets.year)).toEqual({ '1401': 1, '1402': 1 });
    const range = await ledger(`from=${encodeURIComponent('۱۴۰۲/۰۱/۰۱')}&to=1402/12/29`);
    expect(range.body.total).toBe(2);
    expect((await ledger(`province=${encodeURIComponent('گیلان')}&year=1403`)).body.total).toBe(2);
    expect((await ledger('sort=amount_desc')).body.hits[0]!.parties).toEqual(['بانک توسعه تعاون']);
  });

  it('judges due dates against today (every due date of the fixtures has passed)', async () => {
    const passed = await ledger('due=passed');
    expect(passed.body.total).toBe(4);
    expect(passed.body.hits.every((h) => h.deadline?.due && h.deadline.due < new Date().toISOString())).toBe(true);
    expect((await ledger('due=upcoming')).body.total).toBe(0);
  });

  it.each([
    ['sort=cheapest', 'sort'],
    ['due=soon', 'due'],
    ['year=14x', 'year'],
    ['perPage=500', 'perPage'],
    ['from=yesterday', 'from'],
    ['party[]=x', 'party[]'],
  ])('refuses %s with a 400 naming the parameter', async (qs, field) => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(`/api/commitments?${qs}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(field);
  });

  it('summarises by party, year and county with the same filters', async () => {
    const byYear = await get<CommitmentSummaryRow[]>('/api/commitments/summary?by=year');
    expect(byYear.body).toEqual([
      { key: '1403', count: 2, toman: 30_000_000_000 },
      { key: '1402', count: 2, toman: 58_000_000_000 },
      { key: '1401', count: 3, toman: 7_000_000_000 },
    ]);
    const byParty = await get<CommitmentSummaryRow[]>(
      `/api/commitments/summary?by=party&province=${encodeURIComponent('کرمان')}`,
    );
    expect(byParty.body[0]).toEqual({ key: 'بانک توسعه تعاون', count: 1, toman: 46_000_000_000 });
    expect(byParty.body.map((r) => r.key)).not.toContain('صندوق کارآفرینی امید');
    expect((await get('/api/commitments/summary')).status).toBe(400);
    expect((await get('/api/commitments/summary?by=kind')).status).toBe(400);
  });

  it('exports CSV with a numeric toman column, Jalali and ISO dates and absolute links', async () => {
    const res = await fetch(`${url}/api/commitments?format=csv&sort=amount_desc`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).toHaveLength(7);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[col('مبلغ (تومان)')])).toEqual([
      '46000000000',
      '30000000000',
      '12000000000',
      '5000000000',
      '2000000000',
      '',
      '',
    ]);
    const jiroft = rows.find((r) => r[0] === `${L1}:c1`)!;
    expect(jiroft[col('تاریخ سند (شمسی)')]).toBe('1401/06/17');
    expect(jiroft[col('تاریخ سند (میلادی)')]).toBe('2022-09-08');
    expect(jiroft[col('سررسید (شمسی)')]).toBe('1401/07/17');
    expect(jiroft[col('سررسید (میلادی)')]).toBe('2022-10-09');
    expect(jiroft[col('مهلت')]).toBe('ظرف یک ماه');
    expect(jiroft[col('ناظر')]).toBe('فرمانداری جیرفت');
    expect(jiroft[col('پیوند')]).toBe(`${PUBLIC}/documents/${L1}?p=1#commitment-c1`);
    // an unreadable amount keeps its words and leaves the number empty
    const rasht = rows.find((r) => r[0] === '1e00000000000003:c2')!;
    expect(rasht[col('مبلغ (متن)')]).toBe('سیصد و اندی میلیون تومان');
    expect(rasht[col('مبلغ (تومان)')]).toBe('');
    // without PUBLIC_URL the link starts with the request's own origin
    const plain = parseCsv(await (await fetch(`${plainUrl}/api/commitments?format=csv`)).text());
    expect(plain[1]![col('پیوند')]).toMatch(new RegExp(`^${plainUrl}/documents/[0-9a-f]{16}\\?p=1#commitment-c\\d+$`));
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const hostile = ledgerDoc(
      '1e00000000000009',
      ['=HYPERLINK("http://x.example","پرداخت") بانک ملت ۱ میلیارد تومان پرداخت می‌کند.'],
      [
        {
          clause: '=HYPERLINK("http://x.example","پرداخت") بانک ملت ۱ میلیارد تومان پرداخت می‌کند.',
          source: 'statement',
          parties: ['@بانک ملت'],
          amounts: [{ text: '۱ میلیارد تومان', toman: 1_000_000_000 }],
        },
      ],
      { dateJalali: '1402/01/05', title: '+عنوان' },
    );
    archive.store.putDocument(hostile);
    await archive.engine.index([hostile]);
    try {
      const text = await (
        await fetch(`${url}/api/commitments?format=csv&party=${encodeURIComponent('@بانک ملت')}`)
      ).text();
      const [header, row] = parseCsv(text);
      expect(row![header!.indexOf('شرح تعهد')]!.startsWith("'=HYPERLINK")).toBe(true);
      expect(row![header!.indexOf('متعهد')]).toBe("'@بانک ملت");
      expect(row![header!.indexOf('عنوان سند')]).toBe("'+عنوان");
      expect(row![header!.indexOf('مبلغ (تومان)')]).toBe('1000000000');
    } finally {
      await archive.engine.remove([hostile.id]);
      archive.store.deleteDocument(hostile.id);
    }
  });

  it('keeps /api/resolutions, and a reindex from the store rebuilds the ledger', async () => {
    expect((await get('/api/resolutions')).status).toBe(200);
    await reindexArchive(archive);
    const { body } = await ledger('');
    expect(body.total).toBe(7);
    expect(body.totals.toman).toBe(95_000_000_000);
  });
});
