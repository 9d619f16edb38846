/**
 * Who a resolution binds (its parties) and who supervises it, from what the resolution finder
 * gives (responsible bodies, supervisor column) and from the decision's own sentences. Pure.
 *
 * Families (README, commitments):
 *  - an approval followed by a duty sentence («… موافقت شد. صندوق موظف است …», «… موافقت شد و
 *    معاونت آموزشی دانشگاه موظف گردید …»): the subject of the duty word is bound; a bare head
 *    («صندوق», «بانک») is the body of that head named earlier in the decision;
 *  - a sub-unit and its parent given as two names («معاونت بهداشتی» + «شبکه»): one body;
 *  - the body whose budget, report or rules are approved («بودجه … دانشگاه … تصویب شد») and the
 *    body that proposed («با پیشنهاد X … موافقت شد») are not bound by an approval;
 *  - supervisors written after the decision: «نظارت بر … بر عهده X است», «پیگیری این مصوبه بر
 *    عهده X است», «نظارت بر آن با X», and a «ناظر: X» line under the item.
 */
import { escapeRegex, fold, foldWithMap, lightFold, sourceSpan, tidy } from '../fold.ts';
import { L, re, WB_END } from '../boundary.ts';
import { findFundingMentions } from '../funding.ts';
import { REFERRAL } from './cues.ts';
import { canonicalParty, distinctParties, partyMentions, textSupervisors } from './parties.ts';

/** A resolution as the structure parser found it (the fields read here). */
export interface ResolutionParts {
  text: string;
  responsible: string[];
  supervisor: string[];
}

export const CREATION_APPROVED =
  /^(?:همچنین\s+)?با\s+(?:ایجاد|تاسیس|احداث|راه\s*اندازی)\s[^.]{0,120}موافقت\s*(?:شد|گردید)/;
// An approval or acknowledgement, with no duty word.
export const APPROVAL_ONLY = /(?:تصویب|تایید|تائید|موافقت)/;
export const DUTY_WORD = /مقرر|موظف|مکلف|ملزم|مامور|الزام/;
// «درخواست شبکه X برای … به جلسه بعد موکول شد»: a matter put off binds no one, by no date.
export const POSTPONED =
  /(?:^|\s)به\s+(?:جلسه|نشست)\s+(?:بعد|بعدی|اتی|اینده)\s+(?:موکول|محول)\s*(?:شد|گردید)(?:[\s.،]|$)/;

// «X موظف است», «X مکلف گردید», «X متعهد شد»: a duty word after its subject.
const DUTY_AFTER_SUBJECT = re(
  'g',
)`(?:موظف|مکلف|ملزم|متعهد)(?:\s*(?:است|شد|شدند|گردید|گردیدند|هستند|اند|می\s*باشد|میباشد|می\s*باشند))${WB_END}`;
// Head words a short subject refers back to («صندوق موظف است» after «منابع صندوق کارآفرینی امید»).
const BARE_HEAD = /^(?:بانک|صندوق|بنیاد|سازمان|اداره|شرکت|شبکه|دانشگاه|موسسه|کمیته|ستاد)$/;
// A sub-unit («معاونت بهداشتی», «امور مالی», «واحد گسترش») whose parent follows as its own name.
const SUB_UNIT =
  /^(?:معاونت|معاون|واحد|امور|مدیریت|دفتر|حوزه|گروه|بخش|مسئول|کارشناس|رئیس|رییس|دبیرخانه|روابط\s+عمومی)\s/;
// Heads that open a second body after «و» inside one responsible name.
const BODY_HEAD = 'سازمان|اداره|شرکت|بانک|صندوق|بنیاد|شهرداری|فرمانداری|استانداری|دانشگاه|شبکه|معاونت|کمیته|وزارت';
const PARENT = /^(?:شبکه|دانشگاه|شرکت|سازمان|اداره|بیمارستان|دانشکده|بنیاد|صندوق|بانک)$/;
// Words that stand in a noun phrase before a possessor («بودجه تفصیلی سال ۱۴۰۲ دانشگاه»), as
// against a subject that opens the clause or a list.
const FUNDER_BEFORE =
  /(?:^|\s)(?:از\s+محل\s+(?:منابع|اعتبارات|تسهیلات|درامد(?:\s*های|\s*ها)?)|تسهیلات(?:\s+قرض\s*الحسنه)?)\s+$/;
const CONSENTS_BEFORE = /^[\s\-•*\d۰-۹.)]*موافقت\s+$/;
const SUBJECT_BEFORE = /(?:^|[،,:;؛]|\s(?:و|که|شد|گردید|است|توسط|سوی|طرف|وسیله))\s*$/;

/** The subject standing right before a duty word of `text`, with a bare head resolved. */
function dutySubjectOf(text: string): string[] {
  const light = lightFold(text);
  const folded = fold(light);
  DUTY_AFTER_SUBJECT.lastIndex = 0;
  for (let m = DUTY_AFTER_SUBJECT.exec(folded); m; m = DUTY_AFTER_SUBJECT.exec(folded)) {
    const at = m.index;
    const named = partyMentions(text, true).filter((p) => p.end <= at && /^\s*$/.test(folded.slice(p.end, at)));
    if (named.length > 0) return [named[named.length - 1]!.name];
    // «… موافقت شد. صندوق موظف است …»: a bare head word, the body of that head named before.
    const word = /([^\s.،,:]+)\s*$/.exec(folded.slice(0, at))?.[1] ?? '';
    if (BARE_HEAD.test(word)) {
      const earlier = partyMentions(text, true).filter(
        (p) => p.index < at && fold(p.name).split(' ')[0] === word && fold(p.name) !== word,
      );
      if (earlier.length > 0) return [earlier[earlier.length - 1]!.name];
    }
  }
  return [];
}

/** «معاونت بهداشتی» + «شبکه» → «معاونت بهداشتی شبکه»; a name cut at « و نظارت …» loses the tail. */
function joinSubUnits(names: string[], text = ''): string[] {
  const key = (t: string) => fold(t).replace(/\s+/g, '');
  const whole = key(text);
  const out: string[] = [];
  // «سازمان جهاد کشاورزی استان و اداره کل تعاون … استان نیز»: two bodies read as one name.
  const split = names.flatMap((raw) =>
    raw.replace(new RegExp(`\\s+(?:نیز|هم)$`), '').split(new RegExp(`\\s+و\\s+(?=(?:${BODY_HEAD})\\s)`)),
  );
  for (const raw of split) {
    // «انجمن اولیا و مربیان مبلغ …»: an amount is no part of a name.
    const n = tidy(raw.replace(new RegExp(`\\s+(?:و\\s+(?:نظارت|پیگیری)|مبلغ|مبالغ)(?![${L}]).*$`), ''));
    const prev = out[out.length - 1];
    // «معاونت توسعه» + «مدیریت و منابع» + «دانشگاه», standing side by side in the decision: one name.
    // («شهرداری» + «شبکه بهداشت و درمان» side by side are two bodies: the second opens with a body head.)
    const adjacent =
      prev !== undefined &&
      whole !== '' &&
      whole.includes(key(`${prev} ${n}`)) &&
      !new RegExp(`^(?:${BODY_HEAD})(?![${L}])`).test(fold(n));
    if (prev && (adjacent || (PARENT.test(fold(n)) && SUB_UNIT.test(fold(prev)))) && !fold(prev).includes(fold(n)))
      out[out.length - 1] = `${prev} ${n}`;
    else out.push(n);
  }
  return out;
}

/** Whether `name` stands in `text` only as the possessor of what is approved. */
function onlyPossessor(text: string, name: string): boolean {
  const f = fold(text);
  const key = fold(name);
  // «نامه شماره … شهردار …», «لایحه شهرداری …», «درخواست X …» approved: who asked will act.
  if (/(?:^|\s)(?:نامه|لایحه|درخواست|تقاضای)(?:\s|$)/.test(f)) return false;
  const hits = [...f.matchAll(new RegExp(escapeRegex(key), 'g'))];
  if (hits.length === 0) return false;
  // «… از محل منابع صندوق X», «… تسهیلات قرض‌الحسنه کمیته امداد …»: whose money pays is bound.
  if (hits.some((h) => FUNDER_BEFORE.test(f.slice(Math.max(0, h.index - 40), h.index)))) return false;
  // «موافقت بانک X با استمهال …» opening an item: the body that agrees is bound by its consent.
  if (
    hits.some(
      (h) => CONSENTS_BEFORE.test(f.slice(0, h.index)) && /^[^.،]{0,60}\sبا\s/.test(f.slice(h.index + key.length)),
    )
  )
    return false;
  return hits.every((h) => h.index > 0 && !SUBJECT_BEFORE.test(f.slice(0, h.index)));
}

const DATA_BANK = /^بانک\s+(?:اطلاعات|اطلاعاتی|داده|داده\s*ها|جامع)(?:\s|$)/;

// «با هماهنگی فرمانداری», «با هماهنگی اتاق X و شرکت Y»: who is coordinated with, not bound.
const HELPS_BEFORE = /(?:^|\s)با\s+هماهنگی\s+(?:[^،.:]{0,60}\s(?:و|،)\s*)?$/;
// «X با همکاری Y … ارائه نماید»: Y helps the body X that acts. (A bare «با همکاری Y …» with no
// acting body before it, or an agreement signed «با همکاری Y», binds Y: the corpora label those.)
const WORKS_WITH_BEFORE = /\sبا\s+همکاری\s+$/;

/** Whether `name` stands in `text` only as a body that helps («با هماهنگی X», «Z با همکاری X»). */
function onlyHelping(text: string, name: string, others: string[]): boolean {
  const f = fold(text);
  const hits = [...f.matchAll(new RegExp(escapeRegex(fold(name)), 'g'))];
  const actsBefore = (at: number) => {
    const head = f.slice(0, at).replace(WORKS_WITH_BEFORE, '');
    return head.length < at && others.some((o) => o !== name && head.endsWith(fold(o)));
  };
  return (
    hits.length > 0 &&
    hits.every((h) => HELPS_BEFORE.test(f.slice(Math.max(0, h.index - 80), h.index)) || actsBefore(h.index))
  );
}

// «با حضور دهیاران بخش مرکزی», «با حضور نمایندگان X»: who attends an event.
const ATTENDS_BEFORE = /(?:^|\s)با\s+(?:حضور|شرکت)\s+(?:[^،.:]{0,60}\s(?:و|،)\s*)?$/;

/** Whether `name` stands in `text` only as one who attends («با حضور X»). */
function onlyAttending(text: string, name: string): boolean {
  const f = fold(text);
  const hits = [...f.matchAll(new RegExp(escapeRegex(fold(name)), 'g'))];
  return hits.length > 0 && hits.every((h) => ATTENDS_BEFORE.test(f.slice(Math.max(0, h.index - 80), h.index)));
}

/**
 * «بانک کشاورزی، بانک توسعه تعاون و پست بانک شهرستان …»: responsible names cut across a list of
 * banks («بانک توسعه تعاون و پست», «بانک شهرستان») give way to the banks of that list.
 */
export function withBankList(text: string, names: string[]): string[] {
  const f = fold(text);
  const banks = findFundingMentions(f);
  if (banks.length < 2) return names;
  const out: string[] = [];
  for (const n of names) {
    const key = fold(n);
    const a = f.indexOf(key);
    const b = a + key.length;
    const over = a < 0 ? [] : banks.filter((m) => a < m.end && m.index < b);
    const crossed = over.some((m) => (m.index < a && a < m.end) || (m.index < b && b < m.end));
    out.push(...(crossed ? over.map((m) => m.canonical) : [n]));
  }
  return out;
}

/**
 * The bodies a resolution binds: its responsible column or phrase; when the resolution finder
 * found none, the body standing right after «مقرر شد» as its subject («مقرر شد شورا دو هفته یکبار …»)
 * or right before a duty word.
 */
export function resolutionParties(r: ResolutionParts): string[] {
  const f = fold(r.text);
  const approvalOnly = APPROVAL_ONLY.test(f) && !DUTY_WORD.test(f);
  if (POSTPONED.test(f) && !DUTY_WORD.test(f)) return [];
  if (r.responsible.length > 0) {
    // «با ایجاد دانشکده X موافقت شد»: what is to be created is no party; «به گفته رئیس X، …»: who
    // tells of the decision is not bound by it.
    // (…unless a body is given a duty in the same item: «… موافقت شد و معاونت X موظف گردید …».)
    if (CREATION_APPROVED.test(f) && !/(?:^|\s)(?:توسط|از\s+سوی)\s/.test(f) && !/موظف|مکلف|ملزم|مقرر/.test(f))
      return [];
    // «تائید گزارش اداره کل X»: who reported is not bound either.
    // «پیگیری موضوع از طریق اداره X … توسط دهیار انجام شود»: the agent of a passive decision acts.
    const agent = partyMentions(r.text, true).find(
      (m) =>
        /(?:^|\s)توسط\s*$/.test(fold(r.text.slice(0, m.index))) &&
        /^\s*(?:\S+\s+)?(?:می\s*)?(?:شود|شوند|گردد|گردند)(?:\s|[.،]|$)/.test(fold(r.text.slice(m.end))),
    );
    if (agent && r.responsible.some((n) => fold(n) !== fold(agent.name))) return [agent.name];
    const bound = joinSubUnits(withBankList(r.text, r.responsible), r.text).filter(
      // «بانک اطلاعات زنان سرپرست خانوار … را تکمیل کند»: a data bank is what is built, not a body.
      (n) => !DATA_BANK.test(fold(n)),
    );
    const kept = bound.filter(
      (n) =>
        !new RegExp(
          `(?:به\\s+گفته|(?:تایید|تائید|استماع)\\s+گزارش|(?:به|با)\\s+پیشنهاد)\\s+${escapeRegex(fold(n))}`,
        ).test(f) && !(approvalOnly && onlyPossessor(r.text, n)),
    );
    // «مانور … با حضور دهیاران بخش مرکزی به عهده یگان X است»: who attends is not who is charged.
    const present = kept.filter((n) => !onlyAttending(r.text, n));
    const attendees = present.length < kept.length ? chargedBody(r.text) : null;
    if (attendees) return [canonicalParty(attendees)];
    // «X با هماهنگی Y … اقدام نماید»: X is bound, Y is coordinated with (when X is there to be bound).
    // «… تصویب شد و ابلاغ نقشه به عهده اداره کل X است»: an approval that puts a task in a body's charge.
    const charged = kept.length === 0 ? chargedBody(r.text) : null;
    if (charged) return [charged];
    const acting = kept.filter((n) => !onlyHelping(r.text, n, kept));
    return distinctParties((acting.length > 0 ? acting : kept).map(canonicalParty));
  }
  const decided = /مقرر\s*(?:شد|گردید)[\s،,:]*|موظف\s+(?:شد|گردید)[\s،,:]*/.exec(r.text);
  if (decided) {
    const after = decided.index + decided[0].length;
    const subject = partyMentions(r.text).find((m) => m.index >= after && m.index <= after + 2);
    if (subject) return [subject.name];
    // «مقرر شد آقای فلاح و آقای میرحسینی … بازدید … کنند»: members named by family name.
    const persons = namedPersons(fold(r.text.slice(after)));
    if (persons.length > 0) return persons;
  }
  // «… موافقت می‌شود؛ مشروط بر اینکه شهرداری گزارش … ارسال نماید»: the body a condition binds.
  const condition = /مشروط\s+(?:بر|به)\s+(?:اینکه|این\s+که|انکه)\s*/.exec(fold(r.text));
  if (condition) {
    const after = condition.index + condition[0].length;
    const subject = partyMentions(r.text).find((m) => m.index >= after && m.index <= after + 2);
    if (subject) return [subject.name];
    // «… موافقت شد مشروط بر آنکه متقاضی عوارض … را پرداخت نماید»: the applicant, unnamed.
    const role = APPLICANT.exec(fold(r.text).slice(after));
    if (role) return [role[0].trim()];
  }
  // «… به اداره امور اراضی ارجاع شد»: the body a matter is handed to must act on it.
  const referral = REFERRAL.exec(fold(r.text));
  if (referral) {
    const end = referral.index + referral[0].length;
    const to = partyMentions(r.text, true).filter((m) => m.index >= referral.index && m.end <= end);
    if (to.length > 0) return [to[to.length - 1]!.name];
    // «… تصویب و اجرای آن به هیئت مدیره محول شد»: a body the finders do not know, the few words after
    // the last «به».
    const named = HANDED_TO.exec(lightFold(r.text));
    if (named) return [canonicalParty(named[1]!)];
  }
  const charged = chargedBody(r.text);
  if (charged) return [charged];
  const duty = dutySubjectOf(r.text);
  return duty.length > 0 ? duty : openingSubject(r.text);
}

// «آقای X و خانم Y …» opening a decision's subject: each a family name after its honorific.
const PERSON = re(
  'y',
)`(?:جناب\s+)?(?:اقای|خانم|سرکار\s+خانم)\s+([${L}]+)(?:\s*(?:و|،)\s*(?=(?:جناب|اقای|خانم|سرکار)\s))?\s*`;

/** Persons named with an honorific at the start of a (folded) decision subject (family names, honorifics dropped). */
function namedPersons(folded: string): string[] {
  const out: string[] = [];
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(folded); m; m = PERSON.exec(folded)) out.push(m[1]!);
  return out;
}

const HANDED_TO =
  /(?:^|\s)به\s+((?:(?!به\s)[^\s.،:]+\s+){0,3}(?!به\s)[^\s.،:]+)\s+(?:ارجاع|محول|احاله)\s*(?:شد|گردید|می\s*شود|شود|گردد)(?=[\s.،]|$)/;

// Who a permit or a sale is for, bound by its condition («متقاضی», «مالک», «پیمانکار»).
const APPLICANT = re(
  '',
)`^(?:متقاضی|متقاضیان|مالک|مالکان|مالکین|پیمانکار|مستاجر|خریدار|سرمایه\s*گذار|بهره\s*بردار)${WB_END}`;

// «… تصویب شد و ابلاغ نقشه اصلاحی به عهده اداره کل X است»: a task put in a body's charge (not a
// supervision «نظارت بر … بر عهده X است», which names the supervisor).
// «… تصویب شد؛ اجرا با شرکت X»: the executor named after «اجرا با», closing the decision.
const CHARGE = /(?:به|بر)[\s\u200c]*عهده\s+|(?:^|[\s؛،.:])(?:اجرا|اجرای\s+(?:ان|آن))\s+(?:با|توسط)\s+/g;
const SUPERVISION_BEFORE = /(?:نظارت|پیگیری)(?:\s+[^\s.،]+){0,4}\s*$/;

function chargedBody(text: string): string | null {
  for (const m of text.matchAll(CHARGE)) {
    const at = m.index + m[0].length;
    if (SUPERVISION_BEFORE.test(fold(text.slice(Math.max(0, m.index - 60), m.index)))) continue;
    const body = partyMentions(text, true).find((p) => p.index >= at && p.index <= at + 2);
    const closes = m[0].includes('عهده')
      ? /^\s*(?:است|خواهد\s+بود|می\s*باشد|میباشد)(?:[\s.،]|$)/
      : /^\s*(?:(?:است|خواهد\s+بود|می\s*باشد|میباشد)\s*)?(?:[.؛]|$)/;
    if (body && closes.test(fold(text.slice(body.end)))) return body.name;
  }
  return null;
}

// An active verb a body performs («… ارسال نمایند», «… ارائه نماید», «… موافقت کرد»).
const ACTIVE_VERB = re(
  '',
)`(?:^|\s)(?:ب?نماید|ب?نمایند|ب?کند|ب?کنند|بدهد|دهد|دهند|کرد|کردند|نمود|نمودند|رساند|رسانند|ب?پردازد|پردازند|سازد|سازند)(?:[\s.،؛]|$)`;

/**
 * «بانک‌های عامل فهرست متقاضیان را … ارسال نمایند», «بانک سپه با پرداخت … موافقت کرد»: a decision
 * that opens with a body and ends in an active verb binds that body.
 */
function openingSubject(text: string): string[] {
  const first = partyMentions(text)[0];
  if (!first) return [];
  const before = fold(lightFold(text).slice(0, first.index));
  if (!/^[\s\d۰-۹\-–.)•*:|]*(?:بند\s*[\d۰-۹]+\s*[:\-–.]?\s*)?$/.test(before)) return [];
  return ACTIVE_VERB.test(fold(text).slice(first.end)) ? [first.name] : [];
}

// «نظارت بر هزینه‌کرد بر عهده حسابرس هیئت امنا خواهد بود», «پیگیری این مصوبه بر عهده X است»,
// «نظارت بر آن با X می‌باشد»: the phrase named as supervisor.
const SUPERVISION_DUTY = re(
  'g',
)`(?:نظارت|پیگیری)(?:\s+(?:بر|این|ان|اجرای|مصوبه|بند|موضوع|حسن|انجام|هزینه\s*کرد|کار|عملیات))*\s+(?:بر\s*عهده|به\s*عهده|با)\s+((?:[${L}]+\s+){0,6}?[${L}]+)\s+(?:است|خواهد\s+بود|می\s*باشد|میباشد|بوده)${WB_END}`;
const SUPERVISOR_LINE = /(?:^|\n)[ \t]*ناظر(?:ین)?[ \t]*[:：][ \t]*([^\n]+)/;

/**
 * Supervising bodies of a decision: the supervisor column; else «با نظارت X», «ناظر: X» and the
 * duty phrases above in its text; else a «ناظر: X» line among the lines under the item (`after`).
 */
export function resolutionSupervisors(r: ResolutionParts, after = ''): string[] {
  if (r.supervisor.length > 0) return distinctParties(r.supervisor.map(canonicalParty));
  const out = textSupervisors(r.text);
  if (out.length === 0) {
    const light = lightFold(r.text);
    const f = foldWithMap(light);
    SUPERVISION_DUTY.lastIndex = 0;
    for (let m = SUPERVISION_DUTY.exec(f.text); m; m = SUPERVISION_DUTY.exec(f.text)) {
      const s = m.index + m[0].lastIndexOf(m[1]!);
      const [a, b] = sourceSpan(f, s, s + m[1]!.length);
      out.push(canonicalParty(light.slice(a, b)));
    }
  }
  const line = SUPERVISOR_LINE.exec(`${r.text}\n${after}`);
  if (line) for (const n of line[1]!.split(/\s*(?:[/،,]|\s-\s)\s*/)) if (n.trim()) out.push(canonicalParty(n));
  return distinctParties(out.map((n) => tidy(n)).filter((n) => n.length > 1));
}

// A subjunctive that ends the first body's part of a decision, then «و».
const PART_END = re('g')`(?:کند|کنند|نماید|نمایند|دهد|دهند|برساند|برسانند|سازد|بگذارد)\s+(و)\s+`;
const VERB_LATER = re('')`(?:کند|کنند|نماید|نمایند|دهد|دهند|برساند|سازد|بگذارد)(?:[\s.،؛]|$)`;

/**
 * «بنیاد مسکن … ظرف یک ماه خسارت را برآورد کند و بانک مسکن تسهیلات … پرداخت نماید»: a decision
 * that binds two bodies to two things, as its two parts (light-folded text) and the second body;
 * null when it binds one.
 */
export function secondBody(text: string): { first: string; second: string; name: string } | null {
  const light = lightFold(text);
  const folded = fold(light);
  if (folded.length !== light.length) return null;
  const mentions = partyMentions(light);
  PART_END.lastIndex = 0;
  for (let m = PART_END.exec(folded); m; m = PART_END.exec(folded)) {
    const and = m.index + m[0].lastIndexOf('و');
    const after = m.index + m[0].length;
    const body = mentions.find((p) => p.index === after);
    if (!body || mentions[0] === body || !VERB_LATER.test(folded.slice(body.end))) continue;
    return { first: tidy(light.slice(0, and)), second: tidy(light.slice(after)), name: body.name };
  }
  return null;
}
