import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, upload, waitForJobs, type JobView } from '../helpers/api.ts';
import {
  docxBomb,
  elementFloodHtml,
  hugeHtml,
  manyPagePdf,
  pdfLookingText,
  pngBomb,
} from '../helpers/hostile-files.ts';
import { startServer, watchHealth, type HealthSample, type RunningServer } from '../helpers/server.ts';

/**
 * Hostile files against a real server process with the default caps: each fails its own job
 * with a stable code, while the server keeps answering and stays small. Files are built here.
 */

const ADMIN = 'admin-token-for-hostile';
/** The server process (extraction runs in worker processes) must stay under this resident size. */
const SERVER_RSS_BOUND = 450 * 1024 * 1024;
/** Every health check must answer within this. */
const HEALTH_BOUND_MS = 1000;

interface Case {
  name: string;
  data: () => Promise<Buffer> | Buffer;
  code: string | null;
}

const CASES: Case[] = [
  { name: 'bomb.docx', data: () => docxBomb(300), code: 'docx_too_large' },
  { name: 'lying-bomb.docx', data: () => docxBomb(300, true), code: 'docx_too_large' },
  { name: 'bomb.png', data: () => pngBomb(20_000, 20_000), code: 'image_too_large' },
  { name: 'huge.html', data: () => hugeHtml(49), code: 'html_too_large' },
  { name: 'flood.html', data: () => elementFloodHtml(1_000_000), code: 'html_too_many_elements' },
  { name: 'pages.pdf', data: () => manyPagePdf(2000), code: 'too_many_pages' },
  {
    name: 'looks-like-pdf.txt',
    data: () => pdfLookingText('صورتجلسهٔ کمیتهٔ فنی: بررسی قالب پرونده‌ها و تصویب دستورالعمل بایگانی.'),
    code: null,
  },
];

describe('hostile files: a bad file fails its own job, never the archive', () => {
  let server: RunningServer;
  let files: { name: string; data: Buffer }[] = [];
  let monitor: ReturnType<typeof watchHealth> | undefined;
  let samples: HealthSample[] = [];

  const documents = async (): Promise<number> =>
    ((await (await fetch(`${server.url}/api/health`)).json()) as { documents: number }).documents;

  beforeAll(async () => {
    [server, files] = await Promise.all([
      startServer({ ADMIN_TOKEN: ADMIN }),
      Promise.all(CASES.map(async (c) => ({ name: c.name, data: await c.data() }))),
    ]);
    monitor = watchHealth(server);
  }, 120_000);

  afterAll(async () => {
    await monitor?.stop();
    await server?.stop();
  });

  it('fails each hostile file with its code, ingests the PDF-looking text as text, and stays available', async () => {
    const before = await documents();
    const ids = await Promise.all(
      files.map(async (f) => {
        const res = await upload(server.url, [{ name: f.name, data: f.data }], bearer(ADMIN));
        expect(res.status, f.name).toBe(202);
        return ((await res.json()) as { jobs: { id: string }[] }).jobs[0]!.id;
      }),
    );
    const jobs = await waitForJobs(server.url, ids, {}, 150_000);
    const byName = new Map<string, JobView>(jobs.map((j, i) => [CASES[i]!.name, j]));
    for (const c of CASES) {
      const job = byName.get(c.name)!;
      if (c.code === null) {
        expect(job, c.name).toMatchObject({ status: 'done' });
      } else {
        expect({ file: c.name, status: job.status, code: job.errorCode }).toEqual({
          file: c.name,
          status: 'failed',
          code: c.code,
        });
        expect(job.error, c.name).toBeTruthy();
      }
    }
    const text = byName.get('looks-like-pdf.txt')!;
    const doc = (await (await fetch(`${server.url}/api/documents/${text.documentId}`)).json()) as {
      source: { mime: string };
      text: string;
    };
    expect(doc.source.mime).toBe('text/plain');
    expect(doc.text).toContain('%PDF-1.7');
    expect(await documents()).toBe(before + 1);

    samples = await monitor!.stop();
    monitor = undefined;
    const health = samples.map((s) => s.ms);
    const peakRss = Math.max(...samples.map((s) => s.rss));
    const worst = Math.max(...health);
    expect(health.length).toBeGreaterThan(5);
    expect(samples.every((s) => s.ok)).toBe(true);
    expect(worst, `slowest /api/health of ${health.length}: ${Math.round(worst)} ms`).toBeLessThan(HEALTH_BOUND_MS);
    expect(peakRss, `server peak RSS ${Math.round(peakRss / 1e6)} MB`).toBeLessThan(SERVER_RSS_BOUND);
    process.stdout.write(
      `hostile: ${health.length} health checks, slowest ${Math.round(worst)} ms; server peak RSS ${Math.round(peakRss / 1e6)} MB\n`,
    );
  }, 240_000);
});
