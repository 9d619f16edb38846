import fs from 'node:fs';
import type { JobRow } from '@sanad/ingest/store/store.ts';
import { SanadError } from '@sanad/ingest/errors.ts';
import { WORKER_DEATH_CODES } from '@sanad/ingest/isolate/worker-pool.ts';
import { ingestStored, type IngestDeps, type IngestProgress } from '@sanad/ingest/pipeline.ts';
import type { Logger } from '../logger.ts';

/**
 * Attempts of one job: the first and at most two retries after its worker died (out of
 * memory, crash, over time); a server crash while it runs also counts as an attempt.
 */
export const MAX_ATTEMPTS = 3;
/** Progress is written to SQLite at most this often per job. */
const PROGRESS_INTERVAL_MS = 250;
/** A job is "long" after this many pages or this much time; while every slot holds a long job, one more may start. */
const LONG_JOB_PAGES = 10;
const LONG_JOB_MS = 15_000;
/** How often the queue is looked at without a notify() (jobs queued by another process, long-job checks). */
const POLL_MS = 1_000;

export interface JobRunnerOptions {
  /** Files worked at the same time (each in its own worker process). Default 1. */
  concurrency?: number;
  /** Wait before the first retry of a job whose worker died; doubled for the second. */
  retryBackoffMs?: number;
}

interface Active {
  job: JobRow;
  controller: AbortController;
  startedAt: number;
  pages: number;
  cancelled: boolean;
  done: Promise<void>;
}

export const CANCELLED_MESSAGE = 'Processing was cancelled. The original is kept; upload it again to process it.';

export type CancelResult = 'cancelled' | 'not_found' | 'finished';

/** What the HTTP layer needs of the runner. */
export interface JobControl {
  /** A job was queued. */
  notify(): void;
  /** Cancel a job (kills its worker when running). */
  cancel(id: string): Promise<CancelResult>;
}

/**
 * Works the durable job queue in the archive store. Extraction itself runs in worker processes
 * (deps.extractor); this class decides what runs when. Several jobs run at once (`concurrency`),
 * and when all of them are long (many pages, or running for a while) one more is admitted, so
 * a 1 000-page scan never holds up a one-page upload. On start, jobs left `running` by a crash
 * are requeued. `stop()` is graceful: running jobs go back to the queue without counting the
 * attempt. A job whose worker died is retried with backoff, then fails with the real reason.
 */
export class JobRunner implements JobControl {
  private readonly concurrency: number;
  private readonly retryBackoffMs: number;
  private readonly active = new Map<string, Active>();
  /** Retries waiting out their backoff (the job stays `running` in the store meanwhile). */
  private readonly delayed = new Map<string, NodeJS.Timeout>();
  private readonly ready: JobRow[] = [];
  private running = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: IngestDeps,
    private readonly logger: Logger,
    opts: JobRunnerOptions = {},
  ) {
    this.concurrency = Math.max(1, opts.concurrency ?? 1);
    this.retryBackoffMs = Math.max(0, opts.retryBackoffMs ?? 10_000);
  }

  /** Requeue interrupted jobs and start working. Returns how many were requeued. */
  start(): number {
    if (this.running) return 0;
    const requeued = this.deps.store.requeueInterrupted();
    if (requeued > 0) this.logger.info({ requeued }, 'resuming interrupted jobs');
    this.running = true;
    this.timer = setInterval(() => this.pump(), POLL_MS);
    this.pump();
    return requeued;
  }

  /** A job was queued: start it if a slot is free. */
  notify(): void {
    this.pump();
  }

  /** Stop running jobs (their workers are killed), put them back in the queue uncounted, and stop. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.timer);
    for (const [id, t] of this.delayed) {
      clearTimeout(t);
      this.deps.store.requeueJob(id);
    }
    this.delayed.clear();
    for (const job of this.ready.splice(0)) this.deps.store.requeueJob(job.id);
    for (const a of this.active.values()) a.controller.abort(new Error('shutting down'));
    await Promise.all([...this.active.values()].map((a) => a.done));
  }

  /** Ids of jobs being worked on now. */
  get activeJobs(): string[] {
    return [...this.active.keys()];
  }

  /**
   * Cancel a job: a running one has its worker killed, a queued or waiting one never starts.
   * Resolves once the job is marked failed with code `cancelled`.
   */
  async cancel(id: string): Promise<CancelResult> {
    const { store } = this.deps;
    const active = this.active.get(id);
    if (active) {
      active.cancelled = true;
      active.controller.abort(new Error('cancelled'));
      await active.done;
      return 'cancelled';
    }
    const waiting = this.delayed.get(id);
    clearTimeout(waiting);
    this.delayed.delete(id);
    const i = this.ready.findIndex((j) => j.id === id);
    if (i >= 0) this.ready.splice(i, 1);
    const job = store.getJob(id);
    if (!job) return 'not_found';
    if (job.status === 'done' || job.status === 'failed') return 'finished';
    store.failJob(id, 'cancelled', CANCELLED_MESSAGE);
    this.logger.info({ job: id }, 'job cancelled');
    return 'cancelled';
  }

  private isLong(a: Active): boolean {
    return a.pages > LONG_JOB_PAGES || Date.now() - a.startedAt > LONG_JOB_MS;
  }

  private canAdmit(): boolean {
    if (this.active.size < this.concurrency) return true;
    return this.active.size === this.concurrency && [...this.active.values()].every((a) => this.isLong(a));
  }

  /** Start jobs while slots are free: retries whose backoff ended first, then the oldest queued. */
  private pump(): void {
    while (this.running && this.canAdmit()) {
      let job: JobRow | null | undefined = this.ready.shift();
      if (!job) {
        try {
          job = this.deps.store.claimNextJob();
        } catch (err) {
          this.logger.error({ err }, 'could not claim a job');
          return;
        }
      }
      if (!job) return;
      this.launch(job);
    }
  }

  private launch(job: JobRow): void {
    const entry: Active = {
      job,
      controller: new AbortController(),
      startedAt: Date.now(),
      pages: 0,
      cancelled: false,
      done: Promise.resolve(),
    };
    this.active.set(job.id, entry);
    entry.done = this.run(entry)
      .catch((err: unknown) => this.logger.error({ err, job: job.id }, 'job runner error'))
      .finally(() => {
        this.active.delete(job.id);
        this.pump();
      });
  }

  private async run(entry: Active): Promise<void> {
    const { store } = this.deps;
    const { job, controller } = entry;
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
    let lastWrite = 0;
    const onProgress = (p: IngestProgress): void => {
      if (p.pages !== undefined) entry.pages = p.pages;
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
      log.info({ attempt: job.attempts }, 'ingesting');
      const result = await ingestStored(
        { path, sha256: job.sha256, bytes: job.bytes, filename: job.filename },
        this.deps,
        { onProgress, signal: controller.signal },
      );
      store.finishJob(job.id, result.id);
      log.info({ documentId: result.id, status: result.status }, 'job done');
    } catch (err) {
      this.settleFailure(entry, err, log);
    }
  }

  private settleFailure(entry: Active, err: unknown, log: Logger): void {
    const { store } = this.deps;
    const { job } = entry;
    if (entry.cancelled) {
      store.failJob(job.id, 'cancelled', CANCELLED_MESSAGE);
      log.info('job cancelled while running');
    } else if (entry.controller.signal.aborted) {
      store.requeueJob(job.id);
      log.info('job interrupted by shutdown; it will resume on the next start');
    } else if (err instanceof SanadError && WORKER_DEATH_CODES.has(err.code)) {
      if (job.attempts >= MAX_ATTEMPTS) {
        store.failJob(job.id, err.code, `${err.message} (tried ${job.attempts} times)`);
        log.warn({ code: err.code, attempts: job.attempts }, 'job failed: its worker died on every attempt');
      } else {
        this.retryLater(job, err, log);
      }
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
  }

  /** Count the next attempt now and start it after the backoff (the slot is free meanwhile). */
  private retryLater(job: JobRow, err: SanadError, log: Logger): void {
    const delay = this.retryBackoffMs * 2 ** (job.attempts - 1);
    const attempts = this.deps.store.countJobAttempt(job.id);
    log.warn({ code: err.code, reason: err.message, retryInMs: delay, attempt: attempts }, 'worker died; retrying');
    const t = setTimeout(() => {
      this.delayed.delete(job.id);
      const fresh = this.deps.store.getJob(job.id);
      if (!this.running || fresh?.status !== 'running') return;
      this.ready.push(fresh);
      this.pump();
    }, delay);
    this.delayed.set(job.id, t);
  }
}
