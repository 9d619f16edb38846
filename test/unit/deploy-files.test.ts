import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DockerfileParser, type Flag } from 'dockerfile-ast';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '@sanad/ingest/config.ts';

/**
 * Checks the deployment files without a container engine (none runs on the dev
 * machines or in CI): docker-compose.yml against the Compose spec essentials,
 * .env.example against the config module, and the Dockerfile against a small set
 * of hadolint-style rules (hadolint itself is in neither npm nor Debian).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (f: string): string => fs.readFileSync(path.join(root, f), 'utf8');

// ------------------------------------------------------------------ helpers

/** Compose-style interpolation: ${V}, ${V:-d}, ${V-d}, ${V:?e}, ${V?e}, $V, $$. */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (m, name: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
      if (m === '$$') return '$';
      const key = (name ?? bare)!;
      const value = env[key];
      const missing = op?.startsWith(':') ? value === undefined || value === '' : value === undefined;
      if (op === ':-' || op === '-') return missing ? (arg ?? '') : value!;
      if (op === ':?' || op === '?') {
        if (missing) throw new Error(`required variable ${key} is missing: ${arg}`);
        return value!;
      }
      return value ?? '';
    },
  );
}

/** Variable names referenced by ${…} or $NAME (not $$). */
function referencedVars(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const n = m[1] ?? m[2];
    if (n) out.add(n);
  }
  return out;
}

/** `NAME=value` and commented-out `# NAME=value` lines of .env.example. */
function parseEnvExample(text: string): { active: Map<string, string>; documented: Map<string, string> } {
  const active = new Map<string, string>();
  const documented = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    documented.set(m[2]!, m[3]!);
    if (!m[1]) active.set(m[2]!, m[3]!);
  }
  return { active, documented };
}

/** The environment keys the config module reads (recorded through a Proxy). */
function configKeys(): Set<string> {
  const keys = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get(_t, p) {
      if (typeof p === 'string') keys.add(p);
      return undefined;
    },
  });
  loadConfig(env);
  return keys;
}

const COMPOSE_ONLY = new Set(['SANAD_VERSION', 'SANAD_PORT', 'SANAD_BIND']);

// Service attributes of the Compose specification (services.<name>.*) that a
// typo would otherwise silently ignore, e.g. `depend_on`.
const SERVICE_KEYS = new Set([
  'build',
  'command',
  'container_name',
  'cpus',
  'depends_on',
  'deploy',
  'entrypoint',
  'env_file',
  'environment',
  'expose',
  'healthcheck',
  'image',
  'init',
  'labels',
  'logging',
  'mem_limit',
  'networks',
  'ports',
  'read_only',
  'restart',
  'secrets',
  'security_opt',
  'shm_size',
  'stop_grace_period',
  'stop_signal',
  'tmpfs',
  'ulimits',
  'user',
  'volumes',
  'working_dir',
]);
const TOP_KEYS = new Set(['name', 'services', 'volumes', 'networks', 'configs', 'secrets', 'include']);

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string> | string[];
  env_file?: unknown;
  healthcheck?: { test?: string[] | string; interval?: string; retries?: number; start_period?: string };
  depends_on?: Record<string, { condition?: string }> | string[];
  volumes?: (string | { source?: string; target?: string; type?: string })[];
  ports?: (string | { target?: number })[];
  expose?: (string | number)[];
}

const composeText = read('docker-compose.yml');
const envExample = parseEnvExample(read('.env.example'));
const secrets = { MEILI_MASTER_KEY: 'k'.repeat(32), ADMIN_TOKEN: 'a'.repeat(24) };
const composeEnv = { ...Object.fromEntries(envExample.active), ...secrets };
const compose = parseYaml(interpolate(composeText, composeEnv)) as {
  name?: string;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};

function envOf(s: Service): Record<string, string> {
  if (Array.isArray(s.environment)) {
    return Object.fromEntries(s.environment.map((e) => [e.split('=')[0]!, e.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]));
}

function semver(tag: string): [number, number, number] | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

// ------------------------------------------------------------------ compose

describe('docker-compose.yml', () => {
  it('has only Compose spec top-level keys, the project name and no obsolete `version`', () => {
    const raw = parseYaml(composeText) as Record<string, unknown>;
    for (const k of Object.keys(raw)) expect(TOP_KEYS, `top-level key ${k}`).toContain(k);
    expect(compose.name).toBe('sanad');
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'meilisearch']);
  });

  it.each(['app', 'meilisearch'])('service %s uses only known attributes', (name) => {
    for (const k of Object.keys(compose.services[name]!)) expect(SERVICE_KEYS, `${name}.${k}`).toContain(k);
  });

  it.each(['app', 'meilisearch'])('service %s has a pinned image tag (no :latest)', (name) => {
    const image = compose.services[name]!.image;
    expect(image, `${name} needs an image`).toBeTruthy();
    const tag = /:([^/:@]+)$/.exec(image!)?.[1];
    expect(tag, `${image} has no tag`).toBeTruthy();
    expect(tag).not.toBe('latest');
    expect(semver(tag!), `${image} tag is not a full x.y.z version`).not.toBeNull();
  });

  it('pins Meilisearch at v1.21 or later (first release with the Persian normalizer)', () => {
    const image = compose.services['meilisearch']!.image!;
    expect(image.startsWith('getmeili/meilisearch:')).toBe(true);
    const [major, minor] = semver(image.split(':')[1]!)!;
    expect(major === 1 ? minor >= 21 : major > 1).toBe(true);
  });

  it.each(['app', 'meilisearch'])('service %s has a healthcheck in exec form', (name) => {
    const hc = compose.services[name]!.healthcheck;
    expect(hc?.test).toBeDefined();
    expect(Array.isArray(hc!.test)).toBe(true);
    expect(['CMD', 'CMD-SHELL']).toContain((hc!.test as string[])[0]);
    expect(hc!.retries).toBeGreaterThan(0);
  });

  it('runs Meilisearch in production mode, with its key required, analytics off, on a volume, unpublished', () => {
    const meili = compose.services['meilisearch']!;
    const env = envOf(meili);
    expect(env['MEILI_ENV']).toBe('production');
    expect(env['MEILI_NO_ANALYTICS']).toBe('true');
    expect(env['MEILI_MASTER_KEY']).toBe(secrets.MEILI_MASTER_KEY);
    expect(composeText).toMatch(/MEILI_MASTER_KEY: \$\{MEILI_MASTER_KEY:\?/);
    expect(meili.ports, 'Meilisearch must not be published on the host').toBeUndefined();
    expect(meili.volumes?.some((v) => typeof v === 'string' && v.startsWith('meili_data:/meili_data'))).toBe(true);
    expect((meili.healthcheck!.test as string[]).join(' ')).toMatch(/curl .*http:\/\/localhost:7700\/health/);
    // Never hand the master key to the app's other settings or to the web: only the server reads it.
    expect(meili.env_file).toBeUndefined();
  });

  it('wires the app to Meilisearch over the compose network, after it is healthy', () => {
    const app = compose.services['app']!;
    const env = envOf(app);
    expect(env['MEILI_URL']).toBe('http://meilisearch:7700');
    expect(compose.services['meilisearch']!.expose?.map(String)).toContain('7700');
    expect(env['MEILI_MASTER_KEY']).toBe(secrets.MEILI_MASTER_KEY);
    expect(env['ADMIN_TOKEN']).toBe(secrets.ADMIN_TOKEN);
    expect(env['DATA_DIR']).toBe('/data');
    expect(env['HOST']).toBe('0.0.0.0');
    expect(app.depends_on).toEqual({ meilisearch: { condition: 'service_healthy' } });
    expect(app.ports?.map(String)).toEqual(['0.0.0.0:3000:3000']);
    expect(app.volumes).toContain('sanad_data:/data');
    expect(app.build).toBeDefined();
    expect((app.healthcheck!.test as string[]).join(' ')).toContain('/api/health');
  });

  it('declares every named volume it uses, and uses every one it declares', () => {
    const used = new Set<string>();
    for (const s of Object.values(compose.services)) {
      for (const v of s.volumes ?? []) {
        const source = typeof v === 'string' ? v.split(':')[0]! : (v.source ?? '');
        if (source && !source.startsWith('.') && !source.startsWith('/')) used.add(source);
      }
    }
    expect([...used].sort()).toEqual(Object.keys(compose.volumes ?? {}).sort());
  });

  it('refuses to start without the secrets', () => {
    for (const missing of ['MEILI_MASTER_KEY', 'ADMIN_TOKEN']) {
      const env = { ...composeEnv, [missing]: '' };
      expect(() => interpolate(composeText, env), missing).toThrow(new RegExp(missing));
    }
  });

  it('documents every variable it references in .env.example', () => {
    for (const v of referencedVars(composeText)) {
      expect(envExample.documented.has(v), `${v} is used in docker-compose.yml but not in .env.example`).toBe(true);
    }
  });
});

// ------------------------------------------------------------- .env.example

describe('.env.example', () => {
  const keys = configKeys();

  it('the config module reads the variables the brief lists', () => {
    for (const k of [
      'DATA_DIR',
      'PORT',
      'HOST',
      'SEARCH_ENGINE',
      'MEILI_URL',
      'MEILI_MASTER_KEY',
      'ADMIN_TOKEN',
      'READ_TOKEN',
      'MAX_UPLOAD_MB',
      'OCR_WORKERS',
      'SANAD_DEMO',
      'LOG_LEVEL',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('documents every variable of the config module', () => {
    for (const k of keys) expect(envExample.documented.has(k), `${k} missing from .env.example`).toBe(true);
  });

  it('documents nothing the app or compose does not read', () => {
    for (const k of envExample.documented.keys()) {
      expect(keys.has(k) || (COMPOSE_ONLY.has(k) && referencedVars(composeText).has(k)), k).toBe(true);
    }
  });

  it('commits no secret values', () => {
    expect(envExample.active.get('MEILI_MASTER_KEY')).toBe('');
    expect(envExample.active.get('ADMIN_TOKEN')).toBe('');
    for (const [k, v] of envExample.documented) {
      if (/TOKEN|KEY|SECRET|PASSWORD/.test(k)) expect(v, k).toBe('');
    }
  });

  it('every example value is accepted by the config module', () => {
    const all = Object.fromEntries([...envExample.documented].filter(([k]) => keys.has(k)));
    expect(() => loadConfig({ ...all, ...secrets, MEILI_URL: 'http://meilisearch:7700' })).not.toThrow();
    // And the app's own environment inside compose.
    const appEnv = { ...Object.fromEntries(envExample.active), ...envOf(compose.services['app']!) };
    const cfg = loadConfig(appEnv);
    expect(cfg.engine).toBe('meilisearch');
    expect(cfg.demo).toBe(false);
    expect(cfg.dataDir).toBe('/data');
  });
});

// --------------------------------------------------------------- Dockerfile

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Instructions of a Dockerfile (dockerfile-ast: continuation lines joined, comments dropped), flags first. */
function parseDockerfile(text: string): Instruction[] {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => {
      const flags = 'getFlags' in i && typeof i.getFlags === 'function' ? (i.getFlags() as Flag[]) : [];
      const words = [
        ...flags.map((f) => `--${f.getName()}${f.getValue() === null ? '' : `=${f.getValue()}`}`),
        ...i.getArguments().map((a) => a.getValue()),
      ];
      return { op: i.getKeyword().toUpperCase(), args: words.join(' '), line: i.getRange().start.line + 1 };
    });
}

/** Stages split at FROM; ARGs before the first FROM resolve image names. */
function stages(ins: Instruction[]): { from: string; name?: string; body: Instruction[] }[] {
  const globalArgs = new Map<string, string>();
  const out: { from: string; name?: string; body: Instruction[] }[] = [];
  for (const i of ins) {
    if (i.op === 'ARG' && out.length === 0) {
      const [k, v] = i.args.split('=');
      globalArgs.set(k!, v ?? '');
    } else if (i.op === 'FROM') {
      const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.args)!;
      const image = m[1]!.replace(/\$\{?([A-Za-z_]+)\}?/g, (_x, n: string) => globalArgs.get(n) ?? '');
      out.push({ from: image, name: m[2], body: [] });
    } else {
      out.at(-1)?.body.push(i);
    }
  }
  return out;
}

/** .dockerignore semantics: last matching pattern wins, `!` re-includes. */
function dockerIgnored(rel: string, patterns: string[]): boolean {
  let ignored = false;
  for (let p of patterns) {
    const negate = p.startsWith('!');
    if (negate) p = p.slice(1);
    p = p.replace(/^\//, '').replace(/\/$/, '');
    const re = new RegExp(
      '^' +
        p
          .split(/(\*\*\/?|\*|\?)/)
          .map((t) =>
            t === '**/' || t === '**'
              ? '(?:.*/)?' + (t === '**' ? '.*' : '')
              : t === '*'
                ? '[^/]*'
                : t === '?'
                  ? '[^/]'
                  : t.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
          )
          .join('') +
        '(?:/.*)?$',
    );
    if (re.test(rel)) ignored = !negate;
  }
  return ignored;
}

const dockerfile = read('Dockerfile');
const instructions = parseDockerfile(dockerfile);
const allStages = stages(instructions);
const finalStage = allStages.at(-1)!;
const ignorePatterns = read('.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
  it('is multi-stage, on a pinned Node 22 LTS image', () => {
    expect(allStages.length).toBeGreaterThanOrEqual(2);
    for (const s of allStages) {
      const m = /^node:(\d+)\.(\d+)\.(\d+)-([a-z]+)-slim$/.exec(s.from);
      expect(m, `FROM ${s.from} must be node:<x.y.z>-<debian>-slim`).not.toBeNull();
      expect(Number(m![1])).toBe(22);
    }
    // Same base in both stages: the native addon built in one must load in the other.
    expect(new Set(allStages.map((s) => s.from)).size).toBe(1);
  });

  it('runs as a non-root user in the final stage', () => {
    const users = finalStage.body.filter((i) => i.op === 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args.split(':')[0];
    expect(['root', '0']).not.toContain(user);
    // Nothing runs as root after the switch.
    const after = finalStage.body.slice(finalStage.body.indexOf(users.at(-1)!));
    expect(after.filter((i) => i.op === 'USER').length).toBe(1);
  });

  it('has a HEALTHCHECK on /api/health that needs no curl or wget', () => {
    const hc = finalStage.body.find((i) => i.op === 'HEALTHCHECK');
    expect(hc).toBeDefined();
    expect(hc!.args).toMatch(/CMD \["node"/);
    expect(hc!.args).toContain('/api/health');
    expect(hc!.args).not.toMatch(/curl|wget/);
  });

  it('uses COPY, never ADD of a URL or archive', () => {
    expect(instructions.filter((i) => i.op === 'ADD')).toEqual([]);
  });

  it('installs with npm ci (lock file), never npm install', () => {
    const runs = instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    for (const r of runs) expect(r, r).not.toMatch(/\bnpm (install|i|add)\b/);
  });

  it('keeps apt lean: --no-install-recommends and lists removed in the same layer', () => {
    for (const r of instructions.filter((i) => i.op === 'RUN' && /apt-get install/.test(i.args))) {
      expect(r.args).toContain('--no-install-recommends');
      expect(r.args).toContain('rm -rf /var/lib/apt/lists');
      expect(r.args).toMatch(/apt-get update/);
    }
  });

  it('ships no build toolchain and runs no install in the final stage', () => {
    for (const i of finalStage.body.filter((x) => x.op === 'RUN')) {
      expect(i.args).not.toMatch(/apt-get|npm ci|g\+\+|node-gyp/);
    }
    expect(finalStage.body.some((i) => i.op === 'COPY' && i.args.startsWith('--from='))).toBe(true);
  });

  it('bakes no secrets into the image', () => {
    for (const i of instructions.filter((x) => x.op === 'ENV' || x.op === 'ARG')) {
      expect(i.args, `line ${i.line}`).not.toMatch(/(TOKEN|MASTER_KEY|SECRET|PASSWORD)\s*=/);
    }
  });

  it('starts the server with tsx in exec form, and keeps tsx after pruning dev dependencies', () => {
    const cmd = finalStage.body.filter((i) => i.op === 'CMD').at(-1)!;
    expect(JSON.parse(cmd.args)).toEqual(['node', '--import', 'tsx', 'server/src/main.ts']);
    expect(fs.existsSync(path.join(root, 'server/src/main.ts'))).toBe(true);
    const runs = allStages[0]!.body
      .filter((i) => i.op === 'RUN')
      .map((i) => i.args)
      .join('\n');
    const prune = runs.indexOf('npm prune --omit=dev');
    expect(prune).toBeGreaterThan(-1);
    expect(runs.lastIndexOf('copy-dep-closure.mjs')).toBeGreaterThan(prune);
  });

  it('exposes the app port and keeps data on /data', () => {
    expect(finalStage.body.some((i) => i.op === 'EXPOSE' && i.args === '3000')).toBe(true);
    expect(finalStage.body.some((i) => i.op === 'ENV' && /DATA_DIR=\/data/.test(i.args))).toBe(true);
    for (const w of instructions.filter((i) => i.op === 'WORKDIR')) expect(w.args.startsWith('/')).toBe(true);
  });

  it('copies only paths that exist and that .dockerignore lets through', () => {
    for (const i of instructions.filter((x) => x.op === 'COPY' && !x.args.startsWith('--from='))) {
      const parts = i.args.split(/\s+/);
      for (const src of parts.slice(0, -1)) {
        const rel = src.replace(/\/$/, '');
        expect(fs.existsSync(path.join(root, rel)), `COPY ${src} (line ${i.line}) does not exist`).toBe(true);
        expect(dockerIgnored(rel, ignorePatterns), `COPY ${src} is excluded by .dockerignore`).toBe(false);
      }
    }
  });
});

describe('.dockerignore', () => {
  it.each([
    ['node_modules', true],
    ['ingest/node_modules/x', true],
    ['.env', true],
    ['.env.local', true],
    ['.env.example', false],
    ['data', true],
    ['data/sanad.db', true],
    ['.git', true],
    ['web/build', true],
    ['test/unit/deploy-files.test.ts', true],
    ['test/package.json', false],
    ['ingest/src/config.ts', false],
    ['server/demo', false],
    ['package-lock.json', false],
    ['backup-2024.tar.gz', true],
  ])('%s ignored: %s', (rel, expected) => {
    expect(dockerIgnored(rel, ignorePatterns)).toBe(expected);
  });
});
