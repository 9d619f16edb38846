import { persianNumbers } from './format.ts';

/**
 * Documents' text carries light markup: markdown headings («# صورتجلسه»), bold labels
 * («**موضوع:**»), pipe tables with their «| --- |» rows, rules, and table rows read from PDFs and
 * scans as tab-separated cells. The document page shows these as headings, tables and paragraphs
 * (our own markup, never the document's HTML); snippets and other one-line quotes show the words
 * without the marks.
 */

export type TextBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'para'; text: string }
  | { type: 'table'; head: string[] | null; rows: string[][] }
  | { type: 'rule' };

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Remove inline emphasis marks (`**bold**`, `__bold__`) and markdown escapes, keeping the words. */
export function stripInline(s: string): string {
  return s
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => stripInline(c.trim()));
}

function tabCells(line: string): string[] {
  return line.split('\t').map((c) => stripInline(c.trim()));
}

/** A pipe table starts at `i` when two or more rows follow each other (or a header and its separator). */
function pipeTableAt(lines: string[], i: number): boolean {
  const a = lines[i] ?? '';
  const b = lines[i + 1] ?? '';
  if (!a.includes('|')) return false;
  if (PIPE_SEPARATOR.test(b) && b.includes('-')) return true;
  return PIPE_ROW.test(a) && PIPE_ROW.test(b);
}

/** Split a page's text into headings, paragraphs, tables and rules. */
export function textBlocks(text: string): TextBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: TextBlock[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) blocks.push({ type: 'para', text: stripInline(para.join('\n')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      blocks.push({ type: 'heading', level: h[1]!.length, text: stripInline(h[2]!) });
      continue;
    }
    if (pipeTableAt(lines, i)) {
      flush();
      const rows: string[][] = [];
      let head: string[] | null = null;
      for (; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++) {
        if (PIPE_SEPARATOR.test(lines[i]!)) {
          if (rows.length === 1 && head === null) head = rows.pop()!;
          continue;
        }
        rows.push(pipeCells(lines[i]!));
      }
      i--;
      blocks.push({ type: 'table', head, rows });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ type: 'rule' });
      continue;
    }
    // Rows read from a ruled table come as tab-separated cells, one row a line.
    if (line.includes('\t') && (lines[i + 1] ?? '').includes('\t')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.includes('\t'); i++) rows.push(tabCells(lines[i]!));
      i--;
      blocks.push({ type: 'table', head: null, rows });
      continue;
    }
    para.push(line);
  }
  flush();
  return blocks;
}

/**
 * A snippet the API sends as escaped HTML with `<mark>` tags, as one line of plain words: headings
 * lose their «#», tables their pipes and «| --- |» rows (cells are separated by «، »), bold its
 * «**». Entities such as `&#39;` and the marks stay.
 */
export function plainSnippetHtml(html: string): string {
  return persianNumbers(html)
    .replace(/(^|\n)[ \t]*#{1,6}[ \t]+/g, '$1')
    .replace(/(^|\s)#{1,6}[ \t]+/g, '$1')
    .replace(/\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?/g, ' ')
    .replace(/(^|\n)[ \t]*\|/g, '$1')
    .replace(/\|[ \t]*(?=\n|$)/g, '')
    .replace(/[ \t]*\|[ \t]*/g, '، ')
    .replace(/\*\*|__/g, '')
    .replace(/\t+/g, '، ')
    .replace(/(^|\n)[ \t]*-{3,}[ \t]*(?=\n|$)/g, '$1')
    .replace(/^(?:،\s*)+|(?:\s*،)+\s*$/g, '')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
