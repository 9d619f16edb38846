import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFilename } from './filename.ts';

describe('sanitizeFilename', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['صورتجلسه شورا.pdf', 'صورتجلسه شورا.pdf'],
    ['a\u0000b\u0007c.txt', 'abc.txt'],
    ['evil\u202Efdp.exe', 'evilfdp.exe'],
    ['  ..hidden  ', 'hidden'],
    ['', 'file'],
    ['../', 'file'],
    ['...', 'file'],
    [undefined, 'file'],
    ['a\r\nContent-Type: x.pdf', 'aContent-Type: x.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFilename(input)).toBe(expected);
  });

  it('caps long names and keeps the extension', () => {
    const s = sanitizeFilename(`${'ب'.repeat(500)}.pdf`);
    expect([...s]).toHaveLength(200);
    expect(s.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('encodes Persian names with RFC 5987 and an ASCII fallback', () => {
    const v = contentDisposition('attachment', 'صورتجلسه (۱).pdf');
    expect(v).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('صورتجلسه ').replace(/'/g, '%27')}%28${encodeURIComponent('۱')}%29.pdf`,
    );
    expect(decodeURIComponent(v.split("UTF-8''")[1]!)).toBe('صورتجلسه (۱).pdf');
  });

  it('keeps ASCII names and neutralises quotes and header injection', () => {
    expect(contentDisposition('inline', 'a"b.txt')).toBe(`inline; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`);
    expect(contentDisposition('attachment', 'x\r\ny.txt')).not.toMatch(/[\r\n]/);
  });
});
