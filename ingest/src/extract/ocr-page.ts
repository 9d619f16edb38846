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
import { DIGIT_MAX_DISTANCE, numberScript, readNumberBox, rereadNumberWord } from './digit-glyphs.ts';
import { findTextLines, preprocessForOcr, type GrayImage, type LineBand } from './image-preprocess.ts';
import type { OcrBox, OcrEngine, OcrLine, OcrWord, RawGray } from './ocr-pool.ts';
import { AR_LETTER } from '../text/chars.ts';
import { fixOcrText } from './ocr-text-fix.ts';
import { isRtlText } from './rtl-repair.ts';
import { findTables, splitByTables, type TableCell, type TableGrid } from './table-grid.ts';

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
  deskewAngle: number;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;
/**
 * Scans whose background noise estimate is at most this are read from the gray image (the LSTM
 * uses anti-aliased edges: clean CER 3.97 % → 3.69 %); noisier ones from the binarized image,
 * which removes the grain (noisy CER 4.8 % binary vs 7.8 % gray).
 */
const SOFT_MAX_NOISE = 6;

export interface PlacedLine {
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

/** Rule pixel runs within this distance are one rule (≈ 0.5 mm at 300 DPI). */
const RULE_TOLERANCE_PX = 6;

/** Cells with the same left and right edges (to the rule tolerance) share this key: one column. */
const columnKey = (c: TableCell): string =>
  `${Math.round(c.x0 / RULE_TOLERANCE_PX)}:${Math.round(c.x1 / RULE_TOLERANCE_PX)}`;

/** A cell's inside, clear of its rules and clamped to the image (inclusive pixel bounds). */
function cellInterior(cell: TableCell, img: { width: number; height: number }) {
  return {
    x0: Math.max(0, Math.ceil(cell.x0 + RULE_TOLERANCE_PX)),
    x1: Math.min(img.width - 1, Math.floor(cell.x1 - RULE_TOLERANCE_PX)),
    y0: Math.max(0, Math.ceil(cell.y0 + RULE_TOLERANCE_PX)),
    y1: Math.min(img.height - 1, Math.floor(cell.y1 - RULE_TOLERANCE_PX)),
  };
}

/** The lines without the words `drop` selects; lines left with no text go. */
function withoutWords(lines: PlacedLine[], drop: (w: OcrWord) => boolean): PlacedLine[] {
  return lines
    .map((l) => {
      const words = l.words.filter((w) => !drop(w));
      return words.length === l.words.length ? l : { ...l, words, text: words.map((w) => w.text).join(' ') };
    })
    .filter((l) => l.text.trim() !== '');
}

const inBox = (b: { x0: number; x1: number; y0: number; y1: number }, x: number, y: number): boolean =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** A copy of `img` with the table areas painted white. */
function whiten(img: RawGray, tables: TableGrid[]): RawGray {
  const gray = new Uint8Array(img.gray);
  for (const t of tables) {
    const x0 = Math.max(0, Math.floor(t.x0 - RULE_TOLERANCE_PX));
    const x1 = Math.min(img.width - 1, Math.ceil(t.x1 + RULE_TOLERANCE_PX));
    for (
      let y = Math.max(0, Math.floor(t.y0 - RULE_TOLERANCE_PX));
      y <= Math.min(img.height - 1, t.y1 + RULE_TOLERANCE_PX);
      y++
    )
      gray.fill(255, y * img.width + x0, y * img.width + x1 + 1);
  }
  return { gray, width: img.width, height: img.height };
}

/**
 * Read ruled tables one column at a time. In block mode Tesseract reads a table row as lines
 * across the whole row; when cells wrap, their lines sit at different heights and the row read
 * mixes them and invents words from the neighbours' ascenders. A column's cells share their
 * left and right edges, so a column strip (white outside its own cells) reads like running text.
 * Cells with the same edges form one strip; a merged cell is a strip of its own.
 */
async function readTableColumns(img: RawGray, tables: TableGrid[], pool: OcrEngine): Promise<PlacedLine[]> {
  const strips = new Map<string, TableCell[]>();
  for (const cell of tables.flatMap((t) => t.rows.flat())) {
    strips.set(columnKey(cell), [...(strips.get(columnKey(cell)) ?? []), cell]);
  }
  const inset = RULE_TOLERANCE_PX;
  const pad = 12;
  const read = async (cells: TableCell[]): Promise<PlacedLine[]> => {
    const left = Math.max(0, Math.ceil(Math.min(...cells.map((c) => c.x0)) + inset));
    const right = Math.min(img.width - 1, Math.floor(Math.max(...cells.map((c) => c.x1)) - inset));
    const top = Math.max(0, Math.ceil(Math.min(...cells.map((c) => c.y0)) + inset));
    const bottom = Math.min(img.height - 1, Math.floor(Math.max(...cells.map((c) => c.y1)) - inset));
    if (right - left < 8 || bottom - top < 8) return [];
    const w = right - left + 1;
    const h = bottom - top + 1;
    const gray = new Uint8Array((w + 2 * pad) * (h + 2 * pad)).fill(255);
    let ink = 0;
    for (const c of cells) {
      const cy0 = Math.max(top, Math.ceil(c.y0 + inset));
      const cy1 = Math.min(bottom, Math.floor(c.y1 - inset));
      for (let y = cy0; y <= cy1; y++) {
        const src = img.gray.subarray(y * img.width + left, y * img.width + right + 1);
        gray.set(src, (y - top + pad) * (w + 2 * pad) + pad);
        for (const v of src) if (v < 128) ink++;
      }
    }
    if (ink === 0) return [];
    const r = await pool.recognize({ gray, width: w + 2 * pad, height: h + 2 * pad }, { mode: 'block' });
    const dx = left - pad;
    const dy = top - pad;
    const shift = (b: OcrBox): OcrBox => ({ x0: b.x0 + dx, x1: b.x1 + dx, y0: b.y0 + dy, y1: b.y1 + dy });
    return r.lines
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({
        top: l.bbox.y0 + dy,
        text: l.text,
        confidence: l.confidence,
        words: l.words.map((wd) => ({ ...wd, bbox: shift(wd.bbox) })),
      }));
  };
  return (await Promise.all([...strips.values()].map(read))).flat();
}

/**
 * Read ruled tables cell by cell: Tesseract's block mode reads a table row as lines across the
 * whole row, so cells that wrap interleave («…ستاد محرومیت زدایی و دبیرخانه توانمند سازی…»).
 * Words inside a table cell leave their line; each table row becomes one line of its cells in
 * reading order (right to left on a Persian page), joined by tabs, each cell's lines top to bottom.
 */
export function readTablesByCell(lines: PlacedLine[], tables: TableGrid[]): PlacedLine[] {
  if (tables.length === 0) return lines;
  const pieces = lines.flatMap((line, li) => line.words.map((word) => ({ li, word })));
  const rtl = isRtlText(lines.map((l) => l.text).join(' '));
  const { outside, rows } = splitByTables(pieces, (p) => p.word.bbox, tables, rtl);
  const out: PlacedLine[] = lines.filter((l) => l.words.length === 0);
  const kept = new Map<number, OcrWord[]>();
  for (const p of outside) kept.set(p.li, [...(kept.get(p.li) ?? []), p.word]);
  for (const [li, words] of kept) {
    const line = lines[li]!;
    out.push(words.length === line.words.length ? line : { ...line, words, text: words.map((w) => w.text).join(' ') });
  }
  for (const row of rows) {
    const cells = row.cells.map((cell) => {
      // Within a cell: Tesseract's lines top to bottom, each line's words in its order.
      const byLine = new Map<number, OcrWord[]>();
      for (const p of cell) byLine.set(p.li, [...(byLine.get(p.li) ?? []), p.word]);
      return [...byLine.entries()].sort((a, b) => lines[a[0]]!.top - lines[b[0]]!.top).map(([, words]) => words);
    });
    const words = cells.flat(2);
    out.push({
      top: row.y0,
      text: cells.map((c) => c.map((ws) => ws.map((w) => w.text).join(' ')).join(' ')).join('\t'),
      confidence: words.reduce((a, w) => a + w.confidence, 0) / words.length,
      words,
    });
  }
  return out.sort((a, b) => a.top - b.top);
}

/**
 * Text lines inside table cells (found by projection within each cell, away from its rules)
 * that the OCR lines do not cover: less than half of the line's width is under words.
 */
export function cellLinesMissed(
  tables: TableGrid[],
  bin: GrayImage,
  lines: PlacedLine[],
  lineHeight: number,
): LineBand[] {
  const words = lines.flatMap((l) => l.words);
  const missed: LineBand[] = [];
  for (const cell of tables.flatMap((t) => t.rows.flat())) {
    const { x0, x1, y0, y1 } = cellInterior(cell, bin);
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (w < 8 || h < 8) continue;
    const gray = new Uint8Array(w * h);
    for (let y = 0; y < h; y++)
      gray.set(bin.gray.subarray((y0 + y) * bin.width + x0, (y0 + y) * bin.width + x1 + 1), y * w);
    // Projection splits a short line of digits at its dots and separators; pieces closer than
    // half a text line that stay within 1.5 lines belong together.
    const merged: LineBand[] = [];
    for (const b of findTextLines({ gray, width: w, height: h })) {
      const last = merged[merged.length - 1];
      if (last && b.top - last.bottom < 0.5 * lineHeight && b.bottom - last.top < 1.5 * lineHeight) {
        last.bottom = b.bottom;
        last.left = Math.min(last.left, b.left);
        last.right = Math.max(last.right, b.right);
      } else merged.push({ ...b });
    }
    for (const b of merged) {
      if (b.bottom - b.top + 1 < 0.15 * lineHeight) continue;
      const band = { top: b.top + y0, bottom: b.bottom + y0, left: b.left + x0, right: b.right + x0 };
      let covered = 0;
      for (const wd of words) {
        const v = overlap(wd.bbox.y0, wd.bbox.y1, band.top, band.bottom + 1);
        if (v < 0.5 * Math.min(wd.bbox.y1 - wd.bbox.y0, band.bottom - band.top + 1)) continue;
        covered += overlap(wd.bbox.x0, wd.bbox.x1, band.left, band.right + 1);
      }
      if (covered < 0.5 * (band.right - band.left + 1)) missed.push(band);
    }
  }
  return missed;
}

const HAS_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/;
/** Only Persian letters (and ZWNJ) in space-separated words. */
const PERSIAN_WORDS = new RegExp(`^[${AR_LETTER}\\u200c]+(?: [${AR_LETTER}\\u200c]+)*$`);

/**
 * Read number cells of ruled tables with the glyph reader: a one-line cell whose ink reads as a
 * number glyph by glyph (see readNumberBox) replaces Tesseract's words there when Tesseract saw a
 * digit in it, nothing at all, or the cell is in a column of numbers. Tesseract reads isolated table numbers worst — mixed with
 * letters («نت۸۱۹ [وف اه»), cut short («۳/۳») — and a word with letters is never re-read by
 * {@link rereadNumbers}. Returns the number of cells changed.
 */
export function rereadNumberCells(
  lines: PlacedLine[],
  tables: TableGrid[],
  bin: GrayImage,
  lineHeight: number,
): { lines: PlacedLine[]; changed: number } {
  const ink = (x: number, y: number): boolean => bin.gray[y * bin.width + x]! < 128;
  let out = lines;
  let changed = 0;
  const found: { cell: TableCell; box: LineBand; reading: string | null }[] = [];
  for (const cell of tables.flatMap((t) => t.rows.flat())) {
    const { x0, x1, y0, y1 } = cellInterior(cell, bin);
    if (x1 - x0 < 4 || y1 - y0 < 4) continue;
    // The cell's ink box; more than one text line tall is not a number cell.
    let top = y1 + 1;
    let bottom = -1;
    let left = x1 + 1;
    let right = -1;
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++)
        if (ink(x, y)) {
          if (y < top) top = y;
          if (y > bottom) bottom = y;
          if (x < left) left = x;
          if (x > right) right = x;
        }
    if (bottom < 0 || bottom - top + 1 > 1.5 * lineHeight) continue;
    const box = { left, top, right, bottom };
    found.push({ cell, box, reading: readNumberBox(box, ink) });
  }
  // A column whose one-line cells mostly read as numbers holds numbers: there the glyph reading
  // wins even where Tesseract saw only letters («پشد» for «۸۷٬۵۰۰»).
  const numeric = new Set<string>();
  const byColumn = new Map<string, (string | null)[]>();
  for (const f of found) byColumn.set(columnKey(f.cell), [...(byColumn.get(columnKey(f.cell)) ?? []), f.reading]);
  for (const [key, readings] of byColumn) {
    const n = readings.filter((r) => r !== null).length;
    if (n >= 2 && n >= 0.6 * (readings.length - 1)) numeric.add(key);
  }
  for (const { cell, box, reading } of found) {
    const { left, top, right, bottom } = box;
    const inCell = (w: OcrWord): boolean => {
      const cx = (w.bbox.x0 + w.bbox.x1) / 2;
      const cy = (w.bbox.y0 + w.bbox.y1) / 2;
      return cx >= cell.x0 && cx <= cell.x1 && cy >= cell.y0 && cy <= cell.y1;
    };
    const theirs = out.flatMap((l) => l.words.filter(inCell));
    const theirText = theirs.map((w) => w.text).join(' ');
    if (reading === null || reading === theirText) continue;
    const trusted =
      numeric.has(columnKey(cell)) || (theirs.length > 0 ? HAS_DIGIT.test(theirText) : [...reading].length >= 2);
    if (!trusted) continue;
    changed++;
    out = withoutWords(out, inCell);
    out.push({
      top,
      text: reading,
      confidence: 90,
      words: [{ text: reading, confidence: 90, bbox: { x0: left, y0: top, x1: right + 1, y1: bottom + 1 } }],
    });
  }
  return { lines: out, changed };
}

/** Recognize one grayscale page. */
export async function ocrPageImage(
  page: GrayImage,
  pool: OcrEngine,
  options: { numberGlyphs?: boolean } = {},
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
    deskewAngle: pre.deskewAngle,
  };
}
