import type { RequestHandler } from 'express';
import type { Config } from '@sanad/ingest/config.ts';
import type { ArchiveStore } from '@sanad/ingest/store/store.ts';
import type { SearchEngine } from '@sanad/ingest/search/search-engine.ts';
import type { JobControl } from './jobs/job-runner.ts';
import type { Logger } from './logger.ts';
import type { Limits } from './security.ts';
import type { ReadServices } from './services.ts';

/** What the app and its routes are built from (wired by `main.ts`, or by a test). */
export interface AppDeps {
  config: Readonly<Config>;
  store: ArchiveStore;
  engine: SearchEngine;
  logger: Logger;
  /** The read operations shared by the routes and the web app (default: built from store and engine). */
  services?: ReadServices;
  /** The SvelteKit (adapter-node) handler; mounted after the API. */
  webHandler?: RequestHandler;
  /** The job runner to wake when uploads queue jobs and to cancel them (absent: jobs wait for a runner). */
  jobs?: JobControl;
  /** Rate limits (defaults suit one archive behind one server). */
  limits?: Limits;
}
