import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, startServer, type RunningServer } from '../helpers/server.ts';

const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');

describe('web: the Persian search page in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ SANAD_DEMO: '1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is right-to-left Persian, searches, and shows hits with Jalali dates in Persian digits', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.fill('input[type=search]', 'بانک توسعه تعاون');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    const first = page.locator('.hit').first();
    await first.waitFor();
    const time = await first.locator('time').textContent();
    expect(time).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Vazirmatn');
    await page.screenshot({ path: path.join(ARTIFACTS, 'search.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
