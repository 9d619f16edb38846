import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive, type Archive } from '@sanad/ingest/archive.ts';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import { JobRunner, MAX_ATTEMPTS } from '@sanad/server/jobs/job-runner.ts';
import { createLogger } from '@sanad/server/logger.ts';
import { persianMinutes } from '../helpers/api.ts';
import { tempDir } from '../helpers/server.ts';

/** The job runner in process, over a real archive in a temp data dir. */

describe('JobRunner', () => {
  let dataDir: string;
  let archive: Archive;
  let runner: JobRunner;

  beforeEach(async () => {
    dataDir = tempDir();
    archive = await openArchive(loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1' }));
    runner = new JobRunner(archive, createLogger('silent'));
  });
  afterEach(async () => {
    await runner.stop();
    await archive.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function queue(name: string, content: string | Buffer): Promise<JobRow> {
    const src = path.join(dataDir, `src-${name}`);
    fs.writeFileSync(src, content);
    const stored = await archive.store.putFile(src);
    return archive.store.createJob({ filename: name, sha256: stored.sha256, bytes: stored.bytes, mime: null });
  }

  async function settled(id: string): Promise<JobRow> {
    for (let i = 0; i < 2400; i++) {
      const job = archive.store.getJob(id)!;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('job did not settle');
  }

  it('works queued jobs in order and records the document', async () => {
    const a = await queue('a.txt', persianMinutes(1));
    const b = await queue('b.txt', persianMinutes(2));
    runner.start();
    const [ja, jb] = [await settled(a.id), await settled(b.id)];
    expect([ja.status, jb.status]).toEqual(['done', 'done']);
    expect(archive.store.getDocument(ja.documentId!)?.source.filename).toBe('a.txt');
    expect(ja.progress).toEqual({ stage: 'done', fraction: 1 });
    expect(ja.attempts).toBe(1);
  });

  it('requeues jobs left running by a crash and finishes them', async () => {
    const a = await queue('a.txt', persianMinutes(3));
    expect(archive.store.claimNextJob()?.id).toBe(a.id); // "crash" while running
    expect(runner.start()).toBe(1);
    expect((await settled(a.id)).status).toBe('done');
  });

  it('fails a job that was interrupted too often instead of retrying it forever', async () => {
    const a = await queue('a.txt', persianMinutes(4));
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      archive.store.claimNextJob();
      archive.store.requeueInterrupted();
    }
    runner.start();
    const job = await settled(a.id);
    expect(job.status).toBe('failed');
    expect(job.errorCode).toBe('interrupted');
    expect(job.error).toMatch(/interrupted/);
    expect(archive.store.hasFile(a.sha256)).toBe(true);
  });

  it('fails with a reason a user understands, and keeps the original', async () => {
    const bad = await queue('x.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 7)]));
    const missing = await queue('gone.txt', persianMinutes(5));
    archive.store.removeFile(missing.sha256);
    runner.start();
    const jb = await settled(bad.id);
    expect(jb.status).toBe('failed');
    expect(jb.error).toMatch(/PDF/i);
    expect(jb.errorCode).not.toBe('internal_error');
    expect(archive.store.hasFile(bad.sha256)).toBe(true);
    const jm = await settled(missing.id);
    expect(jm).toMatchObject({ status: 'failed', errorCode: 'original_missing' });
  });

  it('wakes on notify() and stops cleanly when idle', async () => {
    runner.start();
    await new Promise((r) => setTimeout(r, 50));
    const a = await queue('late.txt', persianMinutes(6));
    runner.notify();
    expect((await settled(a.id)).status).toBe('done');
    await runner.stop();
    expect(runner.activeJobs).toEqual([]);
  });
});
