/**
 * OCR / text-layer benchmark (DESIGN §6). Renders Persian text three ways (Chromium PDF with a
 * text layer, clean 300-DPI scan, noisy scan: 1.1–1.4° skew, blur, noise, JPEG 55) in two fonts
 * (Nazli — the Nazanin-like face of government letters, Debian fonts-farsiweb — and Vazirmatn)
 * and measures the extracted text against the source. The text is the project's own minutes, or
 * any text files given with `--source` (each rendered the same three ways; CER per document).
 *
 * CER = Levenshtein distance over code points / source length, after normalising BOTH sides:
 * - `cer_*` (primary): display form — `toDisplay()` (letters folded to Persian, marks removed,
 *   affix ZWNJ repaired), then every whitespace run (including newlines) → one space, so line
 *   wrapping does not count;
 * - `cer_*_key`: search key — `searchKey()` (digits ASCII, ZWNJ removed, affixes joined);
 * - `cer_*_raw`: only whitespace collapsed.
 * `dates_*`: share of the source's dates found in the output — dates findDates parses by value,
 *   numeric dates it does not parse (e.g. day-first «30/5/97») by their digit groups.
 * Throughput, on the same clean pages, `--parallel` (default 2) pages in flight, `--rounds`
 * (default 3) alternating rounds, medians reported (the machine is shared, so the ratio is
 * measured side by side):
 * `ocr_js_raw_pages_per_min` = bare pool.recognize (PSM 6, OEM LSTM, SIMD LSTM core) on a pool
 * of `parallel` workers; `ocr_native_pages_per_min` = Debian `tesseract` CLI, `--oem 1 --psm 6`,
 * the SAME traineddata (the gunzipped @tesseract.js-data/fas file), OMP_THREAD_LIMIT=1,
 * `parallel` processes; `ocr_js_vs_native` = their ratio (median of per-round ratios). The pool
 * cuts a page to its ink before recognition (cropToInk), the CLI reads the whole page, so this
 * is the pool as shipped against the CLI as a user would run it. `ocr_js_vs_native_same_pixels`
 * takes that advantage away: both read the same pre-cut pages, which leaves the cost of the
 * WebAssembly engine itself;
 * `*_cpu_s_per_page` = CPU seconds per page (process.cpuUsage for the pool, which includes its
 * worker threads; /usr/bin/time user+sys for native), the robust comparison on a busy machine;
 * `ocr_js_pages_per_min` = the full extractDocument pipeline (preprocessing, line-coverage
 * re-reads included); `ocr_js_noisy_pages_per_min` = the same on the noisy scans (denoising).
 *
 * Run alone: `node --import tsx test/bench/ocr.bench.ts [--pages N] [--fonts nazli,vazirmatn]
 * [--source a.txt --source b.txt] [--parallel 2] [--rounds 3] [--no-speed]
 * [--variants text,clean,noisy,dpi150,dpi100,photo] [--no-glyphs] [--no-bare] [--lang-path dir]` (JSON lines;
 * `--no-glyphs` leaves numbers as Tesseract read them, to measure the glyph reader side by side;
 * `--lang-path` reads with another `fas.traineddata(.gz)` as the pool's main model).
 * Scan variants beyond clean/noisy: `dpi150`/`dpi100` = pdftoppm renders at 150/100 DPI as grey
 * JPEG, `photo` = a phone photo of the page (perspective, uneven light, desk; photo-page.ts).
 * `cer_bare_<variant>` = bare `tesseract` CLI on the same image with the pool's model,
 * `cer_bare_debian_<variant>` = with Debian's `fas` (the fast network), side by side.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { childEnv } from '../../ingest/src/config.ts';
import { extractDocument, OcrPool } from '../../ingest/src/extract/index.ts';
import { cropToInk, FAS_LANG_PATH } from '../../ingest/src/extract/ocr-pool.ts';
import { findDates, searchKey, toDisplay } from '../../ingest/src/text/index.ts';
import {
  DEFAULT_FIXTURE_FONTS,
  GENERATED_DIR,
  makeMinutesFixtures,
  makeSourceFixtures,
  type FixtureFont,
  type FixtureSet,
} from '../fixtures/make-fixtures.ts';

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

/** Persian and Arabic-Indic digits → ASCII (one code unit each, so offsets are kept). */
const asciiDigits = (s: string): string =>
  s.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) - 0x660) % 0x90));

/** Numeric dates: three digit groups joined by `/`, `-` or `.` («30/5/97», «2025-09-18»). */
const NUMERIC_DATE = /(?<![\d/.-])\d{1,4} ?[/.-] ?\d{1,2} ?[/.-] ?\d{1,4}(?![\d/-]|\.\d)/g;

/** A numeric date's digit groups without leading zeros: «2025-09-18» → «2025/9/18». */
const digitKey = (s: string): string => (s.match(/\d+/g) ?? []).map((g) => String(Number(g))).join('/');

/** Dates of a text: findDates' values, plus numeric dates it does not parse, as digit keys. */
function datesOf(text: string): { value: string[]; digits: string[] } {
  const found = findDates(text);
  const ascii = asciiDigits(text);
  const digits: string[] = [];
  for (const m of ascii.matchAll(NUMERIC_DATE)) {
    const end = m.index + m[0].length;
    if (!found.some((d) => d.index < end && m.index < d.end)) digits.push(digitKey(m[0]));
  }
  return { value: found.map((d) => d.jalali), digits };
}

/**
 * Dates of the source found in the output: [found, total] (multiset). A date findDates parses
 * counts when the output holds the same value (in any written form) or the same digits; a
 * numeric date it does not parse (day-first short forms such as «30/5/97») is compared by its
 * digit groups, so it is measured instead of silently left out of the total.
 */
export function datesKept(expected: string, got: string): [number, number] {
  const want = datesOf(expected);
  const have = datesOf(got);
  const ascii = asciiDigits(got);
  const allDigits = [...ascii.matchAll(NUMERIC_DATE)].map((m) => digitKey(m[0]));
  const take = (pool: string[], x: string): boolean => {
    const i = pool.indexOf(x);
    if (i >= 0) pool.splice(i, 1);
    return i >= 0;
  };
  let found = 0;
  const wantFound = findDates(expected);
  wantFound.forEach((d, i) => {
    const key = digitKey(asciiDigits(d.text));
    if (take(have.value, want.value[i]!) || (/\d+\D+\d+\D+\d+/.test(asciiDigits(d.text)) && take(allDigits, key)))
      found++;
  });
  for (const key of want.digits) if (take(allDigits, key)) found++;
  return [found, want.value.length + want.digits.length];
}

interface Acc {
  errs: Record<keyof typeof NORMALISERS, number>;
  len: Record<keyof typeof NORMALISERS, number>;
  dates: [number, number];
}
const newAcc = (): Acc => ({
  errs: { display: 0, key: 0, raw: 0 },
  len: { display: 0, key: 0, raw: 0 },
  dates: [0, 0],
});
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
const rate = (acc: Acc, k: keyof typeof NORMALISERS): number =>
  Math.round((acc.errs[k] / Math.max(1, acc.len[k])) * 10000) / 10000;

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

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r2 = (x: number): number => Math.round(x * 100) / 100;

export interface OcrBenchOptions {
  /** Pages per document (default all). */
  pages?: number;
  fonts?: FixtureFont[];
  /** Text files to render instead of the built-in minutes. */
  sources?: string[];
  /** Pages in flight = pool workers = native processes (default 2). */
  parallel?: number;
  /** Alternating js/native throughput rounds (default 3). */
  rounds?: number;
  /** Skip the throughput part. */
  speed?: boolean;
  /** Read numbers again with the glyph reader (default true; false measures Tesseract alone). */
  numberGlyphs?: boolean;
  /** Renderings to measure (default all). */
  variants?: ('text' | ScanVariant)[];
  /** Also read every scan with bare `tesseract` (same model, and Debian's own) side by side (default true). */
  bare?: boolean;
  /** Directory of the pool's `fas.traineddata(.gz)` (default the shipped model), to compare models. */
  langPath?: string;
}

/** The scan renderings of a page (see make-fixtures.ts and photo-page.ts). */
export type ScanVariant = 'clean' | 'noisy' | 'dpi150' | 'dpi100' | 'photo';
const SCAN_VARIANTS: ScanVariant[] = ['clean', 'noisy', 'dpi150', 'dpi100', 'photo'];

/**
 * Bare Tesseract on an image file: the CLI, `--oem 1 --psm 6`, one thread; with `tessdata` the
 * pool's own model (gunzipped), without it Debian's `fas` (the *fast* network).
 */
async function bareTesseract(file: string, tessdata?: string): Promise<string> {
  const args = [file, '-', '-l', 'fas', '--oem', '1', '--psm', '6', ...(tessdata ? ['--tessdata-dir', tessdata] : [])];
  const { stdout } = await run('tesseract', args, {
    env: childEnv({ OMP_THREAD_LIMIT: '1' }, { inherit: true }),
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** Run the benchmark, yielding metrics as they are measured. */
export async function* runOcrBench(opts: OcrBenchOptions = {}): AsyncGenerator<{ name: string; value: number }> {
  const parallel = opts.parallel ?? 2;
  const fonts = opts.fonts ?? DEFAULT_FIXTURE_FONTS;
  const sets: FixtureSet[] = [];
  for (const f of fonts) {
    if (opts.sources?.length) for (const src of opts.sources) sets.push(await makeSourceFixtures(src, f));
    else sets.push(await makeMinutesFixtures(f));
  }
  // With a page limit, compare per page (only the minutes know their per-page text).
  const perPage = opts.pages !== undefined && !opts.sources?.length;
  const pool = new OcrPool({ workers: parallel, langPath: opts.langPath });
  const variants = opts.variants ?? ['text', ...SCAN_VARIANTS];
  const tessdata = opts.bare === false ? '' : await nativeTessdata();
  try {
    if (variants.includes('text')) {
      const textLayer = newAcc();
      for (const set of sets) {
        const res = await extractDocument({ path: set.pdf, mime: 'application/pdf' }, { ocr: pool });
        const pageText = (n: number): string => {
          const got = res.pages.find((x) => x.number === n);
          return got?.source === 'text-layer' ? got.text : '';
        };
        if (perPage) for (const p of set.pages.slice(0, opts.pages)) add(textLayer, p.expected, pageText(p.number));
        else add(textLayer, set.expected, set.pages.map((p) => pageText(p.number)).join('\n'));
      }
      yield { name: 'cer_text_layer', value: rate(textLayer, 'display') };
      yield { name: 'cer_text_layer_key', value: rate(textLayer, 'key') };
      yield { name: 'cer_text_layer_raw', value: rate(textLayer, 'raw') };
      yield { name: 'dates_text_layer', value: textLayer.dates[0] / Math.max(1, textLayer.dates[1]) };
      yield { name: 'dates_total', value: textLayer.dates[1] };
    }

    for (const variant of SCAN_VARIANTS.filter((v) => variants.includes(v))) {
      const acc = newAcc();
      const bareAcc = newAcc();
      const debianAcc = newAcc();
      const perFont = new Map<string, Acc>();
      for (const set of sets) {
        const pages = set.pages.slice(0, opts.pages);
        const texts = new Array<string>(pages.length);
        const bare = new Array<string>(pages.length);
        const debian = new Array<string>(pages.length);
        await inParallel(
          pages.map((p, i) => ({ p, i })),
          parallel,
          async ({ p, i }) => {
            const res = await extractDocument(
              { path: p[variant], mime: 'image/png' },
              { ocr: pool, numberGlyphs: opts.numberGlyphs },
            );
            texts[i] = res.pages.map((x) => x.text).join('\n');
            if (tessdata) {
              bare[i] = await bareTesseract(p[variant], tessdata);
              debian[i] = await bareTesseract(p[variant]);
            }
          },
        );
        if (!perFont.has(set.font)) perFont.set(set.font, newAcc());
        const pairs = (got: string[]): [string, string][] =>
          perPage ? pages.map((p, i) => [p.expected, got[i]!]) : [[set.expected, got.join('\n')]];
        for (const [e, g] of pairs(texts)) {
          add(acc, e, g);
          add(perFont.get(set.font)!, e, g);
        }
        if (tessdata) {
          for (const [e, g] of pairs(bare)) add(bareAcc, e, g);
          for (const [e, g] of pairs(debian)) add(debianAcc, e, g);
        }
      }
      if (tessdata) {
        yield { name: `cer_bare_${variant}`, value: rate(bareAcc, 'display') };
        yield { name: `cer_bare_debian_${variant}`, value: rate(debianAcc, 'display') };
      }
      yield { name: `cer_scan_${variant}`, value: rate(acc, 'display') };
      yield { name: `cer_scan_${variant}_key`, value: rate(acc, 'key') };
      yield { name: `cer_scan_${variant}_raw`, value: rate(acc, 'raw') };
      yield { name: `dates_scan_${variant}`, value: acc.dates[0] / Math.max(1, acc.dates[1]) };
      for (const [font, a] of perFont) {
        yield { name: `cer_scan_${variant}_${font}`, value: rate(a, 'display') };
        yield { name: `dates_scan_${variant}_${font}`, value: a.dates[0] / Math.max(1, a.dates[1]) };
      }
    }
    if (opts.speed === false) return;

    // Throughput on the same clean pages.
    const pngs = sets.flatMap((s) => s.pages.slice(0, opts.pages).map((p) => p.clean));
    const bytes = await Promise.all(pngs.map((f) => readFile(f)));
    // Warm up the workers so their start-up is not counted.
    await Promise.all(Array.from({ length: parallel }, async () => pool.recognize(bytes[0]!)));
    let t = performance.now();
    await inParallel(pngs, parallel, async (file) => {
      await extractDocument({ path: file, mime: 'image/png' }, { ocr: pool });
    });
    yield {
      name: 'ocr_js_pages_per_min',
      value: Math.round((pngs.length / ((performance.now() - t) / 60000)) * 10) / 10,
    };
    // The same pipeline on the noisy scans (denoising, binary reads).
    const noisy = sets.flatMap((s) => s.pages.slice(0, opts.pages).map((p) => p.noisy));
    t = performance.now();
    await inParallel(noisy, parallel, async (file) => {
      await extractDocument({ path: file, mime: 'image/png' }, { ocr: pool });
    });
    yield {
      name: 'ocr_js_noisy_pages_per_min',
      value: Math.round((noisy.length / ((performance.now() - t) / 60000)) * 10) / 10,
    };

    const nativeData = tessdata || (await nativeTessdata());
    const time = existsSync('/usr/bin/time');
    /** One round over `files`: [js pages/min, native pages/min, js CPU s/page, native CPU s/page]. */
    const round = async (files: string[], images: Buffer[]): Promise<[number, number, number, number]> => {
      const c0 = process.cpuUsage();
      let t0 = performance.now();
      await inParallel(
        images.map((_, i) => i),
        parallel,
        async (i) => {
          await pool.recognize(images[i]!, { mode: 'block' });
        },
      );
      const jsRate = files.length / ((performance.now() - t0) / 60000);
      const cu = process.cpuUsage(c0);
      let cpu = 0;
      t0 = performance.now();
      await inParallel(files, parallel, async (file) => {
        const args = [file, '-', '-l', 'fas', '--oem', '1', '--psm', '6', '--tessdata-dir', nativeData];
        const { stderr } = await run(
          time ? '/usr/bin/time' : 'tesseract',
          time ? ['-f', 'CPU %U %S', 'tesseract', ...args] : args,
          {
            env: childEnv({ OMP_THREAD_LIMIT: '1' }, { inherit: true }),
            maxBuffer: 16 * 1024 * 1024,
          },
        );
        const m = /CPU ([\d.]+) ([\d.]+)/.exec(stderr);
        if (m) cpu += Number(m[1]) + Number(m[2]);
      });
      const nativeRate = files.length / ((performance.now() - t0) / 60000);
      return [jsRate, nativeRate, (cu.user + cu.system) / 1e6 / files.length, cpu / files.length];
    };
    // The same pages cut to their ink as the pool cuts them, for the same-pixels comparison.
    const cutDir = path.join(GENERATED_DIR, 'ink-cut');
    await mkdir(cutDir, { recursive: true });
    const cutFiles = await Promise.all(
      pngs.map(async (file, i) => {
        const { data, info } = await sharp(file)
          .grayscale()
          .extractChannel(0)
          .raw()
          .toBuffer({ resolveWithObject: true });
        const { img } = cropToInk({ gray: data, width: info.width, height: info.height });
        const out = path.join(cutDir, `page-${i}.png`);
        await sharp(Buffer.from(img.gray), { raw: { width: img.width, height: img.height, channels: 1 } })
          .withMetadata({ density: 300 })
          .png()
          .toFile(out);
        return out;
      }),
    );
    const cutBytes = await Promise.all(cutFiles.map((f) => readFile(f)));
    const js: number[] = [];
    const native: number[] = [];
    const ratio: number[] = [];
    const jsCpu: number[] = [];
    const nativeCpu: number[] = [];
    const sameRatio: number[] = [];
    const sameCpuRatio: number[] = [];
    for (let r = 0; r < (opts.rounds ?? 3); r++) {
      const [jsRate, nativeRate, jc, nc] = await round(pngs, bytes);
      js.push(jsRate);
      native.push(nativeRate);
      ratio.push(jsRate / nativeRate);
      jsCpu.push(jc);
      if (time) nativeCpu.push(nc);
      const [sj, sn, sjc, snc] = await round(cutFiles, cutBytes);
      sameRatio.push(sj / sn);
      if (time) sameCpuRatio.push(snc / sjc);
    }
    yield { name: 'ocr_js_raw_pages_per_min', value: Math.round(median(js) * 10) / 10 };
    yield { name: 'ocr_native_pages_per_min', value: Math.round(median(native) * 10) / 10 };
    yield { name: 'ocr_js_vs_native', value: r2(median(ratio)) };
    yield { name: 'ocr_js_vs_native_same_pixels', value: r2(median(sameRatio)) };
    yield { name: 'ocr_js_cpu_s_per_page', value: r2(median(jsCpu)) };
    if (nativeCpu.length) {
      yield { name: 'ocr_native_cpu_s_per_page', value: r2(median(nativeCpu)) };
      yield { name: 'ocr_js_vs_native_cpu', value: r2(median(nativeCpu) / median(jsCpu)) };
      yield { name: 'ocr_js_vs_native_same_pixels_cpu', value: r2(median(sameCpuRatio)) };
    }
  } finally {
    await pool.terminate();
  }
}

function argValues(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1]!);
  });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const num = (name: string): number | undefined => {
    const v = argValues(name)[0];
    return v === undefined ? undefined : Number(v);
  };
  const fonts = argValues('--fonts')[0]?.split(',') as FixtureFont[] | undefined;
  const sources = argValues('--source');
  for await (const m of runOcrBench({
    pages: num('--pages'),
    fonts,
    sources: sources.length ? sources : undefined,
    parallel: num('--parallel'),
    rounds: num('--rounds'),
    speed: !process.argv.includes('--no-speed'),
    variants: argValues('--variants')[0]?.split(',') as OcrBenchOptions['variants'],
    numberGlyphs: !process.argv.includes('--no-glyphs'),
    bare: !process.argv.includes('--no-bare'),
    langPath: argValues('--lang-path')[0],
  })) {
    console.log(JSON.stringify(m));
  }
}
