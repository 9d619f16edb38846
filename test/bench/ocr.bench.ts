/**
 * OCR / text-layer benchmark (DESIGN §6). Renders the project's own Persian minutes three ways
 * (Chromium PDF with a text layer, clean 300-DPI scan, noisy scan) in two fonts and measures the
 * stored text against the source.
 *
 * CER = Levenshtein distance over code points / source length, after normalising BOTH sides:
 * - `cer_*` (primary): display form — `toDisplay()` (letters folded to Persian, marks removed,
 *   affix ZWNJ repaired), then every whitespace run (including newlines) → one space, so line
 *   wrapping does not count;
 * - `cer_*_key`: search key — `searchKey()` (digits ASCII, ZWNJ removed, affixes joined);
 * - `cer_*_raw`: only whitespace collapsed.
 * `dates_*`: share of the source's dates (findDates) found with the same value in the output.
 * Throughput: pages/min over the same clean pages, `cores` pages in flight:
 * `ocr_js_pages_per_min` = full extractDocument pipeline on a tesseract.js pool of `cores`
 * workers (preprocessing, line-coverage re-reads, digit checks included);
 * `ocr_js_raw_pages_per_min` = bare pool.recognize (PSM 6) on the same PNGs;
 * `ocr_native_pages_per_min` = Debian `tesseract` CLI, PSM 6, the same traineddata (the gunzipped
 * @tesseract.js-data/fas file), OMP_THREAD_LIMIT=1, `cores` processes.
 *
 * Run alone: `node --import tsx test/bench/ocr.bench.ts [--pages N]` (JSON lines).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extractDocument, OcrPool } from '../../ingest/src/extract/index.ts';
import { FAS_LANG_PATH } from '../../ingest/src/extract/ocr-pool.ts';
import { findDates, searchKey, toDisplay } from '../../ingest/src/text/index.ts';
import { GENERATED_DIR, makeMinutesFixtures, type FixtureFont, type FixtureSet } from '../fixtures/make-fixtures.ts';

const run = promisify(execFile);

/** Levenshtein distance over code points. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const cost = xi === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const NORMALISERS = {
  display: (s: string) => ws(toDisplay(s)),
  key: (s: string) => ws(searchKey(s)),
  raw: ws,
} as const;

/** Character error rate of `got` against `expected` under a normaliser. */
export function cer(expected: string, got: string, norm: (s: string) => string = NORMALISERS.display): number {
  const e = norm(expected);
  return e.length === 0 ? 0 : levenshtein(e, norm(got)) / [...e].length;
}

/** Dates of the source found with the same value in the output: [found, total]. */
export function datesKept(expected: string, got: string): [number, number] {
  const want = findDates(expected).map((d) => d.jalali);
  const have = new Set(findDates(got).map((d) => d.jalali));
  return [want.filter((d) => have.has(d)).length, want.length];
}

interface Acc {
  errs: Record<keyof typeof NORMALISERS, number>;
  len: Record<keyof typeof NORMALISERS, number>;
  dates: [number, number];
}
const newAcc = (): Acc => ({ errs: { display: 0, key: 0, raw: 0 }, len: { display: 0, key: 0, raw: 0 }, dates: [0, 0] });
function add(acc: Acc, expected: string, got: string): void {
  for (const k of Object.keys(NORMALISERS) as (keyof typeof NORMALISERS)[]) {
    const e = NORMALISERS[k](expected);
    acc.errs[k] += levenshtein(e, NORMALISERS[k](got));
    acc.len[k] += [...e].length;
  }
  const [f, t] = datesKept(expected, got);
  acc.dates[0] += f;
  acc.dates[1] += t;
}
const rate = (acc: Acc, k: keyof typeof NORMALISERS): number => Math.round((acc.errs[k] / Math.max(1, acc.len[k])) * 10000) / 10000;

async function nativeTessdata(): Promise<string> {
  const dir = path.join(GENERATED_DIR, 'tessdata-js');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'fas.traineddata');
  await writeFile(file, gunzipSync(await readFile(path.join(FAS_LANG_PATH, 'fas.traineddata.gz'))));
  return dir;
}

async function inParallel<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (i < items.length) await fn(items[i++]!);
    }),
  );
}

/**
 * Run the benchmark, yielding metrics as they are measured. `pages` limits the pages per font
 * and rendering (default: all 3).
 */
export async function* runOcrBench(opts: { pages?: number; fonts?: FixtureFont[] } = {}): AsyncGenerator<{ name: string; value: number }> {
  const cores = os.availableParallelism();
  const fonts = opts.fonts ?? ['vazirmatn', 'naskh'];
  const sets: FixtureSet[] = [];
  for (const f of fonts) sets.push(await makeMinutesFixtures(f));
  const pool = new OcrPool({ workers: cores });
  try {
    const textLayer = newAcc();
    for (const set of sets) {
      const res = await extractDocument({ path: set.pdf, mime: 'application/pdf' }, { ocr: pool });
      for (const p of set.pages.slice(0, opts.pages)) {
        const got = res.pages.find((x) => x.number === p.number);
        add(textLayer, p.expected, got?.source === 'text-layer' ? got.text : '');
      }
    }
    yield { name: 'cer_text_layer', value: rate(textLayer, 'display') };
    yield { name: 'cer_text_layer_key', value: rate(textLayer, 'key') };
    yield { name: 'cer_text_layer_raw', value: rate(textLayer, 'raw') };
    yield { name: 'dates_text_layer', value: textLayer.dates[0] / Math.max(1, textLayer.dates[1]) };

    for (const variant of ['clean', 'noisy'] as const) {
      const acc = newAcc();
      const jobs = sets.flatMap((s) => s.pages.slice(0, opts.pages).map((p) => ({ p, file: variant === 'clean' ? p.clean : p.noisy })));
      const perFont = new Map<string, Acc>();
      await inParallel(jobs, cores, async ({ p, file }) => {
        const res = await extractDocument({ path: file, mime: 'image/png' }, { ocr: pool });
        const text = res.pages.map((x) => x.text).join('\n');
        add(acc, p.expected, text);
        const font = path.basename(path.dirname(file));
        if (!perFont.has(font)) perFont.set(font, newAcc());
        add(perFont.get(font)!, p.expected, text);
      });
      yield { name: `cer_scan_${variant}`, value: rate(acc, 'display') };
      yield { name: `cer_scan_${variant}_key`, value: rate(acc, 'key') };
      yield { name: `cer_scan_${variant}_raw`, value: rate(acc, 'raw') };
      yield { name: `dates_scan_${variant}`, value: acc.dates[0] / Math.max(1, acc.dates[1]) };
      for (const [font, a] of perFont) yield { name: `cer_scan_${variant}_${font.replace('minutes-', '')}`, value: rate(a, 'display') };
    }

    // Throughput on the same clean pages.
    const pngs = sets.flatMap((s) => s.pages.slice(0, opts.pages).map((p) => p.clean));
    // Warm up the workers so their start-up is not counted.
    await Promise.all(Array.from({ length: cores }, async () => pool.recognize(await readFile(pngs[0]!))));
    let t = performance.now();
    await inParallel(pngs, cores, async (file) => {
      await extractDocument({ path: file, mime: 'image/png' }, { ocr: pool });
    });
    yield { name: 'ocr_js_pages_per_min', value: Math.round((pngs.length / ((performance.now() - t) / 60000)) * 10) / 10 };
    t = performance.now();
    await inParallel(pngs, cores, async (file) => {
      await pool.recognize(await readFile(file), { mode: 'block' });
    });
    const jsRaw = pngs.length / ((performance.now() - t) / 60000);
    yield { name: 'ocr_js_raw_pages_per_min', value: Math.round(jsRaw * 10) / 10 };
    const tessdata = await nativeTessdata();
    t = performance.now();
    await inParallel(pngs, cores, async (file) => {
      await run('tesseract', [file, '-', '-l', 'fas', '--psm', '6', '--tessdata-dir', tessdata], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        maxBuffer: 16 * 1024 * 1024,
      });
    });
    const native = pngs.length / ((performance.now() - t) / 60000);
    yield { name: 'ocr_native_pages_per_min', value: Math.round(native * 10) / 10 };
  } finally {
    await pool.terminate();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--pages');
  const pages = i > 0 ? Number(process.argv[i + 1]) : undefined;
  for await (const m of runOcrBench({ pages })) console.log(JSON.stringify(m));
}
