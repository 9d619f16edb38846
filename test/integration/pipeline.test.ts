import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, openLocalArchive, type Archive } from '@sanad/ingest/archive.ts';
import { ingestFile } from '@sanad/ingest/pipeline.ts';
import { IngestError } from '@sanad/ingest/errors.ts';
import { tempDir } from '../helpers/server.ts';

describe('pipeline on a real archive', () => {
  let archive: Archive;
  const dir = tempDir();

  beforeAll(async () => {
    archive = await openLocalArchive(path.join(dir, 'data'));
  });
  afterAll(async () => {
    await archive.close();
  });

  it('reads a long Persian text whose 64 KiB head is cut inside a character', async () => {
    const file = path.join(dir, 'long.txt');
    // 'x' shifts every two-byte letter so the cut at 65 536 bytes falls inside one.
    fs.writeFileSync(file, `x${'صورتجلسه کارگروه اشتغال '.repeat(4000)}`);
    const r = await ingestFile(file, archive);
    expect(r.status).toBe('ingested');
    expect(r.record.source.mime).toMatch(/^text\//);
  });

  it('fails an empty file with a clear reason and keeps the original', async () => {
    const file = path.join(dir, 'empty.txt');
    fs.writeFileSync(file, '');
    await expect(ingestFile(file, archive)).rejects.toMatchObject({ code: 'empty_file' });
    expect(archive.store.hasFile('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
  });

  it('fails an executable renamed .pdf as unsupported', async () => {
    const file = path.join(dir, 'tool.pdf');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200, 7)]));
    const err = await ingestFile(file, archive).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe('unsupported_type');
  });

  it('ingests a second copy as a duplicate with the same id and re-indexes it', async () => {
    const file = path.join(dir, 'dup.txt');
    fs.writeFileSync(file, 'صورتجلسه شورای اسلامی شهر زنجان مورخ ۱۴۰۲/۰۳/۱۵ دربارهٔ آب‌رسانی');
    const a = await ingestFile(file, archive);
    await archive.engine.remove([a.id]); // an ingest interrupted after the record was stored
    const b = await ingestFile(file, archive, { filename: 'other-name.txt' });
    expect(b).toMatchObject({ id: a.id, status: 'duplicate' });
    const res = await archive.engine.search({ q: 'آبرسانی زنجان' });
    expect(res.hits.map((h) => h.id)).toContain(a.id);
  });
});

describe('ensureIndexed', () => {
  it('rebuilds an empty index over a non-empty archive, and leaves a full one alone', async () => {
    const { ensureIndexed } = await import('@sanad/ingest/archive.ts');
    const dir = tempDir();
    const cfg = {
      dataDir: dir,
      engine: 'sqlite' as const,
      meiliUrl: undefined,
      meiliKey: undefined,
      meiliIndexPrefix: 'sanad',
      ocrWorkers: 1,
    };
    let archive = await openArchive(cfg);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'خبر: نشست کارگروه اشتغال شهرستان بوشهر برگزار شد');
    await ingestFile(file, archive);
    expect(await ensureIndexed(archive)).toBe(0);
    await archive.close();
    fs.rmSync(path.join(dir, 'search.db'), { force: true });
    fs.rmSync(path.join(dir, 'search.db-wal'), { force: true });
    fs.rmSync(path.join(dir, 'search.db-shm'), { force: true });
    archive = await openArchive(cfg);
    expect(await archive.engine.count()).toBe(0);
    expect(await ensureIndexed(archive)).toBe(1);
    expect((await archive.engine.search({ q: 'بوشهر' })).total).toBe(1);
    await archive.close();
  });
});
