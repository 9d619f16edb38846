import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/** The walking skeleton end to end: CLI ingest → store → index → API. */
const FIXTURE = path.join(ROOT, 'test/fixtures/text/qarargah-minutes.txt');

describe('foundation: CLI ingest and the API over one data dir', () => {
  const dataDir = tempDir();
  let server: RunningServer;
  let id = '';

  beforeAll(async () => {
    const first = await runCli(['ingest', '--json', FIXTURE], { DATA_DIR: dataDir, SANAD_DEMO: '0' });
    expect(first.stderr).not.toMatch(/Error/);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as { file: string; id: string; status: string };
    expect(line).toMatchObject({ file: FIXTURE, status: 'ingested' });
    id = line.id;
    server = await startServer({ DATA_DIR: dataDir, SANAD_DEMO: '0' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('reports the same bytes twice as a duplicate with the same id', async () => {
    await server.stop();
    const again = await runCli(['ingest', '--json', FIXTURE], { DATA_DIR: dataDir });
    expect(JSON.parse(again.stdout.trim())).toEqual({ file: FIXTURE, id, status: 'duplicate' });
    server = await startServer({ DATA_DIR: dataDir, SANAD_DEMO: '0' });
  });

  it('prints one failed line for a missing file and exits non-zero', async () => {
    const r = await runCli(['ingest', '--json', path.join(dataDir, 'nope.txt')], { DATA_DIR: tempDir() });
    expect(r.code).toBe(1);
    const line = JSON.parse(r.stdout.trim()) as { status: string; error: string };
    expect(line.status).toBe('failed');
    expect(line.error).toMatch(/not found/i);
  });

  it('answers health with the engine and the document count', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', engine: 'sqlite', documents: 1 });
  });

  it('finds the document first for «قرارگاه اجتماعی» with its Jalali and ISO date', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('قرارگاه اجتماعی')}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { id: string; date: string; dateJalali: string; snippet: string }[] };
    expect(body.hits[0]).toMatchObject({ id, date: '2022-10-27', dateJalali: '1401/08/05' });
    expect(body.hits[0]!.snippet).toContain('<mark>');
  });

  it('returns the record and the original bytes', async () => {
    const rec = (await (await fetch(`${server.url}/api/documents/${id}`)).json()) as Record<string, unknown>;
    expect(rec).toMatchObject({ id, dateJalali: '1401/08/05', date: '2022-10-27', kind: 'minutes' });
    const orig = await fetch(`${server.url}/api/documents/${id}/original`);
    expect(orig.status).toBe(200);
    expect(orig.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await orig.text()).toContain('قرارگاه اجتماعی');
  });

  it('answers unknown ids and bad ids with 404 JSON, never a stack', async () => {
    for (const bad of ['0000000000000000', '..%2F..%2Fetc%2Fpasswd', 'x']) {
      const res = await fetch(`${server.url}/api/documents/${bad}`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('not_found');
    }
  });
});
