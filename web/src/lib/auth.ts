/** Cookie holding the read token (set by /login, httpOnly; the API accepts it too). */
export const TOKEN_COOKIE = 'sanad_token';

/** Where to go after logging in: only a path on this site («//evil» and URLs are refused). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
