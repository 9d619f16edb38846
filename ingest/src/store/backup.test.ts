import { describe, expect, it } from 'vitest';
import { BackupError, checkEntryName, decodeTarHeader, encodeTarHeader } from './backup.ts';

const HEX = 'ab'.repeat(32);

describe('tar header', () => {
  const mtime = new Date('2024-03-01T10:20:30Z');
  it.each([
    ['small file', 'sanad.db', 0],
    ['one block', 'manifest.json', 512],
    ['original', `files/ab/${HEX}`, 123_456_789],
    ['largest octal size', 'sanad.db', 8 ** 11 - 1],
    ['8 GiB needs base-256', 'sanad.db', 8 ** 11],
    ['20 GiB', 'sanad.db', 20 * 2 ** 30 + 7],
    ['name over 100 bytes uses the prefix field', `files/${'x'.repeat(60)}/${'y'.repeat(90)}`, 42],
    ['Persian name in UTF-8', 'files/ab/سند.pdf', 10],
  ])('%s round-trips', (_label, name, size) => {
    const h = decodeTarHeader(encodeTarHeader({ name, size, mtime, type: 'file' }));
    expect(h).toEqual({ name, size, mtime, type: 'file' });
  });

  it('writes a standard ustar header (checksum, magic, type flag)', () => {
    const buf = encodeTarHeader({ name: 'sanad.db', size: 1000, mtime, type: 'file' });
    expect(buf.length).toBe(512);
    expect(buf.toString('latin1', 257, 265)).toBe('ustar\u000000');
    expect(buf.toString('latin1', 124, 136)).toBe('00000001750\u0000');
    expect(String.fromCharCode(buf[156]!)).toBe('0');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : buf[i]!;
    expect(parseInt(buf.toString('latin1', 148, 154), 8)).toBe(sum);
  });

  it('decodes directories', () => {
    expect(decodeTarHeader(encodeTarHeader({ name: 'files/ab', size: 0, mtime, type: 'dir' })).type).toBe('dir');
  });

  it('reports links and devices as "other" so restore can refuse them', () => {
    const buf = encodeTarHeader({ name: 'files/ab/x', size: 0, mtime, type: 'file' });
    buf[156] = '2'.charCodeAt(0); // symlink
    buf.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of buf) sum += b;
    buf.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
    expect(decodeTarHeader(buf).type).toBe('other');
  });

  it('rejects a damaged header', () => {
    const buf = encodeTarHeader({ name: 'sanad.db', size: 5, mtime, type: 'file' });
    buf[0] = 'S'.charCodeAt(0);
    expect(() => decodeTarHeader(buf)).toThrow(/checksum/);
  });

  it('rejects a name that cannot be stored', () => {
    expect(() => encodeTarHeader({ name: 'x'.repeat(101), size: 0, mtime, type: 'file' })).toThrow(BackupError);
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
