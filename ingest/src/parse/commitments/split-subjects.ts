/**
 * One clause that binds two parties in turn («… و سازمان X نیز …», «… شد و Y … تقبل کرد»),
 * cut into one clause per party before the statement rules read it (statements.ts). Pure.
 */
import { fold } from '../fold.ts';
import type { Clause } from './clauses.ts';
import { commitmentCue, isRequest } from './cues.ts';
import { offerOnly } from './reports.ts';
import { HELP, MONEY_SET_ASIDE } from './statement-patterns.ts';
import { partyMentions } from './parties.ts';
import { clauseDeadline } from './deadline.ts';
import { passivePledgeBody, timedActByReference, timedActSubject } from './timed-act.ts';

// A finished verb, then «و»: where a clause of another kind may start.
const VERB_AND =
  /(?<=(?:^|\s)(?:شد|شده|کرد|کرده|گردید|گردیده|نمود|نموده|داد|داده|یافت|یافته|رسید|است|دارد|دارند|هستند|(?:می\s*|می\u200c)\S+)(?:[\s\u200c]?(?:ایم|اند|است))?\s*[،,]?\s+)و\s+/g;

const NEW_SUBJECT = /^(?:ما|بنده|من|اینجانب|باقیمانده|باقی\s*مانده|بقیه|مابقی|باقی)(?:\s|$)/;

/** Whether a folded clause carries a commitment: a cue, or money spent or set aside. */
function binds(folded: string): boolean {
  if (isRequest(folded)) return false;
  return (
    commitmentCue(folded) !== null || ((HELP.test(folded) || MONEY_SET_ASIDE.test(folded)) && /ریال|تومان/.test(folded))
  );
}

const PRESENT_AND = /(?<=(?:^|\s)(?:می\s*|می\u200c)(?:شود|گردد|دهد|کند|نماید|رساند|یابد|پردازد)\s*[،,]?\s+)و\s+/g;

/**
 * «… به امضا رسانده و سازمان برنامه و بودجه نیز تامین اعتبار را بر عهده گرفته است»: a party
 * followed by «نیز»/«هم» inside a sentence opens another party's clause.
 */
export function splitSubjects(c: Clause): Clause[] {
  const named = partyMentions(c.text);
  // («سازمان X و اداره کل Y نیز موظف شدند»: bodies joined by «و» are one subject.)
  const joined = (m: { index: number }) =>
    named.some((p) => p.end <= m.index && /^\s*(?:و|،)\s*$/.test(c.text.slice(p.end, m.index)));
  const cuts = named
    .filter((m) => m.index > 15 && /^\s+(?:نیز|هم)\s/.test(c.text.slice(m.end).replace(/\u200c/g, ' ')) && !joined(m))
    .map((m) => m.index);
  // «… تاکید شد و هزینه این اقدام را بنیاد مسکن تقبل کرد»: a finished clause, «و», another
  // clause with its own party and verb.
  for (const m of c.text.matchAll(/(?<=(?:^|\s)(?:شد|کرد|گردید|نمود|داد|یافت|رسید)\s+)و\s+/g)) {
    const rest = c.text.slice(m.index + m[0].length);
    if (partyMentions(rest).length > 0 && commitmentCue(fold(rest)) !== null) cuts.push(m.index);
    // «راه‌آهن X … تأمین خواهد کرد و ایستگاه Y تا پایان تابستان بهسازی می‌شود»: the speaker's body's
    // second act, with its own date.
    else if (passivePledgeBody(rest, c.leadIn) !== null) cuts.push(m.index);
  }
  // «… ۲۰۰ گروه را تا پایان سال تشکیل می‌دهد و آموزش آنها بر عهده اداره کل Y است»: a present
  // verb ends a clause that binds on its own, and the rest binds another named party.
  for (const m of c.text.matchAll(PRESENT_AND)) {
    const head = c.text.slice(0, m.index);
    const rest = c.text.slice(m.index + m[0].length);
    if (commitmentCue(fold(head)) === null && timedActSubject(head) === null) continue;
    if (partyMentions(rest).length > 0 && commitmentCue(fold(rest)) !== null) cuts.push(m.index);
  }
  // «… به ۲۲۰ میلیارد ریال اعتبار نیاز دارد و فرمانداری ۴۰ میلیارد ریال … اختصاص داده است», «بانک X
  // … پرداخت کرده و آمادگی دارد بقیه را نیز بپردازد», «شرکت X … هزینه خواهد کرد و بهره‌برداران نیز باید
  // …»: a need, a request or an offer joined by «و» to a commitment does not make it one, nor undo it.
  // (Arabic ي/ك read as Persian, one character for one, so offsets hold.)
  for (const m of c.text.replace(/ي/g, 'ی').replace(/ك/g, 'ک').matchAll(VERB_AND)) {
    const head = fold(c.text.slice(0, m.index));
    const rest = fold(c.text.slice(m.index + m[0].length));
    const asks = (f: string) => isRequest(f) || offerOnly(f);
    if ((asks(head) && binds(rest)) || (binds(head) && asks(rest))) cuts.push(m.index);
    // «تاکنون ۲۶۰ میلیارد ریال آن را پرداخت کرده‌ایم و باقیمانده را تا پایان اسفند پرداخت می‌کنیم», «شرکت X
    // ۴۵۰ میلیارد ریال پرداخت کرده و ما ظرف شش ماه جاده را آسفالت می‌کنیم»: what was done, then what
    // will be done by a date of its own, are two commitments.
    // (Only when the second opens with a subject or a share of its own: «… و تا پایان آذر پرداخت خواهد شد»
    // goes on with the same act.)
    else if (
      NEW_SUBJECT.test(rest) &&
      binds(head) &&
      (binds(rest) || timedActByReference(rest)) &&
      clauseDeadline(rest, true) !== null &&
      clauseDeadline(head, true) === null
    )
      cuts.push(m.index);
  }
  // «… از آنها سپاسگزاریم اما از محل این اعتبار … بانک مذکور … پرداخت نموده است»: «اما» opens
  // a clause of its own when that clause carries a commitment.
  for (const m of c.text.matchAll(/(?<=[\s،,])اما\s+/g)) {
    if (m.index < 15) continue;
    if (commitmentCue(fold(c.text.slice(m.index))) !== null) cuts.push(m.index);
  }
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return [c];
  const bounds = [0, ...cuts, c.text.length];
  return bounds.slice(0, -1).map((s0, k) => {
    const e0 = bounds[k + 1]!;
    // A clause opened by «و» starts at its subject.
    const s = s0 + (k > 0 ? (/^و\s+/.exec(c.text.slice(s0, e0))?.[0].length ?? 0) : 0);
    const e = e0 - (/[\s\u200c]*$/.exec(c.text.slice(s0, e0))?.[0].length ?? 0);
    return {
      ...c,
      start: c.start + s,
      end: c.start + e,
      text: c.text.slice(s, e),
      introducesQuote: c.introducesQuote && e === c.text.length,
    };
  });
}
