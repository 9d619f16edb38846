/**
 * Ruled tables whose cells wrap, rendered by Chromium: the PDF text layer and the 300-DPI scan of
 * the same page must both read a row cell by cell (right to left), not line by line across the
 * row (which interleaves the cells).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, OcrPool } from '../../ingest/src/extract/index.ts';
import { findResolutions } from '../../ingest/src/parse/index.ts';
import { toDisplay } from '../../ingest/src/text/index.ts';
import { cer } from '../bench/ocr.bench.ts';
import { htmlToPdf, pdfToPngs, sourceBlocks, sourceHtml, sourceLines } from '../fixtures/make-fixtures.ts';

const DECISION =
  'مقرر گردید برای تکمیل شبکه آبرسانی روستاهای بخش مرکزی اعتبار لازم از محل منابع استانی تامین شود و ' +
  'شرکت آب و فاضلاب روستایی گزارش پیشرفت کار را هر ماه به دبیرخانه ارائه کند تا در جلسه بعدی بررسی شود';
const SOURCE = [
  'در پایان جلسه موارد زیر تصویب شد:',
  '| ردیف | مصوبه | مسئول اجرا | مهلت |',
  '| --- | --- | --- | --- |',
  `| ۱ | ${DECISION} | دبیرخانه شورای برنامه ریزی و توسعه استان | سه ماه |`,
  '| ۲ | برگزاری دوره آموزشی برای دهیاران | اداره کل آموزش فنی و حرفه ای | پایان سال |',
  'جلسه با ذکر صلوات پایان یافت.',
].join('\n');

let tmp: string;
let pool: OcrPool;
let pdf: string;
const expected = sourceLines(SOURCE);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sanad-tables-'));
  pool = new OcrPool({ workers: 1 });
  const html = path.join(tmp, 'table.html');
  pdf = path.join(tmp, 'table.pdf');
  await writeFile(html, sourceHtml('vazirmatn', sourceBlocks(SOURCE)));
  await htmlToPdf(html, pdf);
});
afterAll(async () => {
  await pool.terminate();
  await rm(tmp, { recursive: true, force: true });
});

/** The row line holding `first`, with `after` read after all of `before`. */
function rowOrder(text: string, before: string, after: string): boolean {
  const line = text.split('\n').find((l) => l.includes(after)) ?? '';
  return line.includes(before) && line.indexOf(after) > line.indexOf(before);
}

describe('ruled tables with wrapping cells', () => {
  it('reads the PDF text layer cell by cell', async () => {
    const res = await extractDocument({ path: pdf, mime: 'application/pdf' }, { ocr: pool });
    expect(res.pages[0]!.source).toBe('text-layer');
    const text = res.pages.map((p) => p.text).join('\n');
    // One line per row, cells joined by tabs, right to left.
    expect(text.split('\n')).toContain(`۱\t${DECISION}\tدبیرخانه شورای برنامه ریزی و توسعه استان\tسه ماه`);
    expect(cer(expected.join('\n'), text)).toBe(0);
    // The tab-separated rows are what the structure parser reads a resolution table from.
    const resolutions = findResolutions(toDisplay(text), 'minutes');
    expect(resolutions.map((r) => [r.responsible, r.deadline])).toEqual([
      [['دبیرخانه شورای برنامه ریزی و توسعه استان'], 'سه ماه'],
      [['اداره کل آموزش فنی و حرفه ای'], 'پایان سال'],
    ]);
  });

  it('reads the 300-DPI scan cell by cell', async () => {
    const [png] = await pdfToPngs(pdf, path.join(tmp, 'page'));
    const res = await extractDocument({ path: png!, mime: 'image/png' }, { ocr: pool });
    const text = res.pages[0]!.text;
    // The long decision's last words come before the responsible body on the row's line.
    expect(rowOrder(text, 'جلسه بعدی', 'دبیرخانه شورای')).toBe(true);
    expect(rowOrder(text, 'دهیاران', 'اداره کل آموزش')).toBe(true);
    expect(cer(expected.join('\n'), text)).toBeLessThan(0.02);
    expect(findResolutions(toDisplay(text), 'minutes').map((r) => [r.responsible, r.deadline])).toEqual([
      [['دبیرخانه شورای برنامه ریزی و توسعه استان'], 'سه ماه'],
      [['اداره کل آموزش فنی و حرفه ای'], 'پایان سال'],
    ]);
  }, 120_000);
});
