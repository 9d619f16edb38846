import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/** Shared pieces of the browser tests: a tab that records console errors, Persian numbers read back. */

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface Tab {
  page: Page;
  ctx: BrowserContext;
  errors: string[];
}

export async function open(browser: Browser, viewport = DESKTOP): Promise<Tab> {
  const ctx = await browser.newContext({ viewport, locale: 'fa-IR' });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, ctx, errors };
}

/** «۱۲٬۳۴۵» → 12345. */
export function faNumber(text: string): number {
  return Number(text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/٬/g, ''));
}

/** The result count announced in the live region, as a number. */
export async function announcedTotal(page: Page): Promise<number> {
  const status = page.locator('.results [role=status]').first();
  await expect.poll(async () => (await status.textContent()) ?? '').not.toContain('در حال');
  return faNumber((await status.locator('strong').textContent()) ?? '');
}

/**
 * The demo archive served by the real server with `env`, and one Chromium, for the tests of the
 * describe block that calls it (started before them, stopped after). Read `server` and `browser`
 * inside tests, not at declaration.
 */
export function demoInBrowser(
  env: Record<string, string>,
  artifacts: string,
): { server: RunningServer; browser: Browser } {
  const live = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    live.server = await startServer({ SANAD_DEMO: '1', ...env });
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}
