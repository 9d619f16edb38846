/** Cookie holding the read token (set by /login, httpOnly; the API accepts it too). */
export const TOKEN_COOKIE = 'sanad_token';

/** C0 and C1 control characters (TAB, CR, LF among them): never part of a link we follow. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Any origin works for resolving: only whether the result stays on it matters. */
const BASE = 'http://sanad.invalid';

/**
 * Where to go after logging in: only a path on this site. The value is parsed with `URL`
 * against the site's origin, as a browser would; anything that leaves the origin («//host»,
 * «/\host», «/<TAB>/host», «https://…»), carries control characters, or does not start with
 * a single `/` gives `/`. The result is the normalised path (percent-encoded, header-safe).
 */
export function safeNext(next: string | null | undefined, origin: string = BASE): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2048) return '/';
  if (CONTROL.test(next) || next.includes('\\') || !next.startsWith('/') || next.startsWith('//')) return '/';
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return '/';
  }
  if (url.origin !== base.origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // «/.//host» normalises to «//host», which a browser reads as another origin.
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** A token as the API accepts it in a header: visible ASCII, no spaces, at most 512 characters. */
export function plausibleToken(token: string): boolean {
  return /^[\x21-\x7e]{1,512}$/.test(token);
}
