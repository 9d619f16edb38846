import { describe, expect, it } from 'vitest';
import { plausibleToken, safeNext } from './auth.ts';

describe('safeNext: only same-origin paths', () => {
  it.each([
    ['/', '/'],
    ['/documents/abc?q=1#p2', '/documents/abc?q=1#p2'],
    ['/search?q=شورا', '/search?q=%D8%B4%D9%88%D8%B1%D8%A7'],
    ['/a/../b', '/b'],
  ])('keeps %s', (given, expected) => {
    expect(safeNext(given)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'documents',
    '//evil.example/path',
    '/\\evil.example/path',
    '/\t/evil.example/path',
    '/\n/evil.example',
    '/\r\nSet-Cookie: x=1',
    '/%0d%0a'.replace('%0d%0a', '\r\n'),
    'https://evil.example/',
    'javascript:alert(1)',
    '\u0000/x',
    '/x\u0085y',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (given) => {
    expect(safeNext(given)).toBe('/');
  });

  it('never returns a value that leaves the origin or breaks a header', () => {
    const tricky = ['/\t/h', '/ /h', '/%2F%2Fh', '/.//h', '/@h', '/?//h', '/#//h', '/x/\t\t//h'];
    for (const t of tricky) {
      const out = safeNext(t, 'https://sanad.example');
      expect(new URL(out, 'https://sanad.example').origin).toBe('https://sanad.example');
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(out.startsWith('//')).toBe(false);
    }
  });
});

describe('plausibleToken', () => {
  it('accepts header-safe tokens only', () => {
    expect(plausibleToken('sanad_abc123')).toBe(true);
    expect(plausibleToken('a\r\nb')).toBe(false);
    expect(plausibleToken('توکن')).toBe(false);
    expect(plausibleToken('')).toBe(false);
  });
});
