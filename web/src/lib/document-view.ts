/**
 * What the document page shows, prepared on the server: the record without its bulky text
 * fields, each page's text split into highlighted runs (by search key), and how to show the
 * original file.
 */
import type { DocumentRecord, Resolution } from '@sanad/ingest/schema.ts';
import { searchTokens } from '@sanad/ingest/text/index.ts';
import { persianNumbers } from './format.ts';
import { highlightRuns, markCount, queryTokens, type Runs } from './highlight.ts';
import { commitmentItems, type CommitmentItem } from './ledger/clauses.ts';
import { resolutionAnchor } from './links.ts';
import { pageNote } from './page-warnings.ts';
import { textBlocks } from './text-blocks.ts';

/** A block of a page's text (see text-blocks.ts) with its words split into highlighted runs. */
export type BlockView = { id: string } & (
  | { type: 'heading'; level: number; runs: Runs }
  | { type: 'para'; runs: Runs }
  | { type: 'table'; head: Runs[] | null; rows: Runs[][] }
  | { type: 'rule' }
);

export interface PageView {
  number: number;
  source: DocumentRecord['pages'][number]['source'];
  quality: number;
  /** Persian note for a page OCR could not read (well), else null. */
  note: string | null;
  blocks: BlockView[];
  marks: number;
}

export interface ResolutionView extends Resolution {
  anchor: string;
  runs: Runs;
  /** Where the clause is in the page text: the id of its block, else the page's anchor. */
  passage: string | null;
}

export type OriginalKind = 'pdf' | 'image' | 'text' | 'html' | 'none';

export interface DocumentView {
  doc: Omit<DocumentRecord, 'text' | 'pages' | 'resolutions' | 'commitments'>;
  pages: PageView[];
  resolutions: ResolutionView[];
  /** The «تعهدات» list, each with the passage its clause stands in (see `passageOf`). */
  commitments: (CommitmentItem & { passage: string | null })[];
  /** Total highlighted words in the text. */
  marks: number;
  /** Pages that contain a highlight, in order. */
  hitPages: number[];
  original: { href: string; inline: string | null; kind: OriginalKind; page: number; bytes: number };
}

/**
 * How the original can be shown in the page: PDFs and images by the browser; text and markdown
 * as our own markup; HTML in a sandboxed frame (no scripts, no same-origin access).
 */
export function originalKind(mime: string): OriginalKind {
  if (mime === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp|bmp)$/.test(mime)) return 'image';
  if (mime === 'text/plain' || mime === 'text/markdown') return 'text';
  if (mime === 'text/html') return 'html';
  return 'none';
}

/** Largest text or HTML original shown in the page (larger ones are offered for download). */
export const MAX_INLINE_TEXT_BYTES = 2 * 1024 * 1024;

function blockMarks(b: BlockView): number {
  if (b.type === 'rule') return 0;
  if (b.type === 'table') return [...(b.head ?? []), ...b.rows.flat()].reduce((n, r) => n + markCount(r), 0);
  return markCount(b.runs);
}

function blockText(b: BlockView): string {
  if (b.type === 'rule') return '';
  if (b.type === 'table') return [...(b.head ?? []), ...b.rows.flat()].map((r) => r.join('')).join(' ');
  return b.runs.join('');
}

/** Text as blocks with highlighted runs (none without tokens); block ids are `<idPrefix>b<index>`. */
export function blockViews(
  text: string,
  idPrefix: string,
  tokens: ReadonlySet<string> = new Set(),
  cache = new Map<string, string[]>(),
): BlockView[] {
  const runs = (s: string): Runs => highlightRuns(persianNumbers(s), tokens, cache);
  return textBlocks(text).map((b, i): BlockView => {
    const id = `${idPrefix}b${i}`;
    if (b.type === 'table')
      return { id, type: 'table', head: b.head?.map(runs) ?? null, rows: b.rows.map((r) => r.map(runs)) };
    if (b.type === 'rule') return { id, type: 'rule' };
    return b.type === 'heading'
      ? { id, type: 'heading', level: b.level, runs: runs(b.text) }
      : { id, ...b, runs: runs(b.text) };
  });
}

/** The anchors of a block's passages with their text: a table's rows one by one, else the block. */
function passages(b: BlockView): [string, string][] {
  if (b.type === 'table') return b.rows.map((row, i) => [rowId(b.id, i), row.map((c) => c.join('')).join(' ')]);
  return [[b.id, blockText(b)]];
}

/** Id of a row of a table block (TextBlocks renders it on the `<tr>`). */
export function rowId(blockId: string, row: number): string {
  return `${blockId}-r${row}`;
}

/**
 * Where a resolution's clause stands in its page, matched by search key (so spelling variants,
 * markup and table cells do not hide it): the first paragraph or table row that contains the
 * clause's first words in order.
 */
function passageOf(r: Pick<Resolution, 'page' | 'text'>, pages: PageView[]): string | null {
  if (r.page === null) return null;
  const page = pages.find((p) => p.number === r.page);
  if (!page) return null;
  const words = searchTokens(r.text);
  const candidates = page.blocks.flatMap(passages).map(([id, text]) => [id, ` ${searchTokens(text).join(' ')} `]);
  for (const n of [6, 3]) {
    if (words.length < Math.min(n, 2)) continue;
    const needle = ` ${words.slice(0, n).join(' ')} `;
    const hit = candidates.find(([, keys]) => keys!.includes(needle));
    if (hit) return hit[0]!;
  }
  return null;
}

/** Build the view of a document for a query; `requestedPage` is the page of the search hit. */
export function documentView(record: DocumentRecord, q: string, requestedPage: number | null): DocumentView {
  const { text: _text, pages, resolutions, commitments: _commitments, ...doc } = record;
  const tokens = queryTokens(q);
  const cache = new Map<string, string[]>();
  const pageViews: PageView[] = pages.map((p) => {
    const blocks = blockViews(p.text, `p${p.number}-`, tokens, cache);
    return {
      number: p.number,
      source: p.source,
      quality: p.quality,
      note: pageNote(p),
      blocks,
      marks: blocks.reduce((n, b) => n + blockMarks(b), 0),
    };
  });
  const resolutionViews = resolutions.map((r) => ({
    ...r,
    anchor: resolutionAnchor(r.id),
    runs: highlightRuns(persianNumbers(r.text), tokens, cache),
    passage: passageOf(r, pageViews),
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
    commitments: commitmentItems(record).map((c) => ({ ...c, passage: passageOf(c, pageViews) })),
    marks: pageViews.reduce((n, p) => n + p.marks, 0),
    hitPages,
    original: {
      href,
      inline: kind === 'pdf' || kind === 'image' ? `${href}?inline=1${kind === 'pdf' ? `#page=${page}` : ''}` : null,
      kind,
      page,
      bytes: record.source.bytes,
    },
  };
}
