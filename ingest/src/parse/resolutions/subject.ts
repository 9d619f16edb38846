/**
 * Who a decision binds: the subject of a resolution sentence, and what binds when it names no body
 * (a duty in the same item, the fund paid from, a proposer, the recipient of an allocation). Pure.
 */
import { compactKey, fold, tidy } from '../fold.ts';
import { re, WB_END, WB_START } from '../boundary.ts';
import { COMPLEMENT_LEADS, GIVEN_NAMES } from '../lexicon.ts';
import {
  DISTRIBUTIVE_HEADS,
  ELECTED,
  JURISDICTION,
  isBodyHead,
  isPartyHead,
  namedBodyAt,
  parties,
  partyPhrase,
  splitBodies,
  unitBefore,
} from './parties.ts';
import { MADE_OF, SENDER, anaphorBodies, isPersonTitle, personAt } from './references.ts';
import {
  ALLOCATED_TO,
  AID,
  APPROVED_REPORT,
  CONDITION,
  IN_CHARGE,
  PRIVATE_PARTIES,
  actsAfterApproval,
  dutyAfterApproval,
  referredTo,
  secondSubjects,
} from './clauses.ts';

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
  // «به گفته ROLE، در این جلسه … تصویب شد»: who tells of a decision is not bound by it.
  const tail = (after ? after[1]! : sentence).replace(/^\s*به\s+گفته\s+[^،,.]{3,120}[،,]\s*/, '');
  // «X به عنوان حسابرس انتخاب گردید»: who is elected is not who must act.
  if (ELECTED.test(tail)) return [];
  // «درخواست X برای … به جلسه بعد موکول شد»: a matter put off binds no one yet.
  if (POSTPONED.test(fold(tail))) return [];
  // «تائید گزارش X درباره …»: approving a body's report binds no one.
  if (APPROVED_REPORT.test(fold(tail))) return [];
  // «درخواست X … به کمیسیون Y ارجاع شد», «پیگیری … به رئیس شورا محول گردید»: the body a matter
  // is referred to acts on it; what is referred (a request, a proposal) binds no one.
  const referred = referredTo(tail);
  if (referred) {
    // «… در کمیسیون ندارد و به اداره امور اراضی ارجاع شد»: the body after the last «به».
    const to = referred.split(/\s+به\s+/).pop()!;
    const rw = tidy(to.replace(/([،,])(?=\S)/g, '$1 ')).split(' ');
    if (isPartyHead(rw[0]!)) return [partyPhrase(rw, 0, true)];
  }
  // «کارگروه X با مسئولیت شهرداری و عضویت … تشکیل شود», «ستاد X به دبیری اداره Y تشکیل شود»:
  // the body put in charge of what is set up is responsible, not the body set up.
  const charged = IN_CHARGE.exec(tail);
  if (charged) {
    // «… با مسئولیت شهرداری و عضویت اداره X …»: the members are not in charge.
    const inCharge = charged[1]!.split(/\s+(?:و|با)\s+(?:عضویت|حضور|مشارکت|همکاری|هماهنگی)(?:\s|$)/)[0]!;
    const cw = tidy(inCharge.replace(/([،,])(?=\S)/g, '$1 ')).split(' ');
    if (isPartyHead(cw[0]!)) {
      const bodies = splitBodies(partyPhrase(cw, 0)).filter((b) => isPartyHead(b.split(' ')[0]!));
      if (bodies.length > 0) return bodies;
    }
  }
  const ws = tidy(tail.replace(/([،:])(?=\S)/g, '$1 ')).split(/\s+/);
  // «دعوت از اعضا برای مجمع … به عهده منشی است»: an agent named for the act («توسط X», «به عهده
  // X», «… با X است») acts; the people the act is about («از اعضا برای …») are not its members.
  const agent = ws.findIndex((_, i) => agentAt(ws, i));
  const made = agent < 0 ? MADE_OF.exec(tail) : null;
  if (made) {
    const ws = tidy(made[1]!).split(' ');
    if (isPartyHead(ws[0]!)) {
      const members = splitBodies(made[1]!);
      if (members.length > 0) return members;
    }
  }
  const withM = /^با\s+(?:همکاری|محوریت|مشارکت)\s+/.exec(tail);
  let start = -1;
  if (withM) start = withM[0].trim().split(' ').length;
  else {
    // A body head among the first words, or a role head as the very first word («دهیار …»).
    const bare = ws.map((w) => w.replace(/[،,؛؟:]+$/, ''));
    // A head counted by a number inside the phrase («با خرید سه دستگاه پمپ») is a unit of count; a
    // number opening the text is an item number whose marker was lost («۲ـ اداره …»).
    start = bare.slice(0, 5).findIndex((w, i) => isBodyHead(fold(w)) && !(i > 1 && COUNT.test(fold(bare[i - 1]!))));
    if (start < 0 && bare[0] && isPartyHead(bare[0])) start = 0;
    // «پیگیری موضوع از طریق اداره X … توسط دهیار …»: a channel or an agent is no subject.
    if (start > 0 && /^(?:طریق|توسط)$/.test(fold(bare[start - 1]!))) start = -1;
    // «امور مالی شبکه …»: a unit headed by «امور» owns the head after it.
    start = unitBefore(bare, start);
  }
  // «مقرر شد آقای X و آقای Y ساختمان … را بازدید کنند»: persons named as the subject.
  if (start < 0 && !withM) {
    const people = subjectPersons(ws);
    if (people.length > 0) return people;
  }
  // «کلیه اعضاء …», «صدا و سیما نسبت به …»: a quantified role or a body named without a head.
  const named = namedBodyAt(ws);
  if (named && (start < 0 || start > named.from)) {
    // «روابط عمومی شرکت …», «حراست دانشگاه …»: a unit named without a head word, then its parent.
    // «آموزش و پرورش شهرستان …», «آموزش و پرورش استان کرمان …»: its jurisdiction closes the name.
    const after = named.from + named.name.split(' ').length;
    const next = fold((ws[after] ?? '').replace(/[،,]+$/, ''));
    const parent = isBodyHead(next) || JURISDICTION.has(next) ? partyPhrase(ws, after) : '';
    return [parent ? `${named.name} ${parent}` : named.name];
  }
  // «تعیین بانک ملت به عنوان بانک عامل …»: a body named to a role will act in it.
  const named2role = start === 1 && fold(ws[0]!) === 'تعیین' && /^\s*به\s+عنوان\s/.test(rest1(ws, start));
  if (start > 0 && !named2role && ws.slice(0, start).some((w) => COMPLEMENT_LEADS.has(fold(w)))) start = -1;
  // «گزارش عملکرد بانک‌ها … توسط دبیر کارگروه ارائه شود»: a body after a noun is its complement
  // when an agent «توسط X» follows; the agent acts.
  // «پیگیری سهم شهرداری‌ها … به عهده رئیس شورا گذاشته شد»: so does a body given the duty.
  if (start > 0 && ws.slice(start + 1).some((w, k) => agentAt(ws, start + k + 1))) start = -1;
  // «ادارات و بانک‌ها روز چهارشنبه تعطیل می‌باشند و اطلاع‌رسانی آن توسط اداره کل X انجام شود»: the
  // bodies opening a decision about their own state (closed, open) are not bound; the agent acts.
  if (start === 0 && STATE_CLAUSE.test(fold(tail)) && ws.slice(1).some((w, k) => agentAt(ws, k + 1))) start = -1;
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
    // «اداره کل بهزیستی با همکاری اداره کل تعاون فهرست … را تهیه کند»: the partner helps; the
    // subject is bound. Only in a joint inspection («با همکاری اتاق اصناف نظارت بر قیمت … را
    // تشدید کند», «… گشت مشترک …») does the partner carry out the act itself.
    const partner = /^\s*با\s+(?:همکاری|مشارکت)\s+(\S[^]*)$/.exec(rest);
    if (partner) {
      const pw = tidy(partner[1]!).split(' ');
      const pp = isPartyHead(pw[0]!) ? partyPhrase(pw, 0) : '';
      const act = fold((pw[pp.split(' ').length] ?? '').replace(/[،,]+$/, ''));
      if (pp && JOINT_ACT.test(act)) for (const b of splitBodies(pp)) if (!own.includes(b)) own.push(b);
    }
    for (const b of [...anaphorBodies(tail), ...secondSubjects(tail), ...actsAfterApproval(tail)])
      if (!own.some((o) => compactKey(o).includes(compactKey(b)) || compactKey(b).includes(compactKey(o)))) own.push(b);
    return own;
  }
  // «مبلغ … برای … به شبکه بهداشت و درمان شهرستان اختصاص یافت»: the body money goes to.
  // Aid («جهت کمک به جشنواره … به هیئت X») goes to a beneficiary, who is not bound.
  const given = ALLOCATED_TO.exec(tail);
  if (given && !AID.test(fold(tail.slice(0, given.index)))) {
    const gw = tidy((given[1] ?? given[2] ?? given[3]!).replace(/([،,])(?=\S)/g, '$1 ')).split(' ');
    if (isPartyHead(gw[0]!)) return [partyPhrase(gw, 0, true)];
  }
  const found: string[] = [];
  const channels: string[] = [];
  const add = (bs: string[], to = found) => {
    for (const b of bs) if (!to.includes(b)) to.push(b);
  };
  for (let i = 1; i < ws.length; i++) {
    const prev = fold(ws[i - 1]!);
    const prev2 = i > 1 ? `${fold(ws[i - 2]!)} ${prev}` : '';
    // «… جلسه ای با محوریت کمیسیون X تشکیل گردد», «… توسط اداره Y انجام شود», «… توسط
    // استاندار به عمل آید», «مسئولیت … بر عهده وزرای ذیربط است».
    if (
      (/^(?:محوریت|توسط|مسئولیت)$/.test(prev) ||
        prev2 === 'از طریق' ||
        AGENT_VIA.test(prev2) ||
        (prev === 'با' && heldBy(ws, i) !== null) ||
        ((AGENT_DUTY.test(prev2) || /^(?:برعهده|بعهده)$/.test(prev)) &&
          !SUPERVISION_BEFORE.test(fold(ws.slice(0, i).join(' '))))) &&
      // «توسط روسای ادارات شهرستانها»: the agent may be a group; a channel or a share
      // («از طریق نمایندگان …») may not. «توسط جمعیت هلال احمر»: a body named without a head.
      ((headsParty(ws, i) && (prev === 'توسط' || !DISTRIBUTIVE_HEADS.has(fold(ws[i]!)))) ||
        (prev === 'توسط' && namedBodyAt(ws.slice(i, i + 5))?.from === 0)) &&
      // «… توسط اعضا به تصویب رسید»: who votes a decision through is not bound by it.
      !VOTED.test(rest1(ws, i))
    )
      // «پیگیری از طریق اداره X … توسط دهیار انجام شود»: the channel counts only without an agent.
      add(splitBodies((prev === 'با' && heldBy(ws, i)) || partyPhrase(ws, i)), prev2 === 'از طریق' ? channels : found);
    // «… توسط مهندس X تهیه می‌گردد», «پیگیری … به عهده آقای X است»: a person named as the agent.
    const person = PERSON_AGENT.test(prev) || AGENT_DUTY.test(prev2) ? personAt(ws, i) : null;
    if (person && !SUPERVISION_BEFORE.test(fold(ws.slice(0, i).join(' ')))) add([person]);
    // «با استمهال … از سوی بانک X موافقت گردید», «… از سوی شهرداری تامین شود»: the passive's agent
    // right before its verb acts, like «توسط X» («از سوی» elsewhere only names a source).
    if (prev2 === 'از سوی' && isPartyHead(ws[i]!) && PASSIVE_AFTER_AGENT.test(rest1(ws, i)))
      add(splitBodies(partyPhrase(ws, i)));
    // «با حضور صاحب نظران، کارشناسان و نمایندگان شهرداری»: only the bodies and officials.
    // Not those invited to a meeting the decision sets up («جلسه بعدی/مشترکی با حضور X …»), nor
    // those taking part in an act given to an agent («مانور … با حضور دهیاران به عهده یگان X»).
    if (prev2 === 'با حضور' && agent < 0 && !MEETING_SET_UP.test(fold(tail))) add(parties(partyPhrase(ws, i, true)));
  }
  const sender = SENDER.exec(tail);
  if (sender) {
    const sw = tidy(sender[1]!).split(' ');
    if (sw.length > 0 && isPartyHead(sw[0]!))
      return [
        ...splitBodies(partyPhrase(sw, 0)),
        ...(found.length > 0 ? found : channels),
        ...actsAfterApproval(tail),
      ].filter((b, i, all) => all.indexOf(b) === i);
  }
  if (found.length > 0) return found;
  // «… موافقت شد و دهیار مأمور گردید موضوع را از طریق اداره برق پیگیری نماید»: the body given the
  // duty acts; the channel counts only when no one is.
  if (channels.length > 0) {
    const duty = dutyAfterApproval(sentence);
    return duty.length > 0 ? duty : channels;
  }
  // «… موافقت می‌شود؛ مشروط بر اینکه شهرداری گزارش … ارسال نماید»: the body the condition binds.
  const cond = CONDITION.exec(tail);
  if (cond) {
    const cw = tidy(cond[1]!).split(' ');
    if (isPartyHead(cw[0]!)) return [partyPhrase(cw, 0)];
    // «… موافقت شد مشروط بر آنکه متقاضی عوارض را … پرداخت نماید»: the private party so bound.
    if (PRIVATE_PARTIES.has(fold(cw[0]!))) return [cw[0]!];
  }
  // «سهمیه آرد … کاهش یابد و اداره X مراتب را … ابلاغ کند»: a passive decision, then a body's own clause.
  const second = secondSubjects(tail);
  if (second.length > 0) return second;
  return dutyAfterApproval(sentence);
}

// «… به جلسه بعد/آتی موکول شد/گردید»: the matter is put off to a later meeting (folded).
const POSTPONED = re(
  '',
)`${WB_START}به\s+(?:جلسه|نشست)\s+(?:بعد|بعدی|اتی|اینده)(?:\s+[^\s.]+){0,3}?\s+موکول\s+(?:شد|گردید)${WB_END}`;

const GIVEN = new Set(GIVEN_NAMES.map((n) => fold(n)));

/**
 * Persons opening a decision, joined by «و» («آقای فلاح و آقای میرحسینی …»). A name runs to
 * two words only when the first is a given name («آقای علی فلاح»); otherwise the surname alone,
 * since the object follows without a mark («آقای میرحسینی ساختمان … را»).
 */
function subjectPersons(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    const p = personAt(ws, i);
    if (p === null) break;
    const words = p.split(' ');
    const titles = words.findIndex((w) => !isPersonTitle(w));
    const name = words.slice(titles);
    const keep =
      name.length > 1 && !GIVEN.has(fold(name[0]!)) && !/^(?:سید|سیده|میر)$/.test(fold(name[0]!)) ? 1 : name.length;
    const person = [...words.slice(0, titles), ...name.slice(0, keep)];
    out.push(person.join(' '));
    const next = i + person.length;
    if (fold(ws[next] ?? '') !== 'و' || personAt(ws, next + 1) === null) break;
    i = next + 1;
  }
  return out;
}

// A clause stating that its subject is closed or open («… تعطیل می‌باشند و …»).
const STATE_CLAUSE = re(
  '',
)`${WB_START}(?:تعطیل|باز|دایر|بسته)\s+(?:می\s*باشند|می\s*باشد|است|هستند|خواهند\s+بود|خواهد\s+بود)${WB_END}`;

// Acts that partners carry out together: inspection and supervision.
const JOINT_ACT = /^(?:نظارت|بازرسی|بازرسیهای|گشت|گشتهای|کنترل)$/;

// A passive verb right after its agent («… موافقت گردید», «… پرداخت شود»).
const PASSIVE_AFTER_AGENT = re(
  '',
)`^\s*(?:موافقت|پرداخت|تامین|تأمین|انجام|اجرا|پیگیری)\s+(?:شد|گردید|شود|گردد|خواهد\s+شد)${WB_END}`;

/** The text after the body phrase starting at word `start`. */
function rest1(ws: string[], start: number): string {
  return tidy(ws.slice(start).join(' ')).slice(partyPhrase(ws, start).length);
}

/** Whether word `i` opens an agent («توسط X», «به/بر عهده X», «… با X است») whose X is a party. */
function agentAt(ws: readonly string[], i: number): boolean {
  const f = fold(ws[i]!);
  if (f === 'توسط') return headsParty(ws, i + 1);
  if (f === 'با') return heldBy(ws, i + 1) !== null;
  const two = AGENT_DUTY.test(`${f} ${fold(ws[i + 1] ?? '')}`);
  if (!two && f !== 'برعهده' && f !== 'بعهده') return false;
  // «… نظارت بر اجرای آن بر عهده X»: X supervises; the subject still acts.
  const upTo = ws.slice(0, two ? i + 2 : i + 1).join(' ');
  return headsParty(ws, two ? i + 2 : i + 1) && !SUPERVISION_BEFORE.test(fold(upTo));
}

/**
 * Whether word `i` starts a party: a body or role head, or a section of a body named after it
 * («واحد وصول مطالبات صندوق», not «واحد مسکونی»).
 */
function headsParty(ws: readonly string[], i: number): boolean {
  if (isPartyHead(ws[i] ?? '')) return true;
  return (
    fold(ws[i] ?? '') === 'واحد' && ws.slice(i + 2, i + 5).some((w) => isBodyHead(fold(w.replace(/[،,.؛]+$/, ''))))
  );
}

// «پیگیری … با مدیرعامل است», «… با دبیرخانه شورا می‌باشد»: the copula closing the clause right
// after the party; X holds the duty. (The body phrase stops one word before a verb, so one more
// word may stand between; a predicate adjective there — «… با اداره راه ضروری است» — is no name.)
const HELD_BY = re('')`^\s*(?:([^\s.؛،]+)\s+)?(?:است|می\s*باشد|خواهد\s+بود)\s*(?:[.؛]|\s+و\s|$)`;
const EXECUTION_WITH = /(?:^|[.؛:]\s*)(?:اجرا|اجرای\s+(?:ان|این\s+مصوبه)|پیگیری|مسئولیت\s+اجرا)\s+با$/;
const SUPERVISION_WITH = /(?:^|[\s.])نظارت(?:\s+[^\s.]+){0,4}\s+با$/;
const PREDICATE = /^(?:ضروری|لازم|الزامی|مجاز|موافق|مخالف|هماهنگ|همراه|مرتبط|مشترک|ممکن|میسر)$/;

/** The party holding the duty in «… با X است» (X at word `i`, after «با»), or null. */
function heldBy(ws: readonly string[], i: number): string | null {
  // «نظارت بر آن با مدیریت X می‌باشد»: X supervises; it is not the body that acts.
  if (!isPartyHead(ws[i] ?? '') || SUPERVISION_WITH.test(fold(ws.slice(0, i).join(' ')))) return null;
  const phrase = partyPhrase(ws as string[], i);
  const after = fold(rest1(ws as string[], i));
  // «… تصویب شد؛ اجرا با شرکت X.»: a clause of its own, without a verb, names who carries it out.
  if (EXECUTION_WITH.test(fold(ws.slice(0, i).join(' '))) && /^\s*[.؛]?\s*$/.test(after))
    return phrase.replace(/[.]+$/, '');
  const m = HELD_BY.exec(after);
  if (!m || (m[1] !== undefined && PREDICATE.test(m[1]))) return null;
  return m[1] === undefined ? phrase : `${phrase} ${ws[i + phrase.split(' ').length]!}`;
}

// «بر عهده X», «به عهده X»: X carries the duty.
const AGENT_DUTY = /^(?:بر|به) عهده$/;
const PERSON_AGENT = /^(?:توسط|برعهده|بعهده)$/;

// «توسط تصمیمات ریاست شورا», «توسط دستور فرماندار»: the body whose decisions act.
const AGENT_VIA = /^توسط (?:تصمیمات|تصمیم|دستور|دستورات|نظر)$/;

// «… به تصویب رسید», «… تصویب شد», «… مورد تایید قرار گرفت» right after the agent.
const VOTED = /^\s*(?:به\s+تصویب|تصویب|تایید|تأیید|مورد\s+(?:تصویب|تایید|تأیید))(?:\s|$)/;

// «نظارت بر اجرای طرح بر عهده X خواهد بود»: X supervises; it is not the body that acts.
const SUPERVISION_BEFORE = /(?:^|[\s.])نظارت(?:\s+[^\s.]+){0,4}\s+(?:بر\s*عهده|برعهده)$/;

// A decision whose subject is a meeting to be held: «جلسه بعدی شورا …», «جلسه مشترکی …».
const MEETING_SET_UP = re(
  '',
)`^[\s\-•*\d.)]*(?:(?:در\s+پایان|همچنین)\s+)?جلسه(?:\s*ای|\s+(?:بعدی|مشترک|مشترکی|دیگری|فوق\s*العاده))?${WB_END}`;
const COUNT = /^(?:[\d۰-۹]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صدها|چند|چندین)$/;
