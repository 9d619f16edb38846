import { text, type Handle, type HandleServerError } from '@sveltejs/kit';

/**
 * Server-side loads do not call the API over HTTP: the Express server around
 * SvelteKit hangs a typed in-process client on each request (server/src/web-api.ts),
 * which runs the same read services as the `/api` routes with the visitor's own
 * credentials. adapter-node passes the Express request as `event.platform.req`.
 */
function withApi(event: Parameters<Handle>[0]['event']): void {
  event.locals.api = event.platform?.req?.sanadApi;
}

/** An unexpected failure while rendering a page is logged with the request id (the page shows a 500). */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  const req = event.platform?.req;
  if (req?.log) req.log.error({ err: error, status, path: event.url.pathname }, 'web page failed');
  else console.error(`web page failed: ${event.url.pathname}`, error);
  return { message, code: 'internal_error' };
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
  withApi(event);
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
