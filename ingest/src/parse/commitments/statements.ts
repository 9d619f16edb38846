/**
 * Commitments stated in prose (`source: 'statement'`): allocations, loans, payments, pledges,
 * duties and agreement obligations in news and in the speeches of minutes. A clause counts
 * when it carries a commitment verb (cues.ts), is not a request or hope, and has a party: named
 * in the clause, or — for «این صندوق», «ما …», a quote after «X گفت:» or an amount with no
 * subject — the body named in the lead-in or the clauses just before. Pure.
 */
import { findAmounts, type FoundAmount } from '../../text/index.ts';
import { fold } from '../fold.ts';
import type { Clause } from './clauses.ts';
import { commitmentCue, firstPerson, type CueKind } from './cues.ts';
import { backReference, distinctParties, partyMentions } from './parties.ts';

/** A statement commitment before deadlines, counties and pages are added. */
export interface StatementDraft {
  start: number;
  end: number;
  parties: string[];
  amounts: FoundAmount[];
  cue: CueKind;
}

const FUNDER_HEAD = /^(?:بانک|صندوق|بنیاد|پست\s+بانک|موسسه|کمیته\s+امداد|ستاد\s+اجرایی)/;

/** Money amounts of a clause (a currency word is required: «مبلغ X» alone is not a commitment's amount). */
function moneyIn(text: string): FoundAmount[] {
  return findAmounts(text).filter((a) => a.unit !== null);
}

/** Parties a clause refers back to, from its lead-in and the clauses before it. */
function contextParties(clauses: Clause[], i: number, head: string | null): string[] {
  const c = clauses[i]!;
  const pools: string[][] = [];
  if (c.leadIn) pools.push(partyMentions(c.leadIn).map((m) => m.name));
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const prev = clauses[j]!;
    pools.push(partyMentions(prev.text).map((m) => m.name));
    if (prev.leadIn) pools.push(partyMentions(prev.leadIn).map((m) => m.name));
  }
  for (const pool of pools) {
    const pick = head ? pool.filter((n) => fold(n).startsWith(head)) : pool.filter((n) => FUNDER_HEAD.test(fold(n)));
    if (pick.length > 0) return [pick[pick.length - 1]!];
  }
  for (const pool of pools) if (pool.length > 0 && !head) return [pool[0]!];
  return [];
}

// Markers that open the share of another beneficiary or purpose inside one clause.
const SHARE_MARK = /(?:^|\s)(?:به|برای|جهت)\s/g;

/**
 * Split a clause with several amounts for several purposes («به شرکت‌های تعاونی ۴ میلیارد
 * تومان، به شرکت‌های غیرتعاونی ۲۰ میلیارد تومان …») at the marker that opens each further
 * share. Restatements («۱۰۰ میلیارد ریال یعنی ۱۰ میلیارد تومان») stay one.
 */
function splitShares(clause: Clause, amounts: FoundAmount[]): [number, number][] {
  const cuts: number[] = [];
  for (let k = 1; k < amounts.length; k++) {
    const gapStart = amounts[k - 1]!.end;
    const gapEnd = amounts[k]!.index;
    const gap = clause.text.slice(gapStart, gapEnd);
    if (gap.length > 140) continue;
    SHARE_MARK.lastIndex = 0;
    const m = SHARE_MARK.exec(gap);
    if (!m) continue;
    cuts.push(gapStart + m.index + (m[0].length - m[0].trimStart().length));
  }
  if (cuts.length === 0) return [[0, clause.text.length]];
  const bounds = [0, ...cuts, clause.text.length];
  return bounds.slice(0, -1).map((s, k) => [s, bounds[k + 1]!]);
}

/** Statement commitments of the clauses not covered by `taken` spans (resolutions). */
export function findStatements(clauses: Clause[], taken: { start: number; end: number }[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  clauses.forEach((c, i) => {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) return;
    const folded = fold(c.text);
    if (folded.replace(/\s+/g, '').length < 12) return;
    const cue = commitmentCue(folded);
    if (!cue) return;
    const amounts = moneyIn(c.text);
    let parties = distinctParties(partyMentions(c.text).map((m) => m.name));
    const head = backReference(folded);
    const referred = head !== null || firstPerson(folded) || c.leadIn !== null;
    if (parties.length === 0 || (head !== null && !parties.some((p) => fold(p).startsWith(head)))) {
      if (referred || amounts.length > 0) parties = distinctParties([...parties, ...contextParties(clauses, i, head)]);
    }
    if (parties.length === 0) return;
    // An action («ایجاد می‌شود») or a bare payment without money or a promise is a report, not a commitment.
    if (
      cue === 'action' &&
      amounts.length === 0 &&
      !/(?:خواهد|خواهند|خواهیم|می\s*شود|میشود|می\s*کند|میکند)/.test(folded)
    )
      return;
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
