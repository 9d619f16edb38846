/**
 * Benchmarks: `npm run bench -- [--json] [--docs N] [--fresh] [--no-ocr] [--ocr-pages N]`.
 *
 * Search: generates a synthetic archive (generate.ts), indexes it with the FTS5 engine in
 * batches (cached under test/bench/out/, rebuilt with --fresh), then times `engine.search` over
 * a fixed mixed query set with facets and the bare FTS5 MATCH for the same terms.
 *
 * The machine is shared, so every query is timed side by side: the raw FTS5 floor, the engine
 * without its match cache (`search_*`, every query goes to FTS5), a follow-up request (the next
 * page) of the same query on the engine with its cache (`search_cached_*`, as a user paging or
 * refining facets sees it) and, with
 * `--baseline-engine <module> --baseline-db <file>`, another build of the engine on its own index
 * (`baseline_*`), interleaved query by query. Wall time and CPU time (process.cpuUsage) are both
 * reported; each figure is the median over `--reps` (default 3) repetitions of the query set.
 * OCR: runs test/bench/ocr.bench.ts (`runOcrBench`) when the file exists, unless --no-ocr.
 * Hostile: search latency over HTTP while a 2 000-page PDF and a 49 MB HTML are worked
 * (hostile.bench.ts), unless --no-hostile; `--hostile-seconds N` (default 60).
 * With --json: one `{"name","value"}` object per line; otherwise a table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { keyTerms } from '../../ingest/src/search/fts-records.ts';
import { ftsString } from '../../ingest/src/search/query-parser.ts';
import type { SearchEngine, SearchRequest } from '../../ingest/src/search/search-engine.ts';
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import { FUNDING_BODIES } from '../../ingest/src/parse/data/funding-bodies.ts';
import { PROVINCES } from '../../ingest/src/parse/data/gazetteer.ts';
import { generateArchive } from './generate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, 'out');

interface Args {
  json: boolean;
  docs: number;
  fresh: boolean;
  ocr: boolean;
  search: boolean;
  hostile: boolean;
  hostileSeconds: number;
  ocrPages?: number;
  reps: number;
  baselineEngine?: string;
  baselineDb?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    json: false,
    docs: 100_000,
    fresh: false,
    ocr: true,
    search: true,
    hostile: true,
    hostileSeconds: 60,
    reps: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--json') a.json = true;
    else if (x === '--fresh') a.fresh = true;
    else if (x === '--no-ocr') a.ocr = false;
    else if (x === '--ocr') a.ocr = true;
    else if (x === '--no-search') a.search = false;
    else if (x === '--no-hostile') a.hostile = false;
    else if (x === '--hostile-seconds') a.hostileSeconds = Number(argv[++i]);
    else if (x === '--docs') a.docs = Number(argv[++i]);
    else if (x === '--ocr-pages') a.ocrPages = Number(argv[++i]);
    else if (x === '--reps') a.reps = Number(argv[++i]);
    else if (x === '--baseline-engine') a.baselineEngine = path.resolve(argv[++i]!);
    else if (x === '--baseline-db') a.baselineDb = path.resolve(argv[++i]!);
    else throw new Error(`unknown argument ${x}`);
  }
  if (!Number.isInteger(a.docs) || a.docs < 1) throw new Error('--docs must be a positive integer');
  if (!Number.isInteger(a.reps) || a.reps < 1) throw new Error('--reps must be a positive integer');
  if (!!a.baselineEngine !== !!a.baselineDb) throw new Error('--baseline-engine and --baseline-db go together');
  return a;
}

const results: { name: string; value: number }[] = [];
let jsonOut = false;
function emit(name: string, value: number): void {
  const v = Math.round(value * 100) / 100;
  results.push({ name, value: v });
  if (jsonOut) console.log(JSON.stringify({ name, value: v }));
}
function log(msg: string): void {
  if (!jsonOut) console.error(msg);
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface IndexMeta {
  docs: number;
  indexSeconds: number;
  /** CPU seconds of the indexing process spent in `engine.index` (absent in older caches). */
  indexCpuSeconds?: number;
  /** RSS after every 10 000 documents (MB): flat when indexing does not accumulate memory. */
  rssTrailMb?: number[];
  generateSeconds: number;
  rssPeakMb: number;
  rssAfterMb: number;
  rssAfterFirstBatchMb: number;
}

async function buildIndex(dbPath: string, docs: number): Promise<IndexMeta> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  const engine = new SqliteFts5Engine({ path: dbPath });
  await engine.init();
  let batch = [];
  let indexMs = 0;
  let genMs = 0;
  let peak = 0;
  let first = 0;
  let done = 0;
  let cpuUs = 0;
  const trail: number[] = [];
  const timedIndex = async (b: DocumentRecord[]) => {
    const c = process.cpuUsage();
    const t1 = performance.now();
    await engine.index(b);
    indexMs += performance.now() - t1;
    const d = process.cpuUsage(c);
    cpuUs += d.user + d.system;
  };
  let t = performance.now();
  for (const doc of generateArchive({ docs })) {
    batch.push(doc);
    if (batch.length === 500) {
      genMs += performance.now() - t;
      await timedIndex(batch);
      done += batch.length;
      batch = [];
      const rss = process.memoryUsage().rss / 2 ** 20;
      peak = Math.max(peak, rss);
      if (!first) first = rss;
      if (done % 10_000 === 0) {
        trail.push(Math.round(rss));
        log(`  indexed ${done}/${docs} (rss ${rss.toFixed(0)} MB)`);
      }
      t = performance.now();
    }
  }
  genMs += performance.now() - t;
  if (batch.length > 0) await timedIndex(batch);
  await engine.close();
  const t2 = performance.now();
  // leave the FTS5 b-trees merged as a long-running archive would be after `optimize`
  const db = new Database(dbPath);
  db.exec("INSERT INTO passages(passages) VALUES('optimize'); INSERT INTO res_fts(res_fts) VALUES('optimize');");
  db.close();
  indexMs += performance.now() - t2;
  if (global.gc) global.gc();
  const rssAfter = process.memoryUsage().rss / 2 ** 20;
  return {
    docs,
    indexSeconds: indexMs / 1000,
    indexCpuSeconds: cpuUs / 1e6,
    rssTrailMb: trail,
    generateSeconds: genMs / 1000,
    rssPeakMb: Math.max(peak, rssAfter),
    rssAfterMb: rssAfter,
    rssAfterFirstBatchMb: first,
  };
}

/** The fixed mixed query set (names drawn from the same lists as the generator). */
function querySet(): SearchRequest[] {
  const counties = PROVINCES.flatMap((p) => p.counties.map((c) => c.replace(/^\?/, '').split('|')[0]!));
  const provinces = PROVINCES.map((p) => p.name);
  const funding = FUNDING_BODIES.map((f) => f.name);
  const q: SearchRequest[] = [
    { q: 'بانک توسعه تعاون' },
    { q: 'قرارگاه اجتماعی' },
    { q: 'مسجد سلیمان' },
    { q: 'دفاتر تسهیلگری' },
    { q: 'مشاغل خانگی' },
    { q: 'آرد و نان' },
    { q: 'مقرر گردید' },
    { q: 'صورتجلسه' },
    { q: 'میز خدمت' },
    { q: '۱۴۰۲' },
    { q: 'تبصره 18' },
    { q: 'صندوق کارآفرینی امید' },
    { q: 'بازارچه مرزی' },
    { q: '"طرح هادی روستایی"' },
    { q: 'بانک توس' }, // search as you type
    { q: 'تسهیلاات اشتغال' }, // typo
    { q: 'سرمایه‌گذاری صنعتی -مسکن' },
    { q: 'آب شرب روستاها', sort: 'date_desc' },
    { q: '' },
    { q: '', filters: { kind: ['minutes'], year: ['1400', '1401'] } },
    { q: 'اشتغال', filters: { province: [provinces[3]!] } },
    { q: 'تسهیلات', filters: { funding: [funding[0]!, funding[5]!] } },
    { q: 'گردشگری', page: 3 },
    { q: 'بیمه روستاییان', filters: { from: '2019-03-21', to: '2022-03-20' } },
  ];
  for (let i = 0; i < 12; i++) q.push({ q: counties[(i * 37) % counties.length]! });
  for (let i = 0; i < 4; i++)
    q.push({ q: `${funding[(i * 7) % funding.length]!} ${counties[(i * 11) % counties.length]!}` });
  return q;
}

interface Sample {
  wall: number[];
  cpu: number[];
}

/** Time one call: wall and process CPU milliseconds. */
async function timed(f: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  await f();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Median over repetitions of a percentile of each repetition's samples. */
function repPct(reps: Sample[], kind: keyof Sample, p: number): number {
  return median(
    reps.map((r) =>
      pct(
        [...r[kind]].sort((a, b) => a - b),
        p,
      ),
    ),
  );
}

async function searchBench(args: Args): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const dbPath = path.join(OUT, `search-${args.docs}.db`);
  const metaPath = path.join(OUT, `search-${args.docs}.json`);
  let meta: IndexMeta;
  if (!args.fresh && fs.existsSync(dbPath) && fs.existsSync(metaPath)) {
    meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as IndexMeta;
    log(`using cached index ${path.relative(process.cwd(), dbPath)} (--fresh to rebuild)`);
  } else {
    log(`generating and indexing ${args.docs} documents…`);
    meta = await buildIndex(dbPath, args.docs);
    fs.writeFileSync(metaPath, JSON.stringify(meta));
  }
  emit('docs', meta.docs);
  emit('index_docs_per_s', meta.docs / meta.indexSeconds);
  if (meta.indexCpuSeconds) emit('index_docs_per_cpu_s', meta.docs / meta.indexCpuSeconds);
  emit('generate_docs_per_s', meta.docs / meta.generateSeconds);
  emit('rss_mb_after_index', meta.rssAfterMb);
  emit('rss_mb_peak_index', meta.rssPeakMb);
  emit('rss_mb_after_first_batch', meta.rssAfterFirstBatchMb);
  if (meta.rssTrailMb && meta.rssTrailMb.length > 1) {
    const t = meta.rssTrailMb;
    // growth over the second half of the run: ~0 when memory stays flat
    emit('rss_mb_growth_second_half', t[t.length - 1]! - t[Math.floor((t.length - 1) / 2)]!);
    log(`  rss every 10 000 documents: ${t.join(' ')} MB`);
  }
  emit('index_db_mb', fs.statSync(dbPath).size / 2 ** 20);

  const cold = new SqliteFts5Engine({ path: dbPath, matchCacheEntries: 0 });
  const cached = new SqliteFts5Engine({ path: dbPath });
  const tOpen = performance.now();
  await cold.init();
  emit('engine_open_ms', performance.now() - tOpen);
  await cached.init();
  let baseline: SearchEngine | null = null;
  if (args.baselineEngine && args.baselineDb) {
    const mod = (await import(pathToFileURL(args.baselineEngine).href)) as {
      SqliteFts5Engine: new (o: { path: string; matchCacheEntries?: number }) => SearchEngine;
    };
    // without its match cache, as `search_*` (the figures compare like with like)
    baseline = new mod.SqliteFts5Engine({ path: args.baselineDb, matchCacheEntries: 0 });
    await baseline.init();
    emit('baseline_index_db_mb', fs.statSync(args.baselineDb).size / 2 ** 20);
  }

  const queries = querySet();
  // bare FTS5: the same terms ANDed, top 20 by rank
  const raw = new Database(dbPath, { readonly: true });
  const stmt = raw.prepare('SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT 20');
  const exprs = queries.map((q) =>
    keyTerms(q.q.replace(/^-|\s-\S+/g, ''))
      .map(ftsString)
      .join(' AND '),
  );
  // warm-up (page cache, prepared statements, vocabulary)
  for (const [i, q] of queries.entries()) {
    await cold.search(q);
    await cached.search(q);
    await baseline?.search(q);
    if (exprs[i]) stmt.all(exprs[i]);
  }
  const systems = ['raw', 'search', 'search_text', 'search_cached', 'baseline', 'baseline_text'] as const;
  const reps: Record<(typeof systems)[number], Sample[]> = {
    raw: [],
    search: [],
    search_text: [],
    search_cached: [],
    baseline: [],
    baseline_text: [],
  };
  const rounds = 2;
  for (let r = 0; r < args.reps; r++) {
    const cur = Object.fromEntries(systems.map((s) => [s, { wall: [], cpu: [] } as Sample])) as Record<
      (typeof systems)[number],
      Sample
    >;
    const add = (s: (typeof systems)[number], t: { wall: number; cpu: number }) => {
      cur[s].wall.push(t.wall);
      cur[s].cpu.push(t.cpu);
    };
    for (let round = 0; round < rounds; round++) {
      for (const [i, q] of queries.entries()) {
        // interleaved, so that load from other processes hits every system alike
        const text = q.q.trim() !== '';
        if (exprs[i]) add('raw', await timed(() => stmt.all(exprs[i])));
        const tc = await timed(() => cold.search(q));
        add('search', tc);
        if (text) add('search_text', tc);
        // a follow-up of the same query (next page), as after a user's first request
        await cached.search(q);
        add('search_cached', await timed(() => cached.search({ ...q, page: (q.page ?? 1) + 1 })));
        if (baseline) {
          const tb = await timed(() => baseline.search(q));
          add('baseline', tb);
          if (text) add('baseline_text', tb);
        }
      }
    }
    for (const s of systems) reps[s].push(cur[s]);
  }
  raw.close();
  const fig = (s: (typeof systems)[number], kind: keyof Sample, p: number) => repPct(reps[s], kind, p);
  emit('search_p50_ms', fig('search', 'wall', 50));
  emit('search_p95_ms', fig('search', 'wall', 95));
  emit('search_max_ms', median(reps.search.map((r) => Math.max(...r.wall))));
  emit('search_cpu_p50_ms', fig('search', 'cpu', 50));
  emit('search_cpu_p95_ms', fig('search', 'cpu', 95));
  emit('search_text_p50_ms', fig('search_text', 'wall', 50));
  emit('search_cached_p50_ms', fig('search_cached', 'wall', 50));
  emit('search_cached_p95_ms', fig('search_cached', 'wall', 95));
  emit('search_cached_cpu_p95_ms', fig('search_cached', 'cpu', 95));
  emit('fts_raw_p50_ms', fig('raw', 'wall', 50));
  emit('fts_raw_p95_ms', fig('raw', 'wall', 95));
  emit('fts_raw_cpu_p50_ms', fig('raw', 'cpu', 50));
  emit('search_text_p50_over_raw', fig('search_text', 'wall', 50) / Math.max(0.001, fig('raw', 'wall', 50)));
  emit('search_text_cpu_p50_over_raw', fig('search_text', 'cpu', 50) / Math.max(0.001, fig('raw', 'cpu', 50)));
  if (baseline) {
    emit('baseline_p50_ms', fig('baseline', 'wall', 50));
    emit('baseline_p95_ms', fig('baseline', 'wall', 95));
    emit('baseline_cpu_p50_ms', fig('baseline', 'cpu', 50));
    emit('baseline_cpu_p95_ms', fig('baseline', 'cpu', 95));
    emit('baseline_text_p50_over_raw', fig('baseline_text', 'wall', 50) / Math.max(0.001, fig('raw', 'wall', 50)));
    emit('baseline_text_cpu_p50_over_raw', fig('baseline_text', 'cpu', 50) / Math.max(0.001, fig('raw', 'cpu', 50)));
    emit('search_over_baseline_cpu_p50', fig('search', 'cpu', 50) / Math.max(0.001, fig('baseline', 'cpu', 50)));
    emit('search_over_baseline_p95', fig('search', 'wall', 95) / Math.max(0.001, fig('baseline', 'wall', 95)));
    emit('search_over_baseline_cpu_p95', fig('search', 'cpu', 95) / Math.max(0.001, fig('baseline', 'cpu', 95)));
  }

  // per-query detail for the human table (median CPU ms of the timed runs)
  if (!jsonOut) {
    for (const q of queries) {
      const b = baseline ? await timed(() => baseline.search(q)) : null;
      const t = await timed(() => cold.search(q));
      const r = await cold.search(q);
      log(
        `  ${t.wall.toFixed(1).padStart(7)} ms (cpu ${t.cpu.toFixed(1).padStart(5)})${b ? `  baseline ${b.wall.toFixed(1).padStart(7)} ms (cpu ${b.cpu.toFixed(1).padStart(5)})` : ''}  total ${String(r.total).padStart(6)}  ${JSON.stringify(q)}`,
      );
    }
  }
  await cold.close();
  await cached.close();
  await baseline?.close();
}

async function ocrBench(args: Args): Promise<void> {
  const file = path.join(HERE, 'ocr.bench.ts');
  if (!fs.existsSync(file)) {
    log('OCR benchmark skipped: test/bench/ocr.bench.ts is not there');
    return;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    runOcrBench?: (opts: { pages?: number }) => AsyncGenerator<{ name: string; value: number }>;
  };
  if (typeof mod.runOcrBench !== 'function') {
    log('OCR benchmark skipped: ocr.bench.ts does not export runOcrBench');
    return;
  }
  for await (const m of mod.runOcrBench({ pages: args.ocrPages })) emit(m.name, m.value);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  jsonOut = args.json;
  if (args.search) await searchBench(args);
  if (args.ocr) await ocrBench(args);
  if (args.hostile) {
    const { runHostileBench } = await import('./hostile.bench.ts');
    for await (const m of runHostileBench({ seconds: args.hostileSeconds })) emit(m.name, m.value);
  }
  if (!jsonOut) {
    console.log('\nbenchmark                      value');
    for (const r of results) console.log(`${r.name.padEnd(30)} ${r.value}`);
  }
}

await main();
