import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupArchive, restoreArchive } from '@sanad/ingest/store/backup.ts';

/**
 * Round-trips an archive store through backupArchive/restoreArchive in temp
 * dirs. The store is built here with its own small schema on purpose: the
 * backup copies the whole database and must not depend on the real schema.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-backup-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

interface Store {
  dir: string;
  originals: Map<string, Buffer>;
  /** Left open like the running server's connection. */
  writer: Database.Database;
}

function makeStore(name: string, docs = 25): Store {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  const writer = new Database(path.join(dir, 'sanad.db'));
  writer.pragma('journal_mode = WAL');
  // Keep committed pages in the -wal file: the snapshot must include them.
  writer.pragma('wal_autocheckpoint = 0');
  writer.pragma('user_version = 7');
  writer.exec(`CREATE TABLE documents (id TEXT PRIMARY KEY, record TEXT NOT NULL);
               CREATE TABLE tokens (id TEXT PRIMARY KEY, hash BLOB NOT NULL);
               CREATE INDEX documents_record ON documents(record);`);
  const originals = new Map<string, Buffer>();
  const insert = writer.prepare('INSERT INTO documents (id, record) VALUES (?, ?)');
  writer.transaction(() => {
    for (let i = 0; i < docs; i++) {
      // Sizes around and across the 512-byte tar block, plus one larger than a read chunk.
      const size = i === 0 ? 0 : i === 1 ? 512 : i === 2 ? (1 << 20) + 3 : 100 + i * 37;
      const bytes = Buffer.alloc(size);
      for (let j = 0; j < size; j++) bytes[j] = (i * 31 + j * 7) & 0xff;
      bytes.write(`doc ${i}`, 0);
      const h = sha(bytes);
      const file = path.join(dir, 'files', h.slice(0, 2), h);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      originals.set(h, bytes);
      insert.run(h.slice(0, 16), JSON.stringify({ title: `صورتجلسه شماره ${i} کارگروه اشتغال`, sha256: h }));
    }
  })();
  writer.prepare('INSERT INTO tokens VALUES (?, ?)').run('t1', Buffer.from([0, 1, 2, 255]));
  fs.writeFileSync(path.join(dir, 'search.db'), 'derived index, not backed up');
  fs.writeFileSync(path.join(dir, 'uploads', '.put-123'), 'half an upload');
  return { dir, originals, writer };
}

function dumpDb(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const out: Record<string, unknown[]> = {};
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name`)
      .pluck()
      .all() as string[];
    for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all();
    out['$schema'] = db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY name`).all();
    out['$user_version'] = [db.pragma('user_version', { simple: true })];
    return out;
  } finally {
    db.close();
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(dir, p)).isFile())
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}

/**
 * A ustar header written byte by byte (as Sanad's own tar writer did before
 * tar-stream), so the tests do not trust the library they check.
 */
function ustarHeader(name: string, size: number, flag = '0'): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\u0000', 100, 'latin1');
  h.write('0000000\u0000', 108, 'latin1');
  h.write('0000000\u0000', 116, 'latin1');
  h.write(size.toString(8).padStart(11, '0') + '\u0000', 124, 'latin1');
  h.write(
    Math.floor(Date.now() / 1000)
      .toString(8)
      .padStart(11, '0') + '\u0000',
    136,
    'latin1',
  );
  h.fill(0x20, 148, 156);
  h[156] = flag.charCodeAt(0);
  h.write('ustar\u000000', 257, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
  return h;
}

/** Builds a gzip tar by hand, for archives backupArchive would never write. */
function craftTar(entries: { name: string; data?: Buffer; flag?: string }[], end = true): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = e.data ?? Buffer.alloc(0);
    parts.push(ustarHeader(e.name, data.length, e.flag), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (end) parts.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(parts));
}

const marker = Buffer.from(JSON.stringify({ format: 'sanad-backup', version: 1, createdAt: new Date().toISOString() }));

async function expectCode(p: Promise<unknown>, code: string): Promise<BackupError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  expect((err as BackupError).code).toBe(code);
  return err as BackupError;
}

describe('backup and restore', () => {
  let store: Store;
  let backupFile: string;
  let expectedDump: Record<string, unknown[]>;

  beforeAll(async () => {
    store = makeStore('source');
    // A write transaction still open while the backup runs (the server is busy):
    // the snapshot must succeed and must not contain the uncommitted row.
    store.writer.exec('BEGIN IMMEDIATE');
    store.writer.prepare('INSERT INTO documents VALUES (?, ?)').run('uncommitted', '{}');
    backupFile = path.join(tmp, 'out', 'archive.tar.gz');
    const committedView = new Database(path.join(store.dir, 'sanad.db'), { readonly: true });
    expect(committedView.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(25);
    committedView.close();
    const result = await backupArchive(store.dir, backupFile);
    store.writer.exec('ROLLBACK');
    expect(result).toMatchObject({ documents: 25, files: 25, corrupt: [], vanished: [] });
    expect(result.bytes).toBe(fs.statSync(backupFile).size);
    expectedDump = dumpDb(path.join(store.dir, 'sanad.db'));
  });

  afterAll(() => store.writer.close());

  it('the committed WAL content was not yet checkpointed (so the test means something)', () => {
    expect(fs.statSync(path.join(store.dir, 'sanad.db-wal')).size).toBeGreaterThan(0);
  });

  it('writes a standard tar.gz with the marker first and the manifest last', () => {
    expect(fs.existsSync(`${backupFile}.partial`)).toBe(false);
    expect(fs.readdirSync(path.dirname(backupFile))).toEqual(['archive.tar.gz']);
    const listing = execFileSync('tar', ['-tzf', backupFile], { encoding: 'utf8' }).trim().split('\n');
    expect(listing[0]).toBe('sanad-backup.json');
    expect(listing[1]).toBe('sanad.db');
    expect(listing.at(-1)).toBe('manifest.json');
    expect(listing.filter((n) => n.startsWith('files/'))).toEqual(
      [...store.originals.keys()].map((h) => `files/${h.slice(0, 2)}/${h}`).sort(),
    );
    expect(listing).not.toContain('search.db');
    expect(listing.some((n) => n.startsWith('uploads'))).toBe(false);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', backupFile, 'manifest.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({
      format: 'sanad-backup',
      version: 1,
      schemaVersion: 7,
      counts: { documents: 25, files: 25 },
      tables: { documents: 25, tokens: 1 },
    });
    for (const f of manifest.files) expect(f.sha256).toBe(f.path.split('/').at(-1));
  });

  it('restores identical rows and files into an empty directory', async () => {
    const target = path.join(tmp, 'restored');
    const r = await restoreArchive(backupFile, target);
    expect(r.documents).toBe(25);
    expect(r.files).toBe(25);
    expect(dumpDb(path.join(target, 'sanad.db'))).toEqual(expectedDump);
    const restored = listFiles(path.join(target, 'files'));
    expect(restored).toEqual(listFiles(path.join(store.dir, 'files')));
    for (const [h, bytes] of store.originals) {
      expect(fs.readFileSync(path.join(target, 'files', h.slice(0, 2), h)).equals(bytes)).toBe(true);
    }
    // The search index is derived: the caller reindexes after a restore.
    expect(fs.existsSync(path.join(target, 'search.db'))).toBe(false);
    expect(fs.readdirSync(path.join(target, 'uploads'))).toEqual([]);
    expect(fs.readdirSync(target).filter((n) => n.startsWith('.restore'))).toEqual([]);
    const db = new Database(path.join(target, 'sanad.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a non-empty target, then replaces it with force', async () => {
    const target = path.join(tmp, 'occupied');
    const other = makeStore('occupied', 3);
    other.writer.close();
    const before = dumpDb(path.join(target, 'sanad.db'));
    await expectCode(restoreArchive(backupFile, target), 'TARGET_NOT_EMPTY');
    expect(dumpDb(path.join(target, 'sanad.db'))).toEqual(before);

    const r = await restoreArchive(backupFile, target, { force: true });
    expect(r.documents).toBe(25);
    // Checked before anything else opens the database (a reader may create a -wal).
    expect(fs.existsSync(path.join(target, 'sanad.db-wal'))).toBe(false);
    expect(fs.existsSync(path.join(target, 'search.db'))).toBe(false);
    expect(dumpDb(path.join(target, 'sanad.db'))).toEqual(expectedDump);
    expect(listFiles(path.join(target, 'files'))).toEqual(listFiles(path.join(store.dir, 'files')));
  });

  it('treats a volume root with only lost+found as empty', async () => {
    const target = path.join(tmp, 'volume');
    fs.mkdirSync(path.join(target, 'lost+found'), { recursive: true });
    await expect(restoreArchive(backupFile, target)).resolves.toMatchObject({ documents: 25 });
  });

  it('detects a checksum mismatch and leaves the target untouched', async () => {
    const raw = zlib.gunzipSync(fs.readFileSync(backupFile));
    // Flip one byte inside the data of the 1 MiB original (tar headers stay valid).
    const big = [...store.originals.entries()].find(([, b]) => b.length > 1 << 20)!;
    const at = raw.indexOf(big[1].subarray(0, 64)); // starts with its unique 'doc N' label
    expect(raw.indexOf(big[1].subarray(0, 64), at + 1)).toBe(-1);
    expect(at).toBeGreaterThan(0);
    raw[at + 10] = raw[at + 10]! ^ 0xff;
    const tampered = path.join(tmp, 'tampered.tar.gz');
    fs.writeFileSync(tampered, zlib.gzipSync(raw));

    const target = path.join(tmp, 'tampered-target');
    const err = await expectCode(restoreArchive(tampered, target), 'CHECKSUM_MISMATCH');
    expect(err.message).toContain(big[0]);
    expect(fs.readdirSync(target)).toEqual([]);

    // With force over an existing archive, a bad backup must not destroy the old data.
    const keep = makeStore('keep', 2);
    keep.writer.close();
    const before = dumpDb(path.join(keep.dir, 'sanad.db'));
    await expectCode(restoreArchive(tampered, keep.dir, { force: true }), 'CHECKSUM_MISMATCH');
    expect(dumpDb(path.join(keep.dir, 'sanad.db'))).toEqual(before);
    expect(listFiles(path.join(keep.dir, 'files'))).toEqual(
      [...keep.originals.keys()].map((h) => `${h.slice(0, 2)}/${h}`).sort(),
    );
    expect(fs.existsSync(path.join(keep.dir, 'search.db'))).toBe(true);
  });

  it('detects a truncated backup', async () => {
    const bytes = fs.readFileSync(backupFile);
    const cut = path.join(tmp, 'cut.tar.gz');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const err = await restoreArchive(cut, path.join(tmp, 'cut-target')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(['CORRUPT', 'TRUNCATED', 'NO_MANIFEST']).toContain((err as BackupError).code);
    expect(fs.readdirSync(path.join(tmp, 'cut-target'))).toEqual([]);
  });

  it.each([
    ['a parent-directory escape', [{ name: 'files/../../escaped.txt', data: Buffer.from('pwned') }], 'UNSAFE_PATH'],
    ['a leading ..', [{ name: '../escaped.txt', data: Buffer.from('pwned') }], 'UNSAFE_PATH'],
    ['an absolute path', [{ name: '/tmp/escaped.txt', data: Buffer.from('pwned') }], 'UNSAFE_PATH'],
    ['a file outside the layout', [{ name: 'search.db', data: Buffer.from('x') }], 'UNSAFE_PATH'],
    ['a symlink', [{ name: 'files/ab/link', flag: '2' }], 'BAD_ENTRY'],
    ['a hard link', [{ name: 'files/ab/link', flag: '1' }], 'BAD_ENTRY'],
    ['a device', [{ name: 'files/ab/dev', flag: '3' }], 'BAD_ENTRY'],
    ['a directory outside files/', [{ name: 'etc/', flag: '5' }], 'UNSAFE_PATH'],
    [
      'a duplicate entry',
      [
        { name: 'files/ab/x', data: Buffer.from('one') },
        { name: 'files/ab/x', data: Buffer.from('two') },
      ],
      'BAD_ENTRY',
    ],
    ['a second marker', [{ name: 'sanad-backup.json', data: marker }], 'BAD_ENTRY'],
  ])('rejects %s', async (_label, entries, code) => {
    const root = fs.mkdtempSync(path.join(tmp, 'crafted-'));
    const file = path.join(root, 'crafted.tar.gz');
    fs.writeFileSync(file, craftTar([{ name: 'sanad-backup.json', data: marker }, ...entries]));
    const target = path.join(root, 'a', 'b', 'target');
    await expectCode(restoreArchive(file, target), code);
    // Nothing was written anywhere: not in the target, not above it.
    expect(listFiles(root)).toEqual(['crafted.tar.gz']);
    expect(fs.existsSync('/tmp/escaped.txt')).toBe(false);
  });

  it('rejects a damaged tar header', async () => {
    const raw = zlib.gunzipSync(craftTar([{ name: 'sanad-backup.json', data: marker }, { name: 'sanad.db' }]));
    raw[1027] = raw[1027]! ^ 0x01; // a byte of the second header's name: its checksum no longer matches
    const file = path.join(tmp, 'bad-header.tar.gz');
    fs.writeFileSync(file, zlib.gzipSync(raw));
    await expectCode(restoreArchive(file, path.join(tmp, 'bad-header-target')), 'BAD_HEADER');
  });

  it('rejects a tar that ends inside an entry', async () => {
    const raw = zlib.gunzipSync(
      craftTar([
        { name: 'sanad-backup.json', data: marker },
        { name: 'sanad.db', data: Buffer.alloc(5000, 1) },
      ]),
    );
    const file = path.join(tmp, 'short.tar.gz');
    fs.writeFileSync(file, zlib.gzipSync(raw.subarray(0, 1024 + 512 + 2000)));
    await expectCode(restoreArchive(file, path.join(tmp, 'short-target')), 'TRUNCATED');
  });

  it('restores a backup whose tar headers were written byte by byte (the format before tar-stream)', async () => {
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', backupFile, '-C', unpacked]);
    const names = execFileSync('tar', ['-tzf', backupFile], { encoding: 'utf8' }).trim().split('\n');
    const file = path.join(tmp, 'handmade.tar.gz');
    fs.writeFileSync(file, craftTar(names.map((name) => ({ name, data: fs.readFileSync(path.join(unpacked, name)) }))));
    const target = path.join(tmp, 'handmade-target');
    await expect(restoreArchive(file, target)).resolves.toMatchObject({ documents: 25, files: 25 });
    expect(dumpDb(path.join(target, 'sanad.db'))).toEqual(expectedDump);
  });

  it('rejects entries the manifest does not list', async () => {
    const raw = zlib.gunzipSync(fs.readFileSync(backupFile));
    const manifestAt = raw.lastIndexOf(Buffer.from('manifest.json\u0000'));
    const extra = craftTar([{ name: 'files/zz/extra', data: Buffer.from('smuggled') }]);
    const extraRaw = zlib.gunzipSync(extra).subarray(0, 1024); // header + one data block, no end marker
    const spliced = Buffer.concat([raw.subarray(0, manifestAt), extraRaw, raw.subarray(manifestAt)]);
    const file = path.join(tmp, 'extra.tar.gz');
    fs.writeFileSync(file, zlib.gzipSync(spliced));
    await expectCode(restoreArchive(file, path.join(tmp, 'extra-target')), 'UNEXPECTED_ENTRY');
  });

  it('rejects a file that is not a Sanad backup', async () => {
    const file = path.join(tmp, 'other.tar.gz');
    fs.writeFileSync(file, craftTar([{ name: 'sanad.db', data: Buffer.from('x') }]));
    await expectCode(restoreArchive(file, path.join(tmp, 'other-target')), 'NOT_A_BACKUP');
    const plain = path.join(tmp, 'plain.txt');
    fs.writeFileSync(plain, 'hello');
    await expectCode(restoreArchive(plain, path.join(tmp, 'plain-target')), 'CORRUPT');
  });

  it('reports originals whose bytes no longer match their name', async () => {
    const rot = makeStore('rot', 3);
    rot.writer.close();
    const [h] = [...rot.originals.keys()].filter((k) => rot.originals.get(k)!.length > 0);
    const file = path.join(rot.dir, 'files', h!.slice(0, 2), h!);
    const bytes = fs.readFileSync(file);
    bytes[0] = bytes[0]! ^ 1;
    fs.writeFileSync(file, bytes);
    const r = await backupArchive(rot.dir, path.join(tmp, 'rot.tar.gz'));
    expect(r.corrupt).toEqual([`${h!.slice(0, 2)}/${h}`]);
    // The manifest holds the real hash, so the damaged file still restores as it was.
    await restoreArchive(path.join(tmp, 'rot.tar.gz'), path.join(tmp, 'rot-target'));
    expect(fs.readFileSync(path.join(tmp, 'rot-target', 'files', h!.slice(0, 2), h!)).equals(bytes)).toBe(true);
  });

  it('fails clearly when there is no store', async () => {
    await expectCode(backupArchive(path.join(tmp, 'nothing-here'), path.join(tmp, 'x.tar.gz')), 'NO_STORE');
  });
});
