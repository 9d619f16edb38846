import fs from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';
import { createApp } from '@sanad/server/app.ts';
import { createLogger } from '@sanad/server/logger.ts';
import { generateArchive } from '../bench/generate.ts';
import { parseCsv } from '../helpers/csv.ts';
import { tempDir } from '../helpers/server.ts';

/** CSV exports page through the engine: every hit once, in order, up to the row cap. */

const DOCS = 250;

describe('CSV export over many pages', () => {
  const dataDir = tempDir();
  let archive: Archive;
  let server: Server;
  let url = '';
  let uncappedUrl = '';
  const servers: Server[] = [];

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1' });
    archive = await openArchive(config);
    const docs = [...generateArchive({ docs: DOCS, seed: 7 })];
    for (const d of docs) archive.store.putDocument(d);
    await archive.engine.index(docs);
    const app = createApp({
      config,
      store: archive.store,
      engine: archive.engine,
      logger: createLogger('silent'),
      limits: { csvMaxRows: 120 },
    });
    const uncapped = createApp({
      config,
      store: archive.store,
      engine: archive.engine,
      logger: createLogger('silent'),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const s2 = await new Promise<Server>((resolve) => {
      const s = uncapped.listen(0, '127.0.0.1', () => resolve(s));
    });
    const a = server.address();
    const b = s2.address();
    url = typeof a === 'object' && a ? `http://127.0.0.1:${a.port}` : '';
    uncappedUrl = typeof b === 'object' && b ? `http://127.0.0.1:${b.port}` : '';
    servers.push(s2);
  }, 120_000);

  afterAll(async () => {
    for (const s of [server, ...servers]) await new Promise((r) => s?.close(r));
    await archive?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports every document once, in the requested order', async () => {
    const json = (await (await fetch(`${uncappedUrl}/api/search?sort=date_desc&perPage=1`)).json()) as {
      total: number;
    };
    expect(json.total).toBe(DOCS);
    const bytes = new Uint8Array(
      await (await fetch(`${uncappedUrl}/api/search?sort=date_desc&format=csv`)).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM.
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]![0]).toBe('شناسه');
    const body = rows.slice(1);
    expect(body).toHaveLength(DOCS);
    expect(new Set(body.map((r) => r[0])).size).toBe(DOCS);
    expect(body.every((r) => r.length === rows[0]!.length)).toBe(true);
    const dates = body.map((r) => r[3]!).filter((d) => d !== '');
    expect(dates.every((d) => /^\d{4}\/\d{2}\/\d{2}$/.test(d))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('stops at the row cap', async () => {
    const rows = parseCsv(await (await fetch(`${url}/api/search?format=csv`)).text());
    expect(rows).toHaveLength(1 + 120);
  });
});
