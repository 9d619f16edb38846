/**
 * A pool of tesseract.js workers with the Persian model from @tesseract.js-data/fas.
 * Nothing is downloaded: the traineddata is read from node_modules and never cached to disk.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { toGray } from './gray-image.ts';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { inkBox, type GrayImage } from './image-preprocess.ts';
import { isRtlText, visualToLogical } from './rtl-repair.ts';

const LRM = '\u200e';
/** The worker thread's entry: tesseract.js's own, at a lower CPU priority (ocr-worker.mjs). */
const OCR_WORKER_PATH = fileURLToPath(new URL('./ocr-worker.mjs', import.meta.url));

const require = createRequire(import.meta.url);

/**
 * Directory holding `fas.traineddata.gz`. Both variants in @tesseract.js-data/fas are the
 * *best* network converted to integer (`Lfx192`, 561 KB unpacked; `4.0.0` = best2int20180322,
 * `4.0.0_best_int` = synth20170629 best → int); neither is the *fast* model (`Lfx128`, 431 KB)
 * that Debian ships. Measured (bench pipeline, Nazli + Vazirmatn, gray feed, before the deskew
 * fix): clean CER best_int 3.69 % vs fast 4.14 %, noisy 20.5 % vs 19.6 % (both dominated then
 * by the skew bug); best_int stays as the accuracy choice for clean pages.
 */
export const FAS_LANG_PATH = path.join(
  path.dirname(require.resolve('@tesseract.js-data/fas/package.json')),
  '4.0.0_best_int',
);

/**
 * Directory holding the *fast* `fas` network (tessdata_fast, Apache-2.0, shipped in the repo:
 * data/tessdata-fast/README.md). Measured on 100-DPI Nazli (project minutes page 1, the page as
 * given): best 9.04 % CER, fast 2.38 %; on clean 300-DPI pages the best network stays ahead.
 */
export const FAS_FAST_LANG_PATH = fileURLToPath(new URL('./data/tessdata-fast/', import.meta.url));

/** Which `fas` network reads: the best network (default) or the fast one (small text). */
export type OcrModel = 'best' | 'fast';

export type OcrMode = 'block' | 'line' | 'raw-line' | 'auto';

export interface OcrRequestOptions {
  /** Page segmentation: a uniform block (PSM 6, default), a single line (PSM 7), or automatic (PSM 3). */
  mode?: OcrMode;
  /** Restrict the characters Tesseract may output (e.g. digits for a number re-read). */
  whitelist?: string;
  /** The network that reads (default `best`). */
  model?: OcrModel;
}

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0..100 */
  confidence: number;
  bbox: OcrBox;
}

export interface OcrLine {
  text: string;
  /** 0..100 */
  confidence: number;
  bbox: OcrBox;
  /** Words in reading order (right to left for Persian). */
  words: OcrWord[];
}

/**
 * In raw-line mode (PSM 13) the fas model reads a lone Persian word left to right and marks it
 * so: «هناخریبد‎» with a trailing U+200E for «دبیرخانه». A line of Persian words carrying that mark
 * is in visual order: its words and their letters are put back in reading order. Lines with
 * Latin or digit words keep Tesseract's order (there the mark belongs to the LTR run).
 */
export function readingOrder(words: OcrWord[]): OcrWord[] {
  if (!words.some((w) => w.text.includes(LRM)) || !words.every((w) => isRtlText(w.text))) return words;
  return words.map((w) => ({ ...w, text: visualToLogical([...w.text.replaceAll(LRM, '')], true) })).reverse();
}

/** An 8-bit grayscale raster handed to Tesseract without PNG encoding (the preprocessor's GrayImage). */
export type RawGray = GrayImage;

/**
 * Wrap a raw grayscale raster as binary PGM (P5). Leptonica reads PNM natively, so a page costs
 * a header instead of a PNG encode in Node plus a PNG decode inside the wasm worker.
 */
export function toPgm(img: RawGray): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, Buffer.from(img.gray.buffer, img.gray.byteOffset, img.gray.byteLength)]);
}

/** Encoded image bytes → 8-bit gray (sharp flattens alpha onto white); PNM passes through. */
async function decodeGray(image: Uint8Array): Promise<RawGray | Buffer> {
  const buf = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  if (buf.length > 2 && buf[0] === 0x50 && buf[1]! >= 0x31 && buf[1]! <= 0x36) return buf;
  return toGray(sharp(buf, { limitInputPixels: false }).rotate().flatten({ background: '#ffffff' }).grayscale());
}

/** Pages at least this large are cut to their ink before recognition. */
const CROP_MIN_PIXELS = 1_000_000;
/** Pixels darker than this count as ink for the margin crop. */
const CROP_INK_THRESHOLD = 160;
/** White kept around the ink (Tesseract wants a border; 32 px ≈ 2.7 mm at 300 DPI). */
const CROP_MARGIN = 32;

/**
 * Cut a page to the box around its ink, keeping a white margin. Tesseract's per-page work
 * (image hand-over, thresholding, layout analysis) grows with the pixel count while blank
 * margins hold no text: measured on the bench's 300-DPI pages, native `tesseract` needs ~10 %
 * less CPU on the cropped page with the same text. Returns the offset to map boxes back.
 */
export function cropToInk(img: RawGray): { img: RawGray; dx: number; dy: number } {
  if (img.width * img.height < CROP_MIN_PIXELS) return { img, dx: 0, dy: 0 };
  const box = inkBox(img, CROP_INK_THRESHOLD, CROP_MARGIN);
  if (box.width * box.height > 0.9 * img.width * img.height) return { img, dx: 0, dy: 0 };
  const gray = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    const from = (box.top + y) * img.width + box.left;
    gray.set(img.gray.subarray(from, from + box.width), y * box.width);
  }
  return { img: { gray, width: box.width, height: box.height }, dx: box.left, dy: box.top };
}

const shiftBox = (b: OcrBox, dx: number, dy: number): OcrBox =>
  dx === 0 && dy === 0 ? b : { x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy };

export interface OcrResult {
  text: string;
  /** Mean confidence 0..100. */
  confidence: number;
  lines: OcrLine[];
}

// PSM 13 (raw line) skips Tesseract's layout analysis, which is what drops Persian lines that
// PSM 6/7 return empty (measured: «بسمه تعالی», a line with a Latin-digit date).
const PSM_OF: Record<OcrMode, PSM> = {
  block: PSM.SINGLE_BLOCK,
  line: PSM.SINGLE_LINE,
  'raw-line': PSM.RAW_LINE,
  auto: PSM.AUTO,
};

interface PooledWorker {
  worker: Worker;
  model: OcrModel;
  mode: OcrMode | null;
  whitelist: string;
}

/** Default pool size: `OCR_WORKERS` when the caller passes it, else the number of cores. */
export function defaultOcrWorkers(envValue?: string): number {
  const n = envValue === undefined ? Number.NaN : Number.parseInt(envValue, 10);
  return Number.isFinite(n) && n > 0 ? n : Math.max(1, os.availableParallelism());
}

/** What page OCR needs from a recognizer: the pool itself, or a proxy to it in another process. */
export interface OcrEngine {
  /** How many pages may usefully be in flight at once. */
  readonly size: number;
  recognize(image: Buffer | Uint8Array | RawGray, options?: OcrRequestOptions): Promise<OcrResult>;
}

/** PNM bytes for Tesseract and the offset that maps its boxes back to the image given. */
export interface PreparedOcrImage {
  bytes: Buffer;
  dx: number;
  dy: number;
}

/** Decode (natively) and cut a page to its ink: the CPU work before Tesseract, done by the caller's process. */
export async function prepareOcrImage(image: Buffer | Uint8Array | RawGray): Promise<PreparedOcrImage> {
  const decoded = image instanceof Uint8Array ? await decodeGray(image) : image;
  if (Buffer.isBuffer(decoded)) return { bytes: decoded, dx: 0, dy: 0 };
  const cut = cropToInk(decoded);
  return { bytes: toPgm(cut.img), dx: cut.dx, dy: cut.dy };
}

/** Workers of one model: idle ones, all started ones, and requests waiting for one. */
interface ModelWorkers {
  idle: PooledWorker[];
  all: Promise<PooledWorker>[];
  waiting: ((w: PooledWorker) => void)[];
}

/**
 * A lazily started pool of Tesseract workers. Each `recognize` runs on a free worker of the
 * requested model; workers are created on first demand, up to `workers` per model (the fast
 * network's workers start only when a page asks for it). Call `terminate()` when done.
 */
export class OcrPool implements OcrEngine {
  readonly size: number;
  readonly #langPath: Record<OcrModel, string>;
  readonly #workers: Record<OcrModel, ModelWorkers> = {
    best: { idle: [], all: [], waiting: [] },
    fast: { idle: [], all: [], waiting: [] },
  };
  #terminated = false;

  constructor(options: { workers?: number; langPath?: string; fastLangPath?: string } = {}) {
    this.size = Math.max(1, options.workers ?? defaultOcrWorkers());
    this.#langPath = {
      best: options.langPath ?? FAS_LANG_PATH,
      fast: options.fastLangPath ?? FAS_FAST_LANG_PATH,
    };
  }

  async #spawn(model: OcrModel): Promise<PooledWorker> {
    // OEM LSTM_ONLY makes tesseract.js load its LSTM-only core (tesseract-core-simd-lstm on
    // Node 20: SIMD yes, relaxed SIMD no). The word dictionaries stay at Tesseract's default
    // (loaded), as in the native reference of the bench.
    const langPath = this.#langPath[model];
    const worker = await createWorker('fas', OEM.LSTM_ONLY, {
      langPath,
      gzip: existsSync(path.join(langPath, 'fas.traineddata.gz')),
      // Never write a traineddata cache into the working directory.
      cacheMethod: 'none',
      workerPath: OCR_WORKER_PATH,
      cachePath: os.tmpdir(),
    });
    await worker.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: '300' });
    return { worker, model, mode: null, whitelist: '' };
  }

  async #acquire(model: OcrModel): Promise<PooledWorker> {
    if (this.#terminated) throw new Error('OcrPool was terminated');
    const set = this.#workers[model];
    const idle = set.idle.pop();
    if (idle) return idle;
    if (set.all.length < this.size) {
      const p = this.#spawn(model);
      set.all.push(p);
      return p;
    }
    return new Promise((resolve) => set.waiting.push(resolve));
  }

  #release(w: PooledWorker): void {
    const set = this.#workers[w.model];
    const next = set.waiting.shift();
    if (next) next(w);
    else set.idle.push(w);
  }

  /**
   * Recognize an encoded image (PNG/JPEG/TIFF/WebP/PNM bytes) or a raw grayscale raster.
   * Encoded images are decoded to 8-bit gray here, natively (sharp), and handed over as PGM:
   * Leptonica's PNG decoder inside the wasm worker costs ~12 % of a page's CPU (measured on a
   * 300-DPI page: 1.18 s PNG vs 1.05 s PGM per page). Large pages are cut to their ink first
   * ({@link cropToInk}); boxes in the result are in the coordinates of the image passed in.
   */
  async recognize(image: Buffer | Uint8Array | RawGray, options: OcrRequestOptions = {}): Promise<OcrResult> {
    return this.recognizePrepared(await prepareOcrImage(image), options);
  }

  /** Recognize an image already prepared by {@link prepareOcrImage} (e.g. in a worker process). */
  async recognizePrepared(prepared: PreparedOcrImage, options: OcrRequestOptions = {}): Promise<OcrResult> {
    const { bytes, dx, dy } = prepared;
    const w = await this.#acquire(options.model ?? 'best');
    try {
      const mode = options.mode ?? 'block';
      const whitelist = options.whitelist ?? '';
      if (w.mode !== mode || w.whitelist !== whitelist) {
        await w.worker.setParameters({ tessedit_pageseg_mode: PSM_OF[mode], tessedit_char_whitelist: whitelist });
        w.mode = mode;
        w.whitelist = whitelist;
      }
      // Only the block tree: the plain text is rebuilt from its words below, so Tesseract's
      // own GetUTF8Text pass over the results would be wasted (~3 % of a page).
      const { data } = await w.worker.recognize(bytes, {}, { text: false, blocks: true });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const para of block.paragraphs) {
          for (const line of para.lines) {
            // tesseract.js puts the space of an RTL line's last word gap at its start
            // (« …استانکرمان»); the words are right, so rebuild the line from them.
            let words: OcrWord[] = line.words.map((w) => ({
              text: w.text,
              confidence: w.confidence,
              bbox: shiftBox(w.bbox, dx, dy),
            }));
            words = readingOrder(words);
            const text = words.length > 0 ? words.map((w) => w.text).join(' ') : line.text.trim();
            lines.push({ text, confidence: line.confidence, bbox: shiftBox(line.bbox, dx, dy), words });
          }
        }
      }
      return { text: lines.map((l) => l.text).join('\n'), confidence: data.confidence, lines };
    } finally {
      this.#release(w);
    }
  }

  /** Stop all workers; pending work fails. Safe to call twice. */
  async terminate(): Promise<void> {
    this.#terminated = true;
    for (const set of Object.values(this.#workers)) {
      const workers = await Promise.allSettled(set.all);
      await Promise.all(
        workers.map((r) => (r.status === 'fulfilled' ? r.value.worker.terminate().catch(() => undefined) : undefined)),
      );
      set.all.length = 0;
      set.idle.length = 0;
    }
  }
}
