/**
 * Scans whose pages have ink that OCR cannot read (real OCR, real archive): never a silent
 * empty document. A page that reads as nothing carries `page_unreadable` on the stored record
 * while the document keeps its other pages; a file whose every page is like that fails its
 * ingest with `unreadable_scan` (not the blank-file `no_text`) and its original stays kept.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalArchive, type Archive } from '@sanad/ingest/archive.ts';
import { ingestFile } from '@sanad/ingest/pipeline.ts';
import { tempDir } from '../helpers/server.ts';

const SCAN = path.resolve(import.meta.dirname, '../fixtures/small/scan-header.png');

describe('unreadable scans', () => {
  let archive: Archive;
  const dir = tempDir();
  let readable: Buffer;
  let blurred: Buffer;

  beforeAll(async () => {
    archive = await openLocalArchive(path.join(dir, 'data'));
    readable = await sharp(SCAN).png().toBuffer();
    // The same page blurred past reading: its ink is still there, its letters are not.
    blurred = await sharp(SCAN).blur(24).png().toBuffer();
  });
  afterAll(async () => {
    await archive.close();
  });

  it('stores a two-page scan whose second page cannot be read, with its first page and the second flagged', async () => {
    const file = path.join(dir, 'two-pages.tiff');
    await sharp([readable, blurred], { join: { animated: true } })
      .tiff()
      .toFile(file);
    const r = await ingestFile(file, archive);
    expect(r.status).toBe('ingested');
    // Page 2 reads as nothing or as guesswork («سس سم سس …» at quality 0.46): flagged either way.
    expect(r.record.warnings).toHaveLength(1);
    expect(r.record.warnings![0]).toMatchObject({
      page: 2,
      code: expect.stringMatching(/^page_(unreadable|low_quality)$/),
    });
    const pages = archive.store.getDocument(r.id)!.pages;
    expect(pages[0]!.text).toContain('کرمان');
    expect(pages[0]!.warning).toBeUndefined();
    expect(pages[1]!.quality).toBeLessThan(0.5);
  }, 180_000);

  it('fails a scan whose every page is unreadable with unreadable_scan, and keeps the original', async () => {
    const file = path.join(dir, 'blurred.png');
    fs.writeFileSync(file, blurred);
    await expect(ingestFile(file, archive)).rejects.toMatchObject({ code: 'unreadable_scan' });
    const sha = createHash('sha256').update(blurred).digest('hex');
    expect(archive.store.hasFile(sha)).toBe(true);
  }, 180_000);
});
