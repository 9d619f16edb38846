import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordWebBuild, webBuildInputs, webBuildState } from './web-build.ts';

let root: string;
function put(rel: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-webbuild-'));
  put('web/src/routes/+page.svelte', '<h1>سند</h1>');
  put('web/src/lib/format.ts', 'export const a = 1;');
  put('web/src/lib/format.test.ts', 'test');
  put('web/static/favicon.svg', '<svg/>');
  put('web/svelte.config.js', 'export default {};');
  put('ingest/src/text/index.ts', 'export const b = 2;');
  put('package-lock.json', '{}');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('web build staleness', () => {
  it('lists sources, config and bundled ingest code, not tests or hidden files', () => {
    put('web/src/.DS_Store', 'x');
    expect(webBuildInputs(root)).toEqual([
      'ingest/src/text/index.ts',
      'package-lock.json',
      'web/src/lib/format.ts',
      'web/src/routes/+page.svelte',
      'web/static/favicon.svg',
      'web/svelte.config.js',
    ]);
  });

  it('is missing without a build, stale without a record, fresh after one', () => {
    expect(webBuildState(root)).toBe('missing');
    put('web/build/handler.js', 'export const handler = () => {};');
    expect(webBuildState(root)).toBe('stale');
    recordWebBuild(root);
    expect(webBuildState(root)).toBe('fresh');
  });

  it('turns stale when a source changes, a route is added or a bundled ingest file changes', () => {
    put('web/build/handler.js', '');
    recordWebBuild(root);
    put('web/src/lib/format.ts', 'export const a = 2;');
    expect(webBuildState(root)).toBe('stale');
    recordWebBuild(root);
    put('web/src/routes/about/+page.svelte', '<p>درباره</p>');
    expect(webBuildState(root)).toBe('stale');
    recordWebBuild(root);
    put('ingest/src/text/index.ts', 'export const b = 3;');
    expect(webBuildState(root)).toBe('stale');
    recordWebBuild(root);
    fs.rmSync(path.join(root, 'web/static/favicon.svg'));
    expect(webBuildState(root)).toBe('stale');
  });

  it('stays fresh when only tests or file times change', () => {
    put('web/build/handler.js', '');
    recordWebBuild(root);
    put('web/src/lib/format.test.ts', 'another test');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'web/src/lib/format.ts'), later, later);
    expect(webBuildState(root)).toBe('fresh');
  });
});
