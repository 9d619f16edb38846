import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { readCookie, TOKEN_COOKIE } from './auth.ts';

/**
 * HTTP hardening shared by the API and the web app.
 *
 * Pages get their CSP from the web app (kit.csp in web/svelte.config.js: a nonce
 * for SvelteKit's inline bootstrap), which replaces this one on its pages. This
 * one covers everything else served here (static assets, error answers): no
 * inline script at all; fonts are self-hosted; images may be data:/blob:.
 * API responses get a CSP that allows nothing: they are data, never pages.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
      },
    },
    // The UI embeds originals (PDF viewer) from the same origin.
    frameguard: { action: 'sameorigin' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/** CSP for API responses (JSON/CSV): nothing may load or run. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CSP for originals. Uploaded HTML/text/DOCX must never run on this origin:
 * they are sandboxed (opaque origin, no scripts). PDFs and images are left to the
 * browser's viewer, which a sandbox would block, and may be framed by the UI.
 */
export function originalCsp(mime: string): string {
  const viewable = mime === 'application/pdf' || mime.startsWith('image/');
  return viewable
    ? "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'"
    : "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";
}

export interface Limits {
  /** Uploads and deletions per client IP per window. */
  writesPerWindow?: number;
  /** Failed authentications (401/403) per client IP per window. */
  authFailuresPerWindow?: number;
  windowMs?: number;
  /** Most rows of a CSV export (default 10 000). */
  csvMaxRows?: number;
}

const limitHandler =
  (message: string): NonNullable<Parameters<typeof rateLimit>[0]>['handler'] =>
  (_req, res, _next, options) => {
    res.status(options.statusCode).json({ error: { code: 'rate_limited', message } });
  };

/** Rate limit for writes (POST/DELETE). */
export function writeLimiter(limits: Limits = {}): RequestHandler {
  return rateLimit({
    windowMs: limits.windowMs ?? 60_000,
    limit: limits.writesPerWindow ?? 60,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: limitHandler('Too many uploads or deletions; wait a minute and try again.'),
  });
}

/**
 * Slows token guessing: a client that had a token refused too often in the
 * window gets 429 until the window ends. Only a 401 to a request that presented
 * a token counts (an Authorization header, the token cookie, or a form post such
 * as the login form): a visitor without a token, or a read token trying to write
 * (403), guesses nothing, so anonymous page views never lock anyone out. The key
 * is the real client (`req.ip`: the TCP peer, or X-Forwarded-For from a loopback
 * proxy); the web app's pages call the API in process, on the visitor's request.
 */
function presentsToken(req: Parameters<RequestHandler>[0]): boolean {
  return (
    typeof req.headers.authorization === 'string' ||
    readCookie(req.headers.cookie, TOKEN_COOKIE) !== undefined ||
    req.method === 'POST'
  );
}

export function authFailureLimiter(limits: Limits = {}): RequestHandler {
  const windowMs = limits.windowMs ?? 15 * 60_000;
  const limit = limits.authFailuresPerWindow ?? 100;
  const failures = new Map<string, { count: number; resetAt: number }>();
  return (req, res, next) => {
    const key = req.ip ?? 'unknown';
    const now = Date.now();
    const entry = failures.get(key);
    if (entry && entry.resetAt <= now) failures.delete(key);
    if (entry && entry.resetAt > now && entry.count >= limit) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      res.status(429).json({
        error: { code: 'rate_limited', message: 'Too many requests with a wrong token; wait and try again.' },
      });
      return;
    }
    res.once('finish', () => {
      if (res.statusCode !== 401 || !presentsToken(req)) return;
      const e = failures.get(key);
      if (e && e.resetAt > Date.now()) e.count++;
      else {
        // Bound memory under an address sweep: drop expired entries when the map grows.
        if (failures.size > 10_000) for (const [k, v] of failures) if (v.resetAt <= Date.now()) failures.delete(k);
        failures.set(key, { count: 1, resetAt: Date.now() + windowMs });
      }
    });
    next();
  };
}
