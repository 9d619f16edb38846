/**
 * Who a statement's clause speaks for: the current speaker of a minutes' heading lines, the
 * body a document is mostly about, and the parties a clause refers back to from its lead-in and
 * the clauses before it (statements.ts). Pure.
 */
import { fold, lightFold, tidy } from '../fold.ts';
import { findFundingMentions } from '../funding.ts';
import type { Clause } from './clauses.ts';
import { partyMentions } from './parties.ts';

export const FUNDER_HEAD = /^(?:بانک|صندوق|بنیاد|پست\s+بانک|موسسه|کمیته\s+امداد|ستاد\s+اجرایی)/;

/** Whether a body's name has the head word referred back to («پست بانک» for «این بانک»). */
export function hasHead(name: string, head: string): boolean {
  const f = fold(name);
  return f.startsWith(head) || f.split(' ').includes(head);
}

// An office («مدیرکل X», «مدیرعامل شرکت X», «نماینده بانک Y», «معاون بهره‌برداری نیروگاه Z»): whose
// holder speaks for the body «این اداره کل», «این شرکت», «این مدیریت» refers back to.
const TITLE = '(?:مدیرعامل|مدیر\\s+عامل|مدیرکل|مدیر\\s+کل|مدیر|رئیس|رییس|سرپرست|نماینده|معاون|دبیر|مسئول)';
// Where the body's name ends: a bracket, a colon, the speech verb or the words of the occasion.
const NAME_END =
  /[():؛.\n«»]|\s(?:در|با|هم|نیز|همچنین|روز|امروز|ضمن|طی|که|پس|به|گفت|افزود|اظهار|تصریح|بیان|اعلام|گزارش|خاطرنشان|یادآور|عنوان|ادامه|توضیح|اشاره|خبر)(?=\s|$)/;

const BODY_HEAD = /^(?:اداره|سازمان|شرکت|بانک|صندوق|بنیاد|نیروگاه|منطقه|شهرداری|فرمانداری|دانشگاه|موسسه|مؤسسه)$/;

/** The bodies whose offices a text names, as «<head> <name>» («مدیرکل X» → «اداره کل X»; «مدیر X» → «X» for «مدیریت»). */
export function officeBodies(text: string, head: string | null): string[] {
  const t = lightFold(text);
  const out: string[] = [];
  const title = new RegExp(`(?:^|[\\s(،])${TITLE}\\s+`, 'g');
  for (const m of t.matchAll(title)) {
    const after = t.slice(m.index + m[0].length);
    const end = NAME_END.exec(after);
    let name = tidy(after.slice(0, end ? end.index : after.length)).replace(/[،,\s]+$/, '');
    const words = name.split(' ');
    if (words.length < 2 || words.length > 9) continue;
    const held = tidy(m[0].replace(/[(،]/g, ' '));
    const general = /^(?:مدیرکل|مدیر\s+کل)$/.test(held);
    // Without a head (a «ما …» clause): the body the office's name starts with, the general
    // directorate of a «مدیرکل», or what a head of a body («مدیرعامل منطقه ویژه X») heads.
    const at0 = head === null ? words.slice(0, 3).findIndex((w) => BODY_HEAD.test(w)) : -1;
    if (head === null && at0 >= 0) name = words.slice(at0).join(' ');
    else if (general && (head === 'اداره' || head === null) && !/^اداره\s/.test(name)) name = `اداره کل ${name}`;
    else if (head === null) {
      if (!/^(?:مدیر|مدیرعامل|مدیر\s+عامل|رئیس|رییس)$/.test(held)) continue;
    } else if (head === 'مدیریت' && held === 'مدیر') {
      // «مدیر امور برق سلماس» → «امور برق سلماس»
    } else {
      // «معاون بهره‌برداری نیروگاه X»: the head within the first words after the title.
      const at = words.slice(0, 3).indexOf(head);
      if (at < 0) continue;
      name = words.slice(at).join(' ');
      if (name.split(' ').length < 2) continue;
    }
    out.push(name);
  }
  return out;
}

/** Parties a clause refers back to, from its lead-in and the clauses before it. */
export function contextParties(clauses: Clause[], i: number, head: string | null): string[] {
  const c = clauses[i]!;
  // Each mention with the words as written: a canonical name may drop the head referred back to
  // («شرکت توزیع نیروی برق استان» → «توزیع نیروی برق» for «این شرکت»).
  // …and, for a head referred back to, the bodies of the offices named («مدیرکل X گفت: این اداره کل …»).
  const named = (t: string) => [
    ...partyMentions(t).map((m) => ({ name: m.name, written: `${m.name} ${t.slice(m.index, m.end)}` })),
    ...(head ? officeBodies(t, head).map((n) => ({ name: n, written: `${head} ${n}` })) : []),
  ];
  const pools: { name: string; written: string }[][] = [];
  if (c.leadIn) pools.push(named(c.leadIn));
  // The four clauses before, not counting headings and fragments («به گزارش خبرگزاری صدا»).
  for (let j = i - 1, n = 0; j >= 0 && n < 4; j--) {
    const prev = clauses[j]!;
    if (prev.heading || prev.text.trim().split(/\s+/).length < 4) continue;
    n++;
    pools.push(named(prev.text));
    if (prev.leadIn) pools.push(named(prev.leadIn));
  }
  for (const pool of pools) {
    const pick = head
      ? pool.filter((n) => hasHead(n.name, head) || hasHead(n.written, head))
      : pool.filter((n) => FUNDER_HEAD.test(fold(n.name)));
    if (pick.length > 0) return [pick[0]!.name];
  }
  for (const pool of pools) if (pool.length > 0 && !head) return [pool[0]!.name];
  return [];
}

export const HONORIFIC_WORD = /(?:^|\s)(?:جناب|آقای|اقای|خانم|سرکار|دکتر|مهندس)(?:\s|$)/;

/** «جناب آقای دکتر احمدی» → «احمدی»: a speaker named without an office; null when not a name. */
export function personName(line: string): string | null {
  // «جناب آقای X ادامه دادند:», «جناب آقای X، مدیر …»: the name ends at the speech words.
  // «جناب آقای X مدیر کل Y»: the name also ends at the office that follows it.
  const name = fold(line).split(
    /[:،,]|(?:^|\s)(?:ادامه|فرمودند|در\s+ادامه|در\s+پایان|بیانات|پیرو|خطاب|مدیر|مدیرکل|مدیرعامل|رئیس|رییس|معاون|نماینده|فرماندار|استاندار|شهردار|بخشدار|دبیر|سرپرست|عضو)(?:\s|$)/,
  )[0]!;
  const words = tidy(name.replace(/[*#()]/g, ' '))
    .split(' ')
    .filter((w) => w && !/^(?:جناب|آقای|اقای|خانم|سرکار|دکتر|مهندس|محترم|سردار|حاج|حجت|الاسلام|والمسلمین)$/.test(w));
  if (words.length === 0 || words.length > 3) return null;
  return tidy(words.join(' '));
}

export interface Speaker {
  name: string | null;
  body: string | null;
}

/** Update the current speaker from a heading line. */
export function hearSpeaker(cur: Speaker, bodies: Map<string, string>, line: string, afterHeading: boolean): void {
  const named = partyMentions(line).map((m) => m.name);
  const body = named.find((n) => FUNDER_HEAD.test(fold(n))) ?? named[0] ?? null;
  if (HONORIFIC_WORD.test(fold(line))) {
    const name = personName(line);
    if (name === null) return;
    if (name !== cur.name) {
      // «مدیریت صندوق X» ⏎ «جناب آقای Y بیانات خود را …»: the office line came first.
      const known = body ?? bodies.get(name) ?? (afterHeading && cur.name === null ? cur.body : null);
      cur.name = name;
      cur.body = known;
    } else if (body !== null) cur.body = body;
    if (cur.body !== null) bodies.set(name, cur.body);
    return;
  }
  if (body === null) return;
  // «مدیر بانک Y» right after «جناب آقای X»: X's office.
  if (afterHeading && cur.name !== null && !bodies.has(cur.name)) bodies.set(cur.name, body);
  else if (!afterHeading) cur.name = null;
  cur.body = body;
}

/** The funding body a document is mostly about (most mentions; the first on a tie), or null. */
export function mainFunder(clauses: Clause[]): string | null {
  const counts = new Map<string, number>();
  for (const c of clauses)
    for (const m of findFundingMentions(fold(c.text))) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

// «صندوق سهم تسهیلات طرح … را … از طریق بانک کشاورزی پرداخت خواهد کرد»: a clause whose subject is a
// bare head word, the body of that head named in its lead-in or just before.
const BARE_SUBJECT = /^(صندوق|بانک|بنیاد|سازمان|شرکت|موسسه|نیروگاه)\s/;

/** The body a clause opening with a bare head word («صندوق …») stands for, or null. */
export function bareHeadSubject(clauses: Clause[], i: number): string | null {
  const c = clauses[i]!;
  const m = BARE_SUBJECT.exec(fold(c.text));
  if (!m || partyMentions(c.text, true).some((p) => p.index <= 1)) return null;
  return contextParties(clauses, i, m[1]!)[0] ?? null;
}
