/**
 * OCR of a scanned page at whatever resolution it came in, never silently empty:
 * 0. a phone photo of a page is made flat first (photo-page.ts: the page found on the desk,
 *    its perspective undone, uneven light divided out); scans pass through unchanged;
 * 1. the effective resolution is measured from the ink (scan-scale.ts) and small renders are
 *    enlarged to the letter size Tesseract reads best before preprocessing;
 * 2. the page is read by the full pipeline (ocr-page.ts: deskew, denoise, line coverage,
 *    tables, digit glyphs; on an enlarged small render, low-confidence lines are read again by
 *    the fast network at the render's own size);
 * 3. when that reading is not confident, bare Tesseract on the page as given is read too and
 *    the more confident reading is kept — the pipeline must never do worse than the engine alone;
 * 4. a page whose ink yields no or almost no text, or text read with low confidence, carries a
 *    warning code the job and the document page show.
 */
import type { PageWarning } from '../schema.ts';
import type { GrayImage } from './image-preprocess.ts';
import { ocrPageImage, type OcrPageResult } from './ocr-page.ts';
import type { OcrEngine, OcrResult } from './ocr-pool.ts';
import { fixOcrText } from './ocr-text-fix.ts';
import { flattenPhoto } from './photo-page.ts';
import { inkShare, measureTextHeight, scaleGray, upscaleFactor } from './scan-scale.ts';

/** Below this pipeline confidence (0..100) bare Tesseract is read as well. */
export const BARE_CHECK_BELOW = 85;
/** The bare reading wins only by this many confidence points (its text is not post-processed). */
const BARE_MARGIN = 2;
/**
 * A page with at least this many letter-sized ink components has text on it (a blank page with
 * a stamp or specks has fewer).
 */
const MIN_TEXT_COMPONENTS = 30;
/**
 * Characters read per letter-sized component below which a page counts as unreadable. Persian
 * text runs at 1.5–2 characters per component (dots and marks are components, joined letters
 * share one); a page read at a tenth of that has lost almost all of its text.
 */
const UNREADABLE_CHARS_PER_COMPONENT = 0.2;
/** Pages read with a quality (0..1) under this are flagged as low quality. */
export const LOW_QUALITY = 0.5;
/**
 * …and under this as unreadable: what comes back is guesswork (a 12-px blur of a clean page
 * reads «میست باب وی‌ها هی مه منم» at 0.27).
 */
export const UNREADABLE_QUALITY = 0.3;

export interface OcrScanResult extends OcrPageResult {
  /** How much the page was enlarged before reading (1 = as given). */
  scale: number;
  /** Which reading was kept. */
  reading: 'pipeline' | 'bare';
  /** Letter-sized ink components found on the page. */
  components: number;
  /** Whether the image was a photo of a page (found on its background and unwarped). */
  photo: boolean;
  warning?: PageWarning;
}

const visible = (s: string): number => s.replace(/\s+/g, '').length;

/** Character-weighted mean line confidence of a bare reading (0 when empty). */
function bareConfidence(r: OcrResult): number {
  let chars = 0;
  let acc = 0;
  for (const l of r.lines) {
    const n = visible(l.text);
    chars += n;
    acc += n * l.confidence;
  }
  return chars ? acc / chars : 0;
}

/**
 * A page with at least this share of ink (scan-scale.ts `inkShare`) has something on it even when
 * its letters are blurred into smudges (a blank page measures 0, a page of text 4–6 %, a
 * 24-px blur of a page header 12 %).
 */
const MIN_INK_SHARE = 0.005;

/** Whether a page has text-like ink: letter-sized components, or ink blurred past them. */
export const hasInk = (components: number, ink: number): boolean =>
  components >= MIN_TEXT_COMPONENTS || ink >= MIN_INK_SHARE;

/** The warning a page reading earns, if any (`ink` = the page's ink share). */
export function pageWarning(text: string, quality: number, components: number, ink = 0): PageWarning | undefined {
  if (!hasInk(components, ink)) return undefined;
  if (
    visible(text) === 0 ||
    visible(text) < UNREADABLE_CHARS_PER_COMPONENT * components ||
    quality < UNREADABLE_QUALITY
  )
    return 'page_unreadable';
  if (quality < LOW_QUALITY) return 'page_low_quality';
  return undefined;
}

/** Recognize one scanned page (see the module comment). */
export async function ocrScanPage(
  page: GrayImage,
  pool: OcrEngine,
  options: { numberGlyphs?: boolean } = {},
): Promise<OcrScanResult> {
  const flat = await flattenPhoto(page);
  const size = await measureTextHeight(flat.img);
  const ink = await inkShare(flat.img);
  const scale = upscaleFactor(size, flat.img);
  const scaled = await scaleGray(flat.img, scale);
  const ours = await ocrPageImage(scaled, pool, { ...options, upscaled: scale });
  let result: OcrScanResult = { ...ours, scale, reading: 'pipeline', components: size.components, photo: flat.found };
  if (ours.confidence < BARE_CHECK_BELOW && hasInk(size.components, ink)) {
    const bare = await pool.recognize(page, { mode: 'block' });
    const conf = bareConfidence(bare);
    const text = fixOcrText(bare.text);
    const oursEmpty = visible(ours.text) < UNREADABLE_CHARS_PER_COMPONENT * size.components;
    if (
      visible(text) > 0 &&
      (conf > ours.confidence + BARE_MARGIN || (oursEmpty && visible(text) > visible(ours.text)))
    ) {
      result = {
        ...result,
        text,
        confidence: conf,
        // Bare Tesseract has no line-coverage check: its quality is its confidence alone.
        quality: Math.round(conf * 10) / 1000,
        reading: 'bare',
      };
    }
  }
  const warning = pageWarning(result.text, result.quality, size.components, ink);
  return warning ? { ...result, warning } : result;
}
