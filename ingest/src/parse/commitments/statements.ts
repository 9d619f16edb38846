/**
 * Commitments stated in prose (`source: 'statement'`): allocations, loans, payments, pledges,
 * duties and agreement obligations in news and in the speeches of minutes. A clause counts
 * when it carries a commitment verb (cues.ts), is not a request or hope, and has a party: named
 * in the clause, or — for «این صندوق», «ما …», a quote after «X گفت:» or an amount with no
 * subject — the body named in the lead-in or the clauses just before. Pure.
 */
import { findAmounts, type FoundAmount } from '../../text/index.ts';
import type { DocumentKind } from '../../schema.ts';
import { WB_END } from '../boundary.ts';
import { fold } from '../fold.ts';
import type { Clause } from './clauses.ts';
import { commitmentCue, CONDITIONAL_READINESS, firstPerson, isRequest, REFERRAL, type CueKind } from './cues.ts';
import { approvingBody, backReference, distinctParties, partyMentions } from './parties.ts';
import { reportsState } from './reports.ts';
import { pointersOf, restates, saysMore, wordsOf, type Said } from './restate.ts';
import { splitShares } from './shares.ts';
import {
  bareHeadSubject,
  contextParties,
  FUNDER_HEAD,
  hasHead,
  hearSpeaker,
  mainFunder,
  officeBodies,
  type Speaker,
} from './speaker-context.ts';
import { splitSubjects } from './split-subjects.ts';
import { clauseDeadline } from './deadline.ts';
import { decisionSubject, dutySubject, orderedBody, ownMentions, payingSubject } from './subjects.ts';
import { passivePledgeBody, timedActByReference, timedActSubject } from './timed-act.ts';
import {
  ITEM_DECISION,
  PASSIVE_DONE,
  PASSIVE_PAYMENT,
  PASSIVE_ALLOCATION,
  CREDIT_APPROVED,
  PAYER_VERB,
  TO_DATE,
  HELP,
  OFFER,
  MONEY_SET_ASIDE,
  PAST_PERIOD,
  OFFICIAL,
  HABITUAL,
  REPORTED_SPEECH,
  PROBLEM,
  DECISION,
  FUTURE_ACT,
  SINCE_NEW_YEAR,
} from './statement-patterns.ts';

/** A statement commitment before deadlines, counties and pages are added. */
export interface StatementDraft {
  start: number;
  end: number;
  parties: string[];
  amounts: FoundAmount[];
  cue: CueKind;
}

// «۲۰ میلیارد تومان طرح به بانک فرستاده‌ایم»: the worth of applications sent is asked, not promised.
const APPLICATIONS_WORTH = new RegExp(`^\\s*(?:طرح|پرونده|درخواست|تقاضا)(?:\u200c?\\s?ها(?:ی)?)?${WB_END}`);
// «از محل این ۶۰ میلیارد تومان …»: an amount named before, referred back to; «… که سقف وام هر طرح
// ۳ میلیارد ریال است»: the cap of each loan, a term of the money set aside, not its amount.
const REFERRED_AMOUNT = new RegExp(`(?:^|\\s)(?:این|همین|آن)\\s*$|که\\s+سقف\\s+(?:وام|تسهیلات)\\s+هر\\s+\\S+\\s*$`);

/** Money amounts of a clause (a currency word is required: «مبلغ X» alone is not a commitment's amount). */
function moneyIn(text: string): FoundAmount[] {
  return findAmounts(text).filter(
    (a) =>
      a.unit !== null &&
      !APPLICATIONS_WORTH.test(text.slice(a.end, a.end + 12)) &&
      !REFERRED_AMOUNT.test(text.slice(Math.max(0, a.index - 30), a.index)),
  );
}

/** Statement commitments of the clauses not covered by `taken` spans (resolutions). */
const ANAPHORIC_AMOUNT =
  /(?:مبلغ|اعتبار|اعتبارات|تسهیلات)\s+(?:مذکور|مزبور|یاد\s*شده)|(?:^|\s)(?:این|همین)\s+(?:مبلغ|تسهیلات|اعتبار|اعتبارات|وام|وامها|وام\s+ها)(?:\s|$)|^(?:این|همین)\s+منابع(?:\s|$)/;
// «از این مبلغ …», «مبالغ پرداخت شده … است»: a share or total of the commitment just before.
const SHARE_OF_LAST =
  /از\s+(?:این|همین)\s+(?:مبلغ|میزان|اعتبار|تسهیلات)|^(?:مبالغ|مبلغ|میزان)\s+(?:پرداخت|تخصیص|اختصاص)\s*(?:شده|یافته)/;
const PAST_OPENING = /^(?:در\s+)?(?:سال|ماه|هفته)\s+(?:گذشته|قبل|پیش)\s/;
const SHARE_OPENS =
  /^(?:از\s+(?:این|همین)\s+(?:مبلغ|میزان|اعتبار|اعتبارات|تسهیلات)|[^.،]{0,60}?(?:ریال|تومان)\s+از\s+(?:این|همین)\s+(?:مبلغ|میزان|اعتبار|اعتبارات|تسهیلات))(?:\s|$)/;
const ELABORATION =
  /^(?:(?:وی|او|ایشان)\s+(?:همچنین\s+)?با\s+(?:بیان|اشاره\s+به)\s+(?:اینکه|این\s+که)\s+)?(?:در\s+)?(?:این|همین)\s+(?:طرح|برنامه|پروژه|تفاهم\s*نامه)(?:\s|$)/;
const BREAKDOWN = /^(?:از\s+(?:مجموع|مجموعه|کل)\s)/;
const OF_THE_AGREEMENT = /(?:این|همین)\s+(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)/;
const GENERIC = /^(?:کلیه\s+|تمام\s+)?(?:بانک|دستگاه|صندوق|سازمان|اداره|شرکت)\S*\s*(?:ها|های)(?:\s|$)/;

const PROJECT_SIZE = /(?:^|\s)با\s+سرمایه\s*گذاری\s/g;
const ANNOUNCES = /(?:^|\s)از\s[^.]{0,200}\sخبر\s+(?:داد|دادند)(?:\s|[.،]|$)/;
const MINISTER = /^(?:معاون\s+)?وزیر$/;

const MARK = '(?:[-•*▪]|[\\d۰-۹٠-٩]{1,3}[ \\t]*[-)\\-.])';
const MARK_ONLY = new RegExp(`^[ \\t]*${MARK}[ \\t]*$`);
const MARK_START = new RegExp(`^[ \\t]*${MARK}`);

/** Whether `offset` starts an item of a numbered or bulleted list (a marker opens its line). */
export function isListItem(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return MARK_ONLY.test(before) || (before.trim() === '' && MARK_START.test(text.slice(offset, offset + 6)));
}

/**
 * Statement commitments of the clauses not covered by `taken` spans (resolutions). In
 * minutes, a decision sentence the resolution finder missed counts even without a party.
 */
export function findStatements(
  clauses: Clause[],
  taken: { start: number; end: number }[],
  kind: DocumentKind = 'news',
): StatementDraft[] {
  const out: StatementDraft[] = [];
  const docFunder = mainFunder(clauses);
  clauses = clauses.flatMap(splitSubjects);
  // The current speaker, from heading lines («جناب آقای X» ⏎ «مدیر بانک Y»): a bank or fund
  // speaks for itself; an official is bound by name. `bodies` remembers whose office is whose.
  const cur: Speaker = { name: null, body: null };
  const bodies = new Map<string, string>();
  let speaker: string | null = null;
  let prevHeading = false;
  // A lead paragraph repeated in the body is one commitment.
  const seen = new Set<string>();
  // Clauses already counted, to tell a restatement (restate.ts).
  const told: Said[] = [];
  clauses.forEach((c, i) => {
    if (c.heading) {
      hearSpeaker(cur, bodies, c.text, prevHeading);
      speaker = cur.body !== null && FUNDER_HEAD.test(fold(cur.body)) ? cur.body : (cur.name ?? cur.body);
      prevHeading = true;
      return;
    }
    prevHeading = false;
    if (taken.some((t) => c.start < t.end && t.start < c.end)) return;
    const folded = fold(c.text);
    // A quote's lead-in carries a commitment only as reported content («با بیان اینکه …»).
    if (c.introducesQuote && !/(?:^|\s)(?:اینکه|این\s+که|از)(?:\s)/.test(folded) && moneyIn(c.text).length === 0)
      return;
    // «نیروگاه X نیمی از این مبلغ را … تا پایان شهریور واریز خواهد کرد», «۵ میلیارد ریال از این مبلغ تا
    // پایان شهریور پرداخت خواهد شد»: a share still to pay, due by a date of its own, is a commitment of its own.
    const scheduled = FUTURE_ACT.test(folded) && clauseDeadline(c.text, true) !== null;
    // «مبلغ مذکور …», «از این مبلغ …»: a share or restatement of an amount already counted.
    if (ANAPHORIC_AMOUNT.test(folded) && moneyIn(c.text).length === 0 && !scheduled) return;
    // «تاکنون ۳ میلیارد تومان از این مبلغ تخصیص یافته است» right after the commitment it
    // divides: one commitment with both amounts.
    const last = out[out.length - 1];
    if (last && SHARE_OF_LAST.test(folded) && c.start - last.end < 40 && !scheduled) {
      const own = moneyIn(c.text).map((a) => ({ ...a, index: a.index + c.start, end: a.end + c.start }));
      if (own.length > 0) {
        last.amounts.push(...own);
        last.end = c.end;
        return;
      }
    }
    // «… افزود: از این مبلغ ۱۲۰۰ میلیارد ریال به تعاونی‌ها اختصاص یافته است» further on: how the money
    // already counted was divided, with no payer of its own, is no other commitment.
    if (told.length > 0 && SHARE_OPENS.test(folded) && !scheduled && partyMentions(c.text).length === 0) return;
    // «از مجموع شغلی که امسال کمیته امداد ایجاد می‌کند، ۳۰۰ هزار … برای مددجویان …»: how a
    // total already counted is divided.
    if (told.length > 0 && BREAKDOWN.test(folded)) return;
    // «وی با بیان اینکه این طرح در روستاهای … اجرا می‌شود، …», «در این طرح با تشکیل ۶ گروه …»: the
    // plan already counted, told of again, without a body or money of its own.
    if (
      told.length > 0 &&
      ELABORATION.test(folded) &&
      partyMentions(c.text).length === 0 &&
      moneyIn(c.text).length === 0
    )
      return;
    // «مجموع ارزش … این تفاهم‌نامه ۱۴ هزار میلیارد تومان است»: the worth of the agreement just
    // reported is that agreement's amount.
    // («به موجب این تفاهم‌نامه، صندوق X ۲۵ هزار میلیارد ریال … در اختیار … قرار می‌دهد»: an obligation
    // with its own party and verb is a commitment of its own.)
    if (
      last &&
      last.cue === 'agreement' &&
      last.amounts.length === 0 &&
      OF_THE_AGREEMENT.test(folded) &&
      !(commitmentCue(folded) !== null && commitmentCue(folded) !== 'agreement' && partyMentions(c.text).length > 0)
    ) {
      const own = moneyIn(c.text).map((a) => ({ ...a, index: a.index + c.start, end: a.end + c.start }));
      if (own.length > 0) {
        last.amounts.push(...own);
        return;
      }
    }
    if (folded.replace(/\s+/g, '').length < 12) return;
    // «استان آمادگی دارد … تأمین کند؛ به شرط آنکه …»: the condition may stand after a «؛».
    const next = clauses[i + 1];
    if (next && next.start - c.end <= 3 && CONDITIONAL_READINESS.test(`${folded} ${fold(next.text)}`)) return;
    // («۲. شهرداری X … انجام دهد.»: a marker the sentence splitter cut off as a clause of its own.)
    const marker = clauses[i - 1];
    const item =
      MARK_START.test(c.text) || (marker !== undefined && MARK_ONLY.test(marker.text) && c.start - marker.end <= 2);
    let cue = commitmentCue(folded);
    // «مقرر گردید X مبلغ … پرداخت کند»: a decision of the meeting is an obligation, whatever it decides.
    if (cue === 'payment' && kind !== 'news' && DECISION.test(folded)) cue = 'obligation';
    // «… تا سقف دو میلیارد تومان ضمانت می‌کنیم», «وام ۵۰ میلیون تومانی داریم»: a first-person
    // offer of money.
    if (!cue && !isRequest(folded) && firstPerson(folded) && OFFER.test(folded) && moneyIn(c.text).length > 0)
      cue = 'pledge';
    // «… ۶ میلیارد تومان به این صندوق‌ها کمک کرده است»: help counts when it is money.
    if (!cue && !isRequest(folded) && HELP.test(folded) && moneyIn(c.text).length > 0) cue = 'payment';
    // («۱۴ طرح … با سرمایه‌گذاری ۸۶ هزار میلیارد ریال تعریف شده»: the size of projects, with no body
    // that invests, sets nothing aside.)
    if (
      !cue &&
      !isRequest(folded) &&
      MONEY_SET_ASIDE.test(folded) &&
      moneyIn(c.text).length > 0 &&
      !(
        PROJECT_SIZE.test(folded) &&
        !MONEY_SET_ASIDE.test(folded.replace(PROJECT_SIZE, ' ')) &&
        partyMentions(c.text).length === 0
      )
    )
      cue = 'payment';
    // A list item ending in a decision verb decides, unless it voices a problem or a wish; an act
    // in the subjunctive («۲- اداره کل X روکش … را تا پایان شهریور اجرا کند») is ordered.
    if (
      (!cue || (cue === 'action' && !FUTURE_ACT.test(folded))) &&
      item &&
      ITEM_DECISION.test(folded) &&
      !isRequest(folded) &&
      !firstPerson(folded) &&
      !PROBLEM.test(folded) &&
      !REPORTED_SPEECH.test(folded)
    )
      cue = 'obligation';
    // «وی گفت بانک X تا پایان آبان ماه پرونده‌ها را تعیین تکلیف خواهد کرد»: a named body's act by a date.
    const timed = !cue && !isRequest(folded) && !HABITUAL.test(folded) ? timedActSubject(c.text) : null;
    if (timed) cue = 'pledge';
    // «مدیر راهداری X گفت: آسفالت … پیش از فصل سرما انجام می‌شود»: the speaker's body is bound.
    const pledgedBy = !cue && !isRequest(folded) ? passivePledgeBody(c.text, c.leadIn) : null;
    if (pledgedBy) cue = 'pledge';
    if (!cue && !isRequest(folded) && !HABITUAL.test(folded) && timedActByReference(c.text)) cue = 'pledge';
    if (!cue || reportsState(folded, kind, moneyIn(c.text).length)) return;
    // «تاکنون با مالکان ۹ پلاک توافق اولیه صورت گرفته», «از ابتدای سال ۴۲ قرارداد … منعقد شده»:
    // agreements counted to date are a report.
    if (cue === 'agreement' && (TO_DATE.test(folded) || SINCE_NEW_YEAR.test(folded))) return;
    // A lead repeated in the body (sometimes behind the agency's name) is one commitment.
    const key = folded.replace(/[\s\d،,.:؛-]+/g, '');
    if (
      [...seen].some((k) => k === key || (Math.min(k.length, key.length) >= 40 && (k.includes(key) || key.includes(k))))
    )
      return;
    seen.add(key);
    const amounts = moneyIn(c.text);
    let mentions = timed ? [timed] : partyMentions(c.text);
    mentions = ownMentions(c.text, mentions);
    // «X موظف است …», «X مکلف شد …»: the bound party stands before the duty word.
    const duty = /(?:موظف|مکلف|ملزم|متعهد)/.exec(folded);
    let subject: string[] = [];
    if (duty && mentions.some((m) => m.index < duty.index)) mentions = mentions.filter((m) => m.index < duty.index);
    // «باغداران موظف هستند …», «کلیه اعضا مکلفند …»: an unnamed subject right before the duty word.
    else if (duty) subject = dutySubject(folded.slice(0, duty.index));
    // «مقرر گردید امور مالی شبکه مبلغ … پرداخت کند»: a body the finders do not know, named right
    // after the decision verb.
    if (mentions.length === 0 && subject.length === 0 && DECISION.test(folded)) subject = decisionSubject(folded);
    // «شهرداری X مبلغ … از محل سهم Y … به حساب Z واریز کند»: the subject that pays, alone.
    const payer = cue === 'payment' || cue === 'obligation' ? payingSubject(c.text, mentions) : null;
    if (payer !== null) mentions = [payer];
    let parties = pledgedBy ? [pledgedBy] : distinctParties([...mentions.map((m) => m.name), ...subject]);
    // «در سال گذشته ۳ هزار میلیارد ریال تسهیلات در استان پرداخت شده بود»: last year's total, told in
    // the passive with no payer named, is a statistic, even in a funder's words.
    if (
      cue === 'payment' &&
      mentions.length === 0 &&
      PAST_OPENING.test(folded) &&
      (PASSIVE_DONE.test(folded) || PASSIVE_PAYMENT.test(folded))
    )
      return;
    // «درخواست اهالی … به شرکت گاز استان ارجاع شد»: the body the matter is handed to must act.
    const referral = cue === 'obligation' && !DECISION.test(folded) ? REFERRAL.exec(folded) : null;
    if (referral) {
      const end = referral.index + referral[0].length;
      const to = partyMentions(c.text, true).filter((m) => m.index >= referral.index && m.end <= end);
      // «پرونده به دادسرا ارجاع شد»: handed to no body the finders know, it binds no one.
      if (to.length === 0 && !DECISION.test(folded) && commitmentCue(folded.replace(REFERRAL, ' ')) === null) return;
      if (to.length > 0) parties = distinctParties(to.map((m) => m.name));
    }
    // «با دستور استاندار ۷۹۹ طرح در کارگروه X به تصویب رسید»: the body that approved is bound.
    const approving = approvingBody(c.text);
    if (approving !== null && parties.length > 0) parties = [approving];
    // «… به مدیرکل X دستور داد … آغاز کند»: the one ordered is bound, not the one who orders.
    const ordered = cue === 'obligation' ? orderedBody(c.text) : null;
    if (ordered !== null) parties = [ordered];
    // «… تسهیلات به متقاضیان پرداخت شده است»: a payment reported in the passive, with neither
    // a payer nor an amount, is a report.
    // In a funder's official's quote («مجری بنیاد X … افزود: … تسهیلات آنها پرداخت شده است») the
    // funder is the payer.
    const funderSpeaks = c.leadIn !== null && partyMentions(c.leadIn).some((m) => FUNDER_HEAD.test(fold(m.name)));
    if (
      parties.length === 0 &&
      amounts.length === 0 &&
      cue === 'payment' &&
      (PASSIVE_DONE.test(folded) || PASSIVE_PAYMENT.test(folded)) &&
      !funderSpeaks
    )
      return;
    // «تفاهم‌نامه … با همکاری وزارت X با بنیاد Y به امضا رسید»: the signatories are bound, even
    // when named after «با».
    if (parties.length === 0 && cue === 'agreement')
      parties = distinctParties(partyMentions(c.text, true).map((m) => m.name));
    const bare = bareHeadSubject(clauses, i);
    if (bare !== null) parties = [bare];
    const head = backReference(folded);
    // «برای پست بانک … طرح فرستادیم که این بانک … پرداخت کرد»: the body referred back to is
    // named earlier in the same clause, even as a recipient.
    if (head !== null && !parties.some((p) => hasHead(p, head))) {
      const at = folded.search(new RegExp(`(?:این|همین)\\s+${head}|${head}\\s+(?:مذکور|مزبور|یاد\\s*شده)`));
      const own = partyMentions(c.text, true).filter((m) => m.index < at && hasHead(m.name, head));
      if (own.length > 0) parties = [own[own.length - 1]!.name];
    }
    const first = firstPerson(folded);
    // «وی …», «او …»: the person just introduced, whose body the clauses before name.
    const pronoun = /^(?:وی|او|ایشان)\s/.test(folded);
    const referred = head !== null || first || pronoun || c.leadIn !== null;
    // …unless the speaker tells what a body referred back to did («… فرستاده‌ایم که این بانک … پرداخت کرد»).
    const toldOf = head !== null && parties.some((p) => hasHead(p, head));
    // «مدیرعامل منطقه ویژه X نیز گفت: … ما ظرف شش ماه جاده را آسفالت می‌کنیم»: «ما» is the body of the
    // office that speaks, when the lead-in names it by the office alone.
    const office =
      first && c.leadIn !== null && parties.length === 0 && partyMentions(c.leadIn).length === 0
        ? officeBodies(c.leadIn, null)
        : [];
    if (first && !timed && speaker !== null && c.leadIn === null && cue !== 'agreement' && !toldOf) parties = [speaker];
    else if (office.length > 0) parties = [office[0]!];
    else if (parties.length === 0 || (head !== null && !parties.some((p) => hasHead(p, head)))) {
      // A decision binds the bodies it names; it does not borrow one from the sentences before.
      if ((referred || amounts.length > 0) && !(DECISION.test(folded) && head === null)) {
        let context = contextParties(clauses, i, head);
        if (context.length === 0 && speaker !== null) context = [speaker];
        if (context.length === 0 && docFunder !== null && kind !== 'minutes' && referred) context = [docFunder];
        parties = distinctParties([...parties, ...context]);
      }
    }
    // «معاون وزیر همچنین قول داد …»: a minister's office binds the ministry named before.
    if (parties.length === 1 && MINISTER.test(fold(parties[0]!))) {
      const ministry = contextParties(clauses, i, 'وزارت');
      if (ministry.length > 0) parties = ministry;
    }
    // «سال گذشته … ۵۶۰ میلیارد تومان تسهیلات پرداخت شده است» in an official's account: a payment
    // done, whose payer is neither named in the sentence nor a funding body, over a period
    // reported on or told by an official, is a report (money «در نظر گرفته شده» is still set aside).
    // «استاندار همچنین اعلام کرد برای احداث … مبلغ X … اختصاص یافته است»: money allocated, told by
    // an official in the same sentence, is a commitment, but the official who tells of it is not its party.
    const allocated =
      cue === 'payment' &&
      amounts.length > 0 &&
      PASSIVE_ALLOCATION.test(folded) &&
      !PAST_PERIOD.test(folded) &&
      mentions.some((m) => OFFICIAL.test(fold(m.name)));
    if (allocated) parties = parties.filter((p) => !OFFICIAL.test(fold(p)));
    if (
      !allocated &&
      cue === 'payment' &&
      mentions.length === 0 &&
      (PASSIVE_DONE.test(folded) || PASSIVE_PAYMENT.test(folded)) &&
      (PAST_PERIOD.test(folded) || (parties.every((p) => OFFICIAL.test(fold(p))) && !MONEY_SET_ASIDE.test(folded))) &&
      !funderSpeaks &&
      !parties.some((p) => FUNDER_HEAD.test(fold(p)))
    )
      return;
    // «… اعتبار طرح‌های نیمه تمام شهرستان X تصویب شد»: credit approved with no amount, no payer's
    // verb and no deadline binds no one (as an approval among resolutions).
    if (cue === 'payment' && amounts.length === 0 && CREDIT_APPROVED.test(folded) && !PAYER_VERB.test(folded)) return;
    // «سالانه ۱۱۰۰ واحد مسکونی … ساخته می‌شود»: what happens every year is a statistic.
    if (cue === 'action' && HABITUAL.test(folded)) return;
    // «بانک‌های عامل», «دستگاه‌های ذیربط»: a generic plural is bound only by a duty or a promise.
    if (cue === 'payment' || cue === 'action') parties = parties.filter((p) => !GENERIC.test(fold(p)));
    if (
      parties.length === 0 &&
      !allocated &&
      !((kind !== 'news' || item) && cue === 'obligation' && (DECISION.test(folded) || item))
    )
      return;
    // An action («ایجاد می‌شود») or a bare payment without money or a promise is a report, not a commitment.
    if (cue === 'action' && amounts.length === 0 && !FUTURE_ACT.test(folded)) return;
    const said: Said = {
      words: wordsOf(folded),
      amounts: amounts.map((a) => a.toman ?? 0),
      parties,
      start: c.start,
      end: c.end,
      announces: ANNOUNCES.test(folded),
      pointers: pointersOf(folded),
    };
    const earlier = told.findIndex((t) => restates(t, said));
    if (earlier >= 0) {
      const t = told[earlier]!;
      if (!saysMore(said, t)) return;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= t.start && out[k]!.end <= t.end) out.splice(k, 1);
      told.splice(earlier, 1);
    }
    told.push(said);
    for (const [s, e] of splitShares(c, amounts)) {
      const part = amounts.filter((a) => a.index >= s && a.end <= e);
      out.push({
        start: c.start + s,
        end: c.start + e,
        parties,
        amounts: part.map((a) => ({ ...a, index: a.index + c.start, end: a.end + c.start })),
        cue,
      });
    }
  });
  return out;
}
