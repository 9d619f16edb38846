/**
 * OCR of one page image with a line-coverage check: Tesseract's Persian model silently drops
 * whole lines (often the ones with digits), so every text line found by projection must come
 * back in the result; lines that are missing, cut short, or carry digits read with low
 * confidence are re-read alone in raw-line mode.
 *
 * Measured and rejected (test/bench/ocr.bench.ts, Nazli + Vazirmatn pages): re-reading number
 * runs as enlarged crops with a Persian-digit whitelist. The fas model reads isolated digit
 * crops worse than digits in their line (۱۴۰۲/۰۸/۱۵ → ۱۳۳۳/۵); taking the more confident
 * reading raised clean CER 3.7 % → 4.5 %, and taking only re-reads that turn an invalid date
 * into a valid one fixed nothing and produced one valid-but-wrong date.
 * Measured and rejected again (clean Nazli table page, whose five dates the block read turns
 * into «۱۳۳۳/۱», «۱۳۳۳۳۱۳/۲۰» at confidence up to 96): re-reading each suspicious number word
 * (an invalid slashed run, or a run far narrower than its box) in raw-line mode enlarged ×1.5–2,
 * with 1–2.5 word heights of white margin, and with the page's most confident Persian word
 * pasted beside it as running-text context. Readings change with every crop («زد», «۱۴۲۲/۲۰»,
 * «۱۳:۲۱۲/۲۰», occasionally right) and the model reads Nazli's ۴ as ۳ in all of them; the only
 * reading that validated as a date was wrong (۱۳۰۲/۱۲/۲۰ for ۱۴۰۲/۱۲/۲۰). A digit whitelist
 * has no effect on the LSTM. The fix needs a model that knows this digit shape (fine-tuning),
 * not more crops.
 * What works (digit-glyphs.ts): Persian digits never join, so a number word's ink splits into
 * one connected component per glyph, and a nearest-neighbour match against glyph templates
 * from ten faces reads them far better than the LSTM does (project minutes, clean: CER 3.77 %
 * → 2.49 %, dates 50 % → 75 %; noisy: 4.36 % → 3.43 %, dates 55 % → 85 %).
 */
import sharp from 'sharp';
import { rereadNumberWord } from './digit-glyphs.ts';
import { findTextLines, preprocessForOcr, type GrayImage, type LineBand } from './image-preprocess.ts';
import type { OcrLine, OcrPool, OcrWord, RawGray } from './ocr-pool.ts';
import { fixOcrText } from './ocr-text-fix.ts';

export interface OcrPageResult {
  text: string;
  /** 0..1 */
  quality: number;
  lines: number;
  /** Lines re-read because they were missing or short. */
  recovered: number;
  /** Lines re-read alone because their digits were read with low confidence. */
  digitChecks: number;
  /** Number words corrected by the glyph reader. */
  numbersFixed: number;
  deskewAngle: number;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
/**
 * Scans whose background noise estimate is at most this are read from the gray image (the LSTM
 * uses anti-aliased edges: clean CER 3.97 % → 3.69 %); noisier ones from the binarized image,
 * which removes the grain (noisy CER 4.8 % binary vs 7.8 % gray).
 */
const SOFT_MAX_NOISE = 6;

interface PlacedLine {
  top: number;
  text: string;
  confidence: number;
  /** Words in page coordinates (absent when unknown). */
  words: OcrWord[];
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Crop `box` (clamped), enlarge by `scale` and pad with white. */
async function cropGray(
  img: RawGray,
  box: { left: number; top: number; right: number; bottom: number },
  scale: number,
  pad: number,
): Promise<RawGray> {
  const left = Math.max(0, Math.floor(box.left));
  const top = Math.max(0, Math.floor(box.top));
  const right = Math.min(img.width - 1, Math.ceil(box.right));
  const bottom = Math.min(img.height - 1, Math.ceil(box.bottom));
  const width = right - left + 1;
  const height = bottom - top + 1;
  let p = sharp(Buffer.from(img.gray.buffer, img.gray.byteOffset, img.gray.byteLength), {
    raw: { width: img.width, height: img.height, channels: 1 },
  }).extract({ left, top, width, height });
  if (scale !== 1) {
    // Materialize the crop first: libvips would otherwise resize the whole page.
    const c = await p.extractChannel(0).raw().toBuffer();
    p = sharp(c, { raw: { width, height, channels: 1 } }).resize(
      Math.round(width * scale),
      Math.round(height * scale),
      { kernel: 'cubic' },
    );
  }
  if (pad > 0) p = p.extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 255, g: 255, b: 255 } });
  const { data, info } = await p.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return {
    gray: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Share of letters and digits among the non-space characters of `text` (0 when empty). */
export function letterShare(text: string): number {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length === 0) return 0;
  let n = 0;
  for (const c of chars) if (LETTER_OR_DIGIT.test(c)) n++;
  return n / chars.length;
}

/** Mean length in code points of the whitespace-separated tokens of `text`. */
export function meanTokenLength(text: string): number {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  return tokens.length ? tokens.reduce((a, t) => a + [...t].length, 0) / tokens.length : 0;
}

/**
 * Characters a page can plausibly hold given its ink: every text band of median height h and
 * width w holds at most w / (0.16·h) characters (real Persian lines run ~0.4·h per character,
 * so this is 2.5× headroom), a taller band counts as several lines.
 */
export function plausibleChars(bands: LineBand[]): number {
  if (bands.length === 0) return 0;
  const hs = bands.map((b) => b.bottom - b.top + 1).sort((a, b) => a - b);
  const medH = Math.max(1, hs[hs.length >> 1]!);
  let n = 0;
  for (const b of bands)
    n += Math.max(1, Math.round((b.bottom - b.top + 1) / medH)) * ((b.right - b.left + 1) / (0.16 * medH));
  return Math.ceil(n) + 20;
}

/**
 * Drop what is not text: lines Tesseract read with very low confidence that are mostly
 * punctuation and symbols (speckle, rules, stamps), stray lines outside every ink band unless
 * they are confident words, and then — lowest confidence first — whatever makes the page
 * longer than its ink can hold ({@link plausibleChars}).
 */
function plausibleLines(placed: PlacedLine[], bands: LineBand[], strays: Set<PlacedLine>): PlacedLine[] {
  const kept = placed.filter((p) => {
    const share = letterShare(p.text);
    if (p.text.trim() === '') return false;
    if (p.confidence < 45 && share < 0.5) return false;
    // Residue of table rules and stamps reads as runs of one- and two-letter "words" at very
    // low confidence («اک را کرک با ی و که»); real Persian averages ~4 letters a word, and
    // low-confidence table rows keep their digits.
    if (p.confidence < 30 && !DIGIT.test(p.text) && meanTokenLength(p.text) < 2.5) return false;
    if (strays.has(p) && (p.confidence < 60 || share < 0.6)) return false;
    return true;
  });
  const cap = plausibleChars(bands);
  let total = kept.reduce((a, p) => a + p.text.length, 0);
  if (total <= cap) return kept;
  const byConfidence = [...kept].sort((a, b) => a.confidence - b.confidence);
  const dropped = new Set<PlacedLine>();
  for (const p of byConfidence) {
    if (total <= cap) break;
    dropped.add(p);
    total -= p.text.length;
  }
  return kept.filter((p) => !dropped.has(p));
}

/**
 * Read every Persian-digit number word again from its ink with the glyph reader
 * ({@link rereadNumberWord}) and put the corrected words back into their lines. Returns the
 * number of words changed.
 */
function rereadNumbers(lines: PlacedLine[], bin: GrayImage): number {
  const ink = (x: number, y: number): boolean => bin.gray[y * bin.width + x]! < 128;
  let changed = 0;
  for (const line of lines) {
    let any = false;
    const words = line.words.map((w) => {
      const again = rereadNumberWord(w, ink, bin.width, bin.height);
      if (again === null || again === w.text) return w;
      any = true;
      changed++;
      return { ...w, text: again };
    });
    if (any) {
      line.words = words;
      line.text = words.map((w) => w.text).join(' ');
    }
  }
  return changed;
}

/** Recognize one grayscale page. */
export async function ocrPageImage(
  page: GrayImage,
  pool: OcrPool,
  options: { numberGlyphs?: boolean } = {},
): Promise<OcrPageResult> {
  const pre = await preprocessForOcr(page);
  const bands = findTextLines(pre);
  const ocrImage: RawGray =
    pre.noise <= SOFT_MAX_NOISE ? { gray: pre.soft, width: pre.width, height: pre.height } : pre;
  const full = await pool.recognize(ocrImage, { mode: 'block' });
  // Assign each OCR line to the projection band it overlaps most.
  const byBand = new Map<number, OcrLine[]>();
  const stray: OcrLine[] = [];
  for (const line of full.lines) {
    if (line.text.trim() === '') continue;
    let best = -1;
    let bestOv = 0;
    bands.forEach((b, i) => {
      const ov = overlap(line.bbox.y0, line.bbox.y1, b.top, b.bottom + 1);
      if (ov > bestOv) {
        bestOv = ov;
        best = i;
      }
    });
    if (best < 0) stray.push(line);
    else byBand.set(best, [...(byBand.get(best) ?? []), line]);
  }

  const reread = async (b: LineBand): Promise<PlacedLine> => {
    const pad = 12;
    const top = Math.max(0, b.top - 6);
    const left = Math.max(0, b.left - 6);
    const crop = await cropGray(ocrImage, { left, top, right: b.right + 6, bottom: b.bottom + 6 }, 1, pad);
    const r = await pool.recognize(crop, { mode: 'raw-line' });
    const shift = (w: OcrWord): OcrWord => ({
      ...w,
      bbox: {
        x0: w.bbox.x0 + left - pad,
        x1: w.bbox.x1 + left - pad,
        y0: w.bbox.y0 + top - pad,
        y1: w.bbox.y1 + top - pad,
      },
    });
    return {
      top: b.top,
      text: r.text.replace(/\s+/g, ' ').trim(),
      confidence: r.confidence,
      words: r.lines.flatMap((l) => l.words.map(shift)),
    };
  };

  let recovered = 0;
  let digitChecks = 0;
  const placed: PlacedLine[] = stray.map((l) => ({
    top: l.bbox.y0,
    text: l.text,
    confidence: l.confidence,
    words: l.words,
  }));
  const strayTops = new Set(placed);
  await Promise.all(
    bands.map(async (b, i) => {
      const lines = (byBand.get(i) ?? []).sort((x, y) => x.bbox.y0 - y.bbox.y0 || y.bbox.x1 - x.bbox.x1);
      const bandWidth = b.right - b.left + 1;
      const covered = lines.reduce((acc, l) => acc + Math.max(0, l.bbox.x1 - l.bbox.x0), 0);
      const text = lines.map((l) => l.text.trim()).join(' ');
      const confidence = lines.length ? lines.reduce((a, l) => a + l.confidence, 0) / lines.length : 0;
      const missing = lines.length === 0 || covered < bandWidth * 0.6;
      const digitsDoubtful = DIGIT.test(text) && confidence < 92;
      // A band that is much taller than a text line holds several OCR lines (a table block):
      // single-line mode cannot read it, keep Tesseract's lines.
      const single = lines.length <= 1 || b.bottom - b.top < 2.2 * Math.max(...lines.map((l) => l.bbox.y1 - l.bbox.y0));
      if ((missing || digitsDoubtful) && single) {
        const again = await reread(b);
        if (missing) recovered++;
        else digitChecks++;
        const better =
          again.text.length > 0 &&
          (missing
            ? again.text.length >= text.length * 0.8 || again.confidence > confidence
            : again.confidence > confidence);
        if (better) {
          placed.push(again);
          return;
        }
      }
      for (const l of lines) placed.push({ top: l.bbox.y0, text: l.text, confidence: l.confidence, words: l.words });
    }),
  );
  const kept = plausibleLines(placed, bands, strayTops);
  kept.sort((a, b) => a.top - b.top);
  const numbersFixed = options.numberGlyphs === false ? 0 : rereadNumbers(kept, pre);
  const text = fixOcrText(kept.map((p) => p.text.trim()).join('\n'));
  const chars = kept.reduce((a, p) => a + p.text.length, 0);
  const meanConf = chars ? kept.reduce((a, p) => a + p.confidence * p.text.length, 0) / chars : 0;
  const coverage = bands.length ? Math.min(1, kept.length / bands.length) : kept.length ? 1 : 0;
  return {
    text,
    quality: Math.round((meanConf / 100) * (0.5 + 0.5 * coverage) * 1000) / 1000,
    lines: bands.length,
    recovered,
    digitChecks,
    numbersFixed,
    deskewAngle: pre.deskewAngle,
  };
}
