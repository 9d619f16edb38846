/**
 * Numbered or bulleted decision items of minutes that have no «مصوبات:» heading above them:
 * cabinet approvals («… تصویب نمود:» ⏎ «1 - …»), headquarters and board minutes («• مقرر
 * گردید …»), items run together on one line after a colon («… از مهمترین آنها:1ـ … 2ـ …»).
 * An item counts when it carries a decision: a decision word or a subjunctive/obligation verb.
 * Pure.
 */
import { re, WB_END, WB_START } from '../boundary.ts';
import { TERMINATORS } from '../sentences.ts';
import { fold } from '../fold.ts';

/** A decision item: where it starts in the text and its text (marker removed). */
export interface DecisionItem {
  index: number;
  text: string;
  number: number | null;
}

// An item marker at a line start («1-», «۲)», «3.», «4ـ», «•», «*»), or after «:»/«.» on the
// same line when a number with a dash or kashida follows («…آنها:1ـ …»).
const LINE_MARK = /(?:^|\n)[ \t]*(?:([\d۰-۹]{1,2})[ \t]*[-.)ـ–]|[•])[ \t]*(?=\S)/g;
const INLINE_MARK = /(?<=[.:：][ \t]*)([\d۰-۹]{1,2})[ \t]*[-ـ–)][ \t]*(?=\S)/g;

// A decision inside an item.
const DECISION_IN_ITEM = re(
  '',
)`${WB_START}(?:مقرر|مصوب|تصویب|موافقت|موظف|موظفند|مکلف|مکلفند|ملزم|بایستی|بر\s*عهده|انتخاب\s+(?:گردید|گردیدند|شد|شدند)|(?<!(?:ارائه|ارایه|قرائت|قرایت|بیان|تشریح|مطرح|برگزار|تشکیل|آغاز|اغاز)\s*)(?:گردید|گردیدند)|گردد|گردند|شود|شوند|نماید|نمایند|گیرد|گیرند|(?<!می\s*)(?:کند|کنند|دهد|دهند)|می\s*شود)${WB_END}`;

function toNumber(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
  return Number.isFinite(n) ? n : null;
}

/** Item markers of a text, in order. */
function markers(text: string): { at: number; end: number; number: number | null }[] {
  const out: { at: number; end: number; number: number | null }[] = [];
  for (const rx of [LINE_MARK, INLINE_MARK]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
      out.push({ at, end: m.index + m[0].length, number: toNumber(m[1]) });
    }
  }
  return out.sort((a, b) => a.at - b.at).filter((m, i, all) => i === 0 || m.at !== all[i - 1]!.at);
}

// A blank line, a line ending a sentence, a line before a heading («مصوبات:»), a dash line.
const ITEM_STOP = new RegExp(
  `\\n[ \\t]*\\n|[${TERMINATORS}][ \\t]*\\n|\\n(?=[^\\n]*[:：][ \\t]*(?:\\n|$))|\\n(?=[ \\t]*[-–])`,
);

/**
 * Where an item ends: the next marker, a blank line, a line break after a full stop, or a
 * following line that is a heading («مصوبات:») or starts with a dash.
 */
function itemEnd(text: string, from: number, next: number): number {
  const span = text.slice(from, next);
  const stop = span.search(ITEM_STOP);
  return stop < 0 ? next : from + stop + 1;
}

// A speaker's report, view or proposal in an item («• آقای X گفت: … باید … شود», «۳. آقای X
// پیشنهاد کرد … برگزار شود», «- نماینده Y خواستار … شد»): the attribution before the first
// decision word (folded text).
const SPEECH = re(
  '',
)`^[^.:؟!]{0,140}?${WB_START}(?:گفت|گفتند|افزود|افزودند|اظهار\s+(?:داشت|کرد)|تصریح\s+(?:کرد|نمود)|گزارش\s+(?:داد|کرد)|پیشنهاد\s+(?:کرد|داد|نمود)|درخواست\s+(?:کرد|نمود)|خواستار\s[^.:]{0,100}?(?:شد|شدند)|تاکید\s+(?:کرد|نمود)|یاداور\s+شد|بیان\s+(?:کرد|داشت)|عنوان\s+کرد|ادامه\s+داد)${WB_END}`;
// A decision proper, which a speech item does not hold.
const DECIDED = re('')`${WB_START}(?:مقرر|مصوب|تصویب\s+(?:شد|گردید)|موافقت\s+(?:شد|گردید))${WB_END}`;
// A line that announces an agenda: «دستور جلسه:», «دستور کار جلسه :», «… و دستور جلسه به شرح
// زیر قرائت شد:», «موضوعات جلسه:» (folded text).
const AGENDA = re(
  '',
)`(?:${WB_START}دستور\s*(?:جلسه|کار|کار\s+جلسه)|${WB_START}(?:موضوع|موضوعات|محورهای)\s+(?:جلسه|نشست))${WB_END}(?!\s+(?:بعد|بعدی|اتی|اینده))[^\n]{0,80}[:：][ \t]*$`;

/** Whether the marker at `at` is an item of an agenda: the line above its run of items announces one. */
function inAgenda(text: string, at: number): boolean {
  let end = at - 1;
  for (let k = 0; k < 40 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || /^[ \t]*(?:[\d۰-۹]{1,2}[ \t]*[-.)ـ–]|[•*-])/.test(line)) {
      end = start - 1;
      continue;
    }
    return AGENDA.test(fold(line));
  }
  return false;
}

/**
 * Decision items outside the spans in `taken`: runs of at least two markers, keeping the items
 * that carry a decision.
 */
export function decisionItems(text: string, taken: Array<[number, number]>): DecisionItem[] {
  const ms = markers(text).filter((m) => !taken.some(([a, b]) => m.at >= a && m.at < b));
  if (ms.length < 2) return [];
  const out: DecisionItem[] = [];
  ms.forEach((m, i) => {
    const next = Math.min(ms[i + 1]?.at ?? text.length, ...taken.filter(([a]) => a > m.at).map(([a]) => a));
    const body = text
      .slice(m.end, itemEnd(text, m.end, next))
      .replace(/\s+/g, ' ')
      .trim();
    if (body.split(' ').length < 4 || !DECISION_IN_ITEM.test(body)) return;
    const f = fold(body);
    if (SPEECH.test(f) && !DECIDED.test(f)) return;
    if (inAgenda(text, m.at)) return;
    out.push({ index: m.at, text: body, number: m.number });
  });
  return out;
}
