import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveStore } from '@sanad/ingest/store/store.ts';
import type { DocumentRecord } from '@sanad/ingest/schema.ts';
import { blankRecord } from '../helpers/records.ts';
import { tempDir } from '../helpers/server.ts';

function record(id: string, sha256: string, date: string | null): DocumentRecord {
  return blankRecord(id, ['متن'], {
    kind: 'minutes',
    title: 'صورتجلسه',
    date,
    source: { filename: 'a.txt', mime: 'text/plain', sha256, bytes: 6 },
  });
}

describe('ArchiveStore on a real SQLite file', () => {
  const stores: ArchiveStore[] = [];
  const open = (dir: string): ArchiveStore => {
    const s = new ArchiveStore(dir);
    stores.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
  });

  it('keeps originals content-addressed and writes the same bytes once', async () => {
    const dir = tempDir();
    const store = open(dir);
    const src = path.join(dir, 'in.txt');
    fs.writeFileSync(src, 'سلام دنیا');
    const a = await store.putFile(src);
    const b = await store.putFile(src);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toEqual(a);
    expect(a.path).toBe(path.join(dir, 'files', a.sha256.slice(0, 2), a.sha256));
    expect(fs.readFileSync(a.path, 'utf8')).toBe('سلام دنیا');
    expect(fs.readdirSync(store.uploadsDir)).toEqual([]);
    expect(() => store.filePath('../../etc/passwd')).toThrow();
  });

  it('stores, finds, iterates and deletes records; survives reopening (migrations are idempotent)', () => {
    const dir = tempDir();
    let store = open(dir);
    for (let i = 0; i < 5; i++) store.putDocument(record(`d${i}`, String(i).repeat(64), null));
    expect(store.countDocuments()).toBe(5);
    expect(store.findBySha256('3'.repeat(64))).toBe('d3');
    store.close();
    store = open(dir);
    expect([...store.iterateDocuments(2)].map((b) => b.length)).toEqual([2, 2, 1]);
    expect(store.deleteDocument('d1')?.id).toBe('d1');
    expect(store.getDocument('d1')).toBeNull();
    expect(store.countDocuments()).toBe(4);
  });

  it('runs a durable job queue: claim in order, requeue after a crash, finish and fail', () => {
    const dir = tempDir();
    let store = open(dir);
    const j1 = store.createJob({ filename: 'a.pdf', sha256: 'a'.repeat(64), bytes: 1, mime: null });
    const j2 = store.createJob({ filename: 'b.pdf', sha256: 'b'.repeat(64), bytes: 1, mime: null });
    expect(store.claimNextJob()?.id).toBe(j1.id);
    store.close(); // "crash" while j1 runs
    store = open(dir);
    expect(store.requeueInterrupted()).toBe(1);
    const again = store.claimNextJob();
    expect(again?.id).toBe(j1.id);
    expect(again?.attempts).toBe(2);
    store.finishJob(j1.id, 'doc1');
    expect(store.claimNextJob()?.id).toBe(j2.id);
    store.failJob(j2.id, 'corrupt_pdf', 'The PDF is damaged.');
    expect(store.getJob(j2.id)).toMatchObject({ status: 'failed', errorCode: 'corrupt_pdf' });
    expect(store.claimNextJob()).toBeNull();
  });

  it('stores API tokens hashed only', () => {
    const dir = tempDir();
    const store = open(dir);
    const { token } = store.createToken('scanner', 'write');
    expect(store.tokenScope(token)).toBe('write');
    expect(store.tokenScope(`${token}x`)).toBeNull();
    const raw = ['sanad.db', 'sanad.db-wal']
      .map((f) => path.join(dir, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f));
    const hash = Buffer.from(ArchiveStore.hashToken(token));
    expect(raw.some((b) => b.includes(hash))).toBe(true); // the hash is there…
    expect(raw.some((b) => b.includes(Buffer.from(token)))).toBe(false); // …the token is not
  });
});
