import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Build the web app only when its build is missing or older than its sources. The build
 * records a hash of every input (the web app's sources and config, the ingest sources it
 * bundles, the lock file); `npm start` compares it with the sources now and skips the
 * ~10 s vite build when nothing changed. Content hashes, not mtimes: a checkout or a copy
 * touches mtimes without changing anything.
 */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HASH_FILE = '.sanad-source-hash';

/** Folders and files (relative to the repository root) the web build is made from. */
const INPUT_DIRS = ['web/src', 'web/static', 'ingest/src'];
const INPUT_FILES = [
  'web/package.json',
  'web/svelte.config.js',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'ingest/package.json',
  'package-lock.json',
];
const NOT_AN_INPUT = /\.test\.ts$|(?:^|\/)\.[^/]*$/;

function listFiles(root: string, rel: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const child = `${rel}/${e.name}`;
    if (NOT_AN_INPUT.test(child)) continue;
    if (e.isDirectory()) listFiles(root, child, out);
    else if (e.isFile()) out.push(child);
  }
}

/** The input files of the web build, relative to `root`, sorted. */
export function webBuildInputs(root = REPO_ROOT): string[] {
  const out: string[] = [];
  for (const dir of INPUT_DIRS) listFiles(root, dir, out);
  for (const f of INPUT_FILES) if (fs.existsSync(path.join(root, f))) out.push(f);
  return out.sort();
}

/** One hash over the names and contents of every input (a renamed or added route changes it too). */
export function webSourceHash(root = REPO_ROOT): string {
  const h = createHash('sha256');
  for (const f of webBuildInputs(root)) {
    h.update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(root, f)))
      .update('\0');
  }
  return h.digest('hex');
}

export type WebBuildState = 'missing' | 'stale' | 'fresh';

/** Whether web/build is there and was made from the sources as they are now. */
export function webBuildState(root = REPO_ROOT): WebBuildState {
  const build = path.join(root, 'web', 'build');
  if (!fs.existsSync(path.join(build, 'handler.js'))) return 'missing';
  let recorded: string;
  try {
    recorded = fs.readFileSync(path.join(build, HASH_FILE), 'utf8').trim();
  } catch {
    return 'stale';
  }
  return recorded === webSourceHash(root) ? 'fresh' : 'stale';
}

/** Record that web/build was made from the sources as they are now. */
export function recordWebBuild(root = REPO_ROOT, hash = webSourceHash(root)): void {
  fs.writeFileSync(path.join(root, 'web', 'build', HASH_FILE), `${hash}\n`);
}

/** Vite's and SvelteKit's lines that only matter when developing the web app. */
const NOISE = /npm run preview|preview your production build|Using @sveltejs\/adapter|^\s*✔ done\s*$/;

function runNode(script: string, args: string[], cwd: string, out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const pass = (chunk: Buffer): void => {
      const lines = chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() && !NOISE.test(l));
      if (lines.length) out.write(`${lines.join('\n')}\n`);
    };
    child.stdout.on('data', pass);
    child.stderr.on('data', pass);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(script)} ${args[0]} exited with ${code}`)),
    );
  });
}

/** Run `svelte-kit sync` (on a fresh clone) and `vite build` in web/, without the preview advice. */
export async function runViteBuild(root = REPO_ROOT, out: NodeJS.WritableStream = process.stderr): Promise<void> {
  const web = path.join(root, 'web');
  // vite and kit are the web workspace's dependencies: resolve them from there (npm may hoist them or not).
  const req = createRequire(path.join(web, 'package.json'));
  const bin = (pkg: string, file: string): string => path.join(path.dirname(req.resolve(`${pkg}/package.json`)), file);
  // The generated .svelte-kit/tsconfig.json that web/tsconfig.json extends; without it vite warns.
  if (!fs.existsSync(path.join(web, '.svelte-kit', 'tsconfig.json')))
    await runNode(bin('@sveltejs/kit', 'svelte-kit.js'), ['sync'], web, out);
  await runNode(bin('vite', 'bin/vite.js'), ['build', '--logLevel', 'warn'], web, out);
}

/** Build when missing or stale (or always with `force`); returns what was found before. */
export async function buildWebIfStale(
  opts: { root?: string; force?: boolean; log?: (line: string) => void } = {},
): Promise<WebBuildState> {
  const root = opts.root ?? REPO_ROOT;
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const state = webBuildState(root);
  if (state === 'fresh' && !opts.force) return state;
  // Hash before building: a source edited during the build makes the next start build again.
  const hash = webSourceHash(root);
  log(state === 'missing' ? 'building the web app (first start)…' : 'web app sources changed; rebuilding…');
  const started = Date.now();
  await runViteBuild(root);
  recordWebBuild(root, hash);
  log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return state;
}
