import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, childEnv, loadConfig, testEnv } from './config.ts';

describe('loadConfig', () => {
  it('has defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      dataDir: path.resolve('./data'),
      port: 3000,
      host: '0.0.0.0',
      engine: 'sqlite',
      demo: true,
      maxUploadBytes: 50 * 1024 * 1024,
    });
    expect(c.ocrWorkers).toBeGreaterThanOrEqual(1);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('picks meilisearch when MEILI_URL is set, unless told otherwise', () => {
    expect(loadConfig({ MEILI_URL: 'http://localhost:7700' }).engine).toBe('meilisearch');
    expect(loadConfig({ MEILI_URL: 'http://localhost:7700', SEARCH_ENGINE: 'sqlite' }).engine).toBe('sqlite');
  });

  it.each([
    ['SANAD_DEMO', '0', 'demo', false],
    ['SANAD_DEMO', 'true', 'demo', true],
    ['PORT', '8080', 'port', 8080],
    ['MAX_UPLOAD_MB', '2', 'maxUploadBytes', 2 * 1024 * 1024],
    ['OCR_WORKERS', '3', 'ocrWorkers', 3],
    ['ADMIN_TOKEN', '', 'adminToken', undefined],
    ['PUBLIC_URL', 'https://sanad.example.ir/', 'publicUrl', 'https://sanad.example.ir'],
    ['PUBLIC_URL', '', 'publicUrl', undefined],
  ] as const)('%s=%s → %s', (key, value, field, expected) => {
    expect(loadConfig({ [key]: value })[field]).toBe(expected);
  });

  it('refuses a PUBLIC_URL that is not an http(s) URL', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'sanad.example.ir' })).toThrow(/PUBLIC_URL/);
  });

  it('lists every bad key at once', () => {
    let err: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        SANAD_DEMO: 'maybe',
        MAX_UPLOAD_MB: '-1',
        SEARCH_ENGINE: 'elastic',
        ADMIN_TOKEN: 'short',
        MEILI_URL: 'not a url',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const keys = (err as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(keys.sort()).toEqual(['ADMIN_TOKEN', 'MAX_UPLOAD_MB', 'MEILI_URL', 'PORT', 'SANAD_DEMO', 'SEARCH_ENGINE']);
  });

  it('uses an admin API key over the master key, a search key for reads, and the sanad_ prefix', () => {
    const base = { MEILI_URL: 'http://localhost:7700', MEILI_MASTER_KEY: 'master' };
    expect(loadConfig(base)).toMatchObject({
      meiliKey: 'master',
      meiliSearchKey: undefined,
      meiliIndexPrefix: 'sanad_',
    });
    expect(loadConfig({ ...base, MEILI_API_KEY: 'admin', MEILI_SEARCH_KEY: 'read' })).toMatchObject({
      meiliKey: 'admin',
      meiliSearchKey: 'read',
    });
  });

  it('requires MEILI_URL for SEARCH_ENGINE=meilisearch', () => {
    expect(() => loadConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_URL/);
  });
});

describe('loadConfig with blank values', () => {
  it('treats X= as unset', () => {
    const c = loadConfig({ OCR_WORKERS: '', PORT: ' ', SANAD_DEMO: '', MAX_UPLOAD_MB: '' });
    expect(c.port).toBe(3000);
    expect(c.demo).toBe(true);
    expect(c.ocrWorkers).toBeGreaterThanOrEqual(1);
  });
});

describe('testEnv and childEnv', () => {
  it('reads CHROMIUM_PATH, defaulting to Debian’s Chromium', () => {
    expect(testEnv({}).chromiumPath).toBe('/usr/bin/chromium');
    expect(testEnv({ CHROMIUM_PATH: ' ' }).chromiumPath).toBe('/usr/bin/chromium');
    expect(testEnv({ CHROMIUM_PATH: '/opt/chrome' }).chromiumPath).toBe('/opt/chrome');
  });

  it('gives a child only PATH, HOME and what the caller adds, unless it inherits everything', () => {
    const env = { PATH: '/bin', HOME: '/home/x', SECRET: 's', UNSET: undefined };
    expect(childEnv({ PORT: '0' }, { env })).toEqual({ PATH: '/bin', HOME: '/home/x', PORT: '0' });
    expect(childEnv({}, { env: {} }).HOME).toBe(os.tmpdir());
    expect(childEnv({ PATH: '/usr/bin' }, { env, inherit: true })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/x',
      SECRET: 's',
    });
  });
});
