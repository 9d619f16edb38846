/**
 * An interview written as questions and answers: the outlet or reporter asks («تسنیم: …؟») and
 * the interviewee answers under his family name («بهرامی: …»). The name stands only in the answer
 * labels; his role comes from the lead sentence «ROLE در گفت‌وگو با خبرنگار …». Pure.
 */
import { fold } from '../fold.ts';
import { NAME_WORD } from './clauses.ts';
import { BODY_WORD, NOT_NAME, cleanRole, familyName, isRoleHead, stops, titleSet, words } from './words.ts';
import type { RawSpeaker } from './words.ts';

const LABEL_LINE = /(?:^|\n)[ \t]*([^\n:：،,.؟?!«»()]{2,30}?)[ \t]*[:：][ \t]*(\S[^\n]*)/g;
const LEAD = /(?:^|\n|[.!؟]\s)([^\n.!؟:]{4,160}?)\s+در\s+گفت\s*و\s*گو(?:ی)?\s+با\s+(?:خبرنگار|خبرگزاری|پایگاه|روزنامه)/;

/** The interviewee of a question-and-answer text, or none. */
export function interviewSpeakers(text: string): RawSpeaker[] {
  const labels = new Map<string, { n: number; questions: number; pos: number }>();
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    const label = m[1]!.trim();
    const e = labels.get(label) ?? { n: 0, questions: 0, pos: m.index };
    e.n++;
    if (/[؟?]\s*$/.test(m[2]!)) e.questions++;
    labels.set(label, e);
  }
  // Someone asks: a label whose lines are (mostly) questions, at least twice.
  const asks = [...labels.values()].some((e) => e.n >= 2 && e.questions * 2 >= e.n);
  if (!asks) return [];
  const out: RawSpeaker[] = [];
  for (const [label, e] of labels) {
    if (e.n < 2 || e.questions > 0) continue;
    const ws = words(label);
    if (ws.length === 0 || ws.length > 3 || titleSet.has(fold(ws[0]!)) || isRoleHead(ws[0]!)) continue;
    if (ws.some((w) => !NAME_WORD.test(w) || stops.has(fold(w)) || NOT_NAME.has(fold(w)) || BODY_WORD.test(fold(w))))
      continue;
    const lead = LEAD.exec(text);
    const subject = lead ? words(lead[1]!) : [];
    const role = subject.length > 0 && isRoleHead(subject[0]!) ? cleanRole(subject.join(' ')) : null;
    out.push({ name: familyName(ws), role, pos: e.pos });
  }
  return out;
}
