/**
 * One statement clause with several amounts, cut into its commitments: shares of several
 * beneficiaries («به X ۴ میلیارد تومان، به Y ۲۰ میلیارد تومان»), a second pledge after a finished
 * verb and «و», a part after «که», a remark left out. Pure.
 */
import type { FoundAmount } from '../../text/index.ts';
import { fold } from '../fold.ts';
import type { Clause } from './clauses.ts';
import { commitmentCue } from './cues.ts';
import { clauseDeadline } from './deadline.ts';

// A finished verb and the «و»/«که» after it, inside the gap between two amounts.
const FINISHED_THEN = /(?:^|\s)((?:کرده|داده|نموده|شده|یافته)(?:\s+است)?|است|کرد|داد|نمود|شد)\s*[،,]?\s+(و|که)\s/;

// Markers that open the share of another beneficiary or purpose inside one clause.
const SHARE_MARK = /(?:^|\s)(?:به|برای|جهت)\s/g;

// «… ارائه نموده و حداکثر تا پایان تیر ماه نیز …»: a verb, «و», then a deadline opening the next act.
const DATE_LED =
  /(?<=(?:^|\s)(?:کرده|نموده|داده|شده|کند|کنند|نماید|نمایند|دهد|دهند)\s*[،,]?\s)و\s+(?=(?:حداکثر\s+)?(?:تا|ظرف)\s)/g;

/**
 * «بانک‌های عامل باید گزارش را تا دهم تیر ماه ارائه نموده و حداکثر تا پایان تیر ماه نیز نسبت به
 * انعقاد قرارداد … اقدام نمایند»: two acts with a deadline each are two commitments; the second
 * starts at its deadline. Where each further one starts.
 */
function dateLedSecond(text: string): number[] {
  const folded = fold(text);
  if (folded.length !== text.length) return [];
  const out: number[] = [];
  let from = 0;
  for (const m of folded.matchAll(DATE_LED)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    if (clauseDeadline(text.slice(from, m.index), true) === null || clauseDeadline(rest, true) === null) continue;
    if (commitmentCue(fold(rest)) === null) continue;
    out.push(at);
    from = at;
  }
  return out;
}

/**
 * Split a clause with several amounts for several purposes («به شرکت‌های تعاونی ۴ میلیارد
 * تومان، به شرکت‌های غیرتعاونی ۲۰ میلیارد تومان …») at the marker that opens each further
 * share. Restatements («۱۰۰ میلیارد ریال یعنی ۱۰ میلیارد تومان») stay one; two acts with a
 * deadline each are two (dateLedSecond).
 */
export function splitShares(clause: Clause, amounts: FoundAmount[]): [number, number][] {
  const cuts: number[] = [];
  let last = clause.text.length;
  for (let k = 1; k < amounts.length; k++) {
    const gapStart = amounts[k - 1]!.end;
    const gapEnd = amounts[k]!.index;
    const gap = clause.text.slice(gapStart, gapEnd);
    // A finished verb between the amounts. «X ۸۵۰ میلیارد ریال … اختصاص داده است که ۴۰۰ میلیارد
    // ریال آن … پرداخت می‌شود»: after «که», a part of the same commitment. «… پرداخت کرده و تا
    // پایان سال ۱۵۰ میلیارد ریال دیگر پرداخت خواهد کرد»: after «و», a commitment of its own when it
    // pledges too, else a remark («… و سهم امسال استان ۹ هزار میلیارد ریال است») left out.
    const folded = fold(gap);
    const verb = folded.length === gap.length ? FINISHED_THEN.exec(folded) : null;
    if (verb) {
      if (verb[2] === 'که') continue;
      const tail = gapStart + verb.index + verb[0].length;
      if (commitmentCue(fold(clause.text.slice(tail))) !== null) {
        cuts.push(tail);
        continue;
      }
      last = gapStart + verb.index + verb[1]!.length;
      break;
    }
    if (gap.length > 140) continue;
    SHARE_MARK.lastIndex = 0;
    const m = SHARE_MARK.exec(gap);
    if (!m) continue;
    cuts.push(gapStart + m.index + (m[0].length - m[0].trimStart().length));
  }
  const all = [...new Set([...cuts, ...dateLedSecond(clause.text.slice(0, last))])].sort((a, b) => a - b);
  if (all.length === 0) return [[0, last]];
  const bounds = [0, ...all, last];
  return bounds.slice(0, -1).map((s, k) => [s, bounds[k + 1]!]);
}
