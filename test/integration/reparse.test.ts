import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalArchive, type Archive } from '@sanad/ingest/archive.ts';
import { PARSER_VERSION } from '@sanad/ingest/parse';
import { ingestFile } from '@sanad/ingest/pipeline.ts';
import { countOutdated, reextractDocuments, reparseArchive } from '@sanad/ingest/reparse.ts';
import type { DocumentRecord } from '@sanad/ingest/schema.ts';
import { runCli, startServer, tempDir } from '../helpers/server.ts';

const MINUTES = [
  'صورتجلسه شورای اسلامی روستای قلعه بالا',
  'تاریخ جلسه: ۱۴۰۲/۰۳/۱۸',
  'مصوبات:',
  '۱- مقرر گردید، دهیاری نسبت به لایروبی قنات روستا تا پایان خرداد ماه اقدام نماید.',
  '۲- مقرر گردید: اداره برق شهرستان چراغ روشنایی ورودی روستا را ظرف یک ماه نصب کند.',
].join('\n');
const NEWS =
  'به گزارش خبرگزاری ایرنا، رحیمی بخشدار کوهسار گفت: ۸۵ میلیارد ریال برای آسفالت راههای روستایی بخش کوهسار شهرستان گرمی اختصاص یافت.';

const openAt = openLocalArchive;

/** What an older parser left behind: fields missing, another version. */
function outdated(r: DocumentRecord): DocumentRecord {
  return {
    ...r,
    parserVersion: '2026.11.0',
    kind: 'other',
    organisations: [],
    resolutions: [],
    commitments: [],
    speakers: [],
    title: '5:07 ق. ظ 1 اردیبهشت 1403',
  };
}

describe('reparse and reextract on a real on-disk archive', () => {
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  let archive: Archive;
  let fresh: DocumentRecord[] = [];

  beforeAll(async () => {
    archive = await openAt(dataDir);
    for (const [name, text] of [
      ['minutes.txt', MINUTES],
      ['news.txt', NEWS],
    ] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      fresh.push((await ingestFile(file, archive)).record);
    }
    fresh = fresh.map((r) => archive.store.getDocument(r.id)!);
  });
  afterAll(async () => {
    await archive.close();
  });

  it('re-derives outdated records from their stored pages, keeps ids, text and originals, re-indexes', async () => {
    for (const r of fresh) archive.store.putDocument(outdated(r));
    await archive.engine.index(fresh.map(outdated));
    expect(countOutdated(archive.store)).toBe(2);
    expect((await archive.engine.search({ q: 'لایروبی قنات', filters: { kind: ['minutes'] } })).hits).toHaveLength(0);

    // Search keeps answering while the records are rewritten in batches.
    const answers: number[] = [];
    const searching = (async () => {
      for (let i = 0; i < 10; i++) answers.push((await archive.engine.search({ q: 'روستا' })).total);
    })();
    const r = await reparseArchive(archive, { batchSize: 1 });
    await searching;
    expect(r).toEqual({ total: 2, reparsed: 2 });
    expect(answers.every((n) => n === 2)).toBe(true);

    expect(countOutdated(archive.store)).toBe(0);
    for (const before of fresh) {
      const after = archive.store.getDocument(before.id)!;
      expect(after.parserVersion).toBe(PARSER_VERSION);
      expect(after).toEqual(before);
    }
    const minutes = archive.store.getDocument(fresh[0]!.id)!;
    expect(minutes.kind).toBe('minutes');
    expect(minutes.resolutions.map((x) => x.responsible)).toEqual([['دهیاری'], ['اداره برق شهرستان']]);
    expect(minutes.resolutions.map((x) => x.deadline)).toEqual(['تا پایان خرداد ماه', 'ظرف یک ماه']);
    const hits = (await archive.engine.search({ q: 'لایروبی قنات', filters: { kind: ['minutes'] } })).hits;
    expect(hits.map((h) => h.id)).toEqual([minutes.id]);
    // Nothing outdated: a second run writes nothing.
    expect(await reparseArchive(archive)).toEqual({ total: 2, reparsed: 0 });
  });

  it('reextract goes back to the kept original and keeps id, file name and ingest time', async () => {
    const before = archive.store.getDocument(fresh[1]!.id)!;
    archive.store.putDocument({ ...before, text: 'متن خراب', pages: [{ ...before.pages[0]!, text: 'متن خراب' }] });
    const lines: string[] = [];
    const r = await reextractDocuments(archive, [before.id, 'ffffffffffffffff'], (id, err) =>
      lines.push(`${id}:${err ?? 'ok'}`),
    );
    expect(r).toEqual({ reextracted: 1, failed: 1 });
    expect(lines[0]).toBe(`${before.id}:ok`);
    expect(lines[1]).toMatch(/^ffffffffffffffff:No document/);
    const after = archive.store.getDocument(before.id)!;
    expect(after.text).toBe(before.text);
    expect(after).toEqual(before);
  });

  it('the server reports outdated records at start; `npm run reparse` updates them while it answers', async () => {
    const r = fresh[0]!;
    archive.store.putDocument(outdated(r));
    await archive.engine.index([outdated(r)]);
    const server = await startServer({ DATA_DIR: dataDir, SEARCH_ENGINE: 'sqlite' });
    try {
      const warn = server.logs
        .join('')
        .split('\n')
        .find((l) => l.includes('older parser'));
      expect(warn).toBeDefined();
      expect(JSON.parse(warn!)).toMatchObject({ documents: 1, parserVersion: PARSER_VERSION });
      const search = async () => {
        const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('لایروبی قنات')}&kind=minutes`);
        expect(res.status).toBe(200);
        return ((await res.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
      };
      expect(await search()).toEqual([]);
      const cli = await runCli(['reparse'], { DATA_DIR: dataDir, SEARCH_ENGINE: 'sqlite' });
      expect(cli.code).toBe(0);
      expect(cli.stdout).toContain(`reparsed 1 of 2 documents with parser ${PARSER_VERSION}`);
      // The running server sees the other process's writes.
      expect(await search()).toEqual([r.id]);
      const doc = (await (await fetch(`${server.url}/api/documents/${r.id}`)).json()) as DocumentRecord;
      expect(doc.parserVersion).toBe(PARSER_VERSION);
      expect(doc.title).not.toContain('5:07');
    } finally {
      await server.stop();
    }
  }, 180_000);
});
