/**
 * Commitments of a document (DESIGN §3): who promised what, how much, for whom, by when.
 *  - every resolution → `source: 'resolution'` (parties = responsible bodies, supervisor,
 *    deadline, amounts, number);
 *  - every allocation, loan, payment, pledge, duty or agreement obligation stated in prose
 *    → `source: 'statement'` (statements.ts).
 * Each gets its purpose, counties, deadline with due date, page and span (offsets into the
 * display text). Pure: no IO; ids are given by the pipeline.
 */
import type { Amount, Commitment, DocumentKind } from '../../schema.ts';
import { findAmounts } from '../../text/index.ts';
import { fold, tidy } from '../fold.ts';
import { countyNames } from '../places.ts';
import { sentenceStart } from '../sentences.ts';
import { splitClauses } from './clauses.ts';
import { clauseDeadline, dueDate } from './deadline.ts';
import { compactIndex, locate, pageAt } from './locate.ts';
import {
  APPROVAL_ONLY,
  CREATION_APPROVED,
  DUTY_WORD,
  POSTPONED,
  resolutionParties,
  resolutionSupervisors,
  secondBody,
} from './resolution-parties.ts';
import { fieldLines, itemFields } from './item-fields.ts';
import { partyMentions } from './parties.ts';
import { findStatements, isListItem } from './statements.ts';
import { L, re } from '../boundary.ts';

export { dueDate, clauseDeadline } from './deadline.ts';
export { canonicalParty } from './parties.ts';
export { commitmentCue } from './cues.ts';

/** A resolution as the structure parser found it. */
export interface ResolutionInput {
  number: number | null;
  text: string;
  responsible: string[];
  supervisor: string[];
  deadline: string | null;
  page: number | null;
}

/** What {@link findCommitments} reads. */
export interface CommitmentInput {
  /** The display text (DocumentRecord.text: pages joined by a blank line). */
  text: string;
  kind: DocumentKind;
  /** ISO date of the document, for due dates. */
  date: string | null;
  resolutions: ResolutionInput[];
  pages?: { number: number; text: string }[];
}

export type CommitmentDraft = Omit<Commitment, 'id'>;

// «سقف وام ازدواج از ۳۰۰ میلیون ریال به ۵۰۰ میلیون ریال افزایش یافت»: a cap changed from one
// figure to another; both are terms of the loans, not money committed.
const CAP_FROM = /سقف\s[^.]{0,60}\sاز\s*$/;
const CAP_TO = /سقف\s[^.]{0,60}\sاز\s[^.]{1,40}\sبه\s*$/;
const CHANGED = /^[^.]{0,60}?(?:افزایش|کاهش)\s*(?:یافت|یابد|می\s*یابد|داده|دهد|پیدا)/;

function capChange(text: string, index: number, end: number): boolean {
  const before = fold(text.slice(Math.max(0, index - 120), index));
  const after = fold(text.slice(end, end + 140));
  return (
    (CAP_FROM.test(before) && /^\s*به\s/.test(after) && CHANGED.test(after)) ||
    (CAP_TO.test(before) && CHANGED.test(after))
  );
}

function amountsOf(text: string): Amount[] {
  const seen = new Set<string>();
  const out: Amount[] = [];
  for (const a of findAmounts(text)) {
    if (a.unit === null || capChange(text, a.index, a.end)) continue;
    const k = fold(a.text).replace(/\s+/g, '');
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ text: a.text, toman: a.toman });
  }
  return out;
}

// «تسهیلات اشتغال روستایی», «برای ایجاد ۱۲۵۰ طرح اشتغالزایی», «جهت تکمیل بیمارستان».
const PURPOSE = [
  re(
    '',
  )`(?:به\s+منظور|در\s+راستای|برای|جهت)\s+((?:[${L}]+\s*){1,6}?)(?=\s+(?:به|در|از|را|با|تا|و|که|پرداخت|اختصاص|تخصیص)\s|[،.:؛\n\d]|$)`,
  re(
    '',
  )`((?:تسهیلات|وام|اعتبار(?:ات)?)\s+(?:[${L}]+\s*){1,4}?)(?=\s+(?:به|در|از|را|با|تا|و|که|برای|پرداخت|اختصاص|تخصیص)\s|[،.:؛\n\d]|$)`,
];
const NOT_PURPOSE = /^(?:این|ان|همین|هر|سال|ماه|شهرستان|استان)(?:\s|$)/;

/** A short purpose phrase of a clause, or null. */
export function purposeOf(clause: string): string | null {
  const light = clause.replace(/\u200c/g, ' ');
  for (const re of PURPOSE) {
    const m = re.exec(light);
    if (!m) continue;
    const p = tidy(m[1]!);
    if (p.split(' ').length >= 2 && !NOT_PURPOSE.test(fold(p))) return p;
  }
  return null;
}

// «با پیشنهاد اتحادیه X برای تشکیل کمیته … موافقت شد»: the meeting adopts a proposal; a decision.
const PROPOSAL_APPROVED = re(
  '',
)`^[^${L}]{0,4}(?:همچنین\s+)?(?:با|به)\s+پیشنهاد\s[^.]{0,200}(?:موافقت|تصویب)\s*(?:شد|گردید)`;
// «آقای X گزارش داد که …», «خانم Y اعلام کرد …», «… به شرح زیر تصمیم گرفت:»: a report or the
// lead-in of a list, taken for a decision, with no decision word of its own.
const REPORT_ONLY =
  /(?:گزارش\s*(?:داد|دادند)|گزارشی\s[^.]{0,120}(?:ارائه|ارایه)\s*(?:کرد|نمود|داد)|اعلام\s+(?:کرد|نمود)|توضیح\s+(?:داد|دادند)|(?:^|\s)(?:گفت|افزود))(?:\s|[.،:]|$)|به\s+شرح\s+(?:زیر|ذیل)\s[^.]{0,40}:\s*$/;
const DECIDES = /مقرر|مصوب|تصویب|موافقت|موظف|مکلف|ملزم|متعهد|مامور|تایید|تائید|الزام|اختصاص|تخصیص/;

/** `end` moved back over spaces and a last «و». */
function trimEnd(text: string, start: number, end: number): number {
  const m = /[\s\u200c]*(?:و[\s\u200c]*)?$/.exec(text.slice(start, end));
  return m ? end - m[0].length : end;
}

/** Whether a text is nothing but one body's name. */
function nameOnly(t: string): boolean {
  const bare = tidy(t.replace(/[.:،]/g, ' '));
  const named = partyMentions(bare, true);
  if (named.length !== 1 || named[0]!.end < bare.length - 1) return false;
  return /^(?:(?:مدیریت|اداره(?:\s+کل)?|سازمان|شرکت|معاونت|دفتر|شبکه)\s+)?$/.test(fold(bare.slice(0, named[0]!.index)));
}

// Readiness and offers («آمادگی دارد», «اعلام آمادگی کرد», «قول مساعد داد»).
const OFFER_WORD = /امادگی|قول\s+مساعد|حاضر\s+(?:است|هستیم)/;

const FUTURE =
  /(?:^|\s)(?:می|خواهد|خواهند|خواهیم|بنا|قرار|باید|متعهد|موظف|مکلف)(?:\s|$)|(?:^|\s)می\s*(?:شود|شوند|کند|کنند|دهد|دهند|یابد|یابند|گردد|گردند|نماید|نمایند)|(?:کند|کنند|دهد|دهند|شود|شوند|نماید|نمایند|گردد|گردند|یابد|یابند)(?:[.،\s]|$)/;

const CLAUSE_AND = re('')`(?<![${L}])(?:می\s*[${L}]+|است|شد|گردید|کرد|نمود|داد|یافت|رسید|شود|گردد)\s*[،,]?\s+و\s*$`;

const LETTER_MARK = re('')`^(?:الف|[${L}])[ \t]*[)\-–][ \t]*`;

/**
 * Where the sentence holding `offset` starts: a decision found at its subject («…، شهرداری
 * موظف است …») keeps the clause that leads into it («به منظور …»). Within one line, at most
 * 250 characters back; list markers and cell tabs end the search.
 */
function decisionStart(text: string, offset: number, news: boolean): number {
  let i = sentenceStart(text, offset, { tab: true, limit: 250 });
  if (i === null) return offset;
  // In news, «… تا پایان سال پرداخت می‌شود و سازمان X موظف است …»: a finished clause and «و»
  // before the subject lead into nothing; the decision starts at its subject (a minutes item
  // «… تصویب شد و مقرر گردید …» stays one).
  if (news && CLAUSE_AND.test(text.slice(i, offset).replace(/\u200c/g, ' '))) return offset;
  while (i < offset && /[\s\u200c\d۰-۹٠-٩\-)•*]/.test(text[i]!)) i++;
  // «| ۲ | جذب …»: a table row's bar and its row number, never a date cell («| ۱۴۰۲/۰۷/۳۰ |»).
  const bar = /^\|[ \t]*(?:[\d۰-۹٠-٩]{1,3}[ \t]*\|[ \t]*)?/.exec(text.slice(i, offset));
  if (bar && i + bar[0].length <= offset) i += bar[0].length;
  // «الف) …», «ب- …»: an item lettered instead of numbered.
  const letter = LETTER_MARK.exec(text.slice(i, i + 8));
  return letter ? i + letter[0].length : i;
}

const ITEM_HEAD = /^[ \t]*(?:بند\s*[\d۰-۹]{1,3}|[\d۰-۹]{1,3})[ \t]*[-–:)ـ.][ \t]*/;

/**
 * «بند ۲: نامه شماره … مطرح شد. … پس از بحث، مقرر گردید …»: a numbered item that states its
 * matter and decides in one paragraph is one commitment from the item's start. The start of
 * that item's text when `start` is inside one (on the same line, not past `floor`), else `start`.
 */
function itemStart(text: string, start: number, floor: number): number {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  const head = ITEM_HEAD.exec(text.slice(line, start));
  if (!head) return start;
  const at = line + head[0].length;
  return at < start && at >= floor && start - at <= 400 ? at : start;
}

/**
 * «آقای X اعلام کرد انجمن اولیا آمادگی دارد بخشی از هزینه را تامین کند» in the discussion, then the
 * resolution «انجمن اولیا و مربیان مبلغ … پرداخت نماید»: an offer without money that a later
 * resolution of the same body makes binding is that resolution's commitment, counted once.
 */
function dropOffersDecided(out: CommitmentDraft[], kind: DocumentKind): CommitmentDraft[] {
  if (kind !== 'minutes') return out;
  const key = (p: string) => fold(p).replace(/\s+/g, '');
  return out.filter(
    (c) =>
      !(
        c.source === 'statement' &&
        c.amounts.length === 0 &&
        c.parties.length > 0 &&
        OFFER_WORD.test(fold(c.text)) &&
        out.some(
          (r) =>
            r.source === 'resolution' &&
            (r.span?.start ?? 0) > (c.span?.start ?? 0) &&
            c.parties.every((p) => r.parties.some((q) => key(q).includes(key(p)) || key(p).includes(key(q)))),
        )
      ),
  );
}

/**
 * «نظر شورا: با افزایش مدت قرارداد … موافقت شد. اداره کل X موظف است برنامه … را ظرف ۱۰ روز ارائه
 * دهد.»: an approval that binds no one, followed on its line by the duty that carries it out, is
 * one commitment (the duty's party and deadline, from the approval's start).
 */
function joinApprovalAndDuty(out: CommitmentDraft[], text: string): CommitmentDraft[] {
  const joined: CommitmentDraft[] = [];
  for (const c of out) {
    const prev = joined[joined.length - 1];
    if (
      prev?.span &&
      c.span &&
      prev.source === 'resolution' &&
      c.source === 'resolution' &&
      prev.parties.length === 0 &&
      prev.amounts.length === 0 &&
      prev.deadline === null &&
      APPROVAL_ONLY.test(fold(prev.text)) &&
      !DUTY_WORD.test(fold(prev.text)) &&
      /^[\s.]*$/.test(text.slice(prev.span.end, c.span.start)) &&
      !text.slice(prev.span.end, c.span.start).includes('\n') &&
      /موظف|مکلف|ملزم/.test(fold(c.text)) &&
      c.parties.length > 0
    ) {
      const span = { start: prev.span.start, end: c.span.end };
      joined[joined.length - 1] = { ...c, text: text.slice(span.start, span.end), span, page: prev.page ?? c.page };
      continue;
    }
    joined.push(c);
  }
  return joined;
}

// «… و بر اساس آن بنیاد برکت موظف است …», «بر اساس این تفاهم‌نامه، X نیز متعهد است …».
// «به موجب این تفاهم‌نامه، صندوق X … را در اختیار طرح‌ها قرار می‌دهد»: an obligation in its act.
const DUTY_OF_AGREEMENT =
  /(?:بر\s*اساس|طبق|مطابق|به\s+موجب)\s+(?:ان|این\s+(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد))(?:[^.]{0,80}(?:موظف|متعهد|مکلف|ملزم)|[^.]{0,200}(?:در\s+اختیار\s+[^.]{0,60}قرار\s+(?:می\s*دهد|می\s*دهند|خواهد)|(?:پرداخت|تامین|سرمایه\s*گذاری)\s+(?:می\s*کند|می\s*کنند|خواهد|خواهند)))/;
const AGREEMENT_COUNT =
  /(?:^|\s)(?:\d+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|چندین)\s+(?:فقره\s+)?(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)/;
const SIGNED = /(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)[^.]{0,300}(?:امضا|منعقد|مبادله)/;

/**
 * «تفاهم‌نامه همکاری X و Y … به امضا رسید.» then «… بر اساس آن بنیاد برکت موظف است … پرداخت کند»:
 * when the agreement's obligations follow, each binding a named party, the signing without
 * money of its own is not another commitment.
 */
function dropSigningsWithDuties(out: CommitmentDraft[], text: string): CommitmentDraft[] {
  return out.filter((c) => {
    if (c.source !== 'statement' || c.amounts.length > 0 || !c.span || !SIGNED.test(fold(c.text))) return true;
    // «شش تفاهم‌نامه همکاری X و Y … منعقد شد», then each agreement in turn: the count is a summary.
    const later = out.filter((d) => d !== c && d.span && d.span.start >= c.span!.end);
    if (AGREEMENT_COUNT.test(fold(c.text)) && later.some((d) => SIGNED.test(fold(d.text)))) return false;
    const next = fold(text.slice(c.span.end, c.span.end + 700));
    return !(
      DUTY_OF_AGREEMENT.test(next) &&
      out.some(
        (d) =>
          d !== c && d.span && d.span.start >= c.span!.end && d.parties.length > 0 && d.span.start - c.span!.end < 700,
      )
    );
  });
}

// «شیراز- ایرنا- …», «یاسوج – روابط عمومی استانداری X: …», «به گزارش ایرنا، …», «به گزارش روابط
// عمومی بانک X، …»: a dateline or a news source before the clause.
/** The same item found twice (a numbered item and its text read again): the first one kept. */
function withoutRepeats(out: CommitmentDraft[]): CommitmentDraft[] {
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = c.span ? `${c.span.start}:${c.span.end}` : `text:${fold(c.text)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const NEWS_LEAD = re(
  '',
)`^(?:[${L} ]{2,25}[ \t]*[-–][ \t]*(?:خبرگزاری[ \t]+)?(?:ایرنا|ایسنا|ایلنا|فارس|مهر|تسنیم|صدا[ \t]*و[ \t]*سیما|روابط[ \t]+عمومی[^:،\n]{0,60})[ \t]*[-–:][ \t]*)?(?:به[ \t]+گزارش[^،:\n.]{2,90}[،:][ \t]*)?`;

/** A commitment's clause without a dateline or «به گزارش X،» before it (span moved to match). */
function withoutLead(c: CommitmentDraft, text: string): CommitmentDraft {
  const m = NEWS_LEAD.exec(fold(c.text));
  if (!m || m[0].length === 0 || m[0].length >= c.text.length - 20) return c;
  // fold keeps one character per character here only when nothing was dropped before the cut.
  if (fold(c.text.slice(0, m[0].length)) !== m[0]) return c;
  const cut = m[0].length;
  const span = c.span ? { start: c.span.start + cut, end: c.span.end } : null;
  return { ...c, text: span ? text.slice(span.start, span.end) : c.text.slice(cut), span };
}

const SPREAD_OVER_YEARS = /^طی\s+(?:\d+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)\s+سال$/;

/** All commitments of a document, in text order. */
export function findCommitments(input: CommitmentInput): CommitmentDraft[] {
  const { text, pages } = input;
  const index = compactIndex(text);
  const out: CommitmentDraft[] = [];
  const skipped: { start: number; end: number }[] = [];
  let from = 0;
  let lastEnd = 0;
  for (let r of input.resolutions) {
    // A decision reported in the news with no responsible body is left to the statement
    // rules, which look for the bound party in the sentence («مقرر شد کلیه اعضا …»); an item
    // of a numbered list of decisions is kept (minutes published as news).
    const found = locate(index, r.text, from);
    const span = found ? { start: decisionStart(text, found.start, input.kind !== 'minutes'), end: found.end } : null;
    if (span && input.kind === 'minutes') span.start = itemStart(text, span.start, lastEnd);
    if (input.kind !== 'minutes' && r.responsible.length === 0 && !(span && isListItem(text, span.start))) continue;
    if (span) from = span.start;
    // A report, or the lead-in of the list of decisions, is no decision.
    if (input.kind === 'minutes' && REPORT_ONLY.test(fold(r.text)) && !DECIDES.test(fold(r.text))) continue;
    // A letterhead line repeated on a page («مدیریت جهاد کشاورزی شهرستان X»): a name alone decides nothing.
    if (nameOnly(r.text)) continue;
    // «مسئول پیگیری: …» ⏎ «مهلت: …» under the item, when the resolution finder left them out.
    const fields = span && input.kind === 'minutes' ? itemFields(text, span.end) : null;
    if (fields && r.responsible.length === 0 && fields.responsible.length > 0)
      r = { ...r, responsible: fields.responsible };
    const deadlineText =
      POSTPONED.test(fold(r.text)) && !DUTY_WORD.test(fold(r.text))
        ? null
        : (r.deadline ?? fields?.deadline ?? clauseDeadline(r.text, true));
    const parties = resolutionParties(r);
    const amounts = amountsOf(r.text);
    // «تصویب نرخ جدید کرایه …», «تائید گزارش X», «… پیشنهاد داد … که با ۳ رای تصویب شد»: an
    // approval that binds no one, with no money and no deadline, is not a commitment.
    if (
      parties.length === 0 &&
      amounts.length === 0 &&
      !deadlineText &&
      APPROVAL_ONLY.test(fold(r.text)) &&
      !DUTY_WORD.test(fold(r.text)) &&
      // minutes approving a matter of their own keep it; a voted proposal or a creation approved does not bind
      (input.kind !== 'minutes' ||
        (/(?:^|\s)پیشنهاد\s/.test(fold(r.text)) && !PROPOSAL_APPROVED.test(fold(r.text))) ||
        CREATION_APPROVED.test(fold(r.text)))
    ) {
      // …nor is the sentence holding it one for the statement rules.
      if (span) skipped.push(span);
      continue;
    }
    if (span) lastEnd = span.end;
    const supervisor = resolutionSupervisors(r, span ? fieldLines(text, span.end) : '');
    const draft = (t: string, sp: typeof span, bound: string[], deadline: string | null): CommitmentDraft => ({
      source: 'resolution',
      resolutionNumber: r.number,
      text: sp ? text.slice(sp.start, sp.end) : t,
      parties: bound,
      supervisor,
      amounts: amountsOf(t),
      purpose: purposeOf(t),
      counties: countyNames(fold(t)),
      deadline: deadline ? { text: deadline, due: dueDate(deadline, input.date) } : null,
      page: sp ? (pageAt(pages, sp.start) ?? r.page) : r.page,
      span: sp,
    });
    // «X … برآورد کند و بانک مسکن تسهیلات … پرداخت نماید»: two bodies bound to two things, two commitments.
    const two = secondBody(r.text);
    const at = two && span ? locate(index, two.second, span.start) : null;
    if (two && span && at && at.start > span.start && at.end <= span.end + 2) {
      const own = parties.filter((p) => fold(p) !== fold(two.name));
      const inFirst = (d: string | null) => (d && fold(two.first).includes(fold(d)) ? d : null);
      out.push(
        draft(
          two.first,
          { start: span.start, end: trimEnd(text, span.start, at.start) },
          own.length > 0 ? own : parties,
          inFirst(deadlineText) ?? clauseDeadline(two.first, true),
        ),
      );
      out.push(draft(two.second, { start: at.start, end: span.end }, [two.name], clauseDeadline(two.second, true)));
      continue;
    }
    out.push(draft(r.text, span, parties, deadlineText));
  }
  out.splice(0, out.length, ...joinApprovalAndDuty(out, text));
  const taken = [...out.flatMap((c) => (c.span ? [c.span] : [])), ...skipped];
  for (const s of findStatements(splitClauses(text), taken, input.kind)) {
    const clause = text.slice(s.start, s.end);
    // A payment reported as done: «تا پایان آبان» is the period reported, not a deadline.
    const done = s.cue === 'payment' && !FUTURE.test(fold(clause));
    // «۴) معاونت X برنامه … را تدوین کند.» ⏎ «مسئول پیگیری: …» ⏎ «مهلت: …»: an item's field lines.
    const fields = input.kind === 'minutes' && isListItem(text, s.start) ? itemFields(text, s.end) : null;
    const stated = done ? null : clauseDeadline(clause, true);
    // «… ۲۵ هزار میلیارد ریال تسهیلات را طی سه سال … در اختیار طرح‌ها قرار می‌دهد»: money spread over
    // years is the term of the programme, not a date to meet.
    const deadlineText = fields?.deadline ?? (stated && SPREAD_OVER_YEARS.test(fold(stated)) ? null : stated);
    const seen = new Set<string>();
    out.push({
      source: 'statement',
      resolutionNumber: null,
      text: clause,
      parties: fields && fields.responsible.length > 0 ? fields.responsible : s.parties,
      supervisor: fields?.supervisor ?? [],
      amounts: s.amounts
        .filter((a) => !seen.has(a.text) && seen.add(a.text) !== undefined)
        .map((a) => ({ text: a.text, toman: a.toman })),
      purpose: purposeOf(clause),
      counties: countyNames(fold(clause)),
      deadline: deadlineText ? { text: deadlineText, due: dueDate(deadlineText, input.date) } : null,
      page: pageAt(pages, s.start),
      span: { start: s.start, end: s.end },
    });
  }
  return dropSigningsWithDuties(dropOffersDecided(withoutRepeats(out), input.kind), text)
    .map((c) => withoutLead(c, text))
    .sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity));
}
