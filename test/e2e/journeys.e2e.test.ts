import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { announcedTotal, demoInBrowser, open, PHONE } from '../helpers/e2e.ts';
import { ROOT } from '../helpers/server.ts';

/**
 * The three users' journeys in Chromium against the real server and its demo archive:
 * a researcher narrowing a topic to a Jalali date range and landing on the passage, staff
 * following commitments in the ledger on a phone, a legal reader landing on a clause and its
 * place in the text; and an upload of bad files, which must fail in Persian, in red, without
 * a retry that can never succeed.
 */

const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
const ADMIN_TOKEN = 'e2e-journeys-admin-token-42';
const MARKUP = /\*\*|\|\s*-{3,}|(?:^|\s)#{1,6}\s|\|/;
// Latin words a Persian sentence may name (file formats); anything else is untranslated text.
const ALLOWED_LATIN = new Set(['PDF', 'PNG', 'JPEG', 'TIFF', 'WebP', 'Word', 'HTML', 'docx']);
const DANGER = 'rgb(164, 40, 44)';

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** Where an element's top is in the viewport, as a fraction of its height (0 = top edge). */
async function viewportTop(el: Locator): Promise<number> {
  return el.evaluate((e) => e.getBoundingClientRect().top / window.innerHeight);
}

function expectPersianSentence(text: string): void {
  expect(text).toMatch(/(?:(?=\p{Script=Arabic})\p{L}){3,}/u);
  const latin = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));
  expect(latin, text).toEqual([]);
}

describe('journeys: researcher, staff, legal reader, and a bad upload', () => {
  const live = demoInBrowser({ ADMIN_TOKEN }, ARTIFACTS);

  it('researcher: a topic within a Jalali date range, plain snippets, lands on the passage', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('تسهیلات')}`);
    const all = await announcedTotal(page);
    expect(all).toBeGreaterThan(1);
    await page.fill('input[name=from]', '۱۴۰۱/۰۱/۰۱');
    await page.fill('input[name=to]', '۱۴۰۱/۱۲/۲۹');
    await page.locator('form.range button[type=submit]').click();
    await page.waitForURL(/from=/);
    const ranged = await announcedTotal(page);
    expect(ranged).toBeGreaterThan(0);
    expect(ranged).toBeLessThanOrEqual(all);
    const dates = await page.locator('.hit time').allTextContents();
    expect(dates.length).toBe(Math.min(ranged, 20));
    for (const d of dates) expect(d).toMatch(/^۱۴۰۱\//);
    // Snippets quote words, not the documents' markup.
    for (const s of await page.locator('.hit .snippet').allTextContents()) expect(s).not.toMatch(MARKUP);

    // The page link of a hit lands on the highlighted passage with lines of context above it.
    const hit = page.locator('.hit').first();
    await hit.locator('a.page-link').click();
    await page.waitForURL(/\/documents\/[0-9a-f]{16}\?.*#page-\d+$/);
    const n = new URL(page.url()).hash.slice('#page-'.length);
    const mark = page.locator(`section#page-${n} mark`).first();
    await mark.waitFor();
    await expect.poll(() => viewportTop(mark)).toBeGreaterThan(0.15);
    expect(await viewportTop(mark)).toBeLessThan(0.75);
    // The text shows no markdown marks either.
    expect(await page.locator('.page .text').first().textContent()).not.toMatch(/\*\*|\|\s*-{3,}/);
    await shot(page, 'journey-researcher.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('legal reader: a clause from the ledger, then its place in the text; tables and headings render', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/commitments?q=${encodeURIComponent('بانک توسعه تعاون')}`);
    const rows = page.locator('table.ledger tbody tr');
    await rows.first().waitFor();
    // A ledger row opens its document on the clause's passage, marked, with context above it.
    const clause = ((await rows.first().locator('td[data-label="تعهد"] .clause').textContent()) ?? '').trim();
    await rows.first().locator('td[data-label="منبع"] a').click();
    await page.waitForURL(/\/documents\/[0-9a-f]{16}.*#commitment-c\d+$/);
    const passage = page.locator('.clause-current');
    await expect.poll(() => passage.count()).toBe(1);
    await expect.poll(() => viewportTop(passage)).toBeGreaterThan(0.05);
    expect(await viewportTop(passage)).toBeLessThan(0.7);
    const squeeze = (t: string): string => t.replace(/[\s\u200c]+/g, '');
    const firstWords = squeeze(clause.split(/\s+/).slice(0, 4).join(' '));
    expect(squeeze((await passage.textContent()) ?? '')).toContain(firstWords);

    // The markdown minutes render as headings and tables, in the text and in the original.
    const demoMd = page.locator('.page table');
    if ((await page.locator('.meta .file').textContent())?.endsWith('.md')) {
      expect(await demoMd.count()).toBeGreaterThan(0);
      expect(await page.locator('.page h3').count()).toBeGreaterThan(0);
      const original = page.locator('.text-original');
      await original.waitFor();
      expect(await original.locator('table').count()).toBeGreaterThan(0);
      expect(await original.textContent()).not.toMatch(/\*\*|\|\s*-{3,}/);
    }
    await shot(page, 'journey-legal.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('staff on a phone: the ledger by responsible body, every field labelled, Persian separators', async () => {
    const { page, ctx, errors } = await open(live.browser, PHONE);
    await page.goto(`${live.server.url}/commitments`);
    const rows = page.locator('table.ledger tbody tr');
    await rows.first().waitFor();
    const total = await announcedTotal(page);
    const details = page.locator('details.facets');
    if ((await details.count()) && !(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').click();
    const facet = page.locator('a[data-facet=party]').first();
    const body = await facet.getAttribute('data-value');
    await facet.click();
    await page.waitForURL(/party=/);
    const mine = await announcedTotal(page);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThanOrEqual(total);
    for (const cell of await rows.locator('td[data-label="متعهد"]').allTextContents()) expect(cell).toContain(body!);
    // On a phone each visible cell says what it is: responsible, deadline, amount…
    const labels = await rows
      .first()
      .locator('td[data-label]')
      .evaluateAll((tds) =>
        tds
          .filter((td) => getComputedStyle(td).display !== 'none')
          .map((td) => [td.getAttribute('data-label'), getComputedStyle(td, '::before').content]),
      );
    expect(labels.length).toBeGreaterThan(2);
    for (const [label, content] of labels) {
      if (label === 'جلسه') continue; // the meeting link heads the card
      expect(content).toBe(`"${label}: "`);
    }
    // Numbers use the Persian separators.
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(/[۰-۹],[۰-۹]/);
    await shot(page, 'journey-staff-phone.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('upload of bad files: Persian messages, red with no retry; a transient failure keeps retry', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/upload`);
    await page.fill('#admin-token', ADMIN_TOKEN);
    await page.locator('form.token button[type=submit]').click();
    await expect.poll(() => page.locator('.token-ok').count()).toBe(1);
    // The server refuses the first (an executable named .pdf) on upload; the second is a PDF
    // that cannot be opened; the third meets a server that is briefly unavailable.
    let refusals = 1;
    await page.route('**/api/documents', async (route) => {
      const body = route.request().postDataBuffer()?.toString('latin1') ?? '';
      if (body.includes('filename="flaky.txt"') && refusals-- > 0) {
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on the server.' } }),
        });
      } else await route.continue();
    });
    await page.setInputFiles('#files', [
      {
        name: 'scan-1402.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 7)]),
      },
      {
        name: 'damaged.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>>\nxref\n0 0\ntrailer <<>>\n'),
      },
      {
        name: 'flaky.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('صورتجلسه آزمایشی کارگروه اشتغال شهرستان نمونه', 'utf8'),
      },
    ]);
    const rows = page.locator('ul.items > li');
    const row = (name: string): Locator => rows.filter({ hasText: name });
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-phase'))), { timeout: 90_000 })
      .toEqual(['failed', 'failed', 'failed']);

    for (const name of ['scan-1402.pdf', 'damaged.pdf']) {
      const r = row(name);
      const message = (await r.locator('.error-box').textContent()) ?? '';
      expectPersianSentence(message);
      expect(await r.locator('button.retry').count()).toBe(0);
      expect(await r.locator('progress').evaluate((p) => getComputedStyle(p).accentColor)).toBe(DANGER);
      expect(await r.locator('.phase').textContent()).toContain('ناموفق');
    }
    expect(await row('scan-1402.pdf').locator('.error-box').textContent()).toContain('PDF');
    expect(await row('damaged.pdf').locator('.error-box').textContent()).toContain('آسیب');

    // The transient failure says so in Persian and offers a retry, which then succeeds.
    const flaky = row('flaky.txt');
    expectPersianSentence((await flaky.locator('.error-box').textContent()) ?? '');
    await shot(page, 'journey-upload-failures.png');
    await flaky.locator('button.retry').click();
    await expect.poll(() => flaky.getAttribute('data-phase'), { timeout: 60_000 }).toBe('done');
    expect(await flaky.locator('progress').evaluate((p) => getComputedStyle(p).accentColor)).not.toBe(DANGER);
    expect(errors.filter((e) => !/\b(415|422|503)\b/.test(e))).toEqual([]);
    await ctx.close();
  });

  it('shows an HTML original in the page without running its scripts', async () => {
    const html =
      '<!doctype html><html lang="fa" dir="rtl"><head><title>خبر آزمایشی</title></head><body>' +
      '<h1>نشست شورای اسلامی شهر نمونه</h1><p>شورای شهر نمونه تفاهم‌نامه اشتغال را تصویب کرد.</p>' +
      '<script>document.body.setAttribute("data-ran", "1"); try { parent.document.title = "x"; } catch (e) {}</script>' +
      '<img src="https://example.invalid/track.png" alt=""></body></html>';
    const form = new FormData();
    form.append('file', new Blob([html], { type: 'text/html' }), 'news-script.html');
    const res = await fetch(`${live.server.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: form,
    });
    expect(res.status).toBe(202);
    const { jobs } = (await res.json()) as { jobs: { id: string }[] };
    let documentId: string | undefined;
    await expect
      .poll(
        async () => {
          const job = (await (await fetch(`${live.server.url}/api/jobs/${jobs[0]!.id}`)).json()) as {
            status: string;
            documentId?: string;
          };
          documentId = job.documentId;
          return job.status;
        },
        { timeout: 60_000 },
      )
      .toBe('done');

    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/documents/${documentId}`);
    const title = await page.title();
    const frame = page.locator('.original iframe.html');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('.original iframe.html').locator('body');
    await expect.poll(() => body.textContent()).toContain('تفاهم‌نامه اشتغال');
    expect(await body.getAttribute('data-ran')).toBeNull();
    expect(await page.title()).toBe(title);
    await shot(page, 'journey-html-original.png');
    // The blocked script and remote image are reported by the browser; nothing else may fail.
    expect(errors.filter((e) => !/script|Content Security Policy|sandbox|track\.png/i.test(e))).toEqual([]);
    await ctx.close();
  });
});
