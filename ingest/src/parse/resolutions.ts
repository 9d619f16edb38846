/**
 * Resolutions (مصوبات) in every form the archive shows:
 *  - tables (markdown pipes, tab-separated rows, HTML `<p>` cells whose columns are reversed
 *    and whose rows continue after a page break), columns found from the header row
 *    (ردیف / شرح مصوبات / اقدام کننده / مسئول نظارت / مدت اجرا; «موضوع محوری» is ignored);
 *  - numbered, bulleted or plain paragraphs under a «مصوبات» heading;
 *  - «مقرر گردید / مقرر شد / مصوب شد» sentences and «X را مکلف کرد», «X موظف …» in running text.
 * Lists inside speeches are not resolutions (no «مصوبات» heading above them).
 * Input: header-stripped, light-folded text. Pure.
 */
import type { Resolution } from '../schema.ts';
import { compactKey, fold, tidy } from './fold.ts';
import { findDeadline, labelledFields } from './resolution-fields.ts';
import type { LabelledFields } from './resolution-fields.ts';
import { L, re, WB_END, WB_START } from './boundary.ts';

const WORD_END = new RegExp(`^${WB_END}`);
import { decisionItems } from './resolutions/items.ts';
import {
  BODY_HEAD_WORDS,
  COMPLEMENT_LEADS,
  NAMED_BODIES,
  PARTY_QUANTIFIERS,
  DISTRIBUTIVE_HEAD_WORDS,
  NAME_GOES_ON_WORDS,
  OBJECT_NOUN_WORDS,
  ONE_WORD_BODY_WORDS,
  PARTY_ROLE_WORDS,
  SAME_BODY_LEADS,
  SUBJECT_STOP_WORDS,
  foldedSet,
} from './lexicon.ts';

export type ParsedResolution = Omit<Resolution, 'id' | 'fundingBodies' | 'amounts' | 'page'> & { index: number };

type Col = 'num' | 'text' | 'resp' | 'sup' | 'deadline' | 'other';

function classifyHeader(cell: string): Col {
  const c = fold(cell).replace(/[*:]/g, '').trim();
  if (/^ردیف$|^شماره$|^ردیف\s/.test(c)) return 'num';
  if (/نظارت/.test(c)) return 'sup';
  if (/موضوع\s*محوری|محور/.test(c)) return 'other';
  // Folded text: «مسئول» reads «مسیول».
  if (/اقدام\s*کننده|(?:مسیول|مسوول|مسول)\s*(اجرا|پیگیری|اقدام|انجام)?$|دستگاه|متولی|مجری|پیگیری\s*کننده/.test(c))
    return 'resp';
  if (/زمان|مدت|مهلت|تاریخ\s*(اجرا|اقدام)|زمانبندی/.test(c)) return 'deadline';
  if (/مصوب|شرح|عنوان|متن|تصمیم/.test(c)) return 'text';
  return 'other';
}

function cellText(c: string): string {
  return tidy(c.replace(/<[^>]+>/g, ' ').replace(/\*\*/g, ' '));
}

function splitRow(line: string): string[] | null {
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
function isHeaderRow(cells: string[], classes: Col[]): boolean {
  if (!classes.includes('text')) return false;
  if (classes.includes('num')) return true;
  if (cells.some((c) => c.split(' ').length > 4)) return false;
  // «عنوان طرح | دستگاه اجرایی» lists projects; only a decision column makes a resolution table.
  const textCell = fold(cells[classes.indexOf('text')]!);
  return /مصوب|شرح|تصمیم|متن/.test(textCell) && (classes.includes('resp') || classes.includes('deadline'));
}

const NUM_CELL = /^[\d۰-۹]{1,3}$/;

function toNumber(s: string): number | null {
  const d = fold(s).replace(/[^\d]/g, '');
  return d ? Number(d) : null;
}

function isDeadlineLike(s: string): boolean {
  return (
    /^(مستمر|یک|دو|سه|چهار|[\d۰-۹]+)\s*(ماه|هفته|روز)?|مستمر|هفته|ماه|پایان سال|جلسه آتی|اسرع وقت/.test(fold(s)) &&
    s.length < 40
  );
}

function nullIfDash(s: string | undefined): string | null {
  const t = tidy(s ?? '');
  return t === '' || /^[-–—_.]+$/.test(t) ? null : t;
}

// Connectors dropped from the start of a body («با مشارکت نماینده فرمانداری»).
const CONNECTOR = /^(?:با\s+(?:مشارکت|همکاری|حضور|هماهنگی|محوریت)|و|با|همکاری)\s+/;
// Words that start a new body inside an unseparated cell.
const BODY_HEADS = foldedSet(BODY_HEAD_WORDS);
// Institutions named by one word: a new body may start right after them («فرمانداری شرکت …»).
const ONE_WORD_BODIES = foldedSet(ONE_WORD_BODY_WORDS);
// After these words a head word belongs to the same body («حوزه مدیریت», «دفتر نماینده»).
const NO_SPLIT_AFTER = new Set(
  // «مدیران شعب بانکهای عامل», «رئیس شعبه بانک ملی»: the bank owns the branches;
  // «شورای هماهنگی بانکها» is one council.
  [...BODY_HEADS, ...foldedSet(SAME_BODY_LEADS)],
);

// Person roles that head a responsible party («شهردار یزد», «استاندار کردستان», «اعضای شورا»).
const ROLE_HEADS = foldedSet(PARTY_ROLE_WORDS);
// Heads whose complement can itself be coordinated: «نمایندگان شهرداری و فرمانداری» is one party.
const DISTRIBUTIVE_HEADS = foldedSet(DISTRIBUTIVE_HEAD_WORDS);

/**
 * Whether a folded word is a body head, also in a plural written without ZWNJ or space
 * («بانکهای», «شرکتهای», «صندوقها»).
 */
function isBodyHead(f: string): boolean {
  if (BODY_HEADS.has(f) || ONE_WORD_BODIES.has(f)) return true;
  const stem = /^(.{3,}?)(?:ها|های|هایی)$/.exec(f);
  return stem !== null && (BODY_HEADS.has(stem[1]!) || ONE_WORD_BODIES.has(stem[1]!));
}

// Heads that start a second body only after «و»/«،» («مدیریت جهاد کشاورزی و امور آب»); inside
// a name they continue it («معاونت هماهنگی امور عمرانی»).
const CONJ_ONLY_HEADS = new Set(['امور']);

const NAMED = NAMED_BODIES.map((n) => fold(n).split(' '));

/**
 * A body named without a head word («صدا و سیما») or a quantified role («کلیه اعضاء») among
 * the first words of a subject.
 */
function namedBodyAt(ws: string[]): { name: string; from: number } | null {
  for (let i = 0; i < Math.min(ws.length, 5); i++) {
    const f = fold(ws[i]!.replace(/[،,]+$/, ''));
    for (const n of NAMED)
      if (n.every((w, k) => fold((ws[i + k] ?? '').replace(/[،,]+$/, '')) === w))
        return {
          name: ws
            .slice(i, i + n.length)
            .join(' ')
            .replace(/[،,]+$/, ''),
          from: i,
        };
    if (PARTY_QUANTIFIERS.has(f) && ROLE_HEADS.has(fold(ws[i + 1] ?? '')) && !isBodyHead(fold(ws[i + 1] ?? '')))
      return { name: `${ws[i]} ${ws[i + 1]!.replace(/[،,]+$/, '')}`, from: i };
  }
  return null;
}

const ELECTED = re('')`${WB_START}انتخاب\s+(?:گردید|گردیدند|شد|شدند)${WB_END}`;

/** Whether a word starts a body or a person role. */
function isPartyHead(word: string): boolean {
  const f = fold(word.replace(/[،,:؛]+$/, ''));
  return isBodyHead(f) || ROLE_HEADS.has(f) || ONE_WORD_BODIES.has(f) || CONJ_ONLY_HEADS.has(f);
}

/**
 * Split a run of bodies at «،» and «و» only where the right side starts a new body or role
 * («شورای دو شهر و شهرداریها» → 2, «وزارت تعاون، کار و رفاه اجتماعی» → 1). After a
 * distributive head («نمایندگان شهرداری و فرمانداری») an institution on the right is part of
 * the same party; a person role («اعضای شورا و شهردار») is not.
 */
function splitAtConjunctions(part: string): string[] {
  const ws = part
    .replace(/\s*[،,]\s*/g, ' ، ')
    .split(' ')
    .filter((w) => w !== '');
  const out: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if ((w === '،' || w === 'و') && next !== undefined && cur.length > 0 && isPartyHead(next)) {
      const leftHead = fold(cur[0]!);
      const nextIsRole = ROLE_HEADS.has(fold(next));
      const distributive = DISTRIBUTIVE_HEADS.has(leftHead) && !nextIsRole;
      if (w === '،' || !distributive) {
        out.push(cur);
        cur = [];
        continue;
      }
    }
    cur.push(w);
  }
  if (cur.length > 0) out.push(cur);
  return out
    .map((x) =>
      x
        .join(' ')
        .replace(/\s+،/g, '،')
        .replace(/[،\s]+$/, '')
        .trim(),
    )
    .filter((x) => x !== '');
}

/**
 * Split one responsible/supervisor cell into bodies: at «-----», « - », «/», at «،»/«و»
 * where a new body starts, and where a new body starts with a head word after a complete
 * one («فرمانداری کرج شهرداری کرج»).
 */
export function splitBodies(cell: string | null): string[] {
  if (!cell) return [];
  const out: string[] = [];
  const parts = cell.split(/\s*-{2,}\s*|\s+-\s+|\s*[؛]\s*(?=\S)|\s*\/\s*/).flatMap((p) => splitAtConjunctions(tidy(p)));
  for (let part of parts) {
    part = tidy(part).replace(CONNECTOR, '').trim();
    if (!part || /^[-–]+$/.test(part)) continue;
    const ws = part.split(' ');
    let cur: string[] = [];
    let titled = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const f = fold(w);
      const prev = i > 0 ? fold(ws[i - 1]!) : '';
      const rest = ws.slice(i);
      const restIsOnlyKol = rest.length <= 2 && fold(rest.join(' ')) === 'اداره کل';
      if (
        (cur.length >= 2 || (cur.length === 1 && ONE_WORD_BODIES.has(prev))) &&
        BODY_HEADS.has(f) &&
        // «سازمان مدیریت پسماند شهرداری»: a one-word institution closing the cell owns the
        // body before it; «… فرمانداری کرج شهرداری کرج» starts a new one.
        !(ONE_WORD_BODIES.has(f) && i === ws.length - 1 && !ONE_WORD_BODIES.has(prev)) &&
        (!NO_SPLIT_AFTER.has(prev) || ONE_WORD_BODIES.has(prev)) &&
        !/[،,]$/.test(prev) &&
        !restIsOnlyKol &&
        // «بانک توسعه تعاون مدیریت استان کرمان»: a bank's regional management is the bank.
        !(
          f === 'مدیریت' &&
          /^(?:بانک|پست)/.test(fold(cur[0]!)) &&
          /^(?:استان|شعب|جنوب|شمال|شرق|غرب|مرکز|منطقه)/.test(fold(ws[i + 1] ?? ''))
        ) &&
        !(titled && (f === 'نماینده' || f === 'مدیر'))
      ) {
        out.push(cur.join(' '));
        cur = [];
        titled = false;
      }
      if (f === 'جناب' || f === 'اقای') titled = true;
      cur.push(w);
    }
    if (cur.length > 0) out.push(cur.join(' '));
  }
  return out.map((b) => b.replace(/\s+\)/g, ')').replace(/\(\s+/g, '(').trim()).filter((b) => b.length >= 2);
}

interface TableState {
  cols: Col[];
}

/** Resolutions from tables (any of the three encodings). */
function tableResolutions(text: string): ParsedResolution[] {
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
        deadline: nullIfDash(get('deadline')),
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

// A «مصوبات:» / «تصمیمات جلسه:» heading near the start of its line, or a line that announces
// the decisions below: «تصمیمات(ی) به شرح ذیل اتخاذ گردید», «تصمیمات زیر اتخاذ شد:»,
// «موارد زیر به تصویب رسید:», «موارد ذیل مقرر گردید:» («موارد زیر» alone may open a list in a
// speech, so it needs a decision verb).
const LIST_HEADING =
  /(?:^|\n)(?:[^\n]{0,40}(?:(?:اهم\s+)?(?:مصوبات|تصمیمات)(?:\s+(?:متخذه|شورا|جلسه|نشست|کمیسیون|کمیته|کارگروه)[^\n:]{0,40})?\s*[:：]|مصوبات\s+جلسه[^\n]{0,20}[:：])[^\n]*|[^\n]{0,400}?(?:(?:تصمیمات|تصمیماتی|تصمیمی|مصوباتی|موارد)\s+(?:به|ب)\s*شرح\s+(?:ذیل|زیر)|(?:تصمیمات|تصمیماتی|مصوبات|مصوباتی)\s+(?:ذیل|زیر)|(?:موارد|مواردی)\s+(?:ذیل|زیر)\s+(?:[^\s\n]+\s+){0,3}?(?:مقرر|تصویب|مصوب|اتخاذ))[^\n]{0,40})\n/g;
const ITEM_START = /^\s*(?:[-•*]\s*)?([\d۰-۹]{1,2})\s*[-.)]\s*(?=\S)/;
const LIST_END =
  /^\s*(?:\*\*)?\s*(?:جلسه\s.*(?:خاتمه|پایان)\s*یافت|در\s+پایان\s+جلسه|دستور\s+کار\s+جلسه\s+بعد|سپس\s+نامه|ضمنا|امضا|رونوشت)/;

// Items whose responsible bodies or deadline were written in labelled fields.
const LABELLED = new WeakMap<ParsedResolution, { responsible: boolean; deadline: boolean }>();

/** Copy labelled fields («مسئول: … / زمان: …») onto an item; the labels win over the text. */
function mergeFields(item: ParsedResolution, f: LabelledFields): void {
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

/** Resolutions from lists or paragraphs under a «مصوبات» heading. */
function listResolutions(text: string): ParsedResolution[] {
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
    let blankRun = 0;
    const items: ParsedResolution[] = [];
    for (const raw of lines) {
      const lineStart = pos;
      pos += raw.length + 1;
      const line = raw.trim();
      if (line === '') {
        blankRun++;
        if (blankRun > 8 && items.length > 0) break;
        continue;
      }
      blankRun = 0;
      if (/^[\d۰-۹\s\-–—|]*$/.test(line) || /^[آا]راء?\s+(موافق|مخالف)/.test(fold(line))) continue;
      if (LIST_END.test(line) || splitRow(raw)) break;
      // A second heading right under the first («در پایان مصوباتی به شرح ذیل …» ⏎ «## مصوبات:»).
      if (items.length === 0 && /^[#*\s]*(?:اهم\s+)?مصوبات[^\n]{0,30}[:：][#*\s]*$/.test(line)) continue;
      if (/^\*[^*].*\*$/.test(line)) continue;
      if (/^#{1,6}\s/.test(line) && items.length > 0) break;
      // «مسئول پیگیری: … - مهلت اجرا: …» under an item belongs to it.
      const fieldsLine = labelledFields(line);
      if (fieldsLine && fieldsLine.before === '' && current) {
        mergeFields(current, fieldsLine);
        continue;
      }
      const m = ITEM_START.exec(line);
      if (m) {
        numbered = true;
        current = {
          number: toNumber(m[1]!),
          text: tidy(line.slice(m[0].length)),
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
        if (current && (/^[الف-ی]{1,3}\s*[-)]/.test(line) || !/[.؟!]\s*$/.test(current.text))) {
          current.text = tidy(current.text + ' ' + line);
          continue;
        }
        break;
      }
      // Unnumbered paragraphs: each paragraph is one item; a paragraph that narrates before
      // its decision («در این جلسه … مطرح که مقرر شد …») starts at the decision.
      let para = tidy(line.replace(/^[*•-]+\s*/, ''));
      DECISION.lastIndex = 0;
      const dm = DECISION.exec(para);
      if (dm && dm.index > 0 && !/نامه|درخواست/.test(para.slice(0, dm.index))) para = para.slice(dm.index);
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

// «مقرر گردید/شد/شده است»، «مصوب شد»، «مقرر و مصوب شد».
const DECISION = re(
  'g',
)`(?:به\s+اتفاق\s+آراء?\s+)?(?:مقرر\s*(?:و\s+مصوب\s+)?(?:گردید|شد|شده\s+است|شده|گرديد)|مصوب\s+(?:و\s+مقرر\s+)?(?:شد|گردید))(?![${L}])`;
// «X موظف است/شد/اند», «X موظفند», «X مکلف است/شد», «X را مکلف کرد».
const OBLIGE = re(
  'g',
)`(?:را\s+مکلف\s+(?:کرد|کردند|نمود)|(?:موظف|مکلف|ملزم)\s*(?:است|هستند|شد|شدند|به|گردید|گردیدند|اند|می\s*باشد|می\s*باشند)(?![${L}])|(?:موظفند|مکلفند)(?![${L}]))`;

// Decisions reported in prose: «به تصویب رسید», «تصویب شد», «قرار شد», «موافقت شد», an agreement
// signed («تفاهم‌نامه … به امضا رسید»), credit allocated («… اختصاص یافت», «در نظر گرفته شد»).
const REPORTED = re(
  'g',
)`${WB_START}(?:به\s+تصویب\s+(?:رسید|رسیدند)|تصویب\s+(?:شد|گردید)|قرار\s+شد|موافقت\s+(?:شد|گردید)|(?:اختصاص|تخصیص)\s+(?:یافت|داده\s+شد)|در\s*نظر\s+گرفته\s+شد|اعلام\s+آمادگی\s+(?:کرد|نمود))`;

// «مصوباتی به شرح ذیل به تصویب رسید», «موارد زیر مقرر شد»: a sentence that announces a list.
const ANNOUNCES_LIST = /(?:مصوبات|مصوباتی|موارد|مواردی|تصمیمات|تصمیماتی)\s+(?:ب(?:ه)?\s*شرح\s+)?(?:ذیل|زیر)/;

/** Decision verbs in running text, in order: {@link DECISION} and {@link REPORTED}. */
function decisionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const rx of [DECISION, REPORTED]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) if (WORD_END.test(text.slice(m.index + m[0].length))) out.push(m);
  }
  return out.sort((a, b) => a.index - b.index);
}

function sentenceBounds(text: string, index: number): [number, number] {
  let s = index;
  while (s > 0 && !/[.!?؟\n:]/.test(text[s - 1]!)) s--;
  // A sentence wrapped over short lines («وبرای رفع موانع طرح های نیمه تمام» ⏎ «بخش کشاورزی …»):
  // the line above continues when it is short and ends without a stop.
  for (let k = 0; k < 2 && s > 1 && text[s - 1] === '\n'; k++) {
    const prevStart = text.lastIndexOf('\n', s - 2) + 1;
    const prev = text.slice(prevStart, s - 1);
    if (prev.trim() === '' || /[.!?؟:؛]\s*$/.test(prev) || prev.trim().split(/\s+/).length > 10) break;
    s = prevStart;
  }
  let e = index;
  while (e < text.length && !/[.!?؟\n]/.test(text[e]!)) e++;
  return [s, e];
}

// Words that show an item holds a decision.
const DECISION_WORD = /مقرر|مصوب|تصویب|موافقت|مخالفت|مکلف|موظف|گردد|گردید|شود|نماید|نمایند|قرار\s+گرفت/;
// Present-tense verb endings after which a new decision may start without a full stop.
const CLAUSE_END = /^(?:گیرد|گیرند|گردد|گردند|شود|شوند|نماید|نمایند|دهد|دهند|کند|کنند|دارد|دارند|آورد|آورند)$/;

/**
 * Split run-on decisions that lost their line breaks or full stops: a clause ending in a
 * present-tense verb followed directly by a body starting the next decision
 * («… مورد بررسی قرار گیرد شهرداری نسبت به … اقدام نماید»).
 */
export function splitRunOn(text: string): string[] {
  const ws = text.split(' ');
  const out: string[] = [];
  let cur: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    cur.push(ws[i]!);
    const next = ws[i + 1];
    if (
      next !== undefined &&
      cur.length >= 4 &&
      CLAUSE_END.test(fold(ws[i]!)) &&
      isBodyHead(fold(next)) &&
      ws.slice(i + 2).some((w) => CLAUSE_END.test(fold(w.replace(/[.،]+$/, ''))))
    ) {
      out.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur.join(' '));
  return out;
}

/**
 * Where a decision sentence starts: the sentence start, unless the words before the verb hold
 * another finished clause (a list marker, a quote lead-in «گفت:», a narrated «… شد و»).
 */
function sentenceStartOf(text: string, s: number, verbAt: number): number {
  const before = text.slice(s, verbAt);
  // A narration ending in a past verb and «و»/«،» before the decision: start at the decision.
  OBLIGE.lastIndex = 0;
  if (OBLIGE.test(before)) return verbAt;
  const narr =
    /(?:^|\s)(?:شد|گردید|بود|نمود|کرد|داشت|گرفت|رسید|گیرد|گردد|شود|نماید|نمایند|کند|کنند|دهد|دهند)\s*(?:و|،|,)\s+/g;
  let cut = -1;
  for (let m = narr.exec(before); m; m = narr.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) return s + cut;
  const lead = /^\s*(?:[-•*]\s*)?(?:[\d۰-۹]{1,2}\s*[-.)ـ]\s*)?/.exec(before);
  return s + (lead ? lead[0].length : 0);
}

/** Start of the sentence before the one starting at `s` (same paragraph or the one above). */
function previousSentenceStart(text: string, s: number): number {
  let p = s - 1;
  while (p > 0 && /[\s.!?؟:]/.test(text[p]!)) p--;
  return p <= 0 ? 0 : sentenceBounds(text, p)[0];
}

/** Resolutions from decision sentences in running text. */
function sentenceResolutions(text: string, taken: Array<[number, number]>): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const seen = new Set<number>();
  // Spans read as decisions («مقرر شد …» to the sentence end).
  const decided: Array<[number, number]> = [];
  for (const m of decisionMatches(text)) {
    const [s, e0] = sentenceBounds(text, m.index);
    // «مقرر گردید» ⏎ «شهرداری …» or «مقرر گردید:» ⏎ «…»: the decision goes on on the next line,
    // unless that line is a list item read already.
    let e = e0;
    const verbEnd = m.index + m[0].length;
    if (/^[\s:：،؛]*$/.test(text.slice(verbEnd, e0)) && /[\n؟?]/.test(text[e0] ?? '')) {
      const next = /^[؟?]?\s*(?=\S)/.exec(text.slice(e0));
      const at = e0 + (next ? next[0].length : 1);
      if (next && !taken.some(([a, b]) => at >= a && at < b)) e = sentenceBounds(text, at)[1];
    }
    if (taken.some(([a, b]) => m!.index >= a && m!.index < b) || seen.has(s)) continue;
    seen.add(s);
    decided.push([m.index, e]);
    // The resolution is the whole sentence: its reason or subject may come before the verb
    // («با توجه به …، مقرر گردید …», «به منظور …، شهرداری موظف است …»).
    const from = sentenceStartOf(text, s, m.index);
    const whole = tidy(text.slice(from, e));
    // «موارد زیر مقرر شد:» announces a list; it is no decision of its own.
    const after = text.slice(m.index + m[0].length, e);
    if (/^\s*[:：]?\s*$/.test(after) && (/[:：]/.test(after) || tidy(text.slice(from, m.index)).split(' ').length <= 3))
      continue;
    if (whole.split(' ').length < 4 || ANNOUNCES_LIST.test(whole)) continue;
    splitRunOn(whole).forEach((sentence, k) => {
      let responsible = subjectBodies(sentence);
      // «دستور … به A، B و C مبنی بر …» ⏎ «مقرر شده است …»: the instructed parties, from the
      // same or the previous sentence.
      if (responsible.length === 0 && k === 0)
        responsible = addresseeBodies(text.slice(previousSentenceStart(text, s), m!.index));
      out.push({
        number: null,
        text: sentence,
        responsible,
        supervisor: [],
        deadline: textDeadline(sentence),
        index: m!.index + k,
      });
    });
  }
  const obliged = new Set<number>();
  OBLIGE.lastIndex = 0;
  for (let m = OBLIGE.exec(text); m; m = OBLIGE.exec(text)) {
    const [s, sentenceEnd] = sentenceBounds(text, m.index);
    // «X موظف شد … و مقرر شد Y …»: the obligation before a decision in the same sentence is
    // a resolution of its own, ending where the decision starts.
    if (
      taken.some(([a, b]) => m!.index >= a && m!.index < b) ||
      decided.some(([a, b]) => m!.index >= a && m!.index < b) ||
      obliged.has(s)
    )
      continue;
    obliged.add(s);
    const next = decided.find(([a]) => a > m!.index && a < sentenceEnd);
    const e = next ? text.slice(0, next[0]).replace(/[\s،,]*(?:و\s*)?$/, '').length : sentenceEnd;
    let clause = text.slice(s, m.index);
    // «با توجه به …، X موظف» and «name X را مکلف کرد»: the body starts at its head word; the
    // resolution is the whole sentence («به منظور …، شهرداری تهران موظف است …»).
    const ws = tidy(clause).split(' ');
    const head = ws.findIndex((w) => isBodyHead(fold(w)));
    if (head < 0) continue;
    clause = ws.slice(head).join(' ');
    const from = head > 0 ? sentenceStartOf(text, s, m.index) : s;
    const sentence = tidy(
      (from < s + text.slice(s, m.index).indexOf(clause.split(' ')[0]!) ? text.slice(from, m.index) : clause) +
        ' ' +
        text.slice(m.index, e),
    );
    out.push({
      number: null,
      text: sentence,
      responsible: [tidy(clause.replace(/\s+را$/, ''))],
      supervisor: [],
      deadline: textDeadline(sentence),
      index: s,
    });
  }
  return out;
}

// Words that end a subject phrase.
const SUBJECT_STOPS = foldedSet(SUBJECT_STOP_WORDS);

// Words after which a number belongs to the body's name.
const NUMBERED_UNIT = /^(?:منطقه|ناحیه|شماره|شعبه|واحد|کد|بند|تبصره|ماده)$/;

// Words that continue a ministry's name after its inner «،» («تعاون، کار و رفاه اجتماعی»).
const NAME_GOES_ON = foldedSet(NAME_GOES_ON_WORDS);

// Nouns that start the object of a decision rather than continuing the body's name.
const OBJECT_NOUNS = foldedSet(OBJECT_NOUN_WORDS);

const SUBJECT_VERBS = /^(?:شد|شود|شوند|گردد|گردید|گردند|نماید|نمایند|نمود|کند|کنند|کرد|دهد|دهند|است|باشد|می|نمی)$/;

/**
 * The body phrase starting at word `start`, up to a stop word, a verb or punctuation.
 * With `lists`, «،» continues the phrase (an enumeration of bodies) instead of ending it.
 */
function partyPhrase(ws: string[], start: number, lists = false): string {
  const body: string[] = [];
  for (let i = start; i < ws.length && body.length < (lists ? 24 : 12); i++) {
    const w = ws[i]!;
    const bare = w.replace(/[،,:؛؟]+$/, '');
    const fw = fold(bare);
    if (/^[:«»"()؛]$/.test(w) || (body.length > 0 && /^[«"]/.test(w))) break;
    if (body.length > 0 && (SUBJECT_STOPS.has(fw) || /^(?:موظف|مکلف)/.test(fw))) break;
    // «شهرداری ۲۰ درصد غرفه ها را …»: a number starts the object, except in a body's own
    // number («منطقه ۲ شهرداری», «شعبه ۱۴»).
    if (body.length > 0 && /[\d۰-۹٠-٩]/.test(fw) && !NUMBERED_UNIT.test(fold(body[body.length - 1]!))) break;
    // «شهرداری طرح ساماندهی را …»: an object noun after a complete body (but «کمیسیون طرح …»).
    if (body.length > 0 && OBJECT_NOUNS.has(fw)) {
      const prev = fold(body[body.length - 1]!);
      if (!(BODY_HEADS.has(prev) && !ONE_WORD_BODIES.has(prev))) break;
    }
    // «… تشکیل گردد», «… انجام شود»: a compound verb ends the subject.
    if (
      body.length > 0 &&
      (SUBJECT_VERBS.test(fw) || SUBJECT_VERBS.test(fold((ws[i + 1] ?? '').replace(/[.،,:؛!؟]+$/, ''))))
    )
      break;
    // «سازمان جهاد کشاورزی، اداره کل میراث فرهنگی و …»: a «،» followed by another body
    // continues an enumeration of subjects even outside list mode.
    const enumerates = lists || isPartyHead(ws[i + 1] ?? '') || NAME_GOES_ON.has(fold(ws[i + 1] ?? ''));
    if (bare === '') {
      // A detached «،» between listed bodies.
      if (enumerates && body.length > 0 && /^[،,]$/.test(w))
        body[body.length - 1] = `${body[body.length - 1]!.replace(/،$/, '')}،`;
      else if (body.length > 0) break;
      continue;
    }
    body.push(enumerates && /[،,]$/.test(w) ? `${bare}،` : bare);
    if (/[:؛؟]$/.test(w) || (!enumerates && /[،,]$/.test(w))) break;
  }
  return tidy(trimObject(body, ws[start + body.length]).join(' ')).replace(/[،\s]+$/, '');
}

// Jurisdiction words that usually close a body's name («… استان», «… شهرستان»).
const JURISDICTION = new Set(['استان', 'شهرستان', 'کشور']);

/**
 * A subject phrase that ran into an unmarked object up to «را» («بانکهای عامل استان پرونده ها
 * را …») ends at its last jurisdiction word.
 */
function trimObject(body: string[], stop: string | undefined): string[] {
  if (stop === undefined || fold(stop) !== 'را') return body;
  let k = -1;
  body.forEach((w, i) => {
    if (JURISDICTION.has(fold(w.replace(/[،,]+$/, '')))) k = i;
  });
  return k >= 1 && k < body.length - 1 ? body.slice(0, k + 1) : body;
}

/** Parties of a phrase, keeping only those that start with a body or role head word. */
function parties(phrase: string): string[] {
  return splitBodies(phrase).filter((b) => isPartyHead(b.split(' ')[0]!));
}

// «متشکل از X جهت …», «کارگروه مربوطه از X تشکیل …»: the members are responsible.
const MADE_OF = /(?:متشکل\s+از|(?:^|\s)از)\s+([^.]{3,160}?)(?:\s+(?:جهت|برای|به\s+منظور)\s|\s+تشکیل(?:\s|$))/;
// «نامه شماره … مورخ … X در خصوص …», «درخواست X مبنی بر …»: the sender is the party.
const SENDER = /(?:نامه|درخواست|لایحه|پیشنهاد)(?:\s+(?:شماره|ش)\s*:?\s*\S+)?(?:\s+(?:مورخ|مورخه)\s*:?\s*\S+)?\s+(.*)$/;

// «… و بانک مذکور نسبت به …»: a second party referred back to by «مذکور/مزبور/یادشده».
const ANAPHOR = re('g')`(?:^|\s)(?:و|،)\s*([^\s،]+)\s+(?:مذکور|مزبور|یاد\s*شده|فوق\s*الذکر)(?![${L}])`;
// Nouns of light verbs («معرفی کند», «ارسال نماید») that end a body named as an object.
const ACTION_NOUNS = new Set('معرفی ارسال ارائه اعلام ابلاغ تحویل واگذار پرداخت منعکس'.split(' '));

/**
 * Bodies a decision refers back to («… را به بانک توسعه تعاون معرفی و بانک مذکور نسبت به
 * بررسی آنها اقدام نماید»): the last earlier mention with the same head word, up to a stop.
 */
export function anaphorBodies(tail: string): string[] {
  const out: string[] = [];
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(tail); m; m = ANAPHOR.exec(tail)) {
    const head = fold(m[1]!);
    if (!isBodyHead(head)) continue;
    const ws = tidy(tail.slice(0, m.index)).split(' ');
    const j = ws.map((w) => fold(w)).lastIndexOf(head);
    if (j < 0) continue;
    const body: string[] = [ws[j]!];
    for (let i = j + 1; i < ws.length && body.length < 8; i++) {
      const f = fold(ws[i]!.replace(/[،,.]+$/, ''));
      if (SUBJECT_STOPS.has(f) || ACTION_NOUNS.has(f) || f === 'و' || SUBJECT_VERBS.test(f)) break;
      body.push(ws[i]!.replace(/[،,.]+$/, ''));
      if (/[،,.]$/.test(ws[i]!)) break;
    }
    if (body.length >= 2 && !out.includes(body.join(' '))) out.push(body.join(' '));
  }
  return out;
}

/**
 * Responsible bodies of a resolution without columns, in order of preference:
 *  1. the members of a body formed «متشکل از X، Y» / «از X و Y تشکیل»;
 *  2. «با همکاری/محوریت/مشارکت X» right after the decision, or the subject (a head word
 *     within the first 5 words after «مقرر گردید»);
 *  3. otherwise the bodies leading the action anywhere in the sentence («با محوریت X»,
 *     «توسط X», «از طریق X») and the bodies or officials present «با حضور X، Y و Z»;
 *  4. otherwise the sender of the letter or request the item is about («نامه شماره … X»).
 */
export function subjectBodies(sentence: string): string[] {
  const after =
    /(?:مقرر\s*(?:و\s+مصوب\s+)?(?:گردید|شد|شده\s+است|شده)|مصوب\s+(?:و\s+مقرر\s+)?(?:شد|گردید))\s*[:،؛؟]?\s*([\s\S]*)$/.exec(
      sentence,
    );
  const tail = after ? after[1]! : sentence;
  // «X به عنوان حسابرس انتخاب گردید»: who is elected is not who must act.
  if (ELECTED.test(tail)) return [];
  const made = MADE_OF.exec(tail);
  if (made) {
    const ws = tidy(made[1]!).split(' ');
    if (isPartyHead(ws[0]!)) {
      const members = splitBodies(made[1]!);
      if (members.length > 0) return members;
    }
  }
  const ws = tidy(tail.replace(/([،:])(?=\S)/g, '$1 ')).split(/\s+/);
  const withM = /^با\s+(?:همکاری|محوریت|مشارکت)\s+/.exec(tail);
  let start = -1;
  if (withM) start = withM[0].trim().split(' ').length;
  else {
    // A body head among the first words, or a role head as the very first word («دهیار …»).
    const bare = ws.map((w) => w.replace(/[،,؛؟:]+$/, ''));
    start = bare.slice(0, 5).findIndex((w) => isBodyHead(fold(w)));
    if (start < 0 && bare[0] && isPartyHead(bare[0])) start = 0;
  }
  // «کلیه اعضاء …», «صدا و سیما نسبت به …»: a quantified role or a body named without a head.
  const named = namedBodyAt(ws);
  if (named && (start < 0 || start > named.from)) return [named.name];
  if (start > 0 && ws.slice(0, start).some((w) => COMPLEMENT_LEADS.has(fold(w)))) start = -1;
  if (start >= 0) {
    const phrase = partyPhrase(ws, start);
    // «مقرر شد کمیته های راهبری شهرستانها در اسرع وقت تشکیل …»: plural bodies to be set up
    // are what the decision creates, not who carries it out.
    const rest = tidy(ws.slice(start).join(' ')).slice(phrase.length);
    if (
      /^(?:ها|های)$/.test(fold(ws[start + 1] ?? '')) &&
      /^\s*(?:در\s+اسرع\s+وقت\s+|ظرف\s+\S+\s+\S+\s+)?تشکیل/.test(rest)
    )
      return [];
    // «سهمیه بانک‌هایی که …»: an indefinite «…هایی/…ی که» names no particular body.
    const lastWord = fold(phrase.split(' ').pop() ?? '');
    if (/(?:هایی|های|یی)$/.test(lastWord) && /^\s*که(?:\s|$)/.test(rest)) return [];
    const own = phrase ? splitBodies(phrase) : [];
    for (const b of anaphorBodies(tail))
      if (!own.some((o) => compactKey(o).includes(compactKey(b)) || compactKey(b).includes(compactKey(o)))) own.push(b);
    return own;
  }
  const found: string[] = [];
  const add = (bs: string[]) => {
    for (const b of bs) if (!found.includes(b)) found.push(b);
  };
  for (let i = 1; i < ws.length; i++) {
    const prev = fold(ws[i - 1]!);
    const prev2 = i > 1 ? `${fold(ws[i - 2]!)} ${prev}` : '';
    // «… جلسه ای با محوریت کمیسیون X تشکیل گردد», «… توسط اداره Y انجام شود», «… توسط
    // استاندار به عمل آید», «مسئولیت … بر عهده وزرای ذیربط است».
    if (
      (/^(?:محوریت|توسط|مسئولیت)$/.test(prev) || prev2 === 'از طریق' || prev2 === 'بر عهده' || prev === 'برعهده') &&
      isPartyHead(ws[i]!) &&
      !DISTRIBUTIVE_HEADS.has(fold(ws[i]!))
    )
      add(splitBodies(partyPhrase(ws, i)));
    // «با حضور صاحب نظران، کارشناسان و نمایندگان شهرداری»: only the bodies and officials.
    if (prev2 === 'با حضور') add(parties(partyPhrase(ws, i, true)));
  }
  const sender = SENDER.exec(tail);
  if (sender) {
    const sw = tidy(sender[1]!).split(' ');
    if (sw.length > 0 && isPartyHead(sw[0]!))
      return [...splitBodies(partyPhrase(sw, 0)), ...found].filter((b, i, all) => all.indexOf(b) === i);
  }
  return found;
}

// «دستور رییس جمهور به A، B و C مبنی بر …», «A و B را مکلف کرد»: who was instructed.
const ADDRESSEES =
  /دستور\s+(?:[^\s.]+\s+){0,4}?به\s+([^.]{3,200}?)\s+(?:مبنی|جهت|برای|در\s+خصوص|درباره|که|ابلاغ)(?:\s|$)/g;

/**
 * Parties instructed in a sentence before a decision («دستور وزیر به استاندار و فرماندار
 * مبنی بر …» ⏎ «مقرر شد …»): the decision that names no body of its own falls to them.
 */
export function addresseeBodies(context: string): string[] {
  const out: string[] = [];
  ADDRESSEES.lastIndex = 0;
  for (let m = ADDRESSEES.exec(context); m; m = ADDRESSEES.exec(context)) {
    const ws = tidy(m[1]!.replace(/([،,])(?=\S)/g, '$1 ')).split(' ');
    if (!isPartyHead(ws[0]!)) continue;
    for (const b of parties(partyPhrase(ws, 0, true))) if (!out.includes(b)) out.push(b);
  }
  return out;
}

/** Deadline phrase inside a resolution sentence, as written («در اسرع وقت», «ظرف مدت یک ماه»). */
export function textDeadline(sentence: string): string | null {
  return findDeadline(sentence);
}

/** All resolutions of a document, in text order. */
export function findResolutions(text: string, kind: 'minutes' | 'news' | 'other'): ParsedResolution[] {
  const table = tableResolutions(text);
  if (table.length > 0) return table;
  const list = listResolutions(text);
  // Spans covered by list items: decision sentences inside them are not separate resolutions.
  const taken: Array<[number, number]> = list.map((r) => [r.index, r.index + r.text.length + 200]);
  const items: ParsedResolution[] =
    kind === 'minutes'
      ? decisionItems(text, taken).map((it) => ({
          number: it.number,
          text: it.text,
          responsible: subjectBodies(it.text),
          supervisor: [],
          deadline: textDeadline(it.text),
          index: it.index,
        }))
      : [];
  for (const it of items) taken.push([it.index, it.index + it.text.length + 10]);
  const sentences = sentenceResolutions(text, taken);
  const all = [...list, ...items, ...sentences].sort((a, b) => a.index - b.index);
  return kind === 'minutes' || kind === 'news' ? all : [];
}
