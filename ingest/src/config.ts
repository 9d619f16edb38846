import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_EXTRACT_LIMITS as DX,
  DEFAULT_WORKER_LIMITS as DW,
  type ExtractLimits,
  type WorkerLimits,
} from './extract/limits.ts';

/**
 * The one place that reads the environment. Everything else receives a
 * `Config`. A bad value stops start-up with every bad key listed.
 */
const MB = 1024 * 1024;

const boolish = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** An empty variable means "not set" (compose and shells write `X=` for unset values). */
const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z
  .object({
    DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('./data')),
    PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    HOST: z.preprocess(blankToUndefined, z.string().min(1).default('0.0.0.0')),
    SEARCH_ENGINE: z.preprocess(blankToUndefined, z.enum(['sqlite', 'meilisearch']).optional()),
    MEILI_URL: optionalString.pipe(z.url().optional()),
    /** Origin the archive is reached at (absolute links in exports); default: each request's origin. */
    PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    MEILI_MASTER_KEY: optionalString,
    // An admin API key for the app (preferred over the master key) and a search key for reads.
    MEILI_API_KEY: optionalString,
    MEILI_SEARCH_KEY: optionalString,
    MEILI_INDEX_PREFIX: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[a-zA-Z0-9_-]*$/, 'letters, digits, _ and - only')
        .default('sanad_'),
    ),
    ADMIN_TOKEN: optionalString.pipe(z.string().min(8, 'must be at least 8 characters').optional()),
    READ_TOKEN: optionalString.pipe(z.string().min(8, 'must be at least 8 characters').optional()),
    MAX_UPLOAD_MB: z.preprocess(blankToUndefined, z.coerce.number().positive().max(2048).default(50)),
    OCR_WORKERS: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(64).optional()),
    // Caps on the work one file may cause (README «Reliability»); a file over one fails its job.
    MAX_PDF_PAGES: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(DX.maxPages)),
    MAX_HTML_MB: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .positive()
        .max(1024)
        .default(DX.maxHtmlBytes / MB),
    ),
    MAX_HTML_ELEMENTS: z.preprocess(blankToUndefined, z.coerce.number().int().min(100).default(DX.maxHtmlNodes)),
    MAX_DOCX_XML_MB: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .positive()
        .max(4096)
        .default(DX.maxDocxXmlBytes / MB),
    ),
    MAX_IMAGE_MEGAPIXELS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .positive()
        .max(10_000)
        .default(DX.maxImagePixels / 1e6),
    ),
    EXTRACT_MEMORY_MB: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int()
        .min(128)
        .max(65_536)
        .default(DW.memoryBytes / MB),
    ),
    EXTRACT_TIME_BASE_S: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .positive()
        .default(DW.timeBaseMs / 1000),
    ),
    EXTRACT_TIME_PER_PAGE_S: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .min(0)
        .default(DW.timePerPageMs / 1000),
    ),
    JOB_CONCURRENCY: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(64).optional()),
    JOB_RETRY_BACKOFF_S: z.preprocess(blankToUndefined, z.coerce.number().min(0).default(10)),
    SANAD_DEMO: z.preprocess(blankToUndefined, boolish.default(true)),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    NODE_ENV: z.preprocess(blankToUndefined, z.string().default('development')),
  })
  .superRefine((v, ctx) => {
    if (v.SEARCH_ENGINE === 'meilisearch' && !v.MEILI_URL) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'required when SEARCH_ENGINE=meilisearch' });
    }
  });

export interface Config {
  dataDir: string;
  port: number;
  host: string;
  engine: 'sqlite' | 'meilisearch';
  meiliUrl: string | undefined;
  /** Base URL for absolute links (CSV exports), without a trailing slash; undefined: the request's origin. */
  publicUrl: string | undefined;
  /** Key for writes and settings: MEILI_API_KEY (an admin API key), else MEILI_MASTER_KEY. */
  meiliKey: string | undefined;
  /** Key for searches: MEILI_SEARCH_KEY, else meiliKey. */
  meiliSearchKey: string | undefined;
  meiliIndexPrefix: string;
  adminToken: string | undefined;
  readToken: string | undefined;
  maxUploadBytes: number;
  ocrWorkers: number;
  extractLimits: ExtractLimits;
  workerLimits: WorkerLimits;
  /** Files worked at the same time (each in its own worker process). */
  jobConcurrency: number;
  /** Wait before the first retry of a job whose worker died; doubled for the next. */
  jobRetryBackoffMs: number;
  demo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  production: boolean;
}

/** One file per core, and no more workers at their memory cap than half the machine's memory holds. */
function defaultJobConcurrency(memoryBytes: number): number {
  const byMemory = Math.floor((os.totalmem() * 0.5) / memoryBytes);
  return Math.max(1, Math.min(os.availableParallelism(), byMemory));
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parse the environment into a frozen `Config`; throws `ConfigError` listing every bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape ?? {}).map((k) => [k, env[k] === undefined ? undefined : env[k]]),
  );
  const parsed = envSchema.safeParse(known);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  const engine = v.SEARCH_ENGINE ?? (v.MEILI_URL ? 'meilisearch' : 'sqlite');
  return Object.freeze({
    dataDir: path.resolve(v.DATA_DIR),
    port: v.PORT,
    host: v.HOST,
    engine,
    meiliUrl: v.MEILI_URL,
    publicUrl: v.PUBLIC_URL?.replace(/\/+$/, ''),
    meiliKey: v.MEILI_API_KEY ?? v.MEILI_MASTER_KEY,
    meiliSearchKey: v.MEILI_SEARCH_KEY,
    meiliIndexPrefix: v.MEILI_INDEX_PREFIX,
    adminToken: v.ADMIN_TOKEN,
    readToken: v.READ_TOKEN,
    maxUploadBytes: Math.round(v.MAX_UPLOAD_MB * 1024 * 1024),
    ocrWorkers: v.OCR_WORKERS ?? Math.max(1, os.availableParallelism()),
    extractLimits: Object.freeze({
      maxPages: v.MAX_PDF_PAGES,
      maxHtmlBytes: Math.round(v.MAX_HTML_MB * MB),
      maxHtmlNodes: v.MAX_HTML_ELEMENTS,
      maxDocxXmlBytes: Math.round(v.MAX_DOCX_XML_MB * MB),
      maxImagePixels: Math.round(v.MAX_IMAGE_MEGAPIXELS * 1e6),
    }),
    workerLimits: Object.freeze({
      memoryBytes: v.EXTRACT_MEMORY_MB * MB,
      timeBaseMs: Math.round(v.EXTRACT_TIME_BASE_S * 1000),
      timePerPageMs: Math.round(v.EXTRACT_TIME_PER_PAGE_S * 1000),
    }),
    jobConcurrency: v.JOB_CONCURRENCY ?? defaultJobConcurrency(v.EXTRACT_MEMORY_MB * MB),
    jobRetryBackoffMs: Math.round(v.JOB_RETRY_BACKOFF_S * 1000),
    demo: v.SANAD_DEMO,
    logLevel: v.LOG_LEVEL,
    production: v.NODE_ENV === 'production',
  });
}

/** What the tests, fixture builders and benchmarks read from the environment. */
export interface TestEnv {
  /** Chromium for browser tests and fixture rendering (CHROMIUM_PATH; default /usr/bin/chromium). */
  chromiumPath: string;
}

/** The settings of the test tools; see {@link TestEnv}. */
export function testEnv(env: Record<string, string | undefined> = process.env): Readonly<TestEnv> {
  return Object.freeze({ chromiumPath: env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium' });
}

/**
 * The environment of a child process started by a test, a tool or a benchmark: this process's
 * PATH and HOME (HOME falling back to the temp directory) and `extra`, nothing else, so the
 * child's configuration is what the caller says. With `inherit`, the whole environment of this
 * process instead of PATH and HOME (a native tool that reads its own variables, e.g. Tesseract).
 */
export function childEnv(
  extra: Record<string, string> = {},
  { inherit = false, env = process.env }: { inherit?: boolean; env?: Record<string, string | undefined> } = {},
): Record<string, string> {
  const base: Record<string, string> = inherit
    ? Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined))
    : { PATH: env.PATH ?? '', HOME: env.HOME ?? os.tmpdir() };
  return { ...base, ...extra };
}
