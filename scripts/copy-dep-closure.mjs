#!/usr/bin/env node
// Copies installed packages and everything they depend on (as installed, so at the
// locked versions, platform binaries included) from ./node_modules into
// <dest>/node_modules, keeping each package's path relative to the project root.
//
// Why: the Docker image runs TypeScript through tsx, which is a devDependency.
// `npm prune --omit=dev` drops it; this puts back exactly the locked tsx (and its
// esbuild with the platform binary) instead of installing an unlocked version.
// Packages already present at the destination with the same version are left alone,
// so the step is a no-op once tsx becomes a runtime dependency.
//
// Usage: node scripts/copy-dep-closure.mjs <dest-root> <package>...
// Plain JavaScript on purpose: it runs before tsx is available.
import fs from 'node:fs';
import path from 'node:path';

const [destRoot, ...roots] = process.argv.slice(2);
if (!destRoot || roots.length === 0) {
  process.stderr.write('usage: node scripts/copy-dep-closure.mjs <dest-root> <package>...\n');
  process.exit(2);
}
const projectRoot = process.cwd();

/** Node's lookup: <dir>/node_modules/<name>, walking up to the project root. */
function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === projectRoot || dir === path.dirname(dir)) return null;
    dir = path.dirname(dir);
  }
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

const seen = new Set();
const queue = roots.map((name) => ({ name, from: projectRoot, optional: false }));
while (queue.length > 0) {
  const { name, from, optional } = queue.shift();
  const dir = resolvePackageDir(name, from);
  if (!dir) {
    // Optional dependencies for other platforms (fsevents, @esbuild/darwin-arm64…) are not installed.
    if (optional) continue;
    throw new Error(`${name} (needed from ${path.relative(projectRoot, from) || '.'}) is not installed`);
  }
  if (seen.has(dir)) continue;
  seen.add(dir);
  const pkg = readJson(path.join(dir, 'package.json'));
  const rel = path.relative(projectRoot, dir);
  const dest = path.join(destRoot, rel);
  if (fs.existsSync(path.join(dest, 'package.json'))) {
    const have = readJson(path.join(dest, 'package.json')).version;
    if (have !== pkg.version) throw new Error(`${rel}: destination has ${have}, source has ${pkg.version}`);
  } else {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.cpSync(dir, dest, { recursive: true, verbatimSymlinks: true });
    process.stdout.write(`copied ${rel}@${pkg.version}\n`);
  }
  for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: dir, optional: false });
  for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push({ name: dep, from: dir, optional: true });
}
