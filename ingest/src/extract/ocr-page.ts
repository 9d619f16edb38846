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
import { DIGIT_MAX_DISTANCE, numberScript, rereadNumberWord } from './digit-glyphs.ts';
import { findTextLines, preprocessForOcr, type GrayImage, type LineBand } from './image-preprocess.ts';
import type { OcrBox, OcrEngine, OcrLine, OcrWord, RawGray } from './ocr-pool.ts';
import { fixOcrText } from './ocr-text-fix.ts';
import { findTables } from './table-grid.ts';
import { cropGray, overlap, type PlacedLine } from './ocr-lines.ts';
import {
  PERSIAN_WORDS,
  RULE_TOLERANCE_PX,
  cellLinesMissed,
  inBox,
  readTableColumns,
  readTablesByCell,
  rereadNumberCells,
  whiten,
  withoutWords,
} from './ocr-table-cells.ts';

export interface OcrPageResult {
  text: string;
  /** 0..1 */
  quality: number;
  /** Character-weighted mean Tesseract confidence of the kept lines, 0..100. */
  confidence: number;
  lines: number;
  /** Lines re-read because they were missing or short. */
  recovered: number;
  /** Lines re-read alone because their digits were read with low confidence. */
  digitChecks: number;
  /** Number words corrected by the glyph reader. */
  numbersFixed: number;
  /** Lines of an enlarged small render read again by the fast network. */
  secondReads: number;
  deskewAngle: number;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
/**
 * Scans whose background noise estimate is at most this are read from the gray image (the LSTM
 * uses anti-aliased edges: clean CER 3.97 % → 3.69 %); noisier ones from the binarized image,
 * which removes the grain (noisy CER 4.8 % binary vs 7.8 % gray).
 */
const SOFT_MAX_NOISE = 6;

/**
 * Lines of an enlarged small render read with less confidence than this get a second reading by
 * the fast network (measured on the project minutes' page 1, 100 and 150 DPI, both fonts: 80
 * beats 75 and 88; in single-line mode — raw-line reads no better and costs more).
 */
const SECOND_READ_BELOW = 80;

export type { PlacedLine } from './ocr-lines.ts';
export { cellLinesMissed, readTablesByCell, rereadNumberCells } from './ocr-table-cells.ts';

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
      if (numberScript(w.text) === null) return w;
      // Raw-line reads of mixed-direction lines can give a number a box that runs over its
      // neighbours («1402/09/01» boxed over «آن در تاریخ»): their boxes are cut off it first.
      let own = w.bbox;
      for (const o of line.words) {
        if (o === w || o.bbox.x1 <= own.x0 || o.bbox.x0 >= own.x1) continue;
        if (o.bbox.x0 > own.x0 && o.bbox.x1 >= own.x1) own = { ...own, x1: o.bbox.x0 - 1 };
        else if (o.bbox.x1 < own.x1 && o.bbox.x0 <= own.x0) own = { ...own, x0: o.bbox.x1 + 1 };
        else if (o.bbox.x0 > own.x0 && o.bbox.x1 < own.x1) {
          // A word inside the box: keep the larger side.
          own =
            o.bbox.x0 - own.x0 >= own.x1 - o.bbox.x1 ? { ...own, x1: o.bbox.x0 - 1 } : { ...own, x0: o.bbox.x1 + 1 };
        }
      }
      if (own.x1 - own.x0 < 2) return w;
      // Between this word and its neighbours: the right edge of the nearest word to the left and
      // the left edge of the nearest to the right.
      let from = 0;
      let to = bin.width - 1;
      for (const o of line.words) {
        if (o === w) continue;
        if (o.bbox.x1 <= own.x0) from = Math.max(from, o.bbox.x1 + 1);
        else if (o.bbox.x0 >= own.x1) to = Math.min(to, o.bbox.x0 - 1);
      }
      // The widened box only counts when every glyph in it is digit-like: a neighbour's letters
      // that its own box missed must not be read as digits.
      const bbox = widenToOrphanInk(own, from, to, ink);
      const again =
        (bbox !== own
          ? rereadNumberWord({ text: w.text, bbox }, ink, bin.width, bin.height, undefined, DIGIT_MAX_DISTANCE)
          : null) ?? rereadNumberWord({ text: w.text, bbox: own }, ink, bin.width, bin.height);
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

/**
 * Widen a number word's box over ink next to it that no word covers, up to `from`..`to` (the
 * neighbouring words). Tesseract drops glyphs at the edge of a number and leaves them outside
 * the word's box («۱۴۰۱/۰۶/۱۷» read «۱۱۷» from the box of its last glyphs); the glyph reader can
 * only read what the box holds. Ink counts as part of the number while the gaps between its
 * columns stay under 0.6 of the word's height, and only when it stops short of the neighbours.
 */
export function widenToOrphanInk(
  box: OcrBox,
  from: number,
  to: number,
  ink: (x: number, y: number) => boolean,
): OcrBox {
  const h = box.y1 - box.y0;
  if (h <= 0) return box;
  const maxGap = Math.max(2, Math.round(0.6 * h));
  const column = (x: number): boolean => {
    for (let y = box.y0; y <= box.y1; y++) if (ink(x, y)) return true;
    return false;
  };
  let x1 = box.x1;
  for (let x = box.x1 + 1, gap = 0; x <= to && gap <= maxGap; x++) {
    if (column(x)) {
      x1 = x;
      gap = 0;
    } else gap++;
  }
  let x0 = box.x0;
  for (let x = box.x0 - 1, gap = 0; x >= from && gap <= maxGap; x--) {
    if (column(x)) {
      x0 = x;
      gap = 0;
    } else gap++;
  }
  // Ink that runs up to a neighbour's box is the neighbour's, cut by Tesseract's box edge (a
  // sliver of «س» reads as «۱»): that side is not widened.
  if (x1 >= to - 1) x1 = box.x1;
  if (x0 <= from + 1) x0 = box.x0;
  return x0 === box.x0 && x1 === box.x1 ? box : { ...box, x0, x1 };
}

/** Recognize one grayscale page. */
export async function ocrPageImage(
  page: GrayImage,
  pool: OcrEngine,
  options: { numberGlyphs?: boolean; upscaled?: number } = {},
): Promise<OcrPageResult> {
  const pre = await preprocessForOcr(page);
  const allBands = findTextLines(pre);
  const ocrImage: RawGray =
    pre.noise <= SOFT_MAX_NOISE ? { gray: pre.soft, width: pre.width, height: pre.height } : pre;
  // Ruled tables are read column by column (see readTableColumns); the page read skips them.
  const tables = findTables(pre.rules, RULE_TOLERANCE_PX);
  const bands = allBands.filter((b) => !tables.some((t) => inBox(t, (b.left + b.right) / 2, (b.top + b.bottom) / 2)));
  const [full, tableLines] = await Promise.all([
    pool.recognize(tables.length ? whiten(ocrImage, tables) : ocrImage, { mode: 'block' }),
    readTableColumns(ocrImage, tables, pool),
  ]);
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

  /**
   * A page enlarged from a small render (`upscaled` > 1): a band read with low confidence is
   * read again by the fast network at the render's own letter size, where it reads small text
   * far better than the best network does enlarged; the more confident reading is kept.
   */
  const lowRes = options.upscaled ?? 1;
  let secondReads = 0;
  const secondReading = async (b: LineBand, lines: PlacedLine[]): Promise<PlacedLine[]> => {
    const chars = lines.reduce((a, l) => a + l.text.length, 0);
    const conf = chars ? lines.reduce((a, l) => a + l.confidence * l.text.length, 0) / chars : 0;
    if (lowRes <= 1 || conf >= SECOND_READ_BELOW) return lines;
    const pad = 4;
    const f = 1 / lowRes;
    const top = Math.max(0, b.top - 6);
    const left = Math.max(0, b.left - 6);
    const crop = await cropGray(ocrImage, { left, top, right: b.right + 6, bottom: b.bottom + 6 }, f, pad);
    const r = await pool.recognize(crop, { mode: 'line', model: 'fast' });
    const text = r.text.replace(/\s+/g, ' ').trim();
    secondReads++;
    if (text.length === 0 || r.confidence <= conf) return lines;
    const back = (x: number, o: number): number => (x - pad) / f + o;
    return [
      {
        top: b.top,
        text,
        confidence: r.confidence,
        words: r.lines.flatMap((l) =>
          l.words.map((w) => ({
            ...w,
            bbox: {
              x0: back(w.bbox.x0, left),
              x1: back(w.bbox.x1, left),
              y0: back(w.bbox.y0, top),
              y1: back(w.bbox.y1, top),
            },
          })),
        ),
      },
    ];
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
          placed.push(...(await secondReading(b, [again])));
          return;
        }
      }
      const kept = lines.map((l) => ({ top: l.bbox.y0, text: l.text, confidence: l.confidence, words: l.words }));
      placed.push(...(await secondReading(b, kept)));
    }),
  );
  placed.push(...tableLines);
  let plausible = plausibleLines(placed, allBands, strayTops);
  // Line coverage inside ruled tables, cell by cell: a cell the column read skipped (short
  // cells: «پنج شنبه», «۲۱/۲۵/۵۴۲۰۷») is found by projection and re-read alone.
  const lineHeight = allBands.length
    ? allBands.map((b) => b.bottom - b.top + 1).sort((a, b) => a - b)[allBands.length >> 1]!
    : 40;
  for (const band of cellLinesMissed(tables, pre, plausible, lineHeight)) {
    const again = await reread(band);
    // Residue of rules reads as short junk at low confidence; a lone cell word read alone can be
    // right at confidence 30–50 («دبیرخانه» at 38), so Persian words of real length pass lower.
    const wordLike = PERSIAN_WORDS.test(again.text) && meanTokenLength(again.text) >= 3;
    if (again.confidence < (wordLike ? 30 : 50)) continue;
    const inBand = (w: OcrWord): boolean =>
      overlap(w.bbox.x0, w.bbox.x1, band.left, band.right + 1) > 0.5 * (w.bbox.x1 - w.bbox.x0) &&
      overlap(w.bbox.y0, w.bbox.y1, band.top, band.bottom + 1) > 0.5 * (w.bbox.y1 - w.bbox.y0);
    const before = plausible.flatMap((l) => l.words.filter(inBand)).reduce((a, w) => a + w.text.length, 0);
    if (again.text.length === 0 || again.text.length < before) continue;
    recovered++;
    plausible = withoutWords(plausible, inBand);
    plausible.push(again);
  }
  plausible.sort((a, b) => a.top - b.top);
  let numbersFixed = 0;
  if (options.numberGlyphs !== false) {
    numbersFixed = rereadNumbers(plausible, pre);
    const cells = rereadNumberCells(plausible, tables, pre, lineHeight);
    plausible = cells.lines;
    numbersFixed += cells.changed;
  }
  const kept = readTablesByCell(plausible, tables);
  const text = fixOcrText(kept.map((p) => p.text.replace(/^ +| +$/g, '')).join('\n'));
  const chars = kept.reduce((a, p) => a + p.text.length, 0);
  const meanConf = chars ? kept.reduce((a, p) => a + p.confidence * p.text.length, 0) / chars : 0;
  const coverage = bands.length ? Math.min(1, plausible.length / bands.length) : plausible.length ? 1 : 0;
  return {
    text,
    quality: Math.round((meanConf / 100) * (0.5 + 0.5 * coverage) * 1000) / 1000,
    confidence: meanConf,
    lines: bands.length,
    recovered,
    digitChecks,
    numbersFixed,
    secondReads,
    deskewAngle: pre.deskewAngle,
  };
}
