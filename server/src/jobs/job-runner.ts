import fs from 'node:fs';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import { SanadError } from '@sanad/ingest/errors.ts';
import { ingestStored, type IngestDeps, type IngestProgress } from '@sanad/ingest/pipeline.ts';
import type { Logger } from '../logger.ts';

/** A job claimed this many times without finishing (e.g. it crashed the process) is failed, not retried. */
export const MAX_ATTEMPTS = 3;
/** Progress is written to SQLite at most this often per job. */
const PROGRESS_INTERVAL_MS = 250;

export interface JobRunnerOptions {
  /** Jobs processed at the same time. One suits 2 cores: OCR has its own worker pool. */
  concurrency?: number;
}

/**
 * Works the durable job queue in the archive store, in the server process.
 * On start, jobs left `running` by a crash are requeued and resume (every
 * pipeline step is idempotent, and the original was kept before the job was
 * created). `stop()` is graceful: the running job stops at its next step
 * boundary and goes back to the queue, so a restart picks it up.
 */
export class JobRunner {
  private readonly concurrency: number;
  private readonly active = new Map<string, AbortController>();
  private running = false;
  private readonly waiters = new Set<() => void>();
  private loops: Promise<void>[] = [];

  constructor(
    private readonly deps: IngestDeps,
    private readonly logger: Logger,
    opts: JobRunnerOptions = {},
  ) {
    this.concurrency = Math.max(1, opts.concurrency ?? 1);
  }

  /** Requeue interrupted jobs and start working. Returns how many were requeued. */
  start(): number {
    if (this.running) return 0;
    const requeued = this.deps.store.requeueInterrupted();
    if (requeued > 0) this.logger.info({ requeued }, 'resuming interrupted jobs');
    this.running = true;
    this.loops = Array.from({ length: this.concurrency }, () => this.loop());
    return requeued;
  }

  /** A job was queued: wake the idle workers. */
  notify(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const w of waiting) w();
  }

  /** Finish the running step of each job, put those jobs back in the queue, and stop. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    for (const c of this.active.values()) c.abort(new Error('shutting down'));
    this.notify();
    await Promise.all(this.loops);
  }

  /** Ids of jobs being worked on now. */
  get activeJobs(): string[] {
    return [...this.active.keys()];
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let job: JobRow | null;
      try {
        job = this.deps.store.claimNextJob();
      } catch (err) {
        this.logger.error({ err }, 'could not claim a job');
        job = null;
      }
      if (!job) {
        await this.idle();
        continue;
      }
      await this.run(job);
    }
  }

  /** Wait for `notify()` (or a periodic re-check, in case another process queued jobs). */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, 2_000);
      this.waiters.add(wake);
    });
  }

  private async run(job: JobRow): Promise<void> {
    const { store } = this.deps;
    const log = this.logger.child({ job: job.id, file: job.filename });
    if (job.attempts > MAX_ATTEMPTS) {
      store.failJob(
        job.id,
        'interrupted',
        'Processing this file was interrupted several times (the server stopped while working on it). The original is kept; upload it again to retry.',
      );
      log.warn({ attempts: job.attempts }, 'job failed after repeated interruptions');
      return;
    }
    const controller = new AbortController();
    this.active.set(job.id, controller);
    let lastWrite = 0;
    const onProgress = (p: IngestProgress): void => {
      const now = Date.now();
      if (now - lastWrite < PROGRESS_INTERVAL_MS && p.stage !== 'done') return;
      lastWrite = now;
      try {
        store.updateJobProgress(job.id, {
          stage: p.stage,
          ...(p.page !== undefined ? { page: p.page } : {}),
          ...(p.pages !== undefined ? { pages: p.pages } : {}),
          fraction: Math.round(p.fraction * 1000) / 1000,
        });
      } catch (err) {
        log.warn({ err }, 'could not record progress');
      }
    };
    try {
      const path = store.filePath(job.sha256);
      if (!fs.existsSync(path)) {
        store.failJob(job.id, 'original_missing', 'The uploaded file is no longer in the archive; upload it again.');
        return;
      }
      log.info('ingesting');
      const result = await ingestStored(
        { path, sha256: job.sha256, bytes: job.bytes, filename: job.filename },
        this.deps,
        { onProgress, signal: controller.signal },
      );
      store.finishJob(job.id, result.id);
      log.info({ documentId: result.id, status: result.status }, 'job done');
    } catch (err) {
      if (controller.signal.aborted) {
        store.requeueJob(job.id);
        log.info('job interrupted by shutdown; it will resume on the next start');
      } else if (err instanceof SanadError) {
        store.failJob(job.id, err.code, err.message);
        log.info({ code: err.code, reason: err.message }, 'job failed');
      } else {
        store.failJob(
          job.id,
          'internal_error',
          'The file could not be processed because of an error in Sanad. The original is kept; the administrator can find details in the server log.',
        );
        log.error({ err }, 'job failed with an unexpected error');
      }
    } finally {
      this.active.delete(job.id);
    }
  }
}
