import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import { JobRunner, MAX_ATTEMPTS } from '@sanad/server/jobs/job-runner.ts';
import { createLogger } from '@sanad/server/logger.ts';
import { persianMinutes } from '../helpers/api.ts';
import { manyPagePdf } from '../helpers/hostile-files.ts';
import { tempDir } from '../helpers/server.ts';

/** Jobs in worker processes: deaths are retried then fail with their reason, cancel kills, long jobs do not block. */

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('jobs in isolated workers', () => {
  let dataDir: string;
  let archive: Archive;
  let runner: JobRunner;

  async function setup(env: Record<string, string>, concurrency = 1): Promise<void> {
    dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1', ...env });
    archive = await openArchive(config);
    runner = new JobRunner(archive, createLogger('silent'), {
      concurrency,
      retryBackoffMs: config.jobRetryBackoffMs,
    });
  }

  afterEach(async () => {
    await runner?.stop();
    await archive?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function queue(name: string, content: string | Buffer): Promise<JobRow> {
    const src = path.join(dataDir, `src-${name}`);
    fs.writeFileSync(src, content);
    const stored = await archive.store.putFile(src);
    return archive.store.createJob({ filename: name, sha256: stored.sha256, bytes: stored.bytes, mime: null });
  }

  async function until<T>(what: string, fn: () => T | null | undefined | false, ms = 180_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const settled = (id: string): Promise<JobRow> =>
    until(`job ${id}`, () => {
      const j = archive.store.getJob(id)!;
      return (j.status === 'done' || j.status === 'failed') && j;
    });

  it('a worker over its memory cap is killed; the job is retried twice with backoff, then fails with memory_limit', async () => {
    // A worker holds more than 128 MB once its code is loaded: every attempt dies of memory.
    await setup({ EXTRACT_MEMORY_MB: '128', JOB_RETRY_BACKOFF_S: '0.3' });
    const job = await queue('a.txt', persianMinutes(1));
    const t0 = Date.now();
    runner.start();
    const done = await settled(job.id);
    expect(done).toMatchObject({ status: 'failed', errorCode: 'memory_limit', attempts: MAX_ATTEMPTS });
    expect(done.error).toMatch(/memory.*tried 3 times/s);
    // Backoff 0.3 s then 0.6 s between the three attempts.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(archive.store.countDocuments()).toBe(0);
    expect(archive.store.hasFile(job.sha256)).toBe(true);
  });

  it('a file over a cap fails at once, without retries', async () => {
    await setup({ MAX_PDF_PAGES: '5' });
    const job = await queue('six.pdf', manyPagePdf(6));
    runner.start();
    expect(await settled(job.id)).toMatchObject({ status: 'failed', errorCode: 'too_many_pages', attempts: 1 });
  });

  it('a long document does not hold up a small one, and cancelling it kills its worker', async () => {
    await setup({}, 1);
    const long = await queue('blank.pdf', manyPagePdf(400));
    runner.start();
    // The long job reports its pages; once it is long, the small one gets a slot of its own.
    await until('long job pages', () => (archive.store.getJob(long.id)!.progress.pages ?? 0) > 10);
    const small = await queue('small.txt', persianMinutes(2));
    runner.notify();
    expect((await settled(small.id)).status).toBe('done');
    expect(archive.store.getJob(long.id)!.status).toBe('running');

    const pids = archive.workers.pids;
    expect(pids.length).toBeGreaterThan(0);
    expect(await runner.cancel(long.id)).toBe('cancelled');
    expect(archive.store.getJob(long.id)).toMatchObject({ status: 'failed', errorCode: 'cancelled' });
    await until('busy worker gone', () => archive.workers.pids.length <= 1);
    expect(pids.filter(alive).length).toBeLessThan(pids.length);
    expect(await runner.cancel(long.id)).toBe('finished');
    expect(await runner.cancel('no-such-job')).toBe('not_found');
  });

  it('a queued job is cancelled before it starts', async () => {
    await setup({});
    const job = await queue('q.txt', persianMinutes(3));
    expect(await runner.cancel(job.id)).toBe('cancelled');
    runner.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(archive.store.getJob(job.id)).toMatchObject({ status: 'failed', errorCode: 'cancelled', attempts: 0 });
  });

  it('SIGTERM-style stop puts a running job back without counting the attempt', async () => {
    await setup({});
    const job = await queue('blank2.pdf', manyPagePdf(300));
    runner.start();
    await until('running', () => archive.store.getJob(job.id)!.status === 'running');
    await runner.stop();
    expect(archive.store.getJob(job.id)).toMatchObject({ status: 'queued', attempts: 0 });
  });
});
