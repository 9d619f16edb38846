/**
 * A second reader for numbers on scanned pages. Tesseract's `fas` model confuses Persian digits
 * in isolation — ۲ read as ۳ and Nazanin-style ۴ read as ۳ in table cells, whole digits dropped
 * («۱۴۰۲/۱۲/۲۰» → «۱۳۳/۰») — while the glyphs themselves are easy: Persian digits never join,
 * so each is one connected component of ink. This module cuts a number word (a box Tesseract
 * found) into its components and classifies each by nearest neighbour against templates
 * rendered from many Persian fonts (data/build-digit-glyphs.ts → data/digit-glyphs.json).
 *
 * Features of one glyph: its ink resampled into a GRID×GRID box (aspect kept, centred), plus its
 * width, height and vertical centre relative to the number's ink height — the last one tells a
 * thousands separator or a decimal mark from ۰.
 */
import { createRequire } from 'node:module';

export const GRID = 12;
/** Weight of the three geometry features against the GRID² ink cells. */
const GEOMETRY_WEIGHT = 4;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A glyph: one connected component, or several that stack vertically («:»). */
export interface Glyph extends Box {
  /** Ink pixels as x,y pairs in the coordinates of the image they were cut from. */
  pixels: number[];
}

/** The glyph classes of Persian-digit numbers: the digits and the marks inside numbers. */
export const PERSIAN_CLASSES = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '/', '٬', '٫', ':', '-'] as const;
/**
 * The glyph classes of Latin-digit numbers («24 اسفند 1401 08:51» on news pages): a separate set,
 * because Latin and Persian digits look alike across sets (0/۵, 1/۱) and a number never mixes them.
 */
export const LATIN_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', ':', '-', '.', ','] as const;
export const GLYPH_CLASSES = [...new Set([...PERSIAN_CLASSES, ...LATIN_CLASSES])] as GlyphClass[];
export type GlyphClass = (typeof PERSIAN_CLASSES)[number] | (typeof LATIN_CLASSES)[number];
export type NumberScript = 'persian' | 'latin';
const CLASSES_OF: Record<NumberScript, ReadonlySet<string>> = {
  persian: new Set(PERSIAN_CLASSES),
  latin: new Set(LATIN_CLASSES),
};

/**
 * Connected components (8-neighbour) of the ink (`true`) pixels of a `width`×`height` binary
 * image, as glyphs: components whose horizontal extents overlap by more than half of the
 * narrower one are merged (the two dots of «:»), and the result is sorted left to right.
 */
export function glyphsOf(ink: (x: number, y: number) => boolean, width: number, height: number): Glyph[] {
  const label = new Int32Array(width * height).fill(-1);
  const comps: Glyph[] = [];
  const stack: number[] = [];
  for (let y0 = 0; y0 < height; y0++) {
    for (let x0 = 0; x0 < width; x0++) {
      const i0 = y0 * width + x0;
      if (label[i0] !== -1 || !ink(x0, y0)) continue;
      const g: Glyph = { left: x0, right: x0, top: y0, bottom: y0, pixels: [] };
      label[i0] = comps.length;
      stack.push(i0);
      while (stack.length) {
        const i = stack.pop()!;
        const x = i % width;
        const y = (i - x) / width;
        g.pixels.push(x, y);
        if (x < g.left) g.left = x;
        if (x > g.right) g.right = x;
        if (y < g.top) g.top = y;
        if (y > g.bottom) g.bottom = y;
        for (let dy = -1; dy <= 1; dy++) {
          const ny = y + dy;
          if (ny < 0 || ny >= height) continue;
          for (let dx = -1; dx <= 1; dx++) {
            const nx = x + dx;
            if (nx < 0 || nx >= width) continue;
            const j = ny * width + nx;
            if (label[j] === -1 && ink(nx, ny)) {
              label[j] = comps.length;
              stack.push(j);
            }
          }
        }
      }
      comps.push(g);
    }
  }
  comps.sort((a, b) => a.left - b.left);
  const merged: Glyph[] = [];
  for (const c of comps) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const ov = Math.min(prev.right, c.right) - Math.max(prev.left, c.left) + 1;
      const narrower = Math.min(prev.right - prev.left, c.right - c.left) + 1;
      if (ov > narrower / 2) {
        prev.left = Math.min(prev.left, c.left);
        prev.right = Math.max(prev.right, c.right);
        prev.top = Math.min(prev.top, c.top);
        prev.bottom = Math.max(prev.bottom, c.bottom);
        prev.pixels.push(...c.pixels);
        continue;
      }
    }
    merged.push(c);
  }
  return merged;
}

/**
 * Feature vectors of the glyphs of one number. `top` and `height` are the vertical extent of the
 * number's ink (all glyphs), the reference for the geometry features.
 */
export function glyphFeatures(glyph: Glyph, top: number, height: number): Float32Array {
  const f = new Float32Array(GRID * GRID + 3);
  const w = glyph.right - glyph.left + 1;
  const h = glyph.bottom - glyph.top + 1;
  const side = Math.max(w, h);
  const offX = (side - w) / 2;
  const offY = (side - h) / 2;
  const cell = side / GRID;
  // Area resampling: each ink pixel spreads over the grid cells it covers, so a glyph smaller
  // than the grid (a 7-px ۰) comes out as a solid blob, not a sparse pattern of hits.
  for (let i = 0; i < glyph.pixels.length; i += 2) {
    const ax = (glyph.pixels[i]! - glyph.left + offX) / cell;
    const ay = (glyph.pixels[i + 1]! - glyph.top + offY) / cell;
    const bx = ax + 1 / cell;
    const by = ay + 1 / cell;
    for (let gy = Math.floor(ay); gy < Math.min(GRID, Math.ceil(by)); gy++) {
      const oy = Math.min(by, gy + 1) - Math.max(ay, gy);
      for (let gx = Math.floor(ax); gx < Math.min(GRID, Math.ceil(bx)); gx++) {
        const ox = Math.min(bx, gx + 1) - Math.max(ax, gx);
        f[gy * GRID + gx]! += ox * oy;
      }
    }
  }
  for (let i = 0; i < GRID * GRID; i++) f[i] = Math.min(1, f[i]!);
  const H = Math.max(1, height);
  f[GRID * GRID] = (GEOMETRY_WEIGHT * w) / H;
  f[GRID * GRID + 1] = (GEOMETRY_WEIGHT * h) / H;
  f[GRID * GRID + 2] = (GEOMETRY_WEIGHT * ((glyph.top + glyph.bottom) / 2 - top)) / H;
  return f;
}

export interface GlyphTemplates {
  /** Feature length (GRID² + 3). */
  dims: number;
  classes: GlyphClass[];
  /** Class index of each template. */
  labels: number[];
  /** Templates' features, `dims` numbers each, rounded to 3 decimals. */
  features: number[];
  /** Fonts and weights the templates were rendered from. */
  sources: string[];
  /** Index into `sources` of each template. */
  sourceOf: number[];
  /** Script of the number each template was rendered in (absent: all Persian). */
  scriptOf?: NumberScript[];
}

let loaded: GlyphTemplates | null = null;

/** The checked-in templates (data/digit-glyphs.json), read once. */
export function defaultTemplates(): GlyphTemplates {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = require('./data/digit-glyphs.json') as GlyphTemplates;
  }
  return loaded;
}

export interface GlyphGuess {
  cls: GlyphClass;
  /** Distance to the nearest template. */
  distance: number;
  /** Distance to the nearest template of another class divided by `distance` (≥ 1). */
  margin: number;
}

/** Nearest-neighbour class of a feature vector, among the classes of `script`. */
export function classifyGlyph(
  f: Float32Array,
  t: GlyphTemplates = defaultTemplates(),
  script: NumberScript = 'persian',
): GlyphGuess {
  const best = new Float64Array(t.classes.length).fill(Number.POSITIVE_INFINITY);
  const n = t.labels.length;
  const allowed = CLASSES_OF[script];
  const templateScripts = t.scriptOf ?? [];
  for (let k = 0; k < n; k++) {
    if (!allowed.has(t.classes[t.labels[k]!]!)) continue;
    // Marks («/», «:», «-») are rendered in both scripts' contexts; use this script's.
    if ((templateScripts[k] ?? 'persian') !== script) continue;
    const base = k * t.dims;
    let d = 0;
    for (let i = 0; i < t.dims; i++) {
      const e = f[i]! - t.features[base + i]!;
      d += e * e;
    }
    const c = t.labels[k]!;
    if (d < best[c]!) best[c] = d;
  }
  let c1 = best.findIndex((d) => Number.isFinite(d));
  if (c1 < 0) throw new Error(`no glyph templates for ${script} numbers`);
  for (let c = 1; c < best.length; c++) if (best[c]! < best[c1]!) c1 = c;
  let d2 = Number.POSITIVE_INFINITY;
  for (let c = 0; c < best.length; c++) if (c !== c1 && best[c]! < d2) d2 = best[c]!;
  const distance = Math.sqrt(best[c1]!);
  return { cls: t.classes[c1]!, distance, margin: Math.sqrt(d2) / Math.max(1e-6, distance) };
}

/** Glyphs of a number smaller than this share of its ink height are specks, not marks. */
const SPECK = 0.12;

/** The glyphs of a number and their classes, or null when the ink does not look like one. */
export function readGlyphs(
  glyphs: Glyph[],
  t: GlyphTemplates = defaultTemplates(),
  script: NumberScript = 'persian',
): { text: string; guesses: GlyphGuess[]; height: number } | null {
  if (glyphs.length === 0) return null;
  const extent = (gs: Glyph[]): [number, number] => {
    const top = Math.min(...gs.map((g) => g.top));
    return [top, Math.max(...gs.map((g) => g.bottom)) - top + 1];
  };
  const [, rough] = extent(glyphs);
  const kept = glyphs.filter(
    (g) => Math.max(g.right - g.left + 1, g.bottom - g.top + 1) >= SPECK * rough && g.pixels.length >= 6,
  );
  if (kept.length === 0) return null;
  const [top, height] = extent(kept);
  const guesses = kept.map((g) => classifyGlyph(glyphFeatures(g, top, height), t, script));
  return { text: guesses.map((g) => g.cls).join(''), guesses, height };
}

/** A word Tesseract read as a number in Persian digits (marks allowed, no letters). */
const NUMBER_WORD = /^[\u06f0-\u06f9\u0660-\u0669/٬٫,.:-]+$/;
const PERSIAN_DIGIT = /[\u06f0-\u06f9\u0660-\u0669]/;
/** A word Tesseract read as a number in Latin digits. */
const LATIN_NUMBER_WORD = /^[0-9/,.:-]*[0-9][0-9/,.:-]*$/;
const LATIN_DIGIT = /[0-9]/;
/** Below this margin a glyph's class is a guess: Tesseract's character is kept where it has one. */
export const SURE_MARGIN = 1.03;

/** The script of a word Tesseract read as a number (Persian or Latin digits, marks, no letters). */
export function numberScript(text: string): NumberScript | null {
  if (NUMBER_WORD.test(text) && PERSIAN_DIGIT.test(text)) return 'persian';
  return LATIN_NUMBER_WORD.test(text) ? 'latin' : null;
}

/** A number's core: from its first digit to its last (list dashes and dots around it excluded). */
function core(s: string, digit: RegExp = PERSIAN_DIGIT): [string, string, string] {
  const chars = [...s];
  const isDigit = (c: string): boolean => digit.test(c);
  const a = chars.findIndex(isDigit);
  if (a < 0) return ['', '', s];
  let b = chars.length - 1;
  while (!isDigit(chars[b]!)) b--;
  return [chars.slice(0, a).join(''), chars.slice(a, b + 1).join(''), chars.slice(b + 1).join('')];
}

/**
 * A separator inside a number: a thousands separator «٬» when exactly three digits follow it up
 * to the next mark or the end, otherwise a decimal mark «٫» (the two look alike in most faces).
 */
function separators(chars: string[], script: NumberScript = 'persian'): string[] {
  const [thousands, decimal, digit] = script === 'persian' ? ['٬', '٫', PERSIAN_DIGIT] : [',', '.', LATIN_DIGIT];
  return chars.map((c, i) => {
    if (c !== thousands && c !== decimal) return c;
    let n = 0;
    let j = i + 1;
    while (j < chars.length && digit.test(chars[j]!)) {
      n++;
      j++;
    }
    return n === 3 ? thousands : decimal;
  });
}

/**
 * Read again a word Tesseract recognized as a Persian-digit number, from the ink of its box in
 * the binarized page (`ink(x, y)` in page coordinates). Returns the corrected word, or null to
 * keep Tesseract's reading (not a number word, or its ink does not split into glyphs cleanly).
 * Where both readings have the same number of glyphs, a glyph whose class is unsure keeps
 * Tesseract's character; where Tesseract dropped or merged glyphs, the glyph reading wins.
 * With `maxDistance`, a glyph farther than that from every template rejects the reading.
 */
export function rereadNumberWord(
  word: { text: string; bbox: { x0: number; y0: number; x1: number; y1: number } },
  ink: (x: number, y: number) => boolean,
  pageWidth: number,
  pageHeight: number,
  t: GlyphTemplates = defaultTemplates(),
  maxDistance = Number.POSITIVE_INFINITY,
): string | null {
  const script = numberScript(word.text);
  if (script === null) return null;
  const digit = script === 'persian' ? PERSIAN_DIGIT : LATIN_DIGIT;
  const x0 = Math.max(0, word.bbox.x0 - 1);
  const y0 = Math.max(0, word.bbox.y0 - 1);
  const x1 = Math.min(pageWidth - 1, word.bbox.x1 + 1);
  const y1 = Math.min(pageHeight - 1, word.bbox.y1 + 1);
  if (x1 <= x0 || y1 <= y0) return null;
  const glyphs = glyphsOf((x, y) => ink(x0 + x, y0 + y), x1 - x0 + 1, y1 - y0 + 1);
  const read = readGlyphs(glyphs, t, script);
  if (!read || read.guesses.length > 24) return null;
  // A glyph much wider than the number is tall is several touching glyphs: no clean reading.
  const tooWide = glyphs.some((g) => g.right - g.left + 1 > 1.6 * read.height);
  if (tooWide) return null;
  if (read.guesses.some((g) => g.distance > maxDistance)) return null;
  const [, ourCore] = core(read.text, digit);
  const [lead, theirCore, trail] = core(word.text, digit);
  if (!ourCore) return null;
  const ours = [...read.text];
  const offset = ours.findIndex((c) => digit.test(c));
  const theirs = [...theirCore];
  const coreGuesses = read.guesses.slice(offset, offset + [...ourCore].length);
  const sameCount = theirs.length === coreGuesses.length;
  const chars = sameCount
    ? coreGuesses.map((g, i) => (g.margin >= SURE_MARGIN ? g.cls : theirs[i]!))
    : coreGuesses.map((g) => g.cls as string);
  const ourText = separators(chars, script).join('');
  // A glyph count that differs from Tesseract's comes from glyphs broken apart or run together
  // (an enlarged 100-DPI «0» splits into two arcs: «1402/09/01» → «14112/119/111»): a valid date
  // Tesseract read is not traded for an invalid one.
  if (!sameCount && validDate(theirCore) && !validDate(ourText)) return null;
  return lead + ourText + trail;
}

/** Whether `s` is a whole date: year/month/day or day/month/year with month 1–12 and day 1–31. */
export function validDate(s: string): boolean {
  const m = /^(\d{1,4})\/(\d{1,2})\/(\d{1,4})$/.exec(
    s.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0)),
  );
  if (!m) return false;
  const [a, mo, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [year, day] = m[1]!.length >= 3 ? [a, b] : [b, a];
  return year > 0 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31;
}

/** A number as a whole: digit groups joined by single marks, an optional list dash around it. */
const WHOLE_NUMBER = /^-?[\u06f0-\u06f9]+(?:[/٬٫:-][\u06f0-\u06f9]+)*-?$/;
/**
 * A glyph farther than this from every template is not a digit. Measured on table cells of the
 * bench pages: digits of a face outside the templates (Vazirmatn) reach 3.8, the letters of
 * Persian words in the same tables start at 5.3.
 */
export const DIGIT_MAX_DISTANCE = 4.5;

/**
 * Read a box of ink (a table cell's one line) as a number with the glyph reader alone, for cells
 * Tesseract mixed with letters («نت۸۱۹ [وف»). Returns null unless every glyph is close to a
 * digit or mark template, none is several touching glyphs, and the result is shaped like a
 * number (digit groups joined by «/», «٬», «٫», «:» or «-»).
 */
export function readNumberBox(
  box: Box,
  ink: (x: number, y: number) => boolean,
  t: GlyphTemplates = defaultTemplates(),
): string | null {
  const width = box.right - box.left + 1;
  const height = box.bottom - box.top + 1;
  if (width <= 0 || height <= 0) return null;
  const glyphs = glyphsOf((x, y) => ink(box.left + x, box.top + y), width, height);
  const read = readGlyphs(glyphs, t);
  if (!read || read.guesses.length > 24) return null;
  if (glyphs.some((g) => g.right - g.left + 1 > 1.6 * read.height)) return null;
  if (read.guesses.some((g) => g.distance > DIGIT_MAX_DISTANCE)) return null;
  const text = separators([...read.text]).join('');
  return WHOLE_NUMBER.test(text) ? text : null;
}
