import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, errorText } from './error-messages.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/**
 * Every error code the server and the pipeline can send, read from their sources: the first
 * string of an error constructor or `failJob`, the code of a literal `{ error: { code } }` body,
 * and the codes of the error middleware's tables.
 */
function codesInSources(): Set<string> {
  const codes = new Set<string>();
  const patterns = [
    /(?:Error|failJob)\(\s*(?:[\w.]+,\s*)?'([a-z]+(?:_[a-z]+)*)'\s*,/g,
    /UnauthorizedError\([^)]*?,\s*'([a-z_]+)'\)/g,
    /error:\s*\{\s*code:\s*'([a-z_]+)'/g,
    /\bcode\s*=\s*'([a-z_]+)'/g,
  ];
  for (const file of [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'ingest', 'src'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]!);
    if (file.endsWith(path.join('middleware', 'error-handler.ts'))) {
      for (const m of text.matchAll(/\[(?:\d+,\s*)?'([a-z_]+)',\s*'/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/^\s+([a-z]+(?:_[a-z]+)+|[a-z]+):\s*\d{3},$/gm)) codes.add(m[1]!);
    }
  }
  return codes;
}

describe('Persian error messages', () => {
  it('have a sentence for every code the API and the pipeline send', () => {
    const codes = codesInSources();
    // Sanity: the scan finds the codes it must (otherwise an empty scan would pass).
    for (const c of [
      'unsupported_type',
      'corrupt_pdf',
      'original_missing',
      'internal_error',
      'rate_limited',
      'forbidden',
    ])
      expect(codes).toContain(c);
    const missing = [...codes].filter((c) => !Object.hasOwn(ERROR_MESSAGES, c)).sort();
    expect(missing).toEqual([]);
  });

  it('are Persian sentences, not English', () => {
    for (const [code, { message }] of Object.entries(ERROR_MESSAGES)) {
      const latinWords = message.match(/[A-Za-z]{3,}/g) ?? [];
      expect(
        latinWords.filter((w) => !['PDF', 'PNG', 'JPEG', 'TIFF', 'WebP', 'Word', 'HTML', 'docx'].includes(w)),
        code,
      ).toEqual([]);
      expect(message, code).toMatch(/(?:(?=\p{Script=Arabic})\p{L}){3,}.*\./u);
    }
  });

  it('never offer a retry for a file that cannot succeed, and keep it for transient failures', () => {
    for (const c of ['unsupported_type', 'corrupt_pdf', 'encrypted_pdf', 'empty_file', 'no_text', 'file_too_large'])
      expect(errorText(c).retry, c).toBe(false);
    for (const c of ['internal_error', 'rate_limited', 'interrupted', 'unavailable', 'aborted'])
      expect(errorText(c).retry, c).toBe(true);
  });

  it('fall back by HTTP status for codes it does not know', () => {
    expect(errorText('some_new_code', 422).retry).toBe(false);
    expect(errorText('some_new_code', 503).retry).toBe(true);
    expect(errorText(null, 0)).toBe(ERROR_MESSAGES.unavailable);
    expect(errorText(undefined, 413).retry).toBe(false);
    expect(errorText('some_new_code').message).toMatch(/(?=\p{Script=Arabic})\p{L}/u);
    // Inherited object keys are not codes.
    expect(errorText('constructor', 500).retry).toBe(true);
  });
});
