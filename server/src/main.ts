import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { ConfigError, loadConfig } from '@sanad/ingest/config.ts';
import { ensureIndexed, openArchive } from '@sanad/ingest/archive.ts';
import { countOutdated } from '@sanad/ingest/reparse.ts';
import { PARSER_VERSION } from '@sanad/ingest/parse';
import { createApp } from './app.ts';
import { onClientError } from './client-error.ts';
import { loadDemoArchive } from './demo.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { createLogger } from './logger.ts';
import { cleanStaleUploads } from './upload.ts';

/** Composition root: config → adapters → app → listen → graceful shutdown. */

const WEB_BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'build', 'handler.js');

async function loadWebHandler(): Promise<RequestHandler | undefined> {
  if (!fs.existsSync(WEB_BUILD)) return undefined;
  const mod = (await import(pathToFileURL(WEB_BUILD).href)) as { handler: RequestHandler };
  return mod.handler;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const archive = await openArchive(config);
  // Index settings are applied by openArchive (engine.init); an empty index over a non-empty archive is rebuilt.
  const healed = await ensureIndexed(archive, (done, total) => {
    if (done === total || done % 1000 === 0) logger.info({ done, total, engine: archive.engine.name }, 'reindexing');
  });
  if (healed > 0) logger.info({ documents: healed }, 'search index rebuilt from the archive');
  if (config.demo) await loadDemoArchive(archive, logger);
  const outdated = countOutdated(archive.store);
  if (outdated > 0)
    logger.warn(
      { documents: outdated, parserVersion: PARSER_VERSION },
      'records made by an older parser; run `npm run reparse` to bring them up to date',
    );

  const webHandler = await loadWebHandler();
  if (!webHandler) logger.warn('web build not found (run `npm run build`); serving the API only');

  const stale = cleanStaleUploads(archive.store);
  if (stale > 0) logger.info({ removed: stale }, 'removed unfinished uploads left by a crash');
  const runner = new JobRunner(archive, logger.child({ module: 'jobs' }), {
    concurrency: config.jobConcurrency,
    retryBackoffMs: config.jobRetryBackoffMs,
  });

  const app = createApp({ config, store: archive.store, engine: archive.engine, logger, webHandler, jobs: runner });
  // Long Persian queries (5 000 characters percent-encode to ~30 KB) must fit in the request line.
  const server = http.createServer({ maxHeaderSize: 64 * 1024 }, app);
  server.on('clientError', onClientError);
  server.once('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.host}:${config.port}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    runner.start();
    archive.workers.warm();
    logger.info({ url: `http://${host}:${port}`, engine: archive.engine.name }, 'Sanad is listening');
  });

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000).unref();
    // Stop taking requests, let the running job finish its current step (it resumes on the next start), then close.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    runner
      .stop()
      .then(() => closed)
      .then(() => archive.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'error while closing');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Sanad failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
