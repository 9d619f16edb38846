import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  countOriginals,
  countUploads,
  persianMinutes,
  uniqueWord,
  upload,
  waitForJobs,
  type UploadFile,
} from '../helpers/api.ts';
import { ROOT, startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/**
 * Every bad input gets a clear 4xx (or a failed job that says why), never a
 * 500 or a crash, and leaves the archive as it was.
 */

const ADMIN = 'admin-token-for-security';
const PDF_FIXTURE = path.join(ROOT, 'test/fixtures/small/minutes.pdf');
const PNG_SIG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ELF_SIG = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

interface ErrorBody {
  error: { code: string; message: string };
}

describe('security: bad input never breaks the server or the archive', () => {
  const dataDir = tempDir();
  let server: RunningServer;
  let url = '';
  const docs = async (): Promise<number> =>
    ((await (await fetch(`${url}/api/health`)).json()) as { documents: number }).documents;
  let scriptDocId = '';

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, MAX_UPLOAD_MB: '1' });
    url = server.url;
    // One legitimate document, containing markup that must come back escaped.
    const res = await upload(
      url,
      [
        {
          name: 'xss.txt',
          data: `${persianMinutes(7)}\nیادداشت ${uniqueWord(9)} <script>alert("x")</script> <img src=x onerror=alert(1)>\n`,
        },
      ],
      bearer(ADMIN),
    );
    const { jobs } = (await res.json()) as { jobs: { id: string }[] };
    const [job] = await waitForJobs(url, [jobs[0]!.id]);
    expect(job!.status).toBe('done');
    scriptDocId = job!.documentId!;
  });

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  describe('uploads refused with 4xx store nothing', () => {
    const text: UploadFile = { name: 'ok.txt', data: persianMinutes(3) };
    it.each<[string, () => Promise<Response>, number, string]>([
      ['no token', () => upload(url, [text]), 401, 'unauthorized'],
      ['a wrong token', () => upload(url, [text], bearer('not-the-admin-token')), 401, 'invalid_token'],
      ['a non-Bearer scheme', () => upload(url, [text], { Authorization: `Basic ${ADMIN}` }), 401, 'invalid_token'],
      [
        'an empty file',
        () => upload(url, [{ name: 'empty.pdf', data: new Uint8Array() }], bearer(ADMIN)),
        400,
        'empty_file',
      ],
      [
        'an executable renamed .pdf',
        () => upload(url, [{ name: 'invoice.pdf', data: concat(ELF_SIG, randomBytes(4096)) }], bearer(ADMIN)),
        415,
        'unsupported_type',
      ],
      [
        'a Windows executable renamed .pdf',
        () => upload(url, [{ name: 'setup.pdf', data: concat(Buffer.from('MZ'), randomBytes(4096)) }], bearer(ADMIN)),
        415,
        'unsupported_type',
      ],
      [
        'random bytes',
        () => upload(url, [{ name: 'data.bin', data: randomBytes(8192) }], bearer(ADMIN)),
        415,
        'unsupported_type',
      ],
      [
        'a zip that is not a DOCX',
        () =>
          upload(
            url,
            [{ name: 'a.docx', data: concat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(512)) }],
            bearer(ADMIN),
          ),
        415,
        'unsupported_type',
      ],
      [
        'a good file next to a bad one (all or nothing)',
        () => upload(url, [text, { name: 'x.exe', data: concat(ELF_SIG, randomBytes(64)) }], bearer(ADMIN)),
        415,
        'unsupported_type',
      ],
      [
        'a file over MAX_UPLOAD_MB',
        () => upload(url, [{ name: 'big.txt', data: 'ا'.repeat(700_000) }], bearer(ADMIN)),
        413,
        'file_too_large',
      ],
      ['no file at all', () => upload(url, [], bearer(ADMIN)), 400, 'bad_request'],
      [
        'the wrong multipart field',
        () => {
          const form = new FormData();
          form.append('document', new Blob(['متن']), 'a.txt');
          return fetch(`${url}/api/documents`, { method: 'POST', body: form, headers: bearer(ADMIN) });
        },
        400,
        'unexpected_field',
      ],
      [
        'a JSON body instead of multipart',
        () =>
          fetch(`${url}/api/documents`, {
            method: 'POST',
            body: '{"file":"/etc/passwd"}',
            headers: { ...bearer(ADMIN), 'Content-Type': 'application/json' },
          }),
        400,
        'bad_request',
      ],
      [
        'a broken multipart body',
        () =>
          fetch(`${url}/api/documents`, {
            method: 'POST',
            body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
            headers: { ...bearer(ADMIN), 'Content-Type': 'multipart/form-data; boundary=xyz' },
          }),
        400,
        'bad_multipart',
      ],
    ])('%s → %i', async (_what, send, status, code) => {
      const before = { docs: await docs(), originals: countOriginals(dataDir) };
      const res = await send();
      expect(res.status).toBe(status);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(5);
      expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
      expect(await docs()).toBe(before.docs);
      expect(countOriginals(dataDir)).toBe(before.originals);
      expect(countUploads(dataDir)).toBe(0);
    });
  });

  describe('files that look right but are broken end as failed jobs that say why (original kept)', () => {
    const pdf = fs.readFileSync(PDF_FIXTURE);
    it.each<[string, UploadFile, RegExp]>([
      ['a truncated PDF', { name: 'truncated.pdf', data: Uint8Array.from(pdf.subarray(0, 600)) }, /pdf/i],
      [
        'a PDF header over random bytes',
        { name: 'random.pdf', data: concat(Buffer.from('%PDF-1.7\n'), randomBytes(20_000)) },
        /pdf/i,
      ],
      ['a PNG header over random bytes', { name: 'scan.png', data: concat(PNG_SIG, randomBytes(20_000)) }, /image/i],
    ])('%s', async (_what, file, reason) => {
      const before = { docs: await docs(), originals: countOriginals(dataDir) };
      const res = await upload(url, [file], bearer(ADMIN));
      expect(res.status).toBe(202);
      const { jobs } = (await res.json()) as { jobs: { id: string }[] };
      const [job] = await waitForJobs(url, [jobs[0]!.id]);
      expect(job!.status).toBe('failed');
      expect(job!.error).toMatch(reason);
      expect(job!.errorCode).not.toBe('internal_error');
      expect(job!.documentId).toBeUndefined();
      expect(await docs()).toBe(before.docs);
      expect(countOriginals(dataDir)).toBe(before.originals + 1);
    });
  });

  it('treats a filename with ../ as a display name only', async () => {
    const parent = path.dirname(dataDir);
    const res = await upload(
      url,
      [{ name: '../../سند-نفوذ.txt', data: `${persianMinutes(11)}\n${uniqueWord(11)}\n` }],
      bearer(ADMIN),
    );
    expect(res.status).toBe(202);
    const { jobs } = (await res.json()) as { jobs: { id: string; file: string }[] };
    expect(jobs[0]!.file).toBe('سند-نفوذ.txt');
    const [job] = await waitForJobs(url, [jobs[0]!.id]);
    expect(job!.status).toBe('done');
    expect(fs.existsSync(path.join(parent, 'سند-نفوذ.txt'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'سند-نفوذ.txt'))).toBe(false);
    const orig = await fetch(`${url}/api/documents/${job!.documentId}/original`);
    expect(decodeURIComponent(orig.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe('سند-نفوذ.txt');
  });

  describe('hostile queries are searched literally or refused, never a 500', () => {
    const queries = [
      '"',
      '""',
      '*',
      '* *',
      'NEAR(',
      'NEAR(a b',
      'OR',
      'a OR',
      'AND NOT',
      'NOT',
      ':',
      'title:x',
      'a:b:c',
      '^',
      '-',
      '(',
      ')',
      '{a}',
      "'",
      ';',
      '\u0000',
      'a\u0000b',
      '\\',
      '%',
      '_',
      'جلسه" OR 1=1 --',
      '<script>',
      'ا'.repeat(5000),
      'ب '.repeat(2500),
    ];
    for (const endpoint of ['search', 'resolutions']) {
      it.each(queries.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
        `/api/${endpoint}?q=%s → 200`,
        async (_label, q) => {
          const res = await fetch(`${url}/api/${endpoint}?q=${encodeURIComponent(q)}`);
          expect(res.status).toBe(200);
          const body = (await res.json()) as { total: number; hits: unknown[] };
          expect(Array.isArray(body.hits)).toBe(true);
        },
      );
    }

    it.each(['search', 'resolutions', 'analyze'])('/api/%s with 5 001 characters → 400', async (endpoint) => {
      const key = endpoint === 'analyze' ? 'text' : 'q';
      const res = await fetch(`${url}/api/${endpoint}?${key}=${'ا'.repeat(5001)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.message).toMatch(/5000/);
    });
  });

  describe('hostile filter values → 400 naming the problem', () => {
    it.each([
      ['county[]=x', /county\[\]/],
      ['county[0]=x', /county\[0\]/],
      ['page=-1', /page/],
      ['page=0', /page/],
      ['page=abc', /page/],
      ['page=1e9', /page/],
      ['perPage=100000', /perPage/],
      ['perPage=0', /perPage/],
      ['from=13/99/99', /from/],
      ['to=1401/13/40', /to/],
      ['from=2022-02-30', /from/],
      ['sort=;drop', /sort/],
      ['sort=relevance;DROP TABLE documents', /sort/],
      ['kind=secret', /kind/],
      ['year=20x1', /year/],
      ['format=xml', /format/],
      ['q=a&q=b', /q/],
      [`county=${'ک'.repeat(201)}`, /county/],
      [`organisation=${'x'.repeat(10_000)}`, /organisation/],
      [Array.from({ length: 51 }, (_, i) => `county=c${i}`).join('&'), /county/],
    ])('/api/search?%s', async (qs, field) => {
      const res = await fetch(`${url}/api/search?${qs}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(field);
    });

    it.each([
      'county=%27%20OR%201%3D1%20--',
      'county=',
      'speaker=%00',
      `q=${'%22'.repeat(100)}&organisation=%3Cscript%3E`,
      // Parameters the endpoint does not know are ignored (the UI may add its own).
      'responsible=x',
    ])('/api/search?%s is valid → 200 with no hits', async (qs) => {
      const res = await fetch(`${url}/api/search?${qs}`);
      expect(res.status).toBe(200);
    });

    it.each(['page=-1', 'perPage=1000', 'from=13/99/99', 'county[]=', 'responsible=' + 'x'.repeat(300)])(
      '/api/resolutions?%s → 400',
      async (qs) => {
        expect((await fetch(`${url}/api/resolutions?${qs}`)).status).toBe(400);
      },
    );

    it.each(['page=-1', 'perPage=101', 'sort=name'])('/api/documents?%s → 400', async (qs) => {
      expect((await fetch(`${url}/api/documents?${qs}`)).status).toBe(400);
    });
  });

  it('returns markup in snippets escaped', async () => {
    const res = await fetch(`${url}/api/search?q=${encodeURIComponent(uniqueWord(9))}`);
    const body = (await res.json()) as { hits: { id: string; snippet: string }[] };
    expect(body.hits.map((h) => h.id)).toEqual([scriptDocId]);
    const snippet = body.hits[0]!.snippet;
    expect(snippet).toContain('<mark>');
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(snippet).toContain('&lt;script&gt;');
    const res2 = await fetch(`${url}/api/search?q=${encodeURIComponent('<script>alert')}`);
    for (const h of ((await res2.json()) as { hits: { snippet: string }[] }).hits) {
      expect(h.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
  });

  it.each([
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f%2e%2e%2fsanad.db',
    '..%5C..%5Cwindows',
    '%00',
    'ABCDEF0123456789',
    '0123456789abcdef0',
    'x'.repeat(5000),
  ])('answers the id %s with 404 JSON everywhere', async (id) => {
    for (const p of [`/api/documents/${id}`, `/api/documents/${id}/original`, `/api/jobs/${id}`]) {
      const res = await fetch(`${url}${p}`);
      expect(res.status, p).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
    }
    const del = await fetch(`${url}/api/documents/${id}`, { method: 'DELETE', headers: bearer(ADMIN) });
    expect(del.status).toBe(404);
  });

  it('answers a malformed percent-encoding with 400, unknown endpoints with 404 JSON', async () => {
    expect((await fetch(`${url}/api/documents/%E0%A4%A`)).status).toBe(400);
    const res = await fetch(`${url}/api/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
  });

  it('never answered 500 and never crashed', async () => {
    expect(server.proc.exitCode).toBeNull();
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const lines = server.logs.join('').split('\n');
    const errors = lines.filter((l) => /"level":(50|60)/.test(l) || /"statusCode":5\d\d/.test(l));
    expect(errors).toEqual([]);
  });

  it('rate-limits writes with 429 JSON', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await fetch(`${url}/api/documents/0000000000000000`, { method: 'DELETE', headers: bearer(ADMIN) });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited).toBeDefined();
    expect(((await limited!.json()) as ErrorBody).error.code).toBe('rate_limited');
    expect(limited!.headers.get('ratelimit-policy')).toBeTruthy();
  });
});
