import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, skippedSummary } from './collect-files.ts';

let dir: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function put(rel: string, content: string | Buffer): void {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-collect-'));
  put('000_minutes.txt', 'صورتجلسهٔ شورای برنامه‌ریزی شهرستان');
  put('001_news.md', '# خبر\n\nمتن خبر');
  put('002_page.html', '<!doctype html><html><body>خبر</body></html>');
  put('003_scan.pdf', PDF);
  put('004_photo.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]));
  put('005_scan.dat', PNG); // a scan under an odd extension: its bytes say image
  put('minutes-no-extension', 'صورتجلسه بدون پسوند');
  put('gold.jsonl', '{"id":"000","date":"1401/01/01"}\n');
  put('gold-notes.md', '# notes about the labels');
  put('README.md', '# corpus');
  put('queries.csv', 'q,expected\nبانک,000\n');
  put('tools/score.py', 'print("hi")\n');
  put('tools/config.json', '{}');
  put('.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  put('.cache/old.txt', 'cached');
  put('sub/006_minutes.txt', 'صورتجلسهٔ دوم');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('collectFiles', () => {
  it('takes documents by type and skips data files, notes and hidden files from a folder', () => {
    const { files, skipped } = collectFiles([dir]);
    const rel = (f: string): string => path.relative(dir, f);
    expect(files.map((f) => rel(f.file))).toEqual([
      '000_minutes.txt',
      '001_news.md',
      '002_page.html',
      '003_scan.pdf',
      '004_photo.JPG',
      '005_scan.dat',
      'minutes-no-extension',
      path.join('sub', '006_minutes.txt'),
    ]);
    expect(Object.fromEntries(skipped.map((s) => [rel(s.file), s.reason]))).toEqual({
      '.DS_Store': 'hidden',
      '.cache': 'hidden',
      'README.md': 'labels-or-notes',
      'gold-notes.md': 'labels-or-notes',
      'gold.jsonl': 'not-a-document',
      'queries.csv': 'not-a-document',
      [path.join('tools', 'config.json')]: 'not-a-document',
      [path.join('tools', 'score.py')]: 'not-a-document',
    });
  });

  it('ingests a notes file named explicitly, but never a data file', () => {
    const { files, skipped } = collectFiles([path.join(dir, 'gold-notes.md'), path.join(dir, 'gold.jsonl')]);
    expect(files.map((f) => path.basename(f.file))).toEqual(['gold-notes.md']);
    expect(skipped.map((s) => path.basename(s.file))).toEqual(['gold.jsonl']);
  });

  it('reports a missing path as an error, not a skip', () => {
    const { files, skipped } = collectFiles([path.join(dir, 'nope.pdf')]);
    expect(files).toEqual([{ file: path.join(dir, 'nope.pdf'), error: 'File not found.' }]);
    expect(skipped).toEqual([]);
  });

  it('summarises what was skipped on one line', () => {
    const line = skippedSummary(collectFiles([dir]).skipped);
    expect(line).not.toContain('\n');
    expect(line).toBe(
      'skipped 8 files: 4 not a document type (.jsonl, .csv, .json, .py), 2 labels, notes or project files ' +
        '(README.md, gold-notes.md), 2 hidden; --json lists them; a notes file named on the command line is ingested',
    );
    expect(skippedSummary([])).toBe('');
  });
});
