/**
 * One clause that binds two parties in turn («… و سازمان X نیز …», «… شد و Y … تقبل کرد»),
 * cut into one clause per party before the statement rules read it (statements.ts). Pure.
 */
import { fold } from '../fold.ts';
import type { Clause } from './clauses.ts';
import { commitmentCue } from './cues.ts';
import { partyMentions } from './parties.ts';
import { passivePledgeBody, timedActSubject } from './timed-act.ts';

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
    const e = bounds[k + 1]!;
    // A clause opened by «و» starts at its subject.
    const s = s0 + (k > 0 ? (/^و\s+/.exec(c.text.slice(s0, e))?.[0].length ?? 0) : 0);
    return {
      ...c,
      start: c.start + s,
      end: c.start + e,
      text: c.text.slice(s, e),
      introducesQuote: c.introducesQuote && e === c.text.length,
    };
  });
}
