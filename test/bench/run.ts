/**
 * Benchmarks: `npm run bench -- [--json] [--docs N] [--fresh] [--no-ocr] [--ocr-pages N]`.
 *
 * Search: generates a synthetic archive (generate.ts), indexes it with the FTS5 engine in
 * batches (cached under test/bench/out/, rebuilt with --fresh), then times `engine.search` over
 * a fixed mixed query set with facets and the bare FTS5 MATCH for the same terms.
 * OCR: runs test/bench/ocr.bench.ts (`runOcrBench`) when the file exists, unless --no-ocr.
 * With --json: one `{"name","value"}` object per line; otherwise a table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { keyTerms } from '../../ingest/src/archive/fts-records.ts';
import { ftsString } from '../../ingest/src/archive/query-parser.ts';
import type { SearchRequest } from '../../ingest/src/archive/search-engine.ts';
import { SqliteFts5Engine } from '../../ingest/src/archive/sqlite-fts5.engine.ts';
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
  ocrPages?: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, docs: 100_000, fresh: false, ocr: true, search: true };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--json') a.json = true;
    else if (x === '--fresh') a.fresh = true;
    else if (x === '--no-ocr') a.ocr = false;
    else if (x === '--ocr') a.ocr = true;
    else if (x === '--no-search') a.search = false;
    else if (x === '--docs') a.docs = Number(argv[++i]);
    else if (x === '--ocr-pages') a.ocrPages = Number(argv[++i]);
    else throw new Error(`unknown argument ${x}`);
  }
  if (!Number.isInteger(a.docs) || a.docs < 1) throw new Error('--docs must be a positive integer');
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
  let t = performance.now();
  for (const doc of generateArchive({ docs })) {
    batch.push(doc);
    if (batch.length === 500) {
      genMs += performance.now() - t;
      const t1 = performance.now();
      await engine.index(batch);
      indexMs += performance.now() - t1;
      done += batch.length;
      batch = [];
      const rss = process.memoryUsage().rss / 2 ** 20;
      peak = Math.max(peak, rss);
      if (!first) first = rss;
      if (done % 10_000 === 0) log(`  indexed ${done}/${docs} (rss ${rss.toFixed(0)} MB)`);
      t = performance.now();
    }
  }
  genMs += performance.now() - t;
  if (batch.length > 0) {
    const t1 = performance.now();
    await engine.index(batch);
    indexMs += performance.now() - t1;
  }
  const t2 = performance.now();
  // leave the FTS5 b-trees merged as a long-running archive would be after `optimize`
  (engine as unknown as { db: Database.Database }).db.exec(
    "INSERT INTO passages(passages) VALUES('optimize'); INSERT INTO res_fts(res_fts) VALUES('optimize');",
  );
  indexMs += performance.now() - t2;
  await engine.close();
  if (global.gc) global.gc();
  const rssAfter = process.memoryUsage().rss / 2 ** 20;
  return {
    docs,
    indexSeconds: indexMs / 1000,
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
  emit('generate_docs_per_s', meta.docs / meta.generateSeconds);
  emit('rss_mb_after_index', meta.rssAfterMb);
  emit('rss_mb_peak_index', meta.rssPeakMb);
  emit('rss_mb_after_first_batch', meta.rssAfterFirstBatchMb);
  emit('index_db_mb', fs.statSync(dbPath).size / 2 ** 20);

  const engine = new SqliteFts5Engine({ path: dbPath });
  const tOpen = performance.now();
  await engine.init();
  emit('engine_open_ms', performance.now() - tOpen);
  const queries = querySet();
  // warm-up (page cache, prepared statements, vocabulary)
  for (const q of queries) await engine.search(q);
  const times: number[] = [];
  const textTimes: number[] = [];
  const rounds = 5;
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await engine.search(q);
      const ms = performance.now() - t;
      times.push(ms);
      if (q.q.trim() !== '') textTimes.push(ms);
    }
  }
  times.sort((a, b) => a - b);
  textTimes.sort((a, b) => a - b);
  emit('search_p50_ms', pct(times, 50));
  emit('search_p95_ms', pct(times, 95));
  emit('search_max_ms', times[times.length - 1]!);
  emit('search_text_p50_ms', pct(textTimes, 50));

  // bare FTS5: the same terms ANDed, top 20 by rank
  const raw = new Database(dbPath, { readonly: true });
  const stmt = raw.prepare('SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT 20');
  const exprs = queries
    .filter((q) => q.q.trim() !== '')
    .map((q) =>
      keyTerms(q.q.replace(/^-|\s-\S+/g, ''))
        .map(ftsString)
        .join(' AND '),
    );
  for (const e of exprs) if (e) stmt.all(e);
  const rawTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const e of exprs) {
      if (!e) continue;
      const t = performance.now();
      stmt.all(e);
      rawTimes.push(performance.now() - t);
    }
  }
  raw.close();
  rawTimes.sort((a, b) => a - b);
  emit('fts_raw_p50_ms', pct(rawTimes, 50));
  emit('fts_raw_p95_ms', pct(rawTimes, 95));
  emit('search_text_p50_over_raw', pct(textTimes, 50) / Math.max(0.001, pct(rawTimes, 50)));

  // per-query detail for the human table
  if (!jsonOut) {
    for (const q of queries) {
      const t = performance.now();
      const r = await engine.search(q);
      log(
        `  ${(performance.now() - t).toFixed(1).padStart(7)} ms  total ${String(r.total).padStart(6)}  ${JSON.stringify(q)}`,
      );
    }
  }
  await engine.close();
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
  if (!jsonOut) {
    console.log('\nbenchmark                      value');
    for (const r of results) console.log(`${r.name.padEnd(30)} ${r.value}`);
  }
}

await main();
