/**
 * Parts of a resolution written in the text rather than in table columns: labelled field lines
 * under a list item («مسئول پیگیری: … - مهلت اجرا: …», «مسئول: … / زمان: …», «اقدام کننده: …،
 * ناظر: …، مدت اجرا: …»); deadline phrases are read in deadline.ts. Pure.
 */
import { foldWithMap, sourceSpan, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { trailingDeadline } from './deadline.ts';

export { findDeadline } from './deadline.ts';

/** Fields written as «label: value» after or under a resolution. */
export interface LabelledFields {
  /** Text before the first label (the resolution itself when on the same line). */
  before: string;
  responsible: string | null;
  supervisor: string | null;
  deadline: string | null;
  /** Which labels were present (a present label with an empty or «-» value still counts). */
  has: { responsible: boolean; supervisor: boolean; deadline: boolean };
}

// Supervisor before responsible: «مسئول نظارت» starts like «مسئول».
const LABEL = new RegExp(
  '(?:^|(?<=[\\s(\\-–—/|،,؛]))(?:' +
    '(?<sup>(?:مسیول|مسوول)\\s*نظارت|ناظر|نظارت)' +
    '|(?<resp>(?:مسیول|مسوول|مسول)(?:\\s*(?:پیگیری|اجرا|اقدام|انجام|اجرایی))?|اقدام(?:\\s*کننده)?|پیگیری\\s*کننده|پیگیر' +
    // A bare «پیگیری:» / «اقدام و پیگیری:» only where a field starts (line start, after a full
    // stop, «؛», a dash or a bar): inside a sentence «موارد پیگیری:» is no label.
    '|(?<=(?:^|[.؛|(\\-–—/])\\s*)(?:اقدام\\s+و\\s+)?پیگیری' +
    '|(?:واحد|دستگاه|نهاد|مرجع)(?:\\s*(?:های|ها))?\\s*(?:مسیول|اجرایی|متولی|اجرا\\s*کننده|پیگیری\\s*کننده)|مرجع\\s*(?:اقدام|پیگیری|اجرا)|عهده\\s*دار|متولی|مجری)' +
    '|(?<dl>(?:مهلت|زمان|مدت)(?:\\s*(?:اجرا|اجرای|اقدام|انجام|پیگیری|زمانی))?|زمان\\s*بندی|زمانبندی|تاریخ\\s*(?:اجرا|اقدام|انجام))' +
    ')\\s*[:：]',
  'g',
);

const EDGE = /^[\s\-–—/|،,؛:]+|[\s\-–—/|،,؛]+$/g;

function cleanValue(v: string, openParen: boolean): string | null {
  // A value ends with its sentence: «مهلت: یک ماه. موضوع با ۶ رأی موافق تصویب شد».
  let t = tidy(v)
    .replace(re('')`\.\s+(?=[${L}(«]).*$`, '')
    .replace(EDGE, '');
  if (openParen) t = t.replace(/\)\s*[.]?$/, '').replace(EDGE, '');
  t = t.replace(/[.]$/, '').trim();
  return t === '' || /^[-–—_.]+$/.test(t) ? null : t;
}

/** Where the parenthesis open before `from` closes («(ستاد)» inside it nested), or -1. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Read «label: value» fields from a line. Returns null when the line has no responsible or
 * deadline label; values run to the next label, separators at their edges trimmed.
 */
export function labelledFields(line: string): LabelledFields | null {
  const f = foldWithMap(line);
  const hits: { kind: 'sup' | 'resp' | 'dl'; s: number; e: number }[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(f.text); m; m = LABEL.exec(f.text)) {
    const g = m.groups!;
    const kind = g['sup'] !== undefined ? 'sup' : g['resp'] !== undefined ? 'resp' : 'dl';
    hits.push({ kind, s: m.index, e: m.index + m[0].length });
  }
  if (!hits.some((h) => h.kind !== 'sup')) return null;
  const src = (s: number, e: number) => {
    if (s >= e) return '';
    const [a, b] = sourceSpan(f, s, e);
    return line.slice(a, b);
  };
  let before = tidy(src(0, hits[0]!.s));
  // Fields inside a parenthesis: «(مسئول: X / مهلت: -)», also after an unlabelled first field
  // «(اقدام: X / مهلت: …)» — the closing «)» is not part of the last value.
  const openParen = /\(\s*$/.test(before) || (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
  before = before.replace(/[\s(\-–—/|،,؛]+$/, '').trim();
  const out: LabelledFields = {
    before,
    responsible: null,
    supervisor: null,
    deadline: null,
    has: { responsible: false, supervisor: false, deadline: false },
  };
  // «(مسئول: X) – تا پایان خرداد ۱۴۰۳», «(مسئول: X) - یک ماه»: the deadline written after the
  // parenthesis that closes the fields, as a column of its own.
  const close = openParen ? closingParen(f.text, hits[hits.length - 1]!.e) : -1;
  const after =
    close >= 0 && !hits.some((h) => h.kind === 'dl') ? trailingDeadline(src(close + 1, f.text.length)) : null;
  const lineEnd = close >= 0 ? close : f.text.length;
  if (after) {
    out.has.deadline = true;
    out.deadline = after;
  }
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1]!.s : lineEnd;
    const value = cleanValue(src(h.e, end), openParen);
    if (h.kind === 'resp') {
      out.has.responsible = true;
      out.responsible = out.responsible && value ? `${out.responsible} - ${value}` : (out.responsible ?? value);
    } else if (h.kind === 'sup') {
      out.has.supervisor = true;
      out.supervisor = out.supervisor ?? value;
    } else {
      out.has.deadline = true;
      out.deadline = out.deadline ?? value;
    }
  });
  return out;
}
