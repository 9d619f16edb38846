/**
 * Bodies a decision binds through a clause other than its subject: the body a matter is referred
 * or forwarded to, the recipient of an allocation, the body put in charge of what is set up, the
 * body a condition binds, a second clause's subject, the body given a duty after an approval, the
 * fund paid from, the proposer. Pure.
 */
import { fold, tidy } from '../fold.ts';
import { re, WB_END, WB_START } from '../boundary.ts';
import { CONJ_ONLY_HEADS, DISTRIBUTIVE_HEADS, isBodyHead, isPartyHead, partyPhrase, splitBodies } from './parties.ts';
import { SENDER } from './references.ts';

// Private parties a condition binds: the applicant, the owner, the contractor, the investor.
export const PRIVATE_PARTIES = new Set(
  [
    'متقاضی',
    'متقاضیان',
    'مالک',
    'مالکین',
    'مالکان',
    'پیمانکار',
    'سرمایه‌گذار',
    'سرمایه گذار',
    'بهره‌بردار',
    'بهره بردار',
  ].map((w) => fold(w)),
);
export const CONDITION = re('')`(?:مشروط\s+(?:بر|به)|به\s+شرط)\s+(?:این\s*که|اینکه|آنکه|آن\s*که)\s+([^.؛]{3,200})`;
// «X … برآورد کند و بانک مسکن … پرداخت نماید»: a second clause with a body of its own.
const SECOND_CLAUSE = re(
  'g',
)`${WB_START}(?:کند|کنند|نماید|نمایند|دهد|دهند|گیرد|گیرند|یابد|یابند|گردد|گردند|شود|شوند)\s+و\s+((?:[^\s.؛]+\s+){0,16}?)(?:[^\s.؛]+\s+)?(?:کند|کنند|نماید|نمایند|دهد|دهند)${WB_END}`;

// «با پیشنهاد X … موافقت شد و Y نسبت به … اقدام کند»: the body given the follow-up after an
// approval (a subjunctive verb of its own within the clause).
const APPROVED_THEN = re(
  'g',
)`${WB_START}(?:موافقت|تصویب)\s+(?:شد|گردید)\s+و\s+((?:[^\s.؛]+\s+){1,16}?)(?:[^\s.؛]+\s+)?(?:کند|کنند|نماید|نمایند|دهد|دهند)${WB_END}`;

/** Bodies that act on an approved proposal in a clause after the approval. */
export function actsAfterApproval(tail: string): string[] {
  const out: string[] = [];
  APPROVED_THEN.lastIndex = 0;
  for (let m = APPROVED_THEN.exec(tail); m; m = APPROVED_THEN.exec(tail)) {
    const ws = tidy(m[1]!).split(' ');
    if (ws[0] && isBodyHead(fold(ws[0]))) out.push(...splitBodies(partyPhrase(ws, 0)));
  }
  return out;
}

/** Bodies heading a second coordinated clause with a subjunctive verb of its own. */
export function secondSubjects(tail: string): string[] {
  const out: string[] = [];
  SECOND_CLAUSE.lastIndex = 0;
  for (let m = SECOND_CLAUSE.exec(tail); m; m = SECOND_CLAUSE.exec(tail)) {
    const ws = tidy(m[1]!).split(' ');
    if (ws[0] && isBodyHead(fold(ws[0]))) out.push(partyPhrase(ws, 0));
  }
  return out;
}

// «… موافقت شد و معاونت آموزشی دانشگاه موظف گردید …», «… موافقت شد. معاونت X مکلف است …».
// «… موافقت شد و اداره کل X مأمور اجرای آن گردید», «… تصویب شد و مدیرعامل مامور است …»: «مأمور
// (…) شد/گردید/است» is a duty too.
const DUTY = re(
  'g',
)`(?:(?:موظف|مکلف|ملزم)\s*(?:است|گردید|شد|هستند|اند|می\s*باشد)|م[اأ]مور(?:\s+[^\s.،]+){0,2}?\s+(?:گرد[یي]د|شد)|م[اأ]مور\s*(?:است|هستند|می\s*باشد|می\s*باشند))${WB_END}`;
const FINISHED_VERB = re('')`${WB_START}(?:شد|گردید|نمود|کرد|رسید)${WB_END}`;
// «… از محل منابع صندوق کارآفرینی امید موافقت شد»: the fund that pays.
// «… تسهیلات قرض‌الحسنه کمیته امداد …», «… از محل اعتبارات فرمانداری …» in an item with no verb of
// its own: the body whose money it is (checked to open with a body head).
// «از محل کمک خیرین و منابع داخلی بیمارستان»: of several sources, the one a body owns.
const PAID_FROM = re(
  '',
)`از\s+محل\s+(?:[^.،,؛]{0,40}?\s+و\s+)?(?:منابع|اعتبارات|تسهیلات|در[آا]مد(?:\s*های|\s*ها)?)(?:\s+(?:داخلی|اختصاصی))?\s+([^.،,؛\s][^.،,؛]{2,80})`;
const LOAN_OF = re('')`(?:^|\s)تسهیلات\s+(?:قرض\s*الحسنه\s+)?([^.،,؛\s][^.،,؛]{2,80})`;

/**
 * An approval that names no body of its own («با … موافقت شد») binds the body given a duty
 * in the same item, the bank or fund it is paid from, or the body whose proposal or letter it approves.
 */
export function dutyAfterApproval(sentence: string): string[] {
  DUTY.lastIndex = 0;
  for (let m = DUTY.exec(sentence); m; m = DUTY.exec(sentence)) {
    // The duty's subject: from the earliest «و» (or the sentence break) after which a body
    // starts and no finished verb stands before the duty.
    const clause = sentence.slice(0, m.index).split(/[.؛]/).pop() ?? '';
    const starts = [0, ...[...clause.matchAll(/\s+و\s+/g)].map((a) => a.index + a[0].length)];
    for (const c of starts) {
      const ws = tidy(clause.slice(c)).split(' ');
      if (ws.length > 10 || FINISHED_VERB.test(clause.slice(c))) continue;
      if (isPartyHead(ws[0]!) || CONJ_ONLY_HEADS.has(fold(ws[0]!))) return [partyPhrase(ws, 0)];
    }
  }
  for (const from of [PAID_FROM, LOAN_OF]) {
    const paid = from.exec(sentence);
    const pw = paid ? tidy(paid[1]!).split(' ') : [];
    if (paid && isPartyHead(pw[0]!) && !DISTRIBUTIVE_HEADS.has(fold(pw[0]!))) return [partyPhrase(pw, 0)];
  }
  // «پیشنهاد X برای … تصویب شد و مقرر شد هزینه آن … تامین گردد»: the proposer, when the item opens with it.
  const sender = /^[\s\-•*\d.)]*/.exec(sentence)![0].length;
  const opened = SENDER.exec(sentence.slice(sender));
  if (opened && opened.index === 0) {
    const sw = tidy(opened[1]!).split(' ');
    if (isPartyHead(sw[0]!) || CONJ_ONLY_HEADS.has(fold(sw[0]!))) return splitBodies(partyPhrase(sw, 0));
  }
  return [];
}

export const AID = re('')`${WB_START}(?:کمک|حمایت|مساعدت|هدیه|پاداش|جایزه)${WB_END}`;
// «تایید/تصویب/پذیرش گزارش X …» at the start of a decision, or a body's budget, report or
// accounts approved («بودجه تفصیلی سال ۱۴۰۲ دانشگاه … تصویب شد») (folded).
export const APPROVED_REPORT = re(
  '',
)`^[\s\-•*\d.)]*(?:(?:تایید|تصویب|پذیرش)\s+گزارش${WB_END}|(?:بودجه|گزارش|تفریغ|صورت\s*(?:های|ها)?\s+مالی|ترازنامه)${WB_END}[^.]*(?:تصویب|تایید)\s+(?:شد|گردید)${WB_END})`;
// «… به X اختصاص/تخصیص یافت», «… در اختیار X قرار گیرد»: the recipient of an allocation, who
// spends it (X up to ten words, then the verb); money paid to X («… به شهرداری … پرداخت و …»); «صدور مجوز … در اختیار X خواهد بود/است»: X decides it.
export const ALLOCATED_TO = re(
  '',
)`(?:(?:^|\s)به\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+(?:اختصاص|تخصیص)\s+(?:یافت|یابد|داده\s+(?:شد|شود))|(?:^|\s)به\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+(?:پرداخت|واریز)\s+(?:شود|گردد|شد|گردید|و)|(?:^|\s)در\s+اختیار\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+(?:قرار\s+(?:گیرد|گرفت|گرفته\s+شود|داده\s+(?:شد|شود))|خواهد\s+بود|است|می\s*باشد|باشد))${WB_END}`;
// «… به X ارجاع شد», «… به X محول گردید», «… به X واگذار شد» (passive): the body referred to.
const REFERRED_TO = re(
  '',
)`(?:^|\s)به\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+(?:ارجاع|محول|واگذار|تفویض|سپرده)\s+(?:شد|گردید|شود|گردد)${WB_END}`;
// A matter forwarded to the body that is to decide or act on it: «… به شهرداری پیشنهاد گردد»,
// «لایحه … برای طرح در صحن به هیئت رئیسه ارسال شد», «… به کمیسیون X جهت بررسی منعکس شود» (a
// report sent to a body for its information, with no such purpose, binds the sender, not X).
const PROPOSED_TO = re(
  '',
)`(?:^|\s)به\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+پیشنهاد\s+(?:شد|گردید|شود|گردد|می\s*شود|می\s*گردد)${WB_END}`;
const FORWARDED_TO = re(
  '',
)`(?:^|\s)به\s+((?:[^\s.]+\s+){0,9}?[^\s.]+)\s+(?:ارسال|ارائه|ارایه|منعکس|فرستاده)\s+(?:شد|گردید|شود|گردد)${WB_END}`;
const FOR_DECISION = re(
  '',
)`(?:^|\s)(?:برای|جهت|به\s+منظور)\s+(?:طرح|بررسی|تصویب|تصمیم\s*گیری|رسیدگی|اتخاذ\s+تصمیم|تایید|تأیید|اظهار\s+نظر)${WB_END}`;
const AGENT_NAMED = re('')`(?:^|\s)(?:توسط|(?:بر|به)\s*عهده|مسئولیت\s+(?:ان|آن|اجرا|پیگیری))\s`;
const WORDS_BEFORE_PURPOSE = /^(.*?)\s+(?:برای|جهت|به\s+منظور)\s/;

/**
 * The body a matter is referred, handed over, proposed or forwarded for a decision to, as written
 * after «به» (possibly with the purpose still in it), or null.
 */
export function referredTo(tail: string): string | null {
  const m = REFERRED_TO.exec(tail);
  if (m) return m[1]!;
  // «… به شهرداری پیشنهاد شود و پیگیری آن به عهده دبیر هیئت است»: the agent named follows it up.
  if (AGENT_NAMED.test(tail)) return null;
  const proposed = PROPOSED_TO.exec(tail);
  if (proposed) return proposed[1]!;
  const sent = FORWARDED_TO.exec(tail);
  if (!sent || !FOR_DECISION.test(tail)) return null;
  // «به X برای بررسی ارسال شود»: the purpose after the body is not part of its name.
  return WORDS_BEFORE_PURPOSE.exec(sent[1]!)?.[1] ?? sent[1]!;
}

// «با مسئولیت X», «به دبیری X … تشکیل»: the body in charge of what the decision sets up.
export const IN_CHARGE = re('')`(?:^|\s)(?:با\s+مسئولیت|به\s+دبیری(?=[^.]*${WB_START}تشکیل))\s+([^.؛]{3,160})`;
