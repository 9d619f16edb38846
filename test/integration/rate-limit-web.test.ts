import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type RunningServer } from '../helpers/server.ts';

/**
 * With READ_TOKEN set, the token-guessing limiter must key on the real client: page loads by
 * anonymous visitors (and by a visitor with a stale cookie) cannot lock out a user who holds a
 * valid token, whether the web app reaches the API over loopback HTTP or in process.
 * Needs the web build (`npm test` builds it first).
 */

const WEB_BUILD = path.join(ROOT, 'web/build/handler.js');
const READ = 'read-token-for-rate-limit';
/** More than the limiter's default 100 failures per window. */
const LOADS = 130;

describe.skipIf(!fs.existsSync(WEB_BUILD))('rate limits key on the real client', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ READ_TOKEN: READ, ADMIN_TOKEN: 'admin-token-for-rate-limit', SANAD_DEMO: '1' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  const page = (p: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}${p}`, { headers, redirect: 'manual' });

  it('anonymous page loads and a stale cookie elsewhere do not lock out a valid token holder', async () => {
    // Anonymous visitors: every load is sent to the login form, nothing is counted as guessing.
    for (let i = 0; i < LOADS; i++) {
      const res = await page(`/?q=${i}`);
      await res.arrayBuffer();
      expect(res.status, `anonymous load ${i}`).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/login\?next=/);
    }
    // Another visitor (behind the same loopback proxy) keeps loading pages with a wrong cookie.
    const other = { cookie: 'sanad_token=not-the-token', 'x-forwarded-for': '203.0.113.7' };
    let limited = 0;
    for (let i = 0; i < LOADS; i++) {
      const res = await page(`/?q=x${i}`, other);
      await res.arrayBuffer();
      if (res.status === 429) limited++;
    }
    const direct = await fetch(`${server.url}/api/search?q=x`, { headers: other });
    // Whether the web app counted those loads or not, the other visitor is the only one affected.
    expect([401, 429]).toContain(direct.status);
    void limited;

    // The user with a valid token: pages, the API and the login form all work.
    const cookie = { cookie: `sanad_token=${READ}` };
    const home = await page('/', cookie);
    await home.arrayBuffer();
    expect(home.status).toBe(200);
    const api = await fetch(`${server.url}/api/search?q=شورا`, { headers: { authorization: `Bearer ${READ}` } });
    expect(api.status).toBe(200);
    const login = await fetch(`${server.url}/login?/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
      body: new URLSearchParams({ token: READ, next: '/documents' }).toString(),
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/documents');
  }, 240_000);

  it('still limits a client that presents wrong tokens', async () => {
    const guesser = { authorization: 'Bearer wrong-guess', 'x-forwarded-for': '198.51.100.23' };
    let status = 0;
    for (let i = 0; i < 105 && status !== 429; i++) {
      const res = await fetch(`${server.url}/api/search?q=x`, { headers: guesser });
      await res.arrayBuffer();
      status = res.status;
    }
    expect(status).toBe(429);
    // A visitor at another address is not affected.
    const ok = await fetch(`${server.url}/api/search?q=x`, { headers: { authorization: `Bearer ${READ}` } });
    expect(ok.status).toBe(200);
  }, 120_000);

  it('login: a next that leaves the origin goes home, and no input answers 500', async () => {
    for (const next of ['/\t/evil.example/x', '//evil.example', '/\\evil.example', '/.//evil.example', '/x\r\nA: b']) {
      const res = await fetch(`${server.url}/login?/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
        body: new URLSearchParams({ token: READ, next }).toString(),
      });
      await res.arrayBuffer();
      expect(res.status, JSON.stringify(next)).toBe(303);
      expect(res.headers.get('location'), JSON.stringify(next)).toBe('/');
    }
    const crlfToken = await fetch(`${server.url}/login?/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
      body: new URLSearchParams({ token: 'a\r\nb', next: '/' }).toString(),
    });
    expect(crlfToken.status).toBeLessThan(500);
    expect(crlfToken.headers.get('set-cookie')).toBeNull();
    const get = await page('/login?next=%2F%09%2Fevil.example%2Fpath');
    expect(get.status).toBe(200);
    expect(await get.text()).not.toContain('evil.example');
  }, 120_000);
});
