/** Resolutions from lists or paragraphs under a «مصوبات» heading. Pure. */
import { fold, tidy } from '../fold.ts';
import { labelledFields } from './fields.ts';
import type { LabelledFields } from './fields.ts';
import { textDeadline } from './deadline.ts';
import { splitBodies } from './parties.ts';
import { subjectBodies } from './subject.ts';
import { DECISION, DECISION_WORD, splitRunOn } from './sentences.ts';
import { splitRow, toNumber } from './tables.ts';
import type { ParsedResolution } from './types.ts';
import { endsSentence } from '../sentences.ts';
import { L, re } from '../boundary.ts';
import { parseOrdinal } from '../../text/index.ts';

/** The number of an item marker: digits or an ordinal word («سوم» → 3). */
function itemNumber(s: string): number | null {
  return /[\d۰-۹]/.test(s) ? toNumber(s) : parseOrdinal(s);
}

// A «مصوبات:» / «تصمیمات جلسه:» / «تصمیمات ستاد:» / «مهمترین مصوبات این جلسه عبارتند از:» heading near the start of
// its line, or a line that announces
// the decisions below: «تصمیمات(ی) به شرح ذیل اتخاذ گردید», «تصمیمات زیر اتخاذ شد:»,
// «موارد زیر به تصویب رسید:», «موارد ذیل مقرر گردید:» («موارد زیر» alone may open a list in a
// speech, so it needs a decision verb); «نتایج بررسی پرونده‌ها:» over a commission's cases;
// «نظر کمیسیون:», «جمع‌بندی جلسه:», «رأی هیئت:» alone on its line over the items decided.
export const LIST_HEADING =
  /(?:^|\n)(?:[^\n]{0,40}(?:(?:اهم\s+)?(?:مصوبات|تصمیمات)(?:\s+(?:(?:این|آن)\s+)?(?:متخذه|شورا|شورای|جلسه|نشست|کمیسیون|کمیته|کارگروه|ستاد|هیئت|هیات|قرارگاه|مجمع|عبارتند|عبارت)[^\n:]{0,40})?\s*[:：]|مصوبات\s+جلسه[^\n]{0,20}[:：]|(?:نتایج|نتیجه)\s+(?:بررسی|رسیدگی)\s+(?:به\s+)?(?:پرونده|درخواست)[^\n:：]{0,30}[:：])[^\n]*|[^\n]{0,400}?(?:(?:تصمیمات|تصمیماتی|تصمیمی|مصوباتی|موارد)\s+(?:به|ب)\s*شرح\s+(?:ذیل|زیر)|(?:تصمیمات|تصمیماتی|مصوبات|مصوباتی)\s+(?:ذیل|زیر)|(?:موارد|مواردی)\s+(?:ذیل|زیر)\s+(?:[^\s\n]+\s+){0,3}?(?:مقرر|تصویب|مصوب|اتخاذ))[^\n]{0,40}|[^\n]{0,400}?(?:مصوبات|تصمیمات)\s+(?:آن|این\s+(?:جلسه|نشست))\s+(?:به|ب)\s*شرح\s+(?:ذیل|زیر)[^\n]*[:：][ \t]*|[^\n:：]{0,60}?(?:مصوب|مقرر)\s*(?:شد|گردید)[ \t]*[:：][ \t]*(?=\n[ \t]*\n?[ \t]*(?:الف|[\d۰-۹]{1,2})[ \t]*[-.)ـ])|[ \t#*]*(?:نظر|نظرات|رای|رأی|جمع\s*بندی|نتیجه\s*گیری|نتیجه)\s+(?:نهایی\s+)?(?:کمیسیون|کمیته|کارگروه|شورا|شورای|ستاد|هیئت|هیات|هیأت|جلسه|نشست|قرارگاه)(?:\s+[^\n:：]{1,30})?\s*[:：][ \t*#]*)\n/g;
const ORDINAL_ITEM = '(?:یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم)';
// An item number: digits («1-», «۲)») or an ordinal word with a dash or a colon («یکم-», «دوم :»).
export const ITEM_START = new RegExp(
  `^\\s*(?:[-•*]\\s*)?([\\d۰-۹]{1,2}|${ORDINAL_ITEM})(?:\\s*[-.)]|(?<=[${L}])\\s*[-ـ:：])\\s*(?=\\S)`,
);
// «بند ۱:», «ردیف ۲ -», «مصوبه 3:», «مصوبه شماره ۴ -», «تصمیم دوم:»: an item number after the word
// for a clause, a row or a decision.
const CLAUSE_ITEM = new RegExp(
  `^(?:بند|ردیف|مصوبه|تصمیم|تصميم)(?:\\s+شماره)?\\s*([\\d۰-۹]{1,2}|${ORDINAL_ITEM})\\s*[-:：)]\\s*`,
);
// A lettered item («الف) …», «ب- …», «هـ) …») of a list that is not numbered with digits.
const LETTER_ITEM = /^\s*(?:الف|[بپتثجچحخدذرزژسشطظعغفقکگلمنوی]|هـ?)[ \t]*[-)–ـ][ \t]*(?=\S)/;
export const LIST_END =
  /^\s*(?:\*\*)?\s*(?:جلسه\s.*(?:خاتمه|پایان)\s*یافت|در\s+پایان\s+جلسه|دستور\s+کار\s+جلسه\s+بعد|سپس\s+نامه|ضمنا|امضا|رونوشت)/;

// A supervisor field alone on a line («ناظر: فرمانداری»).
const SUPERVISOR_LINE = /^\s*(?:ناظر|(?:مسئول|مسیول|مسوول)\s*نظارت)\s*[:：]\s*(\S[^:：]*)$/;
const NO_FIELDS: LabelledFields = {
  before: '',
  responsible: null,
  supervisor: null,
  deadline: null,
  has: { responsible: false, supervisor: false, deadline: false },
};
const SUP_ONLY = { responsible: false, supervisor: true, deadline: false };

// A paragraph that only reports the meeting being held.
const MEETING_HELD = /(?:تشکیل|برگزار)\s*(?:شد|گردید|گرديد)\s*[.!]?$/;

// An item that only announces the next meeting («جلسه بعدی ستاد روز … برگزار می‌شود»).
const NEXT_MEETING = re(
  '',
)`^(?:زمان\s+)?(?:جلسه|نشست)\s+(?:بعدی|بعد|آتی|آینده)[^.]*(?:برگزار|تشکیل)\s*(?:می\s*شود|می\s*گردد|خواهد\s+شد|خواهد\s+گردید)\s*[.]?$`;

// A decision verb in the words before «مقرر گردید» («… تصویب شد و»).
const DECIDED_BEFORE = re('')`(?:تصویب|موافقت|مصوب)\s+(?:شد|گردید)\s+و\s*$`;

// Items whose responsible bodies or deadline were written in labelled fields.
export const LABELLED = new WeakMap<ParsedResolution, { responsible: boolean; deadline: boolean }>();

/** Copy labelled fields («مسئول: … / زمان: …») onto an item; the labels win over the text. */
export function mergeFields(item: ParsedResolution, f: LabelledFields): void {
  const seen = LABELLED.get(item) ?? { responsible: false, deadline: false };
  if (f.has.responsible) {
    for (const b of splitBodies(f.responsible)) if (!item.responsible.includes(b)) item.responsible.push(b);
    seen.responsible = true;
  }
  if (f.has.supervisor)
    for (const b of splitBodies(f.supervisor)) if (!item.supervisor.includes(b)) item.supervisor.push(b);
  if (f.has.deadline) {
    item.deadline = item.deadline ?? f.deadline;
    seen.deadline = true;
  }
  LABELLED.set(item, seen);
}

/**
 * An item whose line carries its own labelled fields («… انجام شود؛ مسئول اجرا: X؛ زمان: Y»,
 * «… ارائه شود. مسئول: X», «… پیگیری: X. مهلت: …»): the fields are read off its text, the labels
 * win; responsible bodies and a deadline not labelled are read from the text that is left, or
 * with `keep` (a «مقرر شد» sentence whose bodies were read with the sentence around it) kept.
 */
export function withInlineFields(item: ParsedResolution, keep = false): ParsedResolution {
  const before = { responsible: item.responsible, deadline: item.deadline };
  const inline = labelledFields(item.text);
  if (inline && inline.before.length >= 8) {
    item.text = inline.before;
    item.responsible = [];
    item.deadline = null;
    mergeFields(item, inline);
  } else if (keep) return item;
  const given = LABELLED.get(item);
  if (!given?.responsible) item.responsible = keep ? before.responsible : subjectBodies(item.text);
  if (!given?.deadline) item.deadline = (keep ? before.deadline : null) ?? textDeadline(item.text);
  return item;
}

/** Whether item number `n` opens one of the next three non-blank lines after line `li`. */
function nextItemFollows(lines: string[], li: number, n: number): boolean {
  let seen = 0;
  for (let k = li + 1; k < lines.length && seen < 3; k++) {
    if (lines[k]!.trim() === '') continue;
    seen++;
    const m = ITEM_START.exec(lines[k]!.trim().replace(CLAUSE_ITEM, '$1- '));
    if (m) return itemNumber(m[1]!) === n;
  }
  return false;
}

// «صفحه ۱ از ۲ …», «بسمه تعالی»: a page's foot or head.
const PAGE_MARK = /^(?:صفحه\s*[\d۰-۹]+\s*(?:از|\/)\s*[\d۰-۹]+|(?:بسمه|باسمه|بسم)\s*تعالی)/;

/** The first lines of a document (its letterhead and title), tidied. */
function openingLines(head: string): Set<string> {
  return new Set(
    head
      .split('\n')
      .map((l) => tidy(l))
      .filter((l) => l.length >= 6)
      .slice(0, 8),
  );
}

/**
 * Whether a line inside a list is page furniture: a page number line, or a line of the letterhead
 * repeated at the head of the next page («فرمانداری شهرستان X», «صورتجلسه کارگروه …»).
 */
function pageFurniture(line: string, opening: Set<string>): boolean {
  return PAGE_MARK.test(fold(line)) || opening.has(tidy(line));
}

/** Resolutions from lists or paragraphs under a «مصوبات» heading. */
export function listResolutions(text: string): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  LIST_HEADING.lastIndex = 0;
  let doneUntil = -1;
  for (let h = LIST_HEADING.exec(text); h; h = LIST_HEADING.exec(text)) {
    if (h.index < doneUntil) continue;
    // A heading that ends its line starts a list; text after it on the same line is the first item.
    let pos = h.index + h[0].length;
    const rest = text.slice(pos);
    const lines = rest.split('\n');
    let current: ParsedResolution | null = null;
    let numbered = false;
    let lettered = false;
    let blankRun = 0;
    let bulleted = false;
    const items: ParsedResolution[] = [];
    const opening = openingLines(text.slice(0, h.index));
    for (const [li, raw] of lines.entries()) {
      const lineStart = pos;
      pos += raw.length + 1;
      // «بند ۱: …», «ردیف ۲ - …»: a numbered item named by its clause word.
      const line = raw.trim().replace(CLAUSE_ITEM, '$1- ');
      if (line === '') {
        blankRun++;
        if (blankRun > 8 && items.length > 0) break;
        continue;
      }
      blankRun = 0;
      if (/^[\d۰-۹\s\-–—|]*$/.test(line) || /^[آا]راء?\s+(موافق|مخالف)/.test(fold(line))) continue;
      // A page's foot and the letterhead repeated on the next page inside an item.
      if (items.length > 0 && pageFurniture(line, opening)) continue;
      if (LIST_END.test(line) || splitRow(raw)) {
        // «ضمناً مقرر است …» closing the list is one more decision.
        DECISION.lastIndex = 0;
        if (/^\s*(?:ضمنا|همچنین)/.test(line) && DECISION.test(line))
          items.push({
            number: null,
            text: tidy(line),
            responsible: [],
            supervisor: [],
            deadline: null,
            index: lineStart,
          });
        break;
      }
      // A second heading right under the first («در پایان مصوباتی به شرح ذیل …» ⏎ «## مصوبات:»).
      if (items.length === 0 && /^[#*\s]*(?:اهم\s+)?مصوبات[^\n]{0,30}[:：][#*\s]*$/.test(line)) continue;
      if (/^\*[^*].*\*$/.test(line)) continue;
      if (/^#{1,6}\s/.test(line) && items.length > 0) break;
      // «ناظر: فرمانداری» alone on its line under an item.
      const sup = SUPERVISOR_LINE.exec(line);
      if (sup && current) {
        mergeFields(current, { ...NO_FIELDS, supervisor: tidy(sup[1]!), has: SUP_ONLY });
        continue;
      }
      // «مسئول پیگیری: … - مهلت اجرا: …» under an item belongs to it.
      const fieldsLine = labelledFields(line);
      if (fieldsLine && fieldsLine.before === '' && current) {
        mergeFields(current, fieldsLine);
        continue;
      }
      const digits = ITEM_START.exec(line);
      // Letters number the items only where digits do not (under digits they are sub-items).
      const letter: RegExpExecArray | null = !digits && (!numbered || lettered) ? LETTER_ITEM.exec(line) : null;
      if (digits || letter) {
        // Paragraphs between an opening «… تصمیمات ذیل اتخاذ گردید» and the first numbered
        // item that decide nothing are the reports heard before deciding («در ابتدا X گزارش
        // داد …»), not items.
        if (!numbered) {
          const kept = items.filter((it) => DECISION_WORD.test(fold(it.text)));
          items.length = 0;
          items.push(...kept);
        }
        numbered = true;
        lettered = letter !== null;
        current = {
          number: digits ? itemNumber(digits[1]!) : items.length + 1,
          text: tidy(line.slice((digits ?? letter)![0].length)),
          responsible: [],
          supervisor: [],
          deadline: null,
          index: lineStart,
        };
        const inline = labelledFields(current.text);
        if (inline && inline.before.length >= 8) {
          current.text = inline.before;
          mergeFields(current, inline);
        }
        items.push(current);
        continue;
      }
      if (numbered) {
        // Sub-items («الف -») and wrapped lines continue the current item.
        if (current && (/^[الف-ی]{1,3}\s*[-)]/.test(line) || !endsSentence(current.text))) {
          current.text = tidy(current.text + ' ' + line);
          continue;
        }
        // A page's head between two items (letterhead, «ادامه صورتجلسه …») when the next item
        // number follows within a few lines: the list goes on.
        if (current && current.number !== null && nextItemFollows(lines, li, current.number + 1)) continue;
        break;
      }
      // A dash-bulleted list («- تصویب …» lines) ends at the first paragraph without a bullet
      // («در این جلسه همچنین رئیس … گفت: …» after the list is the report going on).
      const bullet = /^[-•*]\s*\S/.test(line);
      if (items.length > 0 && bulleted && !bullet) break;
      bulleted = (items.length === 0 || bulleted) && bullet;
      // Unnumbered paragraphs: each paragraph is one item; a paragraph that narrates before
      // its decision («در این جلسه … مطرح که مقرر شد …») starts at the decision.
      // «مصوبه: …» / «تصمیم جلسه: …» opening the paragraph labels it; the label is no part of it.
      let para = tidy(line.replace(/^[*•-]+\s*/, '').replace(new RegExp(VERDICT_LINE.source), ''));
      // «چهارمین اجلاس … با حضور … تشکیل گردید.»: the meeting held is no decision.
      if (MEETING_HELD.test(fold(para)) && !/مقرر|مصوب|تصویب|موظف|مکلف/.test(fold(para))) continue;
      DECISION.lastIndex = 0;
      const dm = DECISION.exec(para);
      // «بودجه … تصویب شد و مقرر گردید …»: a decision of its own before it keeps the whole item.
      const lead = para.slice(0, dm?.index ?? 0);
      if (dm && dm.index > 0 && !/نامه|درخواست/.test(lead) && !DECIDED_BEFORE.test(fold(lead)))
        para = para.slice(dm.index);
      current = { number: null, text: para, responsible: [], supervisor: [], deadline: null, index: lineStart };
      const inlineP = labelledFields(para);
      if (inlineP && inlineP.before.length >= 8) {
        current.text = inlineP.before;
        mergeFields(current, inlineP);
      }
      items.push(current);
      if (items.length >= 30) break;
    }
    doneUntil = pos;
    const last = items[items.length - 1];
    // An excerpt cut off inside its last item («۳- با توجه به ضرورت امر»): no decision yet.
    if (
      last &&
      !/[.؟!]$/.test(last.text) &&
      !DECISION_WORD.test(last.text) &&
      tidy(text).endsWith(last.text.slice(-20))
    )
      items.pop();
    for (const item of items) {
      if (item.text.length < 8) continue;
      if (NEXT_MEETING.test(fold(item.text)) && !/مقرر|مصوب|تصویب|موظف|مکلف/.test(fold(item.text))) continue;
      const given = LABELLED.get(item);
      const parts = given ? [item.text] : splitRunOn(item.text);
      parts.forEach((part, k) => {
        const it =
          k === 0
            ? { ...item, text: part }
            : { ...item, number: null, text: part, index: item.index + item.text.indexOf(part) };
        it.responsible = given?.responsible ? item.responsible : subjectBodies(it.text);
        it.deadline = given?.deadline ? item.deadline : textDeadline(it.text);
        out.push(it);
      });
    }
  }
  return out;
}

// A decision written after its own label, one case at a time («مصوبه: …», «مصوبه عمومی: …»,
// «تصمیم جلسه: …», «نظر شورا: …», «رأی کمیسیون: …») under the case it settles; the whole line
// is one decision («… موافقت شد. اداره کل X موظف است …»).
const VERDICT_LINE = re(
  'gm',
)`^[ \t]*(?:(?:مصوبه|تصمیم)(?:\s+(?:عمومی|جلسه|نهایی|شماره\s*[\d۰-۹]{1,2}|[\d۰-۹]{1,2}))?|(?:نظر|رای|رأی|تصمیم)\s+(?:شورا|شورای\s+[^\s:：]+|کمیسیون|کمیته|کارگروه|ستاد|هیئت|هیات|هیأت|جلسه))[ \t]*[:：][ \t]*(?=\S)`;

/** Resolutions written as labelled lines («مصوبه: X نسبت به … اقدام کند. مهلت: یک هفته»). */
export function verdictResolutions(text: string): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  VERDICT_LINE.lastIndex = 0;
  for (let m = VERDICT_LINE.exec(text); m; m = VERDICT_LINE.exec(text)) {
    const end = text.indexOf('\n', m.index + m[0].length);
    const line = tidy(text.slice(m.index + m[0].length, end < 0 ? text.length : end));
    if (line.split(' ').length < 4) continue;
    out.push(
      withInlineFields({
        number: null,
        text: line,
        responsible: [],
        supervisor: [],
        deadline: null,
        index: m.index + m[0].length,
      }),
    );
  }
  return out;
}
