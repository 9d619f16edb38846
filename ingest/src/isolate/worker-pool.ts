/**
 * Extraction worker processes. Each file is extracted and parsed in a child process (not a
 * thread: a process's whole memory — V8 heap, Buffers, sharp's and pdf.js's native memory —
 * is counted and freed by the kernel when it is killed, and SIGKILL stops it even inside a
 * synchronous loop). The parent watches each worker: resident memory over the cap or wall time
 * over the budget (which grows with the page count the worker reports) kills it, and the job
 * fails with `memory_limit` / `time_limit`; any other death is `worker_crashed`. Workers are
 * reused for the next file while they stay small, and run at a lower CPU priority than the
 * server so searches stay fast while files are worked. OCR stays in the caller's shared pool.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IngestError } from '../errors.ts';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, type OcrPool } from '../extract/index.ts';
import { DEFAULT_WORKER_LIMITS, mb, timeBudgetMs, type WorkerLimits } from '../extract/limits.ts';
import type { Extractor, WorkInput, WorkOutput, WorkProgress } from './extract-parse.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** Codes of jobs whose worker died; such jobs are retried (a few times) before they fail. */
export const WORKER_DEATH_CODES: ReadonlySet<string> = new Set(['memory_limit', 'time_limit', 'worker_crashed']);

const WORKER_MAIN = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** How often a busy worker's resident memory is read. */
const MEMORY_POLL_MS = 200;
/** A worker is replaced after this many files, or when it stays this large between files. */
const MAX_JOBS_PER_WORKER = 50;
const RECYCLE_SHARE = 0.5;
/** Nice value of worker processes (the server's event loop keeps priority). */
const WORKER_NICE = 10;

export interface ExtractWorkersOptions {
  ocr: OcrPool;
  limits?: ExtractLimits;
  worker?: WorkerLimits;
  /** Idle workers kept warm for the next file, and for how long. */
  maxIdle?: number;
  idleMs?: number;
}

interface Proc {
  child: ChildProcess;
  jobs: number;
  rss: number;
  stderr: string;
  idleTimer?: NodeJS.Timeout;
}

/** Resident set size of a process in bytes (Linux /proc), or null where unavailable. */
async function residentBytes(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export class ExtractWorkers {
  readonly limits: ExtractLimits;
  readonly workerLimits: WorkerLimits;
  private readonly idle: Proc[] = [];
  private readonly busy = new Set<Proc>();
  private seq = 0;
  private closed = false;

  constructor(private readonly opts: ExtractWorkersOptions) {
    this.limits = opts.limits ?? DEFAULT_EXTRACT_LIMITS;
    this.workerLimits = opts.worker ?? DEFAULT_WORKER_LIMITS;
  }

  /** This pool as the pipeline's extractor. */
  get extractor(): Extractor {
    return (input, o) => this.run(input, o);
  }

  /** Process ids of live workers (busy and idle). */
  get pids(): number[] {
    return [...this.busy, ...this.idle].map((p) => p.child.pid!).filter(Boolean);
  }

  /** Start a worker ahead of the first file (it loads the extraction and parsing code). */
  warm(): void {
    if (this.closed || this.idle.length > 0 || this.busy.size > 0) return;
    this.release(this.spawn(), true);
  }

  private spawn(): Proc {
    const heapMb = Math.max(64, Math.floor((this.workerLimits.memoryBytes / 1024 / 1024) * 0.75));
    const child = fork(WORKER_MAIN, [], {
      execArgv: ['--import', TSX_LOADER, `--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const proc: Proc = { child, jobs: 0, rss: 0, stderr: '' };
    child.stderr!.on('data', (d: Buffer) => {
      proc.stderr = (proc.stderr + d.toString('utf8')).slice(-8192);
    });
    child.once('exit', () => this.forget(proc));
    child.on('error', () => undefined);
    if (child.pid) {
      try {
        os.setPriority(child.pid, WORKER_NICE);
      } catch {
        // not permitted here: the worker runs at normal priority
      }
    }
    return proc;
  }

  private forget(proc: Proc): void {
    clearTimeout(proc.idleTimer);
    this.busy.delete(proc);
    const i = this.idle.indexOf(proc);
    if (i >= 0) this.idle.splice(i, 1);
  }

  private release(proc: Proc, fresh = false): void {
    this.busy.delete(proc);
    const maxIdle = Math.max(this.opts.maxIdle ?? 1, fresh ? 1 : 0);
    const tooBig = proc.rss > this.workerLimits.memoryBytes * RECYCLE_SHARE;
    if (this.closed || proc.jobs >= MAX_JOBS_PER_WORKER || tooBig || this.idle.length >= maxIdle) {
      proc.child.kill('SIGKILL');
      return;
    }
    proc.idleTimer = setTimeout(() => proc.child.kill('SIGKILL'), this.opts.idleMs ?? 300_000);
    proc.idleTimer.unref();
    this.idle.push(proc);
  }

  /** Extract and parse one file in a worker. Rejects with `IngestError` (codes above for a dead worker). */
  run(input: WorkInput, o: { signal?: AbortSignal; onProgress?: (p: WorkProgress) => void } = {}): Promise<WorkOutput> {
    if (this.closed) return Promise.reject(new IngestError('aborted', 'The extraction workers are closed.'));
    if (o.signal?.aborted) return Promise.reject(new IngestError('aborted', 'Processing was stopped.'));
    const proc = this.idle.pop() ?? this.spawn();
    clearTimeout(proc.idleTimer);
    this.busy.add(proc);
    proc.jobs++;
    const id = ++this.seq;
    const { child } = proc;
    const wl = this.workerLimits;
    return new Promise<WorkOutput>((resolve, reject) => {
      let settled = false;
      let killedFor: 'memory' | 'time' | 'abort' | null = null;
      let pages: number | undefined;
      const started = Date.now();
      let deadline: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(deadline);
        const left = started + timeBudgetMs(wl, pages) - Date.now();
        deadline = setTimeout(() => kill('time'), Math.max(0, left));
      };
      const kill = (why: 'memory' | 'time' | 'abort'): void => {
        if (settled || killedFor) return;
        killedFor = why;
        child.kill('SIGKILL');
      };
      const poll = setInterval(() => {
        void residentBytes(child.pid!).then((rss) => {
          if (rss === null) return;
          proc.rss = rss;
          if (rss > wl.memoryBytes) kill('memory');
        });
      }, MEMORY_POLL_MS);
      const onAbort = (): void => kill('abort');
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        clearInterval(poll);
        o.signal?.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('exit', onExit);
        fn();
      };
      const onMessage = (msg: FromWorker): void => {
        if (msg.type === 'ocr') {
          const image = { ...msg.image, bytes: Buffer.from(msg.image.bytes) };
          this.opts.ocr.recognizePrepared(image, msg.options).then(
            (result) => this.post(child, { type: 'ocr-result', req: msg.req, result }),
            (err: unknown) => this.post(child, { type: 'ocr-result', req: msg.req, error: String(err) }),
          );
          return;
        }
        if (msg.id !== id) return;
        if (msg.type === 'progress') {
          if (msg.progress.pages !== pages) {
            pages = msg.progress.pages;
            arm();
          }
          o.onProgress?.(msg.progress);
        } else if (msg.type === 'done') {
          finish(() => {
            this.release(proc);
            resolve(msg.output);
          });
        } else {
          finish(() => {
            this.release(proc);
            const e = msg.error;
            reject(e.domain ? new IngestError(e.code, e.message) : new Error(`extraction worker: ${e.message}`));
          });
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        finish(() => reject(this.deathError(killedFor, code, signal, proc.stderr, pages)));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      o.signal?.addEventListener('abort', onAbort, { once: true });
      arm();
      if (!this.post(child, { type: 'job', id, input, limits: this.limits, ocrSize: this.opts.ocr.size })) {
        kill('abort');
      }
    });
  }

  private post(child: ChildProcess, msg: ToWorker): boolean {
    if (!child.connected) return false;
    try {
      child.send(msg);
      return true;
    } catch {
      return false;
    }
  }

  private deathError(
    why: 'memory' | 'time' | 'abort' | null,
    code: number | null,
    signal: NodeJS.Signals | null,
    stderr: string,
    pages: number | undefined,
  ): IngestError {
    if (why === 'abort' || this.closed) return new IngestError('aborted', 'Processing was stopped.');
    if (why === 'memory' || /heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(stderr)) {
      return new IngestError(
        'memory_limit',
        `Processing this file needed more than ${mb(this.workerLimits.memoryBytes)} of memory.`,
      );
    }
    if (why === 'time') {
      const s = Math.round(timeBudgetMs(this.workerLimits, pages) / 1000);
      return new IngestError(
        'time_limit',
        `Processing this file took longer than the ${s} s allowed for ${pages ?? 1} page(s).`,
      );
    }
    return new IngestError(
      'worker_crashed',
      `The process working on this file stopped unexpectedly (${signal ?? `exit code ${code}`}).`,
    );
  }

  /** Kill every worker; running files fail as `aborted`. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.busy, ...this.idle];
    await Promise.all(
      all.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
            p.child.once('exit', () => resolve());
            p.child.kill('SIGKILL');
          }),
      ),
    );
  }
}
