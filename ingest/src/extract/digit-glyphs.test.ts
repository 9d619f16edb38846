import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  validDate,
  defaultTemplates,
  GLYPH_CLASSES,
  glyphsOf,
  readGlyphs,
  readNumberBox,
  rereadNumberWord,
} from './digit-glyphs.ts';

/** Render `text` in `family` at 300-DPI body size; return a binary ink test and the ink's box. */
async function rendered(text: string, family: string) {
  const size = 54;
  const width = size * (text.length + 4);
  const height = size * 3;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="${size}" y="${size * 2}" font-family="${family}" font-size="${size}">${text}</text></svg>`;
  const { data } = await sharp(Buffer.from(svg))
    .grayscale()
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ink = (x: number, y: number): boolean => data[y * width + x]! < 128;
  let x0 = width;
  let y0 = height;
  let x1 = 0;
  let y1 = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (ink(x, y)) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  return { ink, width, height, bbox: { x0, y0, x1, y1 } };
}

// DejaVu Sans Mono (fonts-dejavu-core) is not among the template faces: these readings are of
// a face the reader never saw.
const UNSEEN = 'DejaVu Sans Mono';

describe('glyphsOf', () => {
  it('finds 8-connected components left to right and merges stacked ones («:»)', () => {
    // «|  :  ▪» — a bar, two stacked dots, a diagonal pair of pixels (8-connected).
    const w = 20;
    const h = 10;
    const on = new Set(['1,1', '1,2', '1,3', '1,4', '1,5', '8,2', '8,6', '15,3', '16,4']);
    const glyphs = glyphsOf((x, y) => on.has(`${x},${y}`), w, h);
    expect(glyphs.map((g) => [g.left, g.right, g.top, g.bottom])).toEqual([
      [1, 1, 1, 5],
      [8, 8, 2, 6],
      [15, 16, 3, 4],
    ]);
    expect(glyphs[1]!.pixels).toHaveLength(4);
  });
});

describe('the checked-in templates', () => {
  it('cover every class from several faces', () => {
    const t = defaultTemplates();
    expect(t.classes).toEqual([...GLYPH_CLASSES]);
    expect(t.features.length).toBe(t.labels.length * t.dims);
    for (let c = 0; c < t.classes.length; c++) expect(t.labels.filter((l) => l === c).length).toBeGreaterThanOrEqual(8);
    expect(t.sources.length).toBeGreaterThanOrEqual(8);
  });
});

describe('readGlyphs on a face outside the templates', () => {
  it.each(['۱۴۰۲/۰۸/۱۵', '۱۲۳۴۵۶۷۸۹۰', '۱۰:۳۰', '۹۸۷/۶۵'])('reads %s', async (text) => {
    const r = await rendered(text, UNSEEN);
    const glyphs = glyphsOf(r.ink, r.width, r.height);
    expect(readGlyphs(glyphs)?.text).toBe(text);
  });
});

describe('rereadNumberWord', () => {
  it('corrects a date Tesseract cut short and misread', async () => {
    const r = await rendered('۱۴۰۲/۱۲/۲۰', UNSEEN);
    expect(rereadNumberWord({ text: '۱۳۳/۰', bbox: r.bbox }, r.ink, r.width, r.height)).toBe('۱۴۰۲/۱۲/۲۰');
  });
  it('corrects ۲ read as ۳ and writes a thousands separator', async () => {
    const r = await rendered('۱٬۲۵۰', UNSEEN);
    expect(rereadNumberWord({ text: '۱٬۳۵۰', bbox: r.bbox }, r.ink, r.width, r.height)).toBe('۱٬۲۵۰');
  });
  it('keeps a list dash where Tesseract put it (logical order)', async () => {
    const r = await rendered('-۲', UNSEEN);
    expect(rereadNumberWord({ text: '۳-', bbox: r.bbox }, r.ink, r.width, r.height)).toBe('۲-');
  });
  it('reads Latin-digit numbers with the Latin templates only', async () => {
    // Tesseract drops the first digit of «24» before a Persian month name.
    const day = await rendered('24', UNSEEN);
    expect(rereadNumberWord({ text: '4', bbox: day.bbox }, day.ink, day.width, day.height)).toBe('24');
    const time = await rendered('08:51', UNSEEN);
    expect(rereadNumberWord({ text: '08:5', bbox: time.bbox }, time.ink, time.width, time.height)).toBe('08:51');
    const amount = await rendered('12,500', UNSEEN);
    expect(rereadNumberWord({ text: '12.500', bbox: amount.bbox }, amount.ink, amount.width, amount.height)).toBe(
      '12,500',
    );
  });

  it('leaves words with letters and empty boxes alone', async () => {
    const r = await rendered('۱۴۰۲', UNSEEN);
    expect(rereadNumberWord({ text: 'سال۱۴۰۲', bbox: r.bbox }, r.ink, r.width, r.height)).toBeNull();
    expect(rereadNumberWord({ text: 'No.1402', bbox: r.bbox }, r.ink, r.width, r.height)).toBeNull();
    const blank = { x0: 0, y0: 0, x1: 5, y1: 5 };
    expect(rereadNumberWord({ text: '۱۴۰۲', bbox: blank }, r.ink, r.width, r.height)).toBeNull();
  });
});

describe('readNumberBox', () => {
  const boxOf = (b: { x0: number; y0: number; x1: number; y1: number }) => ({
    left: b.x0,
    top: b.y0,
    right: b.x1,
    bottom: b.y1,
  });

  it('reads a table cell of a face outside the templates as a number', async () => {
    const amount = await rendered('۸۷٬۵۰۰', UNSEEN);
    expect(readNumberBox(boxOf(amount.bbox), amount.ink)).toBe('۸۷٬۵۰۰');
    const date = await rendered('۱۴۰۳/۰۳/۳۱', UNSEEN);
    expect(readNumberBox(boxOf(date.bbox), date.ink)).toBe('۱۴۰۳/۰۳/۳۱');
  });

  it('refuses Persian words, even short ones whose letters look like digits', async () => {
    for (const word of ['جیرفت', 'رفسنجان', 'بم', 'ماه']) {
      const r = await rendered(word, 'DejaVu Sans');
      expect(readNumberBox(boxOf(r.bbox), r.ink), word).toBeNull();
    }
  });
});

describe('validDate', () => {
  it('accepts whole dates in either order and script, and refuses split-glyph readings', () => {
    expect(validDate('1402/09/01')).toBe(true);
    expect(validDate('۱۴۰۲/۰۸/۱۵')).toBe(true);
    expect(validDate('30/5/97')).toBe(true);
    expect(validDate('14112/119/111')).toBe(false);
    expect(validDate('1402/13/01')).toBe(false);
    expect(validDate('۱۲۴۵')).toBe(false);
  });
});
