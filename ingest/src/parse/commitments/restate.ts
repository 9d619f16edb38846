/**
 * A news lead restated in the body («بانک X … اختصاص داد» in the title, «بانک X … به صورت
 * بومی … اختصاص داده است» in the text) is one commitment: two clauses restate each other when
 * most words of the shorter are in the longer, its amounts are among the longer's and they bind
 * the same body, or when one announces («از پرداخت … خبر داد») the very amounts the other binds the
 * same body to. Of the two, the one that says more (more amounts, then more words) is kept.
 * Pure.
 */
import { L, re } from '../boundary.ts';

/** What a restatement is judged on. */
export interface Said {
  words: Set<string>;
  amounts: number[];
  /** Who is bound: two bodies doing the same thing are two commitments. */
  parties: string[];
  start: number;
  end: number;
  /** A news lead's announcement («X از پرداخت … خبر داد»). */
  announces?: boolean;
  /** Words pointed back to («این طرح‌ها» → «طرح»). */
  pointers?: string[];
}

const WORD = re('g')`[${L}0-9]{2,}`;

/** Distinct words (two characters or more) of a folded clause. */
export function wordsOf(folded: string): Set<string> {
  return new Set(folded.match(WORD) ?? []);
}

const POINTER = re('g')`(?:^|\s)(?:این|همین)\s+([${L}]{2,})`;

/** The words a folded clause points back to with «این» / «همین». */
export function pointersOf(folded: string): string[] {
  return [...folded.matchAll(POINTER)].map((m) => m[1]!);
}

/** Whether `a` and `b` say the same thing (see the module doc). */
export function restates(a: Said, b: Said): boolean {
  if (a.parties.length > 0 && b.parties.length > 0 && !a.parties.some((p) => b.parties.includes(p))) return false;
  // «مدیرعامل بانک X از پرداخت ۱۵ هزار میلیارد ریال … خبر داد» in the lead, then the quote that
  // pledges the same money in other words: one commitment.
  if (
    (a.announces || b.announces) &&
    a.amounts.length > 0 &&
    a.amounts.length === b.amounts.length &&
    a.amounts.every((t) => b.amounts.includes(t)) &&
    a.parties.some((p) => b.parties.includes(p))
  )
    return true;
  return sameMoney(a, b) || wordsAlike(a, b);
}

/**
 * «دوازده طرح … بنیاد علوی با سرمایه‌گذاری ۳۸۰ میلیارد ریال به بهره‌برداری رسید» in the lead, then
 * «بنیاد علوی ۳۸۰ میلیارد ریال برای اجرای این طرح‌ها هزینه کرده»: the same body and the very same
 * money, in other words, pointing back («این طرح‌ها») to what the first told, is one commitment.
 */
function sameMoney(a: Said, b: Said): boolean {
  const [early, late] = a.start <= b.start ? [a, b] : [b, a];
  return (
    (late.pointers ?? []).some((w) => early.words.has(w)) &&
    a.amounts.length > 0 &&
    a.amounts.length === b.amounts.length &&
    a.amounts.every((t) => t > 0 && b.amounts.includes(t)) &&
    a.parties.some((p) => b.parties.includes(p))
  );
}

function wordsAlike(a: Said, b: Said): boolean {
  const [short, long] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (short.words.size < 6) return false;
  if (!short.amounts.every((t) => long.amounts.includes(t))) return false;
  let shared = 0;
  for (const w of short.words) if (long.words.has(w)) shared++;
  return shared / short.words.size >= 0.75;
}

/** Whether `b` says more than `a` (a clause says more than an announcement of it). */
export function saysMore(b: Said, a: Said): boolean {
  // The body's own words are kept over the lead that announces them.
  if (Boolean(a.announces) !== Boolean(b.announces)) return Boolean(a.announces);
  // The same money told again in other words: the later telling is the body's, the earlier the lead's.
  if (!wordsAlike(a, b)) return true;
  return b.amounts.length > a.amounts.length || (b.amounts.length === a.amounts.length && b.words.size > a.words.size);
}
