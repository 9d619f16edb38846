/**
 * Subjects of statement commitments that the party finders do not give: an unnamed subject
 * before a duty word, a body named right after a decision verb, and the subject that pays in a
 * «X مبلغ … پرداخت/واریز کند» clause. Pure.
 */
import { fold } from '../fold.ts';
import { L, re } from '../boundary.ts';
import type { PartyMention } from './parties.ts';
import { SPEAKER_TAG } from './statement-patterns.ts';

/** The last words before a duty word, when they are a plain noun phrase (≤ 3 words). */
export function dutySubject(before: string): string[] {
  const words = before.replace(/[،,:]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 3; k--) {
    const w = words[k]!;
    if (/^(?:و|که|را|به|در|از|با|برای|تا|نیز|هم|است|شد|مقرر|گردید|\d+)$/.test(w)) break;
    out.unshift(w);
  }
  return out.length > 0 ? [out.join(' ')] : [];
}

const DECIDED = /(?:^|\s)(?:مقرر|مصوب)\s*(?:و\s*(?:مقرر|مصوب)\s*)?(?:شد|گردید)[\s،,:]+/;
// Heads of units and bodies («امور مالی شبکه», «واحد گسترش», «دفتر فنی استانداری»).
const UNIT_HEAD =
  /^(?:امور|واحد|معاونت|اداره|سازمان|شرکت|شبکه|دفتر|مدیریت|دبیرخانه|کمیسیون|کمیته|دانشکده|بیمارستان|حوزه|ستاد)$/;
// Words that end the subject phrase.
const PHRASE_END = new RegExp(
  `^(?:مبلغ|مبالغ|نسبت|را|با|از|در|به|برای|جهت|ظرف|طی|تا|حداکثر|ضمن|نیز|هم|و|که|موظف|مکلف|ملزم|متعهد|اقدام|[^${L}]+)$`,
);

/** «مقرر گردید امور مالی شبکه مبلغ …» → «امور مالی شبکه»: a unit named right after the decision verb. */
export function decisionSubject(folded: string): string[] {
  const m = DECIDED.exec(folded);
  if (!m) return [];
  const words = folded.slice(m.index + m[0].length).split(/\s+/);
  // «مقرر شد کمیته‌های راهبری … تشکیل شود»: bodies in the plural, or to be formed, are not bound.
  if (!UNIT_HEAD.test(words[0] ?? '') || /^(?:ها|های|هایی)$/.test(words[1] ?? '')) return [];
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && PHRASE_END.test(w)) break;
    out.push(w);
    if (out.length >= 4) break;
  }
  return out.length >= 2 ? [out.join(' ')] : [];
}

// The amount right after the subject («شهرداری نکا مبلغ …», «دهیاری روستای X مبلغ …»).
const PAYS_NEXT = new RegExp(`^\\s*(?:[${L}]+\\s+){0,3}?(?:مبلغ|مبالغ|\\d)`);

/**
 * «شهرداری نکا مبلغ ۳ میلیارد ریال از محل سهم آموزش و پرورش … به حساب اداره Y واریز کند»: the
 * body opening the clause, followed by the amount it pays, is the only party; the source of the
 * money and the account it goes to are not. Null when the clause does not open that way.
 */
export function payingSubject(clause: string, mentions: PartyMention[]): PartyMention | null {
  const first = mentions[0];
  if (!first || mentions.length < 2) return null;
  const before = fold(clause.slice(0, first.index)).replace(/[\s\d\-.)•*]+/g, '');
  if (before !== '' && !/^(?:ضمنا|همچنین|مقرر(?:شد|گردید))$/.test(before)) return null;
  // «بانک ملی مبلغ X و بانک صادرات مبلغ Y …»: payers listed each with an amount all pay.
  if (mentions.slice(1).some((m) => /^\s*(?:مبلغ|مبالغ|\d)/.test(fold(clause.slice(m.end, m.end + 12))))) return null;
  return PAYS_NEXT.test(fold(clause.slice(first.end, first.end + 60))) ? first : null;
}

// «صادقی همچنین به مدیرکل راه و شهرسازی استان گیلان دستور داد … ظرف یک ماه آغاز کند»: the one
// ordered, named after «به» and before «دستور داد».
const ORDERED = new RegExp(
  `(?:^|\\s)به\\s+((?:[^\\s.،:]+\\s+){0,8}?[^\\s.،:]+)\\s+دستور\\s+(?:داد|دادند|داده\\s+(?:است|اند))(?![${L}])`,
);
const ORDERED_HEAD =
  /^(?:مدیر|مدیرکل|مدیرعامل|رئیس|رییس|شهردار|فرماندار|بخشدار|دهیار|معاون|سرپرست|فرمانده|دبیر|اداره|سازمان|شرکت|شهرداری|فرمانداری|بخشداری|دهیاری|معاونت|دستگاه|ستاد|کمیته)(?:\s|$)/;

/** The person or body ordered in a «به X دستور داد» clause, as written, or null. */
export function orderedBody(text: string): string | null {
  const m = ORDERED.exec(text);
  if (!m) return null;
  const name = m[1]!.replace(/^(?:(?:جناب|آقای|خانم|سرکار)\s+)+/, '').replace(/\s+محترم(?=\s)/, '');
  return ORDERED_HEAD.test(fold(name)) ? name : null;
}

// «… را از محل فروش اوراق مشارکت و کمک سازمان X تامین خواهد کرد»: where the money comes from,
// up to the verb, a recipient or a purpose.
const SOURCE = re(
  'g',
)`(?:^|\s)از\s+محل\s[^.،؛:]{0,100}?(?=\s(?:تامین|تأمین|پرداخت|اختصاص|تخصیص|به|برای|جهت|را)(?![${L}])|[.،؛:]|$)`;

/**
 * The mentions of a clause that can be bound: not the speaker's tag of a dialogue line («آقای X
 * (شهردار Y): شهرداری Y مبلغ …»), nor a body named as the source of the money («از محل … کمک
 * سازمان X») or the channel it goes through («از طریق بانک‌های عامل»), so long as a body outside them is named.
 */
export function ownMentions(text: string, mentions: PartyMention[]): PartyMention[] {
  const tag = SPEAKER_TAG.exec(text)?.[0].length ?? 0;
  const sources = [...text.replace(/\u200c/g, ' ').matchAll(SOURCE)].map((m) => [m.index, m.index + m[0].length]);
  // «… از طریق بانک‌های عامل در اختیار … قرار می‌دهد»: the channel the money goes through.
  const channel = (m: PartyMention) =>
    /(?:^|\s)از\s+طریق\s*$/.test(fold(text.slice(Math.max(0, m.index - 12), m.index)));
  const own = mentions.filter(
    (m) => m.index >= tag && !channel(m) && !sources.some(([s, e]) => m.index >= s! && m.index < e!),
  );
  return own.length > 0 ? own : mentions;
}
