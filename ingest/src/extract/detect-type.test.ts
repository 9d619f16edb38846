import { describe, expect, it } from 'vitest';
import { detectType } from './detect-type.ts';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');
const MINI_PDF = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';

describe('detectType: PDF by structure', () => {
  it('a header at offset 0 is a PDF', () => {
    expect(detectType(Buffer.from(MINI_PDF, 'latin1'))?.kind).toBe('pdf');
  });

  it('a few leading bytes before a real header and object are allowed (as the spec lets readers)', () => {
    const bytes = Buffer.concat([Buffer.from([0x0d, 0x0a, 0x00, 0x20]), Buffer.from(MINI_PDF, 'latin1')]);
    expect(detectType(bytes)?.kind).toBe('pdf');
  });

  it('a text that mentions %PDF- in its first kilobyte is text', () => {
    expect(detectType(b('یادداشت: فایل‌های %PDF- را بارگذاری کنید.\nمتن دوم'))).toEqual({
      mime: 'text/plain',
      kind: 'text',
    });
    expect(detectType(b(`${'سطر '.repeat(50)}\n%PDF-1.7\nاین یک نامه است، نه پی‌دی‌اف.`))?.kind).toBe('text');
  });

  it('a header line without any PDF object after it is not a PDF', () => {
    expect(detectType(b('مقدمه\n%PDF-1.4\nبدون شیء'))?.kind).toBe('text');
  });

  it('a header found after the first kilobyte never makes a PDF', () => {
    const text = `${'الف'.repeat(700)}\n${MINI_PDF.replace('\xe2\xe3\xcf\xd3', '')}`;
    expect(detectType(b(text))?.kind).toBe('text');
  });
});
