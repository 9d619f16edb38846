/**
 * OCR of one page image with a line-coverage check: Tesseract's Persian model silently drops
 * whole lines (often the ones with digits), so every text line found by projection must come
 * back in the result; lines that are missing, cut short, or carry digits read with low
 * confidence are re-read alone in single-line mode.
 */
import { findTextLines, preprocessForOcr, toPng, type GrayImage, type LineBand } from './image-preprocess.ts';
import type { OcrLine, OcrPool } from './ocr-pool.ts';
import { fixOcrText } from './ocr-text-fix.ts';

export interface OcrPageResult {
  text: string;
  /** 0..1 */
  quality: number;
  lines: number;
  /** Lines re-read because they were missing or short. */
  recovered: number;
  /** Lines re-read to check their digits. */
  digitChecks: number;
  deskewAngle: number;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

interface PlacedLine {
  top: number;
  text: string;
  confidence: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Recognize one grayscale page. */
export async function ocrPageImage(page: GrayImage, pool: OcrPool): Promise<OcrPageResult> {
  const pre = await preprocessForOcr(page);
  const bands = findTextLines(pre);
  const full = await pool.recognize(await toPng(pre), { mode: 'block' });
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

  const reread = async (b: LineBand): Promise<{ text: string; confidence: number }> => {
    const pad = 12;
    const top = Math.max(0, b.top - 6);
    const bottom = Math.min(pre.height - 1, b.bottom + 6);
    const left = Math.max(0, b.left - 6);
    const right = Math.min(pre.width - 1, b.right + 6);
    const png = await toPng(pre, { left, top, width: right - left + 1, height: bottom - top + 1 }, pad);
    const r = await pool.recognize(png, { mode: 'raw-line' });
    return { text: r.text.replace(/\s+/g, ' ').trim(), confidence: r.confidence };
  };

  let recovered = 0;
  let digitChecks = 0;
  const placed: PlacedLine[] = stray.map((l) => ({ top: l.bbox.y0, text: l.text, confidence: l.confidence }));
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
          (missing ? again.text.length >= text.length * 0.8 || again.confidence > confidence : again.confidence > confidence);
        if (better) {
          placed.push({ top: b.top, text: again.text, confidence: again.confidence });
          return;
        }
      }
      for (const l of lines) placed.push({ top: l.bbox.y0, text: l.text, confidence: l.confidence });
    }),
  );
  placed.sort((a, b) => a.top - b.top);
  const text = fixOcrText(placed.map((p) => p.text.trim()).join('\n'));
  const chars = placed.reduce((a, p) => a + p.text.length, 0);
  const meanConf = chars ? placed.reduce((a, p) => a + p.confidence * p.text.length, 0) / chars : 0;
  const coverage = bands.length ? Math.min(1, placed.length / bands.length) : placed.length ? 1 : 0;
  return {
    text,
    quality: Math.round((meanConf / 100) * (0.5 + 0.5 * coverage) * 1000) / 1000,
    lines: bands.length,
    recovered,
    digitChecks,
    deskewAngle: pre.deskewAngle,
  };
}
