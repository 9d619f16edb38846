import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '@sanad/ingest/config.ts';
import { bearer, countOriginals, persianMinutes, uniqueWord, upload, waitForJobs } from '../helpers/api.ts';
import { ROOT, startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/** The API of DESIGN §4 end to end over HTTP against the real server process. */

const ADMIN = 'admin-token-for-tests';
const READ = 'read-token-for-tests';

function tokenCli(args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/token-cli.ts', ...args], {
      cwd: ROOT,
      env: childEnv({ DATA_DIR: dataDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface SearchBody {
  total: number;
  hits: { id: string; snippet: string; dateJalali: string | null }[];
}

describe('API: upload, jobs, documents, search, exports, delete', () => {
  let server: RunningServer;
  const name1 = 'صورتجلسه کارگروه (۱).txt';
  let id1 = '';
  let id2 = '';

  beforeAll(async () => {
    server = await startServer({ ADMIN_TOKEN: ADMIN });
    const res = await upload(
      server.url,
      [
        { name: name1, data: persianMinutes(1) },
        { name: 'minutes-2.txt', data: persianMinutes(2) },
      ],
      bearer(ADMIN),
    );
    expect(res.status).toBe(202);
    const body = (await res.json()) as { jobs: { id: string; file: string; status: string }[] };
    expect(body.jobs.map((j) => [j.file, j.status])).toEqual([
      [name1, 'queued'],
      ['minutes-2.txt', 'queued'],
    ]);
    const jobs = await waitForJobs(
      server.url,
      body.jobs.map((j) => j.id),
    );
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
    id1 = jobs[0]!.documentId!;
    id2 = jobs[1]!.documentId!;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('reports jobs with status, document id and progress', async () => {
    const list = (await (await fetch(`${server.url}/api/jobs?status=done`)).json()) as {
      jobs: { documentId: string }[];
    };
    expect(list.jobs.map((j) => j.documentId).sort()).toEqual([id1, id2].sort());
    const one = list.jobs[0] as unknown as { progress: { fraction: number }; error?: string };
    expect(one.progress.fraction).toBe(1);
    expect(one.error).toBeUndefined();
  });

  it('gives a duplicate upload a job that ends done with the existing document', async () => {
    const res = await upload(server.url, [{ name: 'again.txt', data: persianMinutes(1) }], bearer(ADMIN));
    expect(res.status).toBe(202);
    const { jobs } = (await res.json()) as { jobs: { id: string }[] };
    const [job] = await waitForJobs(server.url, [jobs[0]!.id]);
    expect(job).toMatchObject({ status: 'done', documentId: id1 });
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { documents: number };
    expect(health.documents).toBe(2);
  });

  it('returns the record and the original with its type and Persian name (RFC 5987)', async () => {
    const rec = (await (await fetch(`${server.url}/api/documents/${id1}`)).json()) as {
      id: string;
      dateJalali: string;
      source: { filename: string; mime: string };
    };
    expect(rec).toMatchObject({ id: id1, dateJalali: '1402/03/02', source: { filename: name1, mime: 'text/plain' } });
    const orig = await fetch(`${server.url}/api/documents/${id1}/original`);
    expect(orig.status).toBe(200);
    expect(orig.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const cd = orig.headers.get('content-disposition')!;
    expect(cd).toMatch(/^attachment; filename="document\.txt"; filename\*=UTF-8''/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe(name1);
    expect(orig.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(await orig.text()).toBe(persianMinutes(1));
    const inline = await fetch(`${server.url}/api/documents/${id1}/original?inline=1`);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('lists documents, paged', async () => {
    const p1 = (await (await fetch(`${server.url}/api/documents?perPage=1`)).json()) as {
      total: number;
      documents: { id: string }[];
    };
    const p2 = (await (await fetch(`${server.url}/api/documents?perPage=1&page=2`)).json()) as typeof p1;
    expect(p1.total).toBe(2);
    expect([p1.documents[0]!.id, p2.documents[0]!.id].sort()).toEqual([id1, id2].sort());
  });

  it('finds a document by a word only it contains', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent(uniqueWord(2))}`);
    const body = (await res.json()) as SearchBody;
    expect(body.total).toBe(1);
    expect(body.hits[0]!.id).toBe(id2);
    expect(body.hits[0]!.snippet).toContain('<mark>');
  });

  it('exports search hits as CSV with a BOM, Persian headers and Jalali dates', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('اشتغال')}&format=csv&sort=date_asc`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="sanad-search\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['شناسه', 'نوع', 'عنوان', 'تاریخ']);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('1402/03/02');
    expect(lines[2]).toContain('1402/03/03');
    expect(lines.slice(1).every((l) => !l.includes('<mark>'))).toBe(true);
  });

  it('searches resolutions and exports them as CSV', async () => {
    const res = await fetch(`${server.url}/api/resolutions?q=${encodeURIComponent(uniqueWord(1))}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; hits: { documentId: string }[] };
    expect(body.hits.map((h) => h.documentId)).toContain(id1);
    const csv = await fetch(`${server.url}/api/resolutions?format=csv`);
    const text = (await csv.text()).replace(/^\ufeff/, '');
    expect(text.split('\r\n')[0]).toMatch(/^شناسه سند,عنوان سند,تاریخ,/);
  });

  it('serves the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/jobs/{id}');
  });

  it('sends security headers and a request id', async () => {
    const res = await fetch(`${server.url}/api/health`, { headers: { 'X-Request-Id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('accepts a write token from the tokens table and refuses a read token for writes', async () => {
    const w = await tokenCli(['create', 'script', '--json'], server.dataDir);
    expect(w.code).toBe(0);
    const { token } = JSON.parse(w.stdout) as { token: string };
    const ok = await upload(server.url, [{ name: 'w.txt', data: persianMinutes(3) }], bearer(token));
    expect(ok.status).toBe(202);
    const r = await tokenCli(['create', 'reader', '--read'], server.dataDir);
    const readToken = r.stdout.trim();
    const refused = await upload(server.url, [{ name: 'r.txt', data: persianMinutes(4) }], bearer(readToken));
    expect(refused.status).toBe(403);
    const list = await tokenCli(['list', '--json'], server.dataDir);
    expect(list.stdout).not.toContain(token);
    expect((JSON.parse(list.stdout) as { name: string }[]).map((t) => t.name)).toEqual(['script', 'reader']);
    expect((await tokenCli(['revoke', 'script'], server.dataDir)).code).toBe(0);
    const revoked = await upload(server.url, [{ name: 'w2.txt', data: persianMinutes(5) }], bearer(token));
    expect(revoked.status).toBe(401);
    const { jobs } = (await ok.json()) as { jobs: { id: string }[] };
    await waitForJobs(server.url, [jobs[0]!.id]);
  });

  it('deletes a document: record, index entries and original', async () => {
    const before = countOriginals(server.dataDir);
    const noToken = await fetch(`${server.url}/api/documents/${id2}`, { method: 'DELETE' });
    expect(noToken.status).toBe(401);
    const res = await fetch(`${server.url}/api/documents/${id2}`, { method: 'DELETE', headers: bearer(ADMIN) });
    expect(res.status).toBe(204);
    expect((await fetch(`${server.url}/api/documents/${id2}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/documents/${id2}/original`)).status).toBe(404);
    const search = (await (
      await fetch(`${server.url}/api/search?q=${encodeURIComponent(uniqueWord(2))}`)
    ).json()) as SearchBody;
    expect(search.total).toBe(0);
    expect(countOriginals(server.dataDir)).toBe(before - 1);
    const again = await fetch(`${server.url}/api/documents/${id2}`, { method: 'DELETE', headers: bearer(ADMIN) });
    expect(again.status).toBe(404);
  });

  it('shuts down gracefully on SIGTERM (exit code 0)', async () => {
    await server.stop();
    expect(server.proc.exitCode).toBe(0);
  });
});

describe('API: read protection with READ_TOKEN', () => {
  let server: RunningServer;
  const dataDir = tempDir();

  beforeAll(async () => {
    server = await startServer({ ADMIN_TOKEN: ADMIN, READ_TOKEN: READ, DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', bearer('wrong-token-123'), 401],
    ['a malformed header', { Authorization: 'Basic abc' }, 401],
    ['READ_TOKEN', bearer(READ), 200],
    ['ADMIN_TOKEN', bearer(ADMIN), 200],
    ['the sanad_token cookie', { Cookie: `theme=dark; sanad_token=${READ}` }, 200],
    ['a wrong cookie', { Cookie: 'sanad_token=nope-nope-nope' }, 401],
  ] as const)('search with %s → %i', async (_what, headers, status) => {
    const res = await fetch(`${server.url}/api/search?q=x`, { headers });
    expect(res.status).toBe(status);
    if (status === 401) {
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/unauthorized|invalid_token/);
    }
  });

  it('protects documents, jobs and resolutions too, but not health or the OpenAPI document', async () => {
    for (const p of ['/api/documents', '/api/resolutions', '/api/jobs', '/api/analyze?text=x']) {
      expect((await fetch(`${server.url}${p}`)).status, p).toBe(401);
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/openapi.json`)).status).toBe(200);
  });

  it('does not let a read token write, and ignores a cookie on a cross-site write', async () => {
    expect((await upload(server.url, [{ name: 'a.txt', data: 'متن' }], bearer(READ))).status).toBe(403);
    const crossSite = await upload(server.url, [{ name: 'a.txt', data: 'متن' }], {
      Cookie: `sanad_token=${ADMIN}`,
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(crossSite.status).toBe(401);
    expect(countOriginals(dataDir)).toBe(0);
  });

  it('keeps uploads out of the document root and the path name out of the file system', () => {
    expect(fs.readdirSync(path.join(dataDir, 'uploads'))).toEqual([]);
  });
});
