/**
 * What the document page shows, prepared on the server: the record without its bulky text
 * fields, each page's text split into highlighted runs (by search key), and how to show the
 * original file.
 */
import type { DocumentRecord, Resolution } from '@sanad/ingest/schema.ts';
import { highlightRuns, markCount, queryTokens, type Runs } from './highlight.ts';
import { resolutionAnchor } from './links.ts';

export interface PageView {
  number: number;
  source: DocumentRecord['pages'][number]['source'];
  quality: number;
  runs: Runs;
  marks: number;
}

export interface ResolutionView extends Resolution {
  anchor: string;
  runs: Runs;
}

export type OriginalKind = 'pdf' | 'image' | 'none';

export interface DocumentView {
  doc: Omit<DocumentRecord, 'text' | 'pages' | 'resolutions'>;
  pages: PageView[];
  resolutions: ResolutionView[];
  /** Total highlighted words in the text. */
  marks: number;
  /** Pages that contain a highlight, in order. */
  hitPages: number[];
  original: { href: string; inline: string | null; kind: OriginalKind; page: number };
}

/** How the original can be shown in the page (only types browsers render safely inline). */
export function originalKind(mime: string): OriginalKind {
  if (mime === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp|bmp)$/.test(mime)) return 'image';
  return 'none';
}

/** Build the view of a document for a query; `requestedPage` is the page of the search hit. */
export function documentView(record: DocumentRecord, q: string, requestedPage: number | null): DocumentView {
  const { text: _text, pages, resolutions, ...doc } = record;
  const tokens = queryTokens(q);
  const cache = new Map<string, string[]>();
  const pageViews = pages.map((p) => {
    const runs = highlightRuns(p.text, tokens, cache);
    return { number: p.number, source: p.source, quality: p.quality, runs, marks: markCount(runs) };
  });
  const resolutionViews = resolutions.map((r) => ({
    ...r,
    anchor: resolutionAnchor(r.id),
    runs: highlightRuns(r.text, tokens, cache),
  }));
  const hitPages = pageViews.filter((p) => p.marks > 0).map((p) => p.number);
  const known = new Set(pageViews.map((p) => p.number));
  const page =
    requestedPage !== null && known.has(requestedPage) ? requestedPage : (hitPages[0] ?? pageViews[0]?.number ?? 1);
  const kind = originalKind(record.source.mime);
  const href = `/api/documents/${encodeURIComponent(record.id)}/original`;
  return {
    doc,
    pages: pageViews,
    resolutions: resolutionViews,
    marks: pageViews.reduce((n, p) => n + p.marks, 0),
    hitPages,
    original: {
      href,
      inline: kind === 'none' ? null : `${href}?inline=1${kind === 'pdf' ? `#page=${page}` : ''}`,
      kind,
      page,
    },
  };
}
