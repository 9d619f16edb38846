import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readTokenWorks } from '$lib/api';
import { plausibleToken, safeNext, TOKEN_COOKIE } from '$lib/auth';

export const load: PageServerLoad = ({ url, cookies }) => {
  return { next: safeNext(url.searchParams.get('next')), hasToken: Boolean(cookies.get(TOKEN_COOKIE)) };
};

export const actions: Actions = {
  login: async ({ request, cookies, locals }) => {
    const form = await request.formData();
    const token = String(form.get('token') ?? '').trim();
    const next = safeNext(String(form.get('next') ?? '/'));
    if (!token) return fail(400, { message: 'توکن را وارد کنید.', next });
    // A token that could not travel in a header is no token (and must never reach a cookie).
    if (!plausibleToken(token)) return fail(401, { message: 'این توکن پذیرفته نشد.', next });
    if (!locals.api) return fail(503, { message: 'سرور در دسترس نیست.', next });
    const ok = readTokenWorks(locals, token);
    // `next` travels back: without JavaScript the page is now at `?/login` and has lost it.
    if (!ok) return fail(401, { message: 'این توکن پذیرفته نشد.', next });
    // httpOnly: scripts never see the token; the API reads the same cookie for direct
    // links (originals, CSV exports) and the web server forwards it as a Bearer token.
    cookies.set(TOKEN_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      // The browser's Origin says how it reached us; `event.url` cannot (see hooks.server.ts).
      secure: (request.headers.get('origin') ?? '').startsWith('https:'),
      maxAge: 60 * 60 * 24 * 30,
    });
    redirect(303, next);
  },
  logout: async ({ cookies }) => {
    cookies.delete(TOKEN_COOKIE, { path: '/' });
    redirect(303, '/login');
  },
};
