/**
 * Render the glyph templates of the number reader (ingest/src/extract/digit-glyphs.ts) from the
 * Persian fonts installed on this machine and write data/digit-glyphs.json next to this file.
 *
 *   node --import tsx ingest/src/extract/data/build-digit-glyphs.ts [--exclude Nazli,Vazirmatn] [--out file]
 *
 * Noto Naskh Arabic is left out: Pango renders its Urdu forms of ۴ ۶ ۷, which Persian documents
 * do not use. Needs fonts-farsiweb, fonts-noto-core and fonts-dejavu-core (Debian); Vazirmatn comes from
 * @fontsource/vazirmatn through a private fontconfig file. Each glyph is rendered between digits
 * («۱۲۳X۴۵۶») so that its geometry is measured against a number's ink height, as on a page, at
 * three ink thresholds (thin, normal, heavy strokes).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import {
  GLYPH_CLASSES,
  GRID,
  LATIN_CLASSES,
  PERSIAN_CLASSES,
  glyphFeatures,
  glyphsOf,
  type GlyphTemplates,
  type NumberScript,
} from '../digit-glyphs.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const FONTS: { family: string; weights: number[] }[] = [
  { family: 'Nazli', weights: [400, 700] },
  { family: 'Homa', weights: [400] },
  { family: 'Titr', weights: [700] },
  { family: 'Noto Sans Arabic', weights: [400, 700] },
  { family: 'Noto Kufi Arabic', weights: [400, 700] },
  { family: 'DejaVu Sans', weights: [400, 700] },
];
const SIZE = 56;
const THRESHOLDS = [90, 150, 210];
/** Each glyph is rendered inside a number of its own script. */
const CONTEXT: Record<NumberScript, { before: string; after: string; classes: readonly string[] }> = {
  persian: { before: '۱۲۳', after: '۴۵۶', classes: PERSIAN_CLASSES },
  latin: { before: '123', after: '456', classes: LATIN_CLASSES },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const exclude = new Set((arg('--exclude') ?? '').split(',').filter(Boolean));
const out = arg('--out') ?? path.join(HERE, 'digit-glyphs.json');

async function render(
  text: string,
  family: string,
  weight: number,
): Promise<{ gray: Buffer; width: number; height: number }> {
  const w = SIZE * (text.length + 4);
  const h = SIZE * 3;
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
    `<rect width="100%" height="100%" fill="white"/>` +
    `<text x="${SIZE}" y="${SIZE * 2}" xml:lang="fa" font-family="${family}" font-weight="${weight}" font-size="${SIZE}">${esc}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .grayscale()
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: data, width: info.width, height: info.height };
}

const t: GlyphTemplates = {
  dims: GRID * GRID + 3,
  classes: [...GLYPH_CLASSES],
  labels: [],
  features: [],
  sources: [],
  sourceOf: [],
  scriptOf: [],
};
let skipped = 0;
for (const font of FONTS) {
  if (exclude.has(font.family)) continue;
  for (const weight of font.weights) {
    const source = t.sources.push(`${font.family} ${weight}`) - 1;
    for (const [script, { before, after, classes }] of Object.entries(CONTEXT) as [NumberScript, (typeof CONTEXT)[NumberScript]][]) {
      for (const cls of classes) {
        const ci = GLYPH_CLASSES.indexOf(cls as (typeof GLYPH_CLASSES)[number]);
        const img = await render(`${before}${cls}${after}`, font.family, weight);
        for (const th of THRESHOLDS) {
          const glyphs = glyphsOf((x, y) => img.gray[y * img.width + x]! < th, img.width, img.height);
          if (glyphs.length !== before.length + 1 + after.length) {
            skipped++;
            continue;
          }
          const top = Math.min(...glyphs.map((g) => g.top));
          const height = Math.max(...glyphs.map((g) => g.bottom)) - top + 1;
          const f = glyphFeatures(glyphs[before.length]!, top, height);
          t.labels.push(ci);
          t.sourceOf.push(source);
          t.scriptOf!.push(script);
          for (const v of f) t.features.push(Math.round(v * 1000) / 1000);
        }
      }
    }
  }
}
writeFileSync(out, JSON.stringify(t) + '\n');
console.log(
  `${t.labels.length} templates from ${t.sources.length} fonts/weights, ${skipped} renderings skipped → ${out}`,
);
