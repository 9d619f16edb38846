import type { HandleFetch } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

/**
 * Server-side loads call `/api/...` on their own origin. The API is served by
 * the Express app around SvelteKit, not by SvelteKit, so those requests are
 * sent to the API over loopback (SANAD_API_ORIGIN is set by the server's
 * composition root once it listens).
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin === event.url.origin && url.pathname.startsWith('/api/')) {
    const origin = env.SANAD_API_ORIGIN ?? 'http://127.0.0.1:3000';
    const headers = new Headers(request.headers);
    const auth = event.request.headers.get('authorization');
    if (auth && !headers.has('authorization')) headers.set('authorization', auth);
    const forwarded = new Request(new URL(url.pathname + url.search, origin), {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
    });
    return fetch(forwarded);
  }
  return fetch(request);
};
