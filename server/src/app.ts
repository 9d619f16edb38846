import { randomUUID } from 'node:crypto';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { createAuth } from './auth.ts';
import type { AppDeps } from './deps.ts';
import { errorHandler, notFound, notFoundApi } from './middleware/error-handler.ts';
import { apiRoutes } from './routes/api.routes.ts';
import { authFailureLimiter, securityHeaders } from './security.ts';
import { createReadServices } from './services.ts';
import { webApiMiddleware } from './web-api.ts';

export type { AppDeps } from './deps.ts';

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

  // One set of read services for the API routes and the web app's server-side loads.
  const services = deps.services ?? createReadServices(deps);
  app.use(securityHeaders());
  app.use('/api', apiRoutes({ ...deps, services }));
  app.use('/api', notFoundApi);
  if (deps.webHandler) {
    // Pages call the services in process with the visitor's credentials (web-api.ts); a wrong
    // token at the login form counts against the visitor's own address, like one sent to the API.
    app.use(authFailureLimiter(deps.limits));
    app.use(webApiMiddleware(services, createAuth(deps.config, deps.store), deps.config.readToken));
    app.use(deps.webHandler);
  }
  // Nothing answered (no web build, or a method the web app does not serve): JSON like every error.
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
