import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sanad/ingest/config.ts';
import { openArchive } from '@sanad/ingest/archive.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ledgerDocs } from '../helpers/ledger.ts';
import { ROOT, startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/**
 * The ledger «مصوبات و تعهدات» in Chromium against the real server, on an archive holding the
 * hand-made commitment records of test/helpers/ledger.ts (what the page shows comes from them
 * through the API; nothing on the page is stubbed).
 */

const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const BARAKAT = 'بنیاد برکت';

const fromPersian = (s: string) =>
  Number(s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/[٬,]/g, ''));

async function announcedTotal(page: Page): Promise<number> {
  const status = page.locator('.results [role=status]').first();
  await expect.poll(async () => (await status.textContent()) ?? '').not.toContain('در حال');
  return fromPersian((await status.locator('strong').textContent()) ?? '');
}

/** The text the page marks as the current clause (CSS highlight «clause»), one string per range. */
function markedClause(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // HighlightRegistry is a Map of Highlights (sets of ranges); TypeScript's DOM types omit its getters.
    const h = (CSS.highlights as unknown as Map<string, Iterable<Range>>).get('clause');
    return h ? Array.from(h, (r) => r.toString()) : [];
  });
}

/** Where an element stands in the viewport, and the bottom of the header when it is on screen. */
function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    const h = document.querySelector('header.top')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight, headerBottom: Math.max(0, h.bottom) };
  }, selector);
}

describe('web: the commitments ledger in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const dataDir = tempDir();
    const archive = await openArchive(loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1' }));
    const docs = ledgerDocs();
    for (const d of docs) {
      // the original of a plain-text document is its text
      const file = archive.store.filePath(d.source.sha256);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, d.text);
      archive.store.putDocument(d);
    }
    await archive.engine.index(docs);
    await archive.close();
    server = await startServer({ DATA_DIR: dataDir, SANAD_DEMO: '0' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('chooses a party, shows its rows and total, opens one and lands on the marked clause', async () => {
    const ctx = await browser.newContext({ viewport: DESKTOP, locale: 'fa-IR' });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto(`${server.url}/commitments`);
    expect(await page.locator('h1').textContent()).toBe('مصوبات و تعهدات');
    const rows = page.locator('table.ledger tbody tr');
    await rows.first().waitFor();
    expect(await announcedTotal(page)).toBe(7);
    expect(await page.locator('.totals .sum').textContent()).toBe('۹۵ میلیارد تومان');
    // facet counts: the party list counts commitments
    const barakat = page.locator(`a[data-facet=party][data-value="${BARAKAT}"]`);
    expect(await barakat.textContent()).toContain('۲');

    await barakat.click();
    await page.waitForURL(/party=/);
    expect(new URL(page.url()).searchParams.getAll('party')).toEqual([BARAKAT]);
    await expect.poll(() => announcedTotal(page)).toBe(2);
    expect(await rows.count()).toBe(2);
    for (const cell of await rows.locator('td[data-label="متعهد"]').allTextContents()) expect(cell).toBe(BARAKAT);
    expect(await page.locator('.totals .sum').textContent()).toBe('۱۷ میلیارد تومان');
    expect(await page.locator('.totals .exact').textContent()).toBe('(۱۷٬۰۰۰٬۰۰۰٬۰۰۰ تومان)');
    const amounts = await rows.locator('td[data-label="مبلغ"]').allTextContents();
    expect(amounts.map((a) => a.trim()).sort()).toEqual(['۱۲٬۰۰۰٬۰۰۰٬۰۰۰ تومان', '۵٬۰۰۰٬۰۰۰٬۰۰۰ تومان']);
    // facets follow the choice: counties of this party only
    const counties = await page
      .locator('a[data-facet=county]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-value')));
    expect(counties.sort()).toEqual(['عنبرآباد', 'کهنوج']);
    // the chart: one bar per year of this party, Persian digits only
    const chart = page.locator('#by-year-title + svg, figure[aria-labelledby="by-year-title"] svg');
    expect(await chart.locator('g.row').count()).toBe(2);
    expect(await chart.textContent()).not.toMatch(/[0-9]/);
    // the minutes' deadline (end of 1401) has passed
    const jiroft = rows.filter({ hasText: 'عنبرآباد' });
    expect(await jiroft.locator('td[data-label="مهلت"]').textContent()).toContain('مهلت گذشته');
    expect(await jiroft.locator('td[data-label="تاریخ"]').textContent()).toBe('۱۴۰۱/۰۶/۱۷');
    // CSV of the same filter
    const csv = (await page.locator('a.csv').getAttribute('href')) ?? '';
    expect(csv).toMatch(/^\/api\/commitments\?.*format=csv/);
    const csvRes = await page.request.get(new URL(csv, server.url).href);
    expect(csvRes.status()).toBe(200);
    expect((await csvRes.text()).split('\r\n').filter(Boolean)).toHaveLength(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ledger-desktop.png'), fullPage: true });

    // Open the row: the document, scrolled to the clause, marked, below the header.
    const link = jiroft.locator('td[data-label="منبع"] a');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/documents/1e00000000000001?p=1#commitment-c2');
    await link.click();
    await page.waitForURL(/\/documents\/1e00000000000001.*#commitment-c2$/);
    // the clause's passage is marked, alone, in view below the header (not glued to the top)
    const marked = page.locator('.clause-current');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.textContent()).toContain(
      'بنیاد برکت تا پایان سال ۱۴۰۱ مبلغ ۵ میلیارد تومان برای ۵۲ طرح اشتغال‌زایی در شهرستان عنبرآباد تأمین نماید.',
    );
    expect(await marked.textContent()).not.toContain('بانک ملی');
    // …and inside it the clause itself
    expect(await markedClause(page)).toEqual([
      '۲- بنیاد برکت تا پایان سال ۱۴۰۱ مبلغ ۵ میلیارد تومان برای ۵۲ طرح اشتغال‌زایی در شهرستان عنبرآباد تأمین نماید.',
    ]);
    await expect
      .poll(async () => {
        const p = await placement(page, '.clause-current');
        return p.top >= p.headerBottom + 16 && p.bottom <= p.height;
      })
      .toBe(true);
    // the document's «تعهدات» list links every commitment to its clause
    const list = page.locator('ol.commitments li');
    expect(await list.count()).toBe(3);
    expect(await list.first().textContent()).toMatch(
      /بانک ملی\s*←\s*۲٬۰۰۰٬۰۰۰٬۰۰۰ تومان\s*←\s*تسهیلات اشتغال روستایی\s*←\s*ظرف یک ماه/,
    );
    await list.first().locator('a').click();
    await page.waitForURL(/#commitment-c1$/);
    await expect.poll(async () => (await marked.first().textContent()) ?? '').toContain('بانک ملی مکلف است');
    expect(await marked.count()).toBe(1);
    await expect
      .poll(async () => {
        const p = await placement(page, '.clause-current');
        return p.top >= p.headerBottom && p.bottom <= p.height;
      })
      .toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ledger-document.png') });

    // A statement in a paragraph of two: the paragraph is the passage, the mark is its own sentence.
    await page.goto(`${server.url}/documents/1e00000000000002?p=1#commitment-c2`);
    await expect
      .poll(() => markedClause(page))
      .toEqual(['بنیاد برکت نیز ۱۲ میلیارد تومان برای طرح‌های آبرسانی روستایی شهرستان کهنوج اختصاص داد.']);
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toContain('بانک توسعه تعاون ۴۶ میلیارد تومان');
    await page.screenshot({ path: path.join(ARTIFACTS, 'ledger-clause.png') });
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('on a phone: labelled fields, no sideways scroll, a readable chart', async () => {
    const ctx = await browser.newContext({ viewport: PHONE, locale: 'fa-IR', isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/commitments?sort=amount_desc`);
    const first = page.locator('table.ledger tbody tr').first();
    await first.waitFor();
    expect(await first.locator('td[data-label="متعهد"]').textContent()).toBe('بانک توسعه تعاون');
    const label = await first
      .locator('td[data-label="مبلغ"]')
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('مبلغ');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // chart labels stay at least 10 CSS pixels high on a phone
    const fontPx = await page
      .locator('figure[aria-labelledby="by-party-title"] svg text.key')
      .first()
      .evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
    expect(fontPx).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ledger-phone.png'), fullPage: true });
    await ctx.close();
  });
});
