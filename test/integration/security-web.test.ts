import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, startServer, type RunningServer } from '../helpers/server.ts';

/**
 * The security headers must not break the SvelteKit app: its inline
 * hydration script runs, nothing is blocked by the CSP, and pages carry the
 * hardening headers. Needs the web build (`npm test` builds it first).
 */
const WEB_BUILD = path.join(ROOT, 'web/build/handler.js');

describe.skipIf(!fs.existsSync(WEB_BUILD))('security headers with the web app', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ SANAD_DEMO: '1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves pages with a CSP and hardening headers', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    // SvelteKit's bootstrap runs by nonce; no other inline script may.
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline/);
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(html).toContain(`nonce="${nonce}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('hydrates in a real browser with no CSP violation', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    // SvelteKit's inline bootstrap defines a `__sveltekit_*` global; it only exists if the inline script ran.
    const booted = await page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit_')));
    expect(booted).toBe(true);
    expect(problems.filter((p) => /Content Security Policy|CSP/i.test(p))).toEqual([]);
    await ctx.close();
  });
});
