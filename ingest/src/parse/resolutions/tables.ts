/**
 * Resolutions from tables (markdown pipes, tab-separated rows, HTML `<p>` cells whose columns are
 * reversed and whose rows continue after a page break); columns from the header row. Pure.
 */
import { fold, tidy } from '../fold.ts';
import { splitBodies } from './parties.ts';
import { textDeadline } from './deadline.ts';
import type { ParsedResolution } from './types.ts';

export type Col = 'num' | 'text' | 'resp' | 'sup' | 'deadline' | 'other';

// A column of the actions a meeting decided («اقدام اصلاحی», «اقدامات لازم», «اقدام مصوب»,
// «اقدامات مقرر»); «اقدامات انجام شده» reports work done and is no decision (folded text).
const ACTION_DECIDED = /^اقدام(?:ات|های|‌های)?\s*(?:اصلاحی|لازم|مصوب|مقرر|پیشنهادی|اجرایی)$/;

export function classifyHeader(cell: string): Col {
  const c = fold(cell).replace(/[*:]/g, '').trim();
  // «#» heads the row-number column of a markdown table as «ردیف» does.
  if (/^ردیف$|^شماره$|^ردیف\s|^#$|^ش$/.test(c)) return 'num';
  // «مسئول نظارت», «ناظر», «دستگاه ناظر»: the supervisor column.
  if (/نظارت|ناظر/.test(c)) return 'sup';
  if (/موضوع\s*محوری|محور/.test(c)) return 'other';
  // Folded text: «مسئول» reads «مسیول».
  if (/اقدام\s*کننده|(?:مسیول|مسوول|مسول)\s*(اجرا|پیگیری|اقدام|انجام)?$|دستگاه|متولی|مجری|پیگیری\s*کننده/.test(c))
    return 'resp';
  if (/زمان|مدت|مهلت|تاریخ\s*(اجرا|اقدام)|زمانبندی/.test(c)) return 'deadline';
  if (/مصوب|شرح|عنوان|متن|تصمیم/.test(c) || ACTION_DECIDED.test(c)) return 'text';
  return 'other';
}

export function cellText(c: string): string {
  return tidy(c.replace(/<[^>]+>/g, ' ').replace(/\*\*/g, ' '));
}

export function splitRow(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map(cellText);
  if (/^\s*\|.*\|\s*$/.test(line)) return line.trim().slice(1, -1).split('|').map(cellText);
  // A pipe row cut off before its closing «|» (an excerpt that ends mid-row).
  if (/^\s*\|[^|]*\|/.test(line)) return line.trim().slice(1).split('|').map(cellText);
  return null;
}

/**
 * A table header row: a text column with a responsible or deadline column beside it, or a
 * row-number column. Header cells are short labels, never sentences.
 */
export function isHeaderRow(cells: string[], classes: Col[]): boolean {
  if (!classes.includes('text')) return false;
  if (classes.includes('num')) return true;
  if (cells.some((c) => c.split(' ').length > 4)) return false;
  // «عنوان طرح | دستگاه اجرایی» lists projects; only a decision column makes a resolution table.
  const textCell = fold(cells[classes.indexOf('text')]!);
  return (
    (/مصوب|شرح|تصمیم|متن/.test(textCell) || ACTION_DECIDED.test(textCell.replace(/[*:]/g, '').trim())) &&
    (classes.includes('resp') || classes.includes('deadline'))
  );
}

export const NUM_CELL = /^[\d۰-۹]{1,3}$/;

export function toNumber(s: string): number | null {
  const d = fold(s).replace(/[^\d]/g, '');
  return d ? Number(d) : null;
}

export function isDeadlineLike(s: string): boolean {
  return (
    /^(مستمر|یک|دو|سه|چهار|[\d۰-۹]+)\s*(ماه|هفته|روز)?|مستمر|هفته|ماه|پایان سال|جلسه آتی|اسرع وقت/.test(fold(s)) &&
    s.length < 40
  );
}

export function nullIfDash(s: string | undefined): string | null {
  const t = tidy(s ?? '');
  return t === '' || /^[-–—_.]+$/.test(t) ? null : t;
}

export interface TableState {
  cols: Col[];
}

/** Resolutions from tables (any of the three encodings). */
export function tableResolutions(text: string): ParsedResolution[] {
  const lines = text.split('\n');
  const out: ParsedResolution[] = [];
  let state: TableState | null = null;
  let offset = 0;
  let reversedSeen = false;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    const cells = splitRow(line);
    if (!cells) {
      if (line.trim() !== '' && state && !/^\s*[-|:\s]+$/.test(line)) {
        // A plain line between table chunks (page furniture) does not end the table.
      }
      continue;
    }
    if (cells.every((c) => /^[-:\s]*$/.test(c))) continue;
    const classes = cells.map(classifyHeader);
    if (isHeaderRow(cells, classes)) {
      state = { cols: classes };
      continue;
    }
    if (!state) continue;
    const n = state.cols.length;
    const padded = [...cells];
    while (padded.length < n) padded.push('');
    const row = padded.slice(0, n);
    const numIdx = state.cols.indexOf('num');
    const textIdx = state.cols.indexOf('text');
    // Orientation: the row number's cell or the longest cell tells whether columns are reversed.
    const rev = [...row].reverse();
    let reversed: boolean;
    if (NUM_CELL.test(fold(row[numIdx] ?? '')) && !NUM_CELL.test(fold(rev[numIdx] ?? ''))) reversed = false;
    else if (NUM_CELL.test(fold(rev[numIdx] ?? ''))) reversed = true;
    else {
      let longest = 0;
      row.forEach((c, i) => {
        if (c.length > (row[longest] ?? '').length) longest = i;
      });
      if (longest === textIdx) reversed = false;
      else if (n - 1 - longest === textIdx) reversed = true;
      else reversed = reversedSeen || isDeadlineLike(row[0] ?? '');
    }
    if (reversed) reversedSeen = true;
    const r = reversed ? rev : row;
    const get = (c: Col) => {
      const i = state!.cols.indexOf(c);
      return i >= 0 ? (r[i] ?? '') : '';
    };
    const body = get('text');
    // Without a row-number column every row with text is a new resolution, numbered in order.
    const num =
      numIdx < 0 ? (body ? out.length + 1 : null) : NUM_CELL.test(fold(get('num'))) ? toNumber(get('num')) : null;
    if (num !== null) {
      out.push({
        number: num,
        text: body,
        responsible: splitBodies(nullIfDash(get('resp'))),
        supervisor: splitBodies(nullIfDash(get('sup'))),
        // Without a deadline column the deadline is written in the decision itself.
        deadline: state!.cols.includes('deadline') ? nullIfDash(get('deadline')) : textDeadline(body),
        index: lineStart,
      });
    } else if (out.length > 0) {
      // Continuation of the previous row after a page break.
      const prev = out[out.length - 1]!;
      if (body) prev.text = tidy(prev.text + ' ' + body);
      const moreResp = splitBodies(nullIfDash(get('resp')));
      for (const b of moreResp) if (!prev.responsible.includes(b)) prev.responsible.push(b);
      const moreSup = splitBodies(nullIfDash(get('sup')));
      for (const b of moreSup) if (!prev.supervisor.includes(b)) prev.supervisor.push(b);
      if (!prev.deadline) prev.deadline = nullIfDash(get('deadline'));
    }
  }
  return out;
}
