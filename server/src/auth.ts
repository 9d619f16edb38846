import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Config } from '@sanad/ingest/config.ts';
import type { ArchiveStore } from '@sanad/ingest/store/store.ts';
import { SanadError } from '@sanad/ingest/errors.ts';

/** The cookie the web UI sets after asking for a token. */
export const TOKEN_COOKIE = 'sanad_token';

export type Access = 'write' | 'read' | 'none';

function sha(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time comparison (hashes first, so lengths never leak). */
function same(given: string, expected: string | undefined): boolean {
  return expected !== undefined && timingSafeEqual(sha(given), sha(expected));
}

/** The value of one cookie, without a cookie-parser dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * A browser request that another site could have triggered. Cookies are only
 * trusted for writes when the request is same-origin (CSRF); non-browser clients
 * send neither `Sec-Fetch-Site` nor `Origin`.
 */
function crossSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    try {
      return new URL(origin).host !== req.headers.host;
    } catch {
      return true;
    }
  }
  return false;
}

/** The token a request carries: `Authorization: Bearer …`, else the `sanad_token` cookie. */
export function requestToken(req: Request, forWrite: boolean): { token: string; from: 'header' | 'cookie' } | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.trim() !== '') {
    const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(auth);
    // A malformed header is a wrong token, not an absent one.
    return { token: m?.[1] ?? '\u0000invalid', from: 'header' };
  }
  const cookie = readCookie(req.headers.cookie, TOKEN_COOKIE);
  if (cookie && cookie.length <= 512 && !(forWrite && crossSite(req))) return { token: cookie, from: 'cookie' };
  return null;
}

export interface Auth {
  /** What a token grants: ADMIN_TOKEN and table `write` tokens write (and read); READ_TOKEN and `read` tokens read. */
  access(token: string): Access;
  /** The read policy for a token (null: none sent): throws `unauthorized` / `invalid_token`. */
  checkRead(token: string | null): void;
  /** Reads are open unless READ_TOKEN is set; then any valid token is needed. */
  requireRead: RequestHandler;
  /** Writes always need a write token. */
  requireWrite: RequestHandler;
}

export function createAuth(config: Pick<Config, 'adminToken' | 'readToken'>, store: ArchiveStore): Auth {
  const access = (token: string): Access => {
    if (same(token, config.adminToken)) return 'write';
    if (same(token, config.readToken)) return 'read';
    const scope = store.tokenScope(token);
    return scope ?? 'none';
  };

  const challenge = (res: Parameters<RequestHandler>[1]): void => {
    res.setHeader('WWW-Authenticate', 'Bearer realm="sanad"');
  };

  const checkRead = (token: string | null): void => {
    if (!config.readToken) return;
    if (token === null) {
      throw new SanadError('unauthorized', 'This archive is private: send a token (Authorization: Bearer …).');
    }
    if (access(token) === 'none') throw new SanadError('invalid_token', 'The token is not valid.');
  };

  const requireRead: RequestHandler = (req, res, next) => {
    try {
      checkRead(requestToken(req, false)?.token ?? null);
    } catch (err) {
      challenge(res);
      throw err;
    }
    next();
  };

  const requireWrite: RequestHandler = (req, res, next) => {
    const t = requestToken(req, true);
    if (!t) {
      challenge(res);
      throw new SanadError('unauthorized', 'This action needs a token: send Authorization: Bearer <token>.');
    }
    const a = access(t.token);
    if (a === 'none') {
      challenge(res);
      throw new SanadError('invalid_token', 'The token is not valid.');
    }
    if (a !== 'write') throw new SanadError('forbidden', 'This token can read the archive but not change it.');
    next();
  };

  return { access, checkRead, requireRead, requireWrite };
}
