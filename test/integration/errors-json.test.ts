import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, upload, waitForJobs } from '../helpers/api.ts';
import { manyPagePdf } from '../helpers/hostile-files.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

/** Every error status the server emits carries `{error:{code,message}}`; health is quiet in private mode. */

const ADMIN = 'admin-token-for-errors';
const READ = 'read-token-for-errors';

async function expectJsonError(res: Response, status: number, code: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
}

/** Send raw bytes and read the whole answer (for requests fetch refuses to send). */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    let out = '';
    socket.on('data', (d: Buffer) => (out += d.toString('utf8')));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('error answers are JSON', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ ADMIN_TOKEN: ADMIN, READ_TOKEN: READ, MAX_UPLOAD_MB: '1' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('404 for an unknown endpoint', async () => {
    await expectJsonError(await fetch(`${server.url}/api/nope`), 404, 'not_found');
  });

  it('431 for an oversized address or headers', async () => {
    await expectJsonError(await fetch(`${server.url}/api/search?q=${'ا'.repeat(40_000)}`), 431, 'headers_too_large');
    await expectJsonError(
      await fetch(`${server.url}/api/health`, { headers: { 'x-big': 'a'.repeat(70_000) } }),
      431,
      'headers_too_large',
    );
  });

  it('400 for a malformed request line', async () => {
    const answer = await raw(server.url, 'NOT A REQUEST\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: { code: 'bad_request' },
    });
  });

  it('413 for an upload over the limit', async () => {
    const res = await upload(server.url, [{ name: 'big.txt', data: 'ب'.repeat(700_000) }], bearer(ADMIN));
    await expectJsonError(res, 413, 'file_too_large');
  });

  it('/api/health answers without the document count when reads need a token', async () => {
    const body = (await (await fetch(`${server.url}/api/health`)).json()) as Record<string, unknown>;
    expect(body.status).toBe('ok');
    expect(body).not.toHaveProperty('documents');
  });

  it('DELETE /api/jobs/:id needs a write token, 404s unknown jobs, cancels a running one and 409s a finished one', async () => {
    await expectJsonError(await fetch(`${server.url}/api/jobs/x`, { method: 'DELETE' }), 401, 'unauthorized');
    await expectJsonError(
      await fetch(`${server.url}/api/jobs/00000000-0000-0000-0000-000000000000`, {
        method: 'DELETE',
        headers: bearer(READ),
      }),
      403,
      'forbidden',
    );
    await expectJsonError(
      await fetch(`${server.url}/api/jobs/00000000-0000-0000-0000-000000000000`, {
        method: 'DELETE',
        headers: bearer(ADMIN),
      }),
      404,
      'not_found',
    );
    const res = await upload(server.url, [{ name: 'blank.pdf', data: manyPagePdf(900) }], bearer(ADMIN));
    const id = ((await res.json()) as { jobs: { id: string }[] }).jobs[0]!.id;
    const cancel = await fetch(`${server.url}/api/jobs/${id}`, { method: 'DELETE', headers: bearer(ADMIN) });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toMatchObject({ id, status: 'failed', errorCode: 'cancelled' });
    const [job] = await waitForJobs(server.url, [id], bearer(READ));
    expect(job).toMatchObject({ status: 'failed', errorCode: 'cancelled' });
    await expectJsonError(
      await fetch(`${server.url}/api/jobs/${id}`, { method: 'DELETE', headers: bearer(ADMIN) }),
      409,
      'job_finished',
    );
  });
});
