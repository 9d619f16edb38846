/**
 * Persian notes for pages OCR could not read well. The API carries stable codes (a page's
 * `warning`, a document's and a finished job's `warnings`); the UI shows these sentences.
 */
import type { DocumentWarning, PageWarning } from '@sanad/ingest/schema.ts';
import { fa } from './format.ts';

/** OCR pages below this quality (0..1) get a note even without a warning code. */
export const LOW_PAGE_QUALITY = 0.5;

export const PAGE_WARNING_TEXT: Record<PageWarning, string> = {
  page_unreadable:
    'متن این صفحه خوانده نشد. تصویر اصلی را ببینید یا صفحه را با کیفیت بهتر (۳۰۰ نقطه در اینچ) اسکن کنید.',
  page_low_quality: 'این صفحه با کیفیت پایین خوانده شد و متن آن ممکن است نادرست باشد؛ آن را با تصویر اصلی مقایسه کنید.',
};

/** The note a page shows, or null when it read fine. */
export function pageNote(page: { source: string; quality: number; warning?: PageWarning }): string | null {
  if (page.warning) return PAGE_WARNING_TEXT[page.warning];
  if (page.source === 'ocr' && page.quality < LOW_PAGE_QUALITY) return PAGE_WARNING_TEXT.page_low_quality;
  return null;
}

/** One line for a document or job: which pages could not be read, and which read poorly. */
export function warningsSummary(warnings: DocumentWarning[] | undefined): string | null {
  if (!warnings?.length) return null;
  const pages = (code: PageWarning): string =>
    warnings
      .filter((w) => w.code === code)
      .map((w) => fa(w.page))
      .join('، ');
  const parts: string[] = [];
  const unreadable = pages('page_unreadable');
  const low = pages('page_low_quality');
  if (unreadable) parts.push(`متن ${unreadable.includes('،') ? 'صفحه‌های' : 'صفحهٔ'} ${unreadable} خوانده نشد`);
  if (low) parts.push(`${low.includes('،') ? 'صفحه‌های' : 'صفحهٔ'} ${low} با کیفیت پایین خوانده شد`);
  return parts.join('؛ ') + '.';
}
