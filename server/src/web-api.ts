import type { Request, RequestHandler } from 'express';
// pino-http types `req.log` and `req.id` (its augmentation of IncomingMessage).
import type {} from 'pino-http';
import type { DocumentRecord, Health, ResolutionSearchResponse, SearchResponse } from '@sanad/ingest/schema.ts';
import type { CommitmentSearchResponse, CommitmentSummaryRow } from '@sanad/ingest/search/commitments.ts';
import type { TextAnalysis } from '@sanad/ingest/text/index.ts';
import { requestToken, type Auth } from './auth.ts';
import { httpStatus, toSanadError } from './middleware/error-handler.ts';
import { queryInput, type ReadServices } from './services.ts';

/**
 * The typed, in-process client the web app's server-side loads use: the same
 * read services as the `/api` routes, called directly (no loopback HTTP), with
 * the visitor's own credentials (Authorization header, else the `sanad_token`
 * cookie) and the visitor's request for logging. It reaches SvelteKit through
 * adapter-node's `event.platform.req`.
 */

/** An answer, or why there is none (the status the API would have answered, and its code). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; code: string; message: string };

export interface WebApi {
  search(params: URLSearchParams): Promise<ApiResult<SearchResponse>>;
  resolutions(params: URLSearchParams): Promise<ApiResult<ResolutionSearchResponse>>;
  commitments(params: URLSearchParams): Promise<ApiResult<CommitmentSearchResponse>>;
  commitmentSummary(params: URLSearchParams): Promise<ApiResult<CommitmentSummaryRow[]>>;
  document(id: string): Promise<ApiResult<DocumentRecord>>;
  analyze(text: string): Promise<ApiResult<TextAnalysis>>;
  health(): Promise<ApiResult<Health>>;
  /** Whether this token may read the archive (the login form). */
  tokenWorks(token: string): boolean;
}

/** The Express request as SvelteKit sees it through `event.platform.req` (web/src/hooks.server.ts). */
export interface WebPlatformRequest {
  /** This request's client. */
  sanadApi?: WebApi;
  /** The request id (X-Request-Id) and its logger, from pino-http. */
  id?: unknown;
  log?: { error(obj: object, msg: string): void };
}

function createWebApi(req: Request, services: ReadServices, auth: Auth, readToken: string | undefined): WebApi {
  /** The API's read policy for this visitor: open unless READ_TOKEN is set. */
  const checkRead = (): void => {
    if (readToken) auth.checkRead(requestToken(req, false)?.token ?? null);
  };

  const call = async <T>(what: string, run: () => T | Promise<T>): Promise<ApiResult<T>> => {
    try {
      checkRead();
      return { ok: true, value: await run() };
    } catch (err) {
      const e = toSanadError(err);
      const status = httpStatus(e.code);
      // Logged with the request id (pino-http's child logger): a failed page load says why.
      if (status >= 500) req.log?.error({ err, call: what }, 'web page: API call failed');
      else req.log?.info({ call: what, code: e.code, status }, e.message);
      return { ok: false, status, code: e.code, message: e.message };
    }
  };

  return {
    search: (params) => call('search', () => services.search(queryInput(params))),
    resolutions: (params) => call('resolutions', () => services.resolutions(queryInput(params))),
    commitments: (params) => call('commitments', () => services.commitments(queryInput(params))),
    commitmentSummary: (params) => call('commitmentSummary', () => services.commitmentSummary(queryInput(params))),
    document: (id) => call('document', () => services.document(id)),
    analyze: (text) => call('analyze', () => services.analyze({ text })),
    health: () => call('health', () => services.health()),
    tokenWorks: (token) => {
      if (!readToken) return true;
      return /^\S{1,512}$/.test(token) && auth.access(token) !== 'none';
    },
  };
}

/** Hang a {@link WebApi} for this request on it, before the SvelteKit handler runs. */
export function webApiMiddleware(services: ReadServices, auth: Auth, readToken: string | undefined): RequestHandler {
  return (req, _res, next) => {
    (req as Request & WebPlatformRequest).sanadApi = createWebApi(req, services, auth, readToken);
    next();
  };
}
