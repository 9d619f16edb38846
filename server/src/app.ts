import { randomUUID } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from '@sanad/ingest/config.ts';
import type { ArchiveStore } from '@sanad/ingest/store/store.ts';
import type { SearchEngine } from '@sanad/ingest/search/search-engine.ts';
import type { JobControl } from './jobs/job-runner.ts';
import type { Logger } from './logger.ts';
import { errorHandler, notFoundApi } from './middleware/error-handler.ts';
import { apiRoutes } from './routes/api.routes.ts';
import { securityHeaders, type Limits } from './security.ts';

/** The header through which the web app learns the request's protocol (set by the server, never by clients). */
export const WEB_PROTOCOL_HEADER = 'x-sanad-protocol';

export interface AppDeps {
  config: Readonly<Config>;
  store: ArchiveStore;
  engine: SearchEngine;
  logger: Logger;
  /** The SvelteKit (adapter-node) handler; mounted after the API. */
  webHandler?: RequestHandler;
  /** The job runner to wake when uploads queue jobs and to cancel them (absent: jobs wait for a runner). */
  jobs?: JobControl;
  /** Rate limits (defaults suit one archive behind one server). */
  limits?: Limits;
}

/** Build the Express app. No listening, no environment reads: `main.ts` does that. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      // Access logs: what and how it ended, no headers (tokens and cookies never reach the log).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );

  app.use(securityHeaders());
  app.use('/api', apiRoutes(deps));
  app.use('/api', notFoundApi);
  if (deps.webHandler) {
    const web = deps.webHandler;
    app.use((req, res, next) => {
      req.headers[WEB_PROTOCOL_HEADER] = req.protocol;
      return web(req, res, next);
    });
  }
  app.use(errorHandler);
  return app;
}
