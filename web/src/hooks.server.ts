import { text, type Handle, type HandleFetch } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { TOKEN_COOKIE } from '$lib/auth';

/**
 * Server-side loads call `/api/...` on their own origin. The API is served by
 * the Express app around SvelteKit, not by SvelteKit, so those requests are
 * sent to the API over loopback (SANAD_API_ORIGIN is set by the server's
 * composition root once it listens). The reader's credentials go along: an
 * Authorization header as given, else the `sanad_token` cookie as a Bearer token.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin === event.url.origin && url.pathname.startsWith('/api/')) {
    // Read per request: the server sets SANAD_API_ORIGIN once it listens, which is after
    // SvelteKit copied the environment into `$env/dynamic/private` at import time.
    const origin = process.env.SANAD_API_ORIGIN ?? env.SANAD_API_ORIGIN ?? 'http://127.0.0.1:3000';
    const headers = new Headers(request.headers);
    if (!headers.has('authorization')) {
      const auth = event.request.headers.get('authorization');
      const token = event.cookies.get(TOKEN_COOKIE);
      if (auth) headers.set('authorization', auth);
      else if (token) headers.set('authorization', `Bearer ${token}`);
    }
    // The API reads the same cookie; it must not see a stale one next to an explicit header.
    headers.delete('cookie');
    const forwarded = new Request(new URL(url.pathname + url.search, origin), {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
    });
    return fetch(forwarded);
  }
  return fetch(request);
};

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF check for form posts (login). SvelteKit's own check compares the Origin header with
 * `event.url.origin`, but behind the Express server adapter-node cannot know whether the
 * browser used http or https (it assumes https), so plain-http deployments would refuse every
 * form. This check compares the host instead, which is what matters: a page on another site
 * cannot send an Origin with our host. SvelteKit's check is off (`csrf.trustedOrigins: ['*']`).
 */
export const handle: Handle = async ({ event, resolve }) => {
  const { request } = event;
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (FORM_TYPES.includes(type)) {
      const origin = request.headers.get('origin');
      let host: string | null = null;
      try {
        host = origin ? new URL(origin).host : null;
      } catch {
        host = null;
      }
      if (!host || host !== request.headers.get('host')) {
        return text('Cross-site form submissions are forbidden', { status: 403 });
      }
    }
  }
  return resolve(event);
};
