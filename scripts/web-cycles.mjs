#!/usr/bin/env node
// Import cycles among the web app's modules, .svelte components included.
//
// Why: `npm run cycles` runs dpdm over the .ts files, but dpdm does not parse .svelte files, so a
// cycle through a component (A.svelte → b.ts → A.svelte) would go unseen. This reads every
// `import … from '…'`, `export … from '…'`, side-effect `import '…'` and `import('…')` of
// web/src/**/*.{ts,js,svelte}, resolves relative and `$lib/` specifiers to files (type-only
// imports count, as in dpdm), and exits 1 listing each cycle (one per strongly connected
// component). Package imports, `$app/…` and the generated `./$types` are outside the graph.
//
// Usage: node scripts/web-cycles.mjs [src-root]   (default web/src)
// Plain JavaScript like the other scripts here: no build step.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'web/src');
const lib = path.join(root, 'lib');
const SOURCE = /\.(ts|js|svelte)$/;
const SPECIFIER =
  /(?:^|[^\w$.])(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every source file under `dir`. */
function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (SOURCE.test(e.name)) out.push(p);
  }
  return out;
}

/** The file a specifier names, or null when it is outside the graph; throws when it names none. */
function resolve(from, spec) {
  let base;
  if (spec === '$lib' || spec.startsWith('$lib/')) base = path.join(lib, spec.slice(4));
  else if (spec.startsWith('./') || spec.startsWith('../')) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (/(^|\/)\$types$/.test(spec)) return null;
  const candidates = [base, `${base}.ts`, `${base}.js`, `${base}.svelte`, path.join(base, 'index.ts')];
  if (base.endsWith('.js')) candidates.splice(1, 0, base.replace(/\.js$/, '.ts'));
  const hit = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (!hit) throw new Error(`${path.relative(process.cwd(), from)}: cannot resolve '${spec}'`);
  return hit;
}

const files = walk(root);
const graph = new Map();
for (const f of files) {
  const deps = new Set();
  for (const m of fs.readFileSync(f, 'utf8').matchAll(SPECIFIER)) {
    const target = resolve(f, m[1] ?? m[2]);
    if (target && SOURCE.test(target)) deps.add(target);
  }
  graph.set(f, [...deps]);
}

// Tarjan's strongly connected components; a component of two or more files, or a file importing
// itself, is a cycle.
let index = 0;
const stack = [];
const info = new Map();
const cycles = [];
function connect(v) {
  const node = { index, low: index, onStack: true };
  info.set(v, node);
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    const seen = info.get(w);
    if (!seen) {
      connect(w);
      node.low = Math.min(node.low, info.get(w).low);
    } else if (seen.onStack) node.low = Math.min(node.low, seen.index);
  }
  if (node.low === node.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
  }
}
for (const f of files) if (!info.has(f)) connect(f);

const rel = (f) => path.relative(process.cwd(), f);
if (cycles.length > 0) {
  for (const c of cycles) process.stderr.write(`import cycle: ${c.map(rel).sort().join(' ↔ ')}\n`);
  process.exit(1);
}
process.stdout.write(`web-cycles: no import cycle among ${files.length} files of ${rel(root)}\n`);
