import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWarnings } from '../pipeline.ts';
import { extractDocument } from './index.ts';
import { OcrPool } from './ocr-pool.ts';
import { pageWarning } from './ocr-scan.ts';
import { measureTextHeight, upscaleFactor } from './scan-scale.ts';

const SCAN = path.resolve(import.meta.dirname, '../../../test/fixtures/small/scan-header.png');

describe('page warnings', () => {
  it('flags a page with ink and (almost) no text, and a page read with low confidence', () => {
    expect(pageWarning('', 0, 500)).toBe('page_unreadable');
    expect(pageWarning('ابپ', 0.9, 500)).toBe('page_unreadable');
    expect(pageWarning('متن '.repeat(100), 0.25, 500)).toBe('page_unreadable');
    expect(pageWarning('متن '.repeat(100), 0.4, 500)).toBe('page_low_quality');
    expect(pageWarning('متن '.repeat(100), 0.9, 500)).toBeUndefined();
    // A blank page (a few specks) is not a page that failed…
    expect(pageWarning('', 0, 5)).toBeUndefined();
    expect(pageWarning('', 0, 5, 0.001)).toBeUndefined();
    // …but text blurred into smudges (few letter-sized components, much ink) is.
    expect(pageWarning('', 0, 5, 0.12)).toBe('page_unreadable');
  });

  it('lists the pages with warnings on the record, and nothing when every page read', () => {
    expect(
      pageWarnings([
        { number: 1, text: 'x', source: 'ocr', quality: 0.9 },
        { number: 2, text: '', source: 'ocr', quality: 0, warning: 'page_unreadable' },
      ]),
    ).toEqual({ warnings: [{ code: 'page_unreadable', page: 2 }] });
    expect(pageWarnings([{ number: 1, text: 'x', source: 'ocr', quality: 0.9 }])).toEqual({});
  });
});

describe('scans at any resolution (real OCR)', () => {
  let pool: OcrPool;
  let dir: string;
  beforeAll(async () => {
    pool = new OcrPool({ workers: 1 });
    dir = await mkdtemp(path.join(os.tmpdir(), 'sanad-ocr-scan-'));
  });
  afterAll(async () => {
    await pool.terminate();
    await rm(dir, { recursive: true, force: true });
  });

  it('measures the letter size from the ink: a 60-DPI copy of a 300-DPI scan is enlarged ×4', async () => {
    const gray = async (f: string | Buffer) => {
      const { data, info } = await sharp(f).grayscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      return { gray: new Uint8Array(data), width: info.width, height: info.height };
    };
    const full = await gray(SCAN);
    const m = await sharp(SCAN).metadata();
    const small = await gray(
      await sharp(SCAN)
        .resize(Math.round(m.width! / 5))
        .png()
        .toBuffer(),
    );
    const a = await measureTextHeight(full);
    const b = await measureTextHeight(small);
    expect(a.height).toBeGreaterThan(20);
    expect(b.height * 5).toBeGreaterThan(a.height * 0.7);
    expect(b.height * 5).toBeLessThan(a.height * 1.3);
    expect(upscaleFactor(a, full)).toBe(1);
    expect(upscaleFactor(b, small)).toBeGreaterThan(3);
  });

  it('reads a 60-DPI JPEG of a page (enlarged before preprocessing) without a warning', async () => {
    const m = await sharp(SCAN).metadata();
    const file = path.join(dir, 'low.jpg');
    await sharp(SCAN)
      .resize(Math.round(m.width! / 5))
      .jpeg({ quality: 60 })
      .toFile(file);
    const r = await extractDocument({ path: file, mime: 'image/jpeg' }, { ocr: pool });
    expect(r.pages[0]!.text).toContain('صورتجلسه');
    expect(r.pages[0]!.text).toContain('کرمان');
    expect(r.pages[0]!.warning).toBeUndefined();
  }, 120_000);

  it('reads with the fast network on request (the second reader of small renders)', async () => {
    const m = await sharp(SCAN).metadata();
    const small = await sharp(SCAN)
      .resize(Math.round(m.width! / 3))
      .png()
      .toBuffer();
    const r = await pool.recognize(small, { mode: 'block', model: 'fast' });
    expect(r.text).toContain('کرمان');
    expect(r.confidence).toBeGreaterThan(50);
  }, 120_000);

  it('says so when a page with ink cannot be read (heavy blur), instead of a silent page', async () => {
    const file = path.join(dir, 'blur.png');
    await sharp(SCAN).blur(12).toFile(file);
    const r = await extractDocument({ path: file, mime: 'image/png' }, { ocr: pool });
    expect(r.pages[0]!.warning).toBe('page_unreadable');
    expect(r.pages[0]!.quality).toBeLessThan(0.3);
  }, 120_000);
});
