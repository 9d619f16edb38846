/**
 * Ruled tables on scans, read cell by cell: column strips read alone, lines a cell's words do not
 * cover re-read, and one-line number cells re-read by the glyph reader (column consensus).
 */
import { readNumberBox } from './digit-glyphs.ts';
import { findTextLines, type GrayImage, type LineBand } from './image-preprocess.ts';
import type { OcrBox, OcrEngine, OcrWord, RawGray } from './ocr-pool.ts';
import { AR_LETTER } from '../text/chars.ts';
import { isRtlText } from './rtl-repair.ts';
import { splitByTables, type TableCell, type TableGrid } from './table-grid.ts';
import { overlap, type PlacedLine } from './ocr-lines.ts';

/** Rule pixel runs within this distance are one rule (≈ 0.5 mm at 300 DPI). */
export const RULE_TOLERANCE_PX = 6;

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
export function withoutWords(lines: PlacedLine[], drop: (w: OcrWord) => boolean): PlacedLine[] {
  return lines
    .map((l) => {
      const words = l.words.filter((w) => !drop(w));
      return words.length === l.words.length ? l : { ...l, words, text: words.map((w) => w.text).join(' ') };
    })
    .filter((l) => l.text.trim() !== '');
}

export const inBox = (b: { x0: number; x1: number; y0: number; y1: number }, x: number, y: number): boolean =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** A copy of `img` with the table areas painted white. */
export function whiten(img: RawGray, tables: TableGrid[]): RawGray {
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
export async function readTableColumns(img: RawGray, tables: TableGrid[], pool: OcrEngine): Promise<PlacedLine[]> {
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
export const PERSIAN_WORDS = new RegExp(`^[${AR_LETTER}\\u200c]+(?: [${AR_LETTER}\\u200c]+)*$`);

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
