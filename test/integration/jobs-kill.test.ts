import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveStore } from '@sanad/ingest/store/store.ts';
import {
  bearer,
  countOriginals,
  persianMinutes,
  uniqueWord,
  upload,
  waitForJobs,
  type JobView,
} from '../helpers/api.ts';
import { startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/**
 * The job queue is durable: a server killed (SIGKILL) or stopped (SIGTERM)
 * while ingesting resumes on the next start, and every file ends in the
 * archive exactly once.
 */

const ADMIN = 'admin-token-for-jobs';
const N = 20;
/** ~18 KB each: long enough that 20 take a few seconds, so the kill lands mid-way. */
const files = (variant: string) =>
  Array.from({ length: N }, (_, i) => ({
    name: `صورتجلسه-${i + 1}.txt`,
    data: `${persianMinutes(i, 60)}\n${variant}\n`,
  }));

async function uploadAll(url: string, variant: string): Promise<string[]> {
  const res = await upload(url, files(variant), bearer(ADMIN));
  expect(res.status).toBe(202);
  const { jobs } = (await res.json()) as { jobs: { id: string }[] };
  expect(jobs).toHaveLength(N);
  return jobs.map((j) => j.id);
}

/** Poll the job list until at least `min` jobs are done; returns how many were done. */
async function waitForSomeDone(url: string, min: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { jobs } = (await (await fetch(`${url}/api/jobs?status=done&limit=200`)).json()) as { jobs: JobView[] };
    if (jobs.length >= min) return jobs.length;
    if (Date.now() > deadline) throw new Error('no job finished in time');
    await new Promise((r) => setTimeout(r, 15));
  }
}

async function expectEachFoundOnce(url: string, jobs: JobView[]): Promise<void> {
  const health = (await (await fetch(`${url}/api/health`)).json()) as { documents: number };
  expect(health.documents).toBe(N);
  const ids = jobs.map((j) => j.documentId);
  expect(new Set(ids).size).toBe(N);
  for (let i = 0; i < N; i++) {
    const res = await fetch(`${url}/api/search?q=${encodeURIComponent(uniqueWord(i))}`);
    const body = (await res.json()) as { total: number; hits: { id: string }[] };
    expect(body.total, uniqueWord(i)).toBe(1);
    expect(body.hits.map((h) => h.id)).toEqual([jobs[i]!.documentId]);
  }
}

describe('durable jobs', () => {
  const dirs: string[] = [];
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('survives SIGKILL in the middle of 20 uploads: all 20 present exactly once after restart', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    const jobIds = await uploadAll(server.url, 'kill');
    const doneAtKill = await waitForSomeDone(server.url, 2);
    await server.kill();
    expect(server.proc.signalCode).toBe('SIGKILL');
    // The kill must land mid-way for this test to mean anything.
    expect(doneAtKill).toBeLessThan(N);

    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    const jobs = await waitForJobs(server.url, jobIds);
    expect(jobs.map((j) => j.status)).toEqual(Array(N).fill('done'));
    await expectEachFoundOnce(server.url, jobs);
    expect(countOriginals(dataDir)).toBe(N);
    await server.stop();
    server = undefined;
  });

  it('on SIGTERM finishes the running step, requeues unfinished jobs (none failed), and resumes on start', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    const jobIds = await uploadAll(server.url, 'term');
    await waitForSomeDone(server.url, 2);
    await server.stop();
    expect(server.proc.exitCode).toBe(0);

    const store = new ArchiveStore(dataDir);
    try {
      expect(store.countJobs('running')).toBe(0);
      expect(store.countJobs('failed')).toBe(0);
      expect(store.countJobs('queued')).toBeGreaterThan(0);
      expect(store.countJobs('done') + store.countJobs('queued')).toBe(N);
    } finally {
      store.close();
    }

    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    const jobs = await waitForJobs(server.url, jobIds);
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    await expectEachFoundOnce(server.url, jobs);
  });
});
