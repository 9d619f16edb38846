import fs from 'node:fs';
import path from 'node:path';
import { detectType } from './extract/detect-type.ts';
import { readHead } from './file-head.ts';

/**
 * Expand the files and folders given to `npm run ingest` into the documents to ingest. A folder
 * of documents usually carries other things too (label files such as `gold.jsonl`, notes about
 * the labels, scripts, hidden files); ingesting those as "minutes" pollutes the archive and its
 * facets, so they are skipped and reported. A file named explicitly is taken when it is a
 * document type, even if its name looks like notes.
 */

export interface CollectedFile {
  file: string;
  /** Set when the path cannot be read at all (the CLI reports it as failed). */
  error?: string;
}

export type SkipReason = 'hidden' | 'not-a-document' | 'labels-or-notes';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
}

export interface Collected {
  files: CollectedFile[];
  skipped: SkippedFile[];
}

/** Extensions of the document types the pipeline reads (PDF, images, HTML, DOCX, text, markdown). */
const DOCUMENT_EXTENSIONS = new Set([
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
  '.webp',
  '.html',
  '.htm',
  '.xhtml',
  '.docx',
  '.txt',
  '.text',
  '.md',
  '.markdown',
]);

/** Text extensions that are readable prose only when the name does not mark them as labels or notes. */
const PROSE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

/**
 * Names of project files rather than documents (README, LICENSE, …), and name segments that mark a
 * file as labels about the documents (gold standard, annotations, ground truth) rather than one of them.
 */
const PROJECT_FILE = /^(?:readme|license|licence|changelog|contributing|notice|authors|copying)(?:[.-]|$)/i;
const LABEL_SEGMENT = /(?:^|[-_. ])(?:gold|labels?|annotations?|ground[-_ ]?truth|answer[-_ ]?key)(?:[-_. ]|$)/i;

/** Why a file found in a folder walk is not a document, or null when it is one. */
export function skipReason(file: string, { explicit }: { explicit: boolean }): SkipReason | null {
  const name = path.basename(file);
  if (!explicit && name.startsWith('.')) return 'hidden';
  const ext = path.extname(name).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(ext)) {
    if (!explicit && PROSE_EXTENSIONS.has(ext) && (PROJECT_FILE.test(name) || LABEL_SEGMENT.test(name)))
      return 'labels-or-notes';
    return null;
  }
  // Other names: a scan or PDF saved under an odd extension is still taken (its bytes say so); text
  // under a data or code extension (.json, .jsonl, .csv, .py, …) is not a document.
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return null; // unreadable: let the pipeline report it
  }
  const type = size > 0 ? detectType(readHead(file, size)) : null;
  if (type && type.kind !== 'text' && type.kind !== 'html') return null;
  if (type && ext === '') return null; // an extensionless text or HTML file
  return 'not-a-document';
}

/** Expand files and folders (recursively) into documents to ingest and files skipped, in a stable order. */
export function collectFiles(inputs: string[]): Collected {
  const files: CollectedFile[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (p: string, given: string, explicit: boolean): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      files.push({ file: given, error: 'File not found.' });
      return;
    }
    if (st.isDirectory()) {
      if (!explicit && path.basename(p).startsWith('.')) {
        skipped.push({ file: given, reason: 'hidden' });
        return;
      }
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), path.join(given, name), false);
    } else if (st.isFile()) {
      const reason = skipReason(p, { explicit });
      if (reason) skipped.push({ file: given, reason });
      else files.push({ file: given });
    }
  };
  for (const input of inputs) walk(input, input, true);
  return { files, skipped };
}

const REASON_LABEL: Record<SkipReason, string> = {
  'not-a-document': 'not a document type',
  'labels-or-notes': 'labels, notes or project files',
  hidden: 'hidden',
};

/** One line saying what was skipped, e.g. `skipped 3 files: 2 not a document type (.jsonl, .py), 1 hidden`. */
export function skippedSummary(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  const parts: string[] = [];
  for (const reason of Object.keys(REASON_LABEL) as SkipReason[]) {
    const of = skipped.filter((s) => s.reason === reason);
    if (of.length === 0) continue;
    const shown =
      reason === 'hidden'
        ? []
        : [
            ...new Set(
              of.map((s) =>
                reason === 'not-a-document' ? path.extname(s.file) || path.basename(s.file) : path.basename(s.file),
              ),
            ),
          ];
    const list = shown.length ? ` (${shown.slice(0, 4).join(', ')}${shown.length > 4 ? ', …' : ''})` : '';
    parts.push(`${of.length} ${REASON_LABEL[reason]}${list}`);
  }
  const n = skipped.length;
  return `skipped ${n} file${n === 1 ? '' : 's'}: ${parts.join(', ')}; --json lists them; a notes file named on the command line is ingested`;
}
