/**
 * Scoring of commitments (gold `commitments`, see /work/shared/corpus/commitments-gold.md).
 * Pure.
 *
 *  - commitments (detection): a predicted commitment matches a gold one when its clause,
 *    loosely keyed (ي/ك folded, spaces, ZWNJ and punctuation ignored, as in score.ts), starts
 *    with the gold `text_start`, contains it, or starts inside it (the gold start contains the
 *    first 20 letters of the prediction). One-to-one greedy matching, exact starts first.
 *  - commit_parties, commit_amounts, commit_supervisors: over matched pairs only, list
 *    matching with containment (names also match with a one-letter slip, and two bodies that
 *    resolve to the same canonical funding body match: «صندوق کارآفرینی و امید هرمزگان» is
 *    «صندوق کارآفرینی امید»).
 *  - commit_deadlines: over matched pairs only, like resolution deadlines: both present and
 *    loosely equal (containment) → TP; a predicted deadline that is wrong or absent in gold →
 *    FP; a gold deadline missed → FN.
 */
import { canonicalFundingBody } from '../parse/funding.ts';
import { fold } from '../parse/fold.ts';
import { looseKey, looseMatch, matchLists, nameMatch, type DocumentScore, type FieldCounts } from './match.ts';

/** A gold commitment as in gold.jsonl. */
export interface GoldCommitment {
  text_start: string;
  parties: string[];
  amounts: string[];
  deadline: string | null;
  supervisor: string[];
}

/** The part of a predicted commitment the scorer reads. */
export interface PredictedCommitment {
  text: string;
  parties: string[];
  amounts: { text: string }[];
  deadline: { text: string } | null;
  supervisor: string[];
}

/** Commitment fields in report order. */
export const COMMITMENT_FIELDS = [
  'commitments',
  'commit_parties',
  'commit_amounts',
  'commit_deadlines',
  'commit_supervisors',
];

/** Detection rule (see module doc). */
export function commitmentMatches(predText: string, textStart: string): boolean {
  const p = looseKey(predText);
  const g = looseKey(textStart);
  if (g.length === 0 || p.length === 0) return false;
  return p.includes(g) || g.includes(p.slice(0, 20));
}

function sameBody(a: string, b: string): boolean {
  if (nameMatch(a, b)) return true;
  const ca = canonicalFundingBody(fold(a));
  return ca !== null && ca === canonicalFundingBody(fold(b));
}

function addPairs(
  field: string,
  pred: string[],
  gold: string[],
  loose: (p: string, g: string) => boolean,
  out: DocumentScore,
): void {
  const r = matchLists(pred, gold, (p, g) => looseMatch(p, g, false), loose);
  const c = out.counts[field]!;
  c.tp += r.tp;
  c.fp += r.fp;
  c.fn += r.fn;
  if (r.missing.length || r.extra.length)
    out.failures.push({ field, missing: r.missing.map((i) => gold[i]!), extra: r.extra.map((i) => pred[i]!) });
}

/** Add the commitment counts of one document to `out`. */
export function scoreCommitments(pred: PredictedCommitment[], gold: GoldCommitment[], out: DocumentScore): void {
  const zero = (): FieldCounts => ({ tp: 0, fp: 0, fn: 0 });
  for (const f of COMMITMENT_FIELDS) out.counts[f] = zero();
  const m = matchLists(
    pred,
    gold,
    (p, g) => looseKey(p.text).startsWith(looseKey(g.text_start)),
    (p, g) => commitmentMatches(p.text, g.text_start),
  );
  out.counts['commitments'] = { tp: m.tp, fp: m.fp, fn: m.fn };
  if (m.missing.length || m.extra.length)
    out.failures.push({
      field: 'commitments',
      missing: m.missing.map((i) => gold[i]!.text_start),
      extra: m.extra.map((i) => pred[i]!.text.slice(0, 70)),
    });
  for (const [pi, gi] of m.pairs) {
    const p = pred[pi]!;
    const g = gold[gi]!;
    const tag = (field: string) => `${field} @ ${g.text_start.slice(0, 30)}`;
    const before = out.failures.length;
    addPairs('commit_parties', p.parties, g.parties, sameBody, out);
    addPairs(
      'commit_amounts',
      p.amounts.map((a) => a.text),
      g.amounts,
      (a, b) => looseMatch(a, b, true),
      out,
    );
    addPairs('commit_supervisors', p.supervisor, g.supervisor, sameBody, out);
    const dc = out.counts['commit_deadlines']!;
    const pd = p.deadline?.text ?? null;
    const gd = g.deadline;
    if (pd && gd && looseMatch(pd, gd, true)) dc.tp++;
    else {
      if (pd) dc.fp++;
      if (gd) dc.fn++;
      if (pd || gd) out.failures.push({ field: 'commit_deadlines', missing: gd ? [gd] : [], extra: pd ? [pd] : [] });
    }
    for (const f of out.failures.slice(before)) f.field = tag(f.field);
  }
}
