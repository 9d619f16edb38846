import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { announcedTotal, demoInBrowser, open, PHONE } from '../helpers/e2e.ts';
import { ROOT, startServer, tempDir, type RunningServer } from '../helpers/server.ts';

/**
 * The Persian UI in a real browser against the real server (demo archive, temporary data dir).
 * Screenshots land in test/e2e/artifacts/ (git-ignored) at desktop and phone width.
 */

const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');
const ADMIN_TOKEN = 'e2e-admin-token-1234567890';
const PERSIAN_DATE = /^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/;

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

describe('web: the Persian UI in a real browser', () => {
  const live = demoInBrowser({ ADMIN_TOKEN }, ARTIFACTS);

  it('is right-to-left Persian and shows results as you type, with Jalali dates in Persian digits', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(live.server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Vazirmatn');
    // The navigation header and the skip link.
    await expect
      .poll(() => page.locator('header nav a').allTextContents())
      .toEqual(['جست‌وجو', 'مصوبات و تعهدات', 'بارگذاری']);
    expect(await page.locator('a.skip').getAttribute('href')).toBe('#content');

    // Results as you type: no Enter, the URL follows the box and focus stays in it.
    await page.locator('input[type=search]#q').pressSequentially('بانک توسعه تعاون', { delay: 20 });
    await page.waitForURL(/[?&]q=/);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('بانک توسعه تعاون');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const first = page.locator('.hit').first();
    await first.waitFor();
    expect(await first.locator('time').textContent()).toMatch(PERSIAN_DATE);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.badge').textContent()).toMatch(/صورتجلسه|خبر|سند/);
    // How the query was read, announced politely.
    const status = page.locator('.results [role=status]').first();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/نتیجه برای «بانک توسعه تعاون»/);
    expect(await announcedTotal(page)).toBeGreaterThan(0);
    // The snippet's page link opens the document at that page with the query.
    const href = (await first.locator('h2 a').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/[0-9a-f]{16}\?q=.+&p=\d+#page-\d+$/);
    // CSV export of the same search.
    const csv = (await page.locator('a.csv').getAttribute('href')) ?? '';
    expect(csv).toMatch(/^\/api\/search\?.*format=csv/);
    expect(new URL(csv, live.server.url).searchParams.get('q')).toBe('بانک توسعه تعاون');
    const csvRes = await page.request.get(new URL(csv, live.server.url).href);
    expect(csvRes.status()).toBe(200);
    // All numbers in the chrome are Persian digits.
    const chrome = await page.locator('.side, .toolbar, .meta').allTextContents();
    expect(chrome.join(' ')).not.toMatch(/[0-9]/);
    await shot(page, 'search-desktop.png');
    // Typing made one history entry: back returns to the empty search and empties the box.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('q'));
    await expect.poll(() => page.inputValue('#q')).toBe('');
    await page.goForward();
    await expect.poll(() => page.inputValue('#q')).toBe('بانک توسعه تعاون');
    // «/» brings the keyboard back to the search box.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expect(await page.inputValue('#q')).toBe('بانک توسعه تعاون');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('narrows by a facet and a Jalali date range, keeps it all in the URL, and the back button restores', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('بانک')}`);
    const before = await announcedTotal(page);
    expect(before).toBeGreaterThan(1);

    // Facet click: URL gains the filter, the count shrinks, a removable chip appears.
    const facet = page.locator('a[data-facet=kind]').filter({ hasText: 'خبر' });
    const facetCount = await facet.locator('.count').textContent();
    await facet.click();
    await page.waitForURL(/kind=news/);
    const after = await announcedTotal(page);
    expect(after).toBeLessThan(before);
    expect(String(after)).toBe(facetCount!.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
    await expect
      .poll(() => page.locator('.hit .badge').allTextContents())
      .toEqual(Array(Math.min(after, 20)).fill('خبر'));
    expect(await page.locator('.chips a').first().textContent()).toContain('خبر');

    // Back: the unfiltered results again.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('kind'));
    expect(await announcedTotal(page)).toBe(before);
    await page.goForward();
    await page.waitForURL(/kind=news/);
    expect(await announcedTotal(page)).toBe(after);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('kind'));
    // The page has re-rendered for the restored URL before typing (a late render would reset the inputs).
    await expect.poll(() => announcedTotal(page)).toBe(before);

    // Jalali date range typed in Persian digits; every hit falls inside it.
    const from = page.locator('input[name=from]');
    const to = page.locator('input[name=to]');
    await from.fill('۱۴۰۱/۰۱/۰۱');
    await to.fill('۱۴۰۱/۱۲/۲۹');
    await expect.poll(() => from.inputValue()).toBe('۱۴۰۱/۰۱/۰۱');
    await expect.poll(() => to.inputValue()).toBe('۱۴۰۱/۱۲/۲۹');
    await page.locator('form.range button[type=submit]').click();
    await page.waitForURL(/from=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('بانک');
    expect(url.searchParams.get('to')).toBe('۱۴۰۱/۱۲/۲۹');
    const ranged = await announcedTotal(page);
    expect(ranged).toBeGreaterThan(0);
    expect(ranged).toBeLessThan(before);
    await expect
      .poll(async () => (await page.locator('.hit time').allTextContents()).every((t) => t.startsWith('۱۴۰۱/')))
      .toBe(true);

    // A year bar from the `year` facet is a filter too.
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('بانک')}`);
    const bar = page.locator('a[data-facet=year]').first();
    const year = await bar.getAttribute('data-value');
    await bar.click();
    await page.waitForURL(new RegExp(`year=${year}`));
    const yearFa = year!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    await expect
      .poll(async () => (await page.locator('.hit time').allTextContents()).every((t) => t.startsWith(yearFa)))
      .toBe(true);

    // Sort by date: newest first.
    await page.locator('nav.sort a', { hasText: 'جدیدترین' }).click();
    await page.waitForURL(/sort=date_desc/);
    await page.goto(`${live.server.url}/?sort=date_desc`);
    const dates = await page.locator('.hit time').allTextContents();
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);

    // Empty state.
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('قزلقورت')}`);
    await expect.poll(() => page.locator('.empty').count()).toBe(1);
    expect(await announcedTotal(page)).toBe(0);
    // An unreadable date is reported, not a crash.
    await page.goto(`${live.server.url}/?from=${encodeURIComponent('۱۴۰۱/۱۳/۴۰')}`);
    expect(await page.locator('.error-box').first().textContent()).toContain('خوانده نشد');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('opens a document at the page of the hit, highlights by search key, and copies a citation', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: live.server.url });
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('بانک توسعه تعاون')}`);
    const first = page.locator('.hit h2 a').first();
    const title = await first.textContent();
    await first.click();
    await page.waitForURL(/\/documents\/[0-9a-f]{16}\?q=.*#page-\d+$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    // «Back to results» returns to the same search.
    await page.locator('p.back a').click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('q') === 'بانک توسعه تعاون');
    await page.goBack();
    await page.waitForURL(/\/documents\//);
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    const pageAnchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`section#${pageAnchor}`).count()).toBe(1);
    // Highlights in the text, by search key: an Arabic-letter spelling highlights the same words.
    const marks = await page.locator('.page mark').count();
    expect(marks).toBeGreaterThan(0);
    expect(await page.locator('.hits-summary').textContent()).toMatch(/[۰-۹]+ مورد/);
    const docUrl = new URL(page.url());
    await page.goto(`${docUrl.origin}${docUrl.pathname}?q=${encodeURIComponent('بانك توسعه تعاون')}`);
    expect(await page.locator('.page mark').count()).toBe(marks);
    // Metadata with a Jalali date in Persian digits, the original for download.
    expect(await page.locator('.meta time').textContent()).toMatch(/[۰-۹]+ \S+ [۰-۹]{4}/);
    const original = await page.locator('a', { hasText: 'دریافت پروندهٔ اصلی' }).getAttribute('href');
    expect(original).toMatch(/^\/api\/documents\/[0-9a-f]{16}\/original$/);
    expect((await page.request.get(new URL(original!, live.server.url).href)).status()).toBe(200);
    // Copy citation: body, meeting, Jalali date.
    await page.locator('.doc-head button', { hasText: 'کپی ارجاع' }).click();
    await expect.poll(() => page.locator('.doc-head [role=status]').textContent()).toBe('کپی شد');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/مورخ [۰-۹]+ \S+ [۰-۹]{4}/);
    expect(copied).toContain(docUrl.pathname);
    await shot(page, 'document-desktop.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('lists commitments with filters, links each to its meeting, and exports CSV', async () => {
    const { page, ctx, errors } = await open(live.browser);
    await page.goto(`${live.server.url}/commitments`);
    expect(await page.locator('h1').textContent()).toBe('مصوبات و تعهدات');
    const rows = page.locator('table.ledger tbody tr');
    await rows.first().waitFor();
    const total = await announcedTotal(page);
    expect(total).toBeGreaterThan(0);

    const party = page.locator('a[data-facet=party]').first();
    const value = await party.getAttribute('data-value');
    await party.click();
    await page.waitForURL(/party=/);
    expect(new URL(page.url()).searchParams.getAll('party')).toEqual([value]);
    const narrowed = await announcedTotal(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(total);
    for (const cell of await rows.locator('td[data-label="متعهد"]').allTextContents()) expect(cell).toContain(value!);

    const csv = (await page.locator('a.csv').getAttribute('href')) ?? '';
    expect(csv).toMatch(/^\/api\/commitments\?.*format=csv/);
    expect((await page.request.get(new URL(csv, live.server.url).href)).status()).toBe(200);

    // Back to the document, at the clause.
    const link = rows.first().locator('td[data-label="منبع"] a');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/[0-9a-f]{16}.*#commitment-c\d+$/);
    await link.click();
    await page.waitForURL(/#commitment-c\d+$/);
    await expect.poll(() => page.locator('.clause-current').count()).toBe(1);

    // A text query on the ledger.
    await page.goto(`${live.server.url}/commitments?q=${encodeURIComponent('تسهیلات')}`);
    expect(await announcedTotal(page)).toBeGreaterThan(0);
    await shot(page, 'commitments-desktop.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('uploads files with a progress bar each and follows them to the finished document', async () => {
    const { page, ctx, errors } = await open(live.browser);
    // A small PDF with a text layer, printed by the same browser.
    const printer = await ctx.newPage();
    await printer.setContent(
      '<html lang="fa" dir="rtl"><body style="font-family:Vazirmatn,sans-serif;font-size:20px">' +
        '<p>صورتجلسه آزمایشی بارگذاری</p><p>تاریخ ۱۴۰۲/۰۳/۱۵</p>' +
        '<p style="break-before:page">صفحه دوم: مقرر شد بانک کشاورزی گزارش دهد.</p></body></html>',
    );
    const pdf = await printer.pdf({ format: 'A5' });
    await printer.close();

    await page.goto(`${live.server.url}/upload`);
    await page.fill('#admin-token', ADMIN_TOKEN);
    await page.locator('form.token button[type=submit]').click();
    await expect.poll(() => page.locator('.token-ok').count()).toBe(1);
    const txt = [
      'صورتجلسه کارگروه آزمایشی بارگذاری شهرستان نمونه',
      'تاریخ: ۱۴۰۲/۰۴/۱۰',
      'مصوبات:',
      '۱- مقرر شد بانک توسعه تعاون مبلغ ۵۰ میلیارد ریال تسهیلات پرداخت کند. مسئول اجرا: فرمانداری',
    ].join('\n');
    await page.setInputFiles('#files', [
      { name: 'آزمایش-بارگذاری.txt', mimeType: 'text/plain', buffer: Buffer.from(txt, 'utf8') },
      { name: 'upload-test.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    // A third file dropped on the drop zone.
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['خبر آزمایشی: شورای شهر نمونه جلسه برگزار کرد.'], 'dropped.txt', { type: 'text/plain' }));
      return dt;
    });
    await page.dispatchEvent('.drop', 'drop', { dataTransfer: dropped });
    const rows = page.locator('ul.items > li');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().locator('progress').count()).toBe(1);
    await shot(page, 'upload-progress-desktop.png');
    // Both reach an end state; the text file is done and links to its document.
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-phase'))), {
        timeout: 110_000,
        interval: 500,
      })
      .toEqual([expect.stringMatching(/^(done|failed)$/), expect.stringMatching(/^(done|failed)$/), 'done']);
    const txtRow = rows.filter({ hasText: 'آزمایش-بارگذاری.txt' });
    expect(await txtRow.getAttribute('data-phase')).toBe('done');
    expect(await txtRow.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
    const pdfRow = rows.filter({ hasText: 'upload-test.pdf' });
    let pdfHref: string | null = null;
    if ((await pdfRow.getAttribute('data-phase')) === 'failed') {
      // A failure must say why.
      expect(((await pdfRow.locator('.error-box').textContent()) ?? '').length).toBeGreaterThan(3);
    } else {
      pdfHref = await pdfRow.locator('a', { hasText: 'دیدن سند' }).getAttribute('href');
    }
    await shot(page, 'upload-desktop.png');
    await txtRow.locator('a', { hasText: 'دیدن سند' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f]{16}$/);
    expect(await page.locator('.page .text').first().textContent()).toContain('کارگروه آزمایشی بارگذاری');

    // The PDF opens at a page in an embedded viewer.
    if (pdfHref) {
      await page.goto(`${live.server.url}${pdfHref}?q=${encodeURIComponent('بانک کشاورزی')}`);
      const iframe = page.locator('.original iframe');
      // Opens at the first page with a hit; following a page anchor in the text turns the viewer.
      const firstHit = await page.locator('.hits-summary a').first().textContent();
      expect(await iframe.getAttribute('src')).toMatch(
        new RegExp(`/original\\?inline=1#page=${'۰۱۲۳۴۵۶۷۸۹'.indexOf(firstHit!)}$`),
      );
      await page.locator('section#page-1 .page-head a').click();
      await expect.poll(() => iframe.getAttribute('src')).toMatch(/#page=1$/);
      await shot(page, 'document-pdf-desktop.png');
    }

    // A wrong token is refused with a message and asked for again.
    const other = await open(live.browser);
    await other.page.goto(`${live.server.url}/upload`);
    await other.page.fill('#admin-token', 'not-the-token');
    await other.page.locator('form.token button[type=submit]').click();
    await other.page.setInputFiles('#files', [
      { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('متن', 'utf8') },
    ]);
    await expect.poll(() => other.page.locator('form.token [role=alert]').count(), { timeout: 15_000 }).toBe(1);
    expect(other.errors.filter((e) => !/401|403/.test(e))).toEqual([]);
    await other.ctx.close();

    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('works at phone width: facets fold into a disclosure, nothing overflows sideways', async () => {
    const { page, ctx, errors } = await open(live.browser, PHONE);
    await page.goto(`${live.server.url}/?q=${encodeURIComponent('بانک')}`);
    await page.locator('.hit').first().waitFor();
    const details = page.locator('details.facets');
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, 'search-phone.png');
    await details.locator('summary').click();
    await page.locator('a[data-facet=kind]').first().click();
    await page.waitForURL(/kind=/);
    await shot(page, 'search-phone-facets.png');

    await page.locator('.hit h2 a').first().click();
    await page.waitForURL(/\/documents\//);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, 'document-phone.png');

    await page.goto(`${live.server.url}/commitments`);
    await page.locator('table.ledger tbody tr').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, 'commitments-phone.png');
    await page.goto(`${live.server.url}/upload`);
    await shot(page, 'upload-phone.png');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('web: a read-protected archive asks for the read token', () => {
  let server: RunningServer;
  let browser: Browser;
  const READ_TOKEN = 'e2e-read-token-0987654321';

  beforeAll(async () => {
    server = await startServer({ SANAD_DEMO: '1', ADMIN_TOKEN, READ_TOKEN, DATA_DIR: tempDir() });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends readers to /login, refuses a wrong token, and sets an httpOnly cookie for the right one', async () => {
    const { page, ctx } = await open(browser);
    await page.goto(`${server.url}/?q=${encodeURIComponent('بانک')}`);
    await page.waitForURL(/\/login\?next=/);
    await page.fill('#token', 'wrong');
    await page.locator('form[action="?/login"] button').click();
    await expect.poll(() => page.locator('#login-error').textContent()).toContain('پذیرفته نشد');
    await page.fill('#token', READ_TOKEN);
    await page.locator('form[action="?/login"] button').click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('q') === 'بانک');
    await page.locator('.hit').first().waitFor();
    const cookie = (await ctx.cookies()).find((c) => c.name === 'sanad_token');
    expect(cookie?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('sanad_token');
    // Direct API links (CSV, originals) work with the same cookie.
    const csv = (await page.locator('a.csv').getAttribute('href')) ?? '';
    expect((await page.request.get(new URL(csv, server.url).href)).status()).toBe(200);
    await ctx.close();
  });
});
