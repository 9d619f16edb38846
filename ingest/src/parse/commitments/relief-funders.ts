/**
 * Relief and housing bodies (کمیته امداد، ستاد اجرایی فرمان امام، بنیاد مسکن) are listed among a
 * document's funding bodies only where they finance (heldout5/6 conventions): where a commitment
 * of the document binds them to money — an amount, a loan, a payment, a cost taken on. Named as
 * the owners of a target group, as a partner or as the executor of a project, they are not.
 * Pure.
 */
import type { Commitment } from '../../schema.ts';
import { FUNDING_BODIES } from '../data/funding-bodies.ts';
import { fold } from '../fold.ts';
import { canonicalFundingBody, findFundingMentions } from '../funding.ts';

const RELIEF = new Set(FUNDING_BODIES.filter((b) => b.relief).map((b) => b.name));
const HOUSING_FOUNDATION = 'بنیاد مسکن انقلاب اسلامی';
const HOUSING = /^بنیاد\s+مسکن(?:\s|$)/;
// Money words of the clause: loans, credit, payments, costs taken on.
const MONEY = /تسهیلات|وام|اعتبار|پرداخت|قرض\s*الحسنه|هزینه|تقبل|بلاعوض|سرمایه\s*گذاری/;

// «با معرفی کمیته امداد», «مددجویان معرفی‌شده از سوی کمیته امداد», «خانواده‌های تحت پوشش …»: the
// body that refers applicants or owns the target group, not the one that pays.
const REFERRER = /(?:معرفی(?:\s*شده)?|مددجویان|مددجوی|(?:تحت|زیر)\s*پوشش|هدف|از\s+سوی|از\s+طرف)\s*$/;

/** Whether a statement names `body` only as a referrer or as the owner of a target group. */
function onlyReferrer(folded: string, body: string): boolean {
  const at =
    body === HOUSING_FOUNDATION
      ? [...folded.matchAll(/بنیاد\s+مسکن/g)].map((m) => m.index)
      : findFundingMentions(folded)
          .filter((m) => m.canonical === body)
          .map((m) => m.index);
  return at.length > 0 && at.every((i) => REFERRER.test(folded.slice(Math.max(0, i - 30), i)));
}

/** The relief or housing body a party stands for, or null. */
function reliefBody(party: string): string | null {
  const f = fold(party);
  if (HOUSING.test(f)) return HOUSING_FOUNDATION;
  const c = canonicalFundingBody(f);
  return c !== null && RELIEF.has(c) ? c : null;
}

/** `funding` with the relief and housing bodies that commitments bind to money, in first-mention order. */
export function withReliefFunders(
  funding: string[],
  commitments: Pick<Commitment, 'parties' | 'amounts' | 'text' | 'source'>[],
): string[] {
  const out = [...funding];
  for (const c of commitments) {
    const folded = fold(c.text);
    if (c.amounts.length === 0 && !MONEY.test(folded)) continue;
    for (const p of c.parties) {
      const body = reliefBody(p);
      // A resolution's parties are its responsible bodies; a statement's are read from its words.
      if (body === null || out.includes(body) || (c.source === 'statement' && onlyReferrer(folded, body))) continue;
      out.push(body);
    }
  }
  return out;
}
