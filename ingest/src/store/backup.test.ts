import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError, checkEntryName } from './backup.ts';
import { readTar, TarWriter, type TarEntry } from './backup-tar.ts';

const HEX = 'ab'.repeat(32);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-backup-tar-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function readAll(file: string): Promise<{ entry: Omit<TarEntry, 'body'>; data: Buffer }[]> {
  const out: { entry: Omit<TarEntry, 'body'>; data: Buffer }[] = [];
  await readTar(file, async ({ body, ...entry }) => {
    const chunks: Buffer[] = [];
    for await (const c of body) chunks.push(c);
    out.push({ entry, data: Buffer.concat(chunks) });
  });
  return out;
}

describe('backup tar', () => {
  it('round-trips buffers and files, long and Persian names included, with the sha256 of each file', async () => {
    const src = path.join(tmp, 'src.bin');
    const bytes = Buffer.alloc(3 * 512 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 13) & 0xff;
    fs.writeFileSync(src, bytes);
    const file = path.join(tmp, 'round.tar.gz');
    const w = new TarWriter(file);
    const names = ['manifest.json', `files/${'x'.repeat(60)}/${'y'.repeat(90)}`, 'files/ab/سند.pdf'];
    await w.addBuffer(names[0]!, Buffer.from('{}'));
    const sha = await w.addFile(names[1]!, src, bytes.length, new Date());
    await w.addBuffer(names[2]!, Buffer.alloc(0));
    await w.finish();
    expect(sha).toBe(createHash('sha256').update(bytes).digest('hex'));
    const got = await readAll(file);
    expect(got.map((g) => g.entry)).toEqual([
      { name: names[0], size: 2, type: 'file' },
      { name: names[1], size: bytes.length, type: 'file' },
      { name: names[2], size: 0, type: 'file' },
    ]);
    expect(got[1]!.data.equals(bytes)).toBe(true);
  });

  it('refuses a file that changed size while it was packed', async () => {
    const src = path.join(tmp, 'grown.bin');
    fs.writeFileSync(src, Buffer.alloc(2000, 7));
    const w = new TarWriter(path.join(tmp, 'grown.tar.gz'));
    const err = await w.addFile('files/ab/grown', src, 1000, new Date()).catch((e: unknown) => e);
    await w.abort(err);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).code).toBe('FILE_CHANGED');
  });

  it('maps a file that is not gzip to CORRUPT', async () => {
    const file = path.join(tmp, 'plain.txt');
    fs.writeFileSync(file, 'hello');
    const err = await readAll(file).catch((e: unknown) => e);
    expect((err as BackupError).code).toBe('CORRUPT');
  });
});

describe('checkEntryName', () => {
  it.each([
    ['sanad.db', false],
    ['manifest.json', false],
    ['sanad-backup.json', false],
    [`files/ab/${HEX}`, false],
    ['files/ab', true],
  ])('accepts %s', (name, isDir) => {
    expect(checkEntryName(name, isDir)).toBe(name);
  });

  it.each([
    ['../etc/passwd', false, /segment/],
    ['files/../../evil', false, /segment/],
    ['files/ab/../../../evil', false, /segment/],
    ['/etc/passwd', false, /absolute/],
    ['C:/evil', false, /absolute/],
    ['files\\..\\evil', false, /backslash/],
    ['files//x', false, /segment/],
    ['files/./x', false, /segment/],
    ['files/a\u0000b', false, /control/],
    ['search.db', false, /unexpected file/],
    ['uploads/x', false, /outside files/],
    ['', false, /empty/],
    ['..', true, /segment/],
    ['etc', true, /unexpected directory/],
  ])('rejects %j', (name, isDir, why) => {
    expect(() => checkEntryName(name, isDir)).toThrow(why);
  });
});
