/**
 * Scoring of extracted records against the gold corpus (see /work/shared/corpus/README.md).
 * Pure.
 *
 * Values are compared loosely (match.ts: folded letters, no spaces, punctuation or
 * honorifics; names and bodies also by containment).
 *
 * Fields and how they count (micro-averaged over documents: TP/FP/FN are summed first):
 *  - single-valued (date, kind, province, title, meeting_number, chair): a document with
 *    equal values gives a TP; a predicted value that differs is an FP, a gold value missed
 *    (absent or different) an FN. Both null counts nothing.
 *  - lists (counties, organisations, banks_funds, amounts, speakers): one-to-one greedy
 *    matching, exact matches first, then containment; unmatched predictions are FPs,
 *    unmatched gold items FNs. Speakers match by name, or by role when the gold name is null.
 *    Organisations and funding bodies also match when both name the same bank or fund of the
 *    registry (match.ts).
 *  - resolutions: a prediction matches a gold resolution when its text contains the gold
 *    `text_start`, or the gold `text_start` contains the first 20 letters of the prediction.
 *  - responsible: over matched resolution pairs only, list matching of responsible bodies.
 *  - deadlines: over matched resolution pairs only; both present and equal → TP, predicted
 *    but wrong/absent in gold → FP, gold present but missed/wrong → FN, both null → nothing.
 *  - commitments and their parties, amounts, deadlines, supervisors: commitment-score.ts.
 */
import { scoreCommitments, type GoldCommitment, type PredictedCommitment } from './commitment-score.ts';
import {
  looseKey,
  looseMatch,
  matchLists,
  nameMatch,
  sameFunder,
  type DocumentScore,
  type FieldCounts,
  type FieldScore,
} from './match.ts';

/** A gold record as in gold.jsonl. */
export interface GoldRecord {
  id: string;
  kind: string;
  date_jalali: string | null;
  organisations: string[];
  province: string | null;
  counties: string[];
  speakers: { name: string | null; role: string | null }[];
  resolutions: {
    text_start: string;
    responsible: string[];
    deadline: string | null;
    number?: number;
    supervisor?: string[];
  }[];
  banks_funds: string[];
  amounts: (string | { text: string; toman: number | null })[];
  title?: string | null;
  meeting_number?: number | null;
  chair?: string | null;
  people_mentioned?: string[];
  commitments?: GoldCommitment[];
}

/** The part of a parsed record the scorer reads. */
export interface PredictedRecord {
  kind: string;
  dateJalali: string | null;
  organisations: string[];
  province: string | null;
  counties: string[];
  speakers: { name: string | null; role: string | null }[];
  resolutions: { text: string; responsible: string[]; deadline: string | null }[];
  fundingBodies: string[];
  amounts: { text: string; toman: number | null }[];
  title?: string | null;
  meetingNumber?: number | null;
  chair?: string | null;
  commitments?: PredictedCommitment[];
}

function single(
  field: string,
  pred: string | null | undefined,
  gold: string | null | undefined,
  eq: (a: string, b: string) => boolean,
  out: DocumentScore,
): void {
  const c: FieldCounts = { tp: 0, fp: 0, fn: 0 };
  const p = pred ?? null;
  const g = gold ?? null;
  if (p !== null && g !== null && eq(p, g)) c.tp = 1;
  else {
    if (p !== null) c.fp = 1;
    if (g !== null) c.fn = 1;
  }
  out.counts[field] = c;
  if (c.fp || c.fn) out.failures.push({ field, missing: g !== null ? [g] : [], extra: p !== null ? [p] : [] });
}

function list(field: string, pred: string[], gold: string[], out: DocumentScore): void {
  const r = matchLists(
    pred,
    gold,
    (p, g) => looseMatch(p, g, false),
    // Containment, or two names of one bank or fund of the registry.
    (p, g) => looseMatch(p, g, true) || sameFunder(p, g),
  );
  addList(field, r, pred, gold, out);
}

function addList(
  field: string,
  r: FieldCounts & { missing: number[]; extra: number[] },
  pred: string[],
  gold: string[],
  out: DocumentScore,
): void {
  const prev = out.counts[field] ?? { tp: 0, fp: 0, fn: 0 };
  out.counts[field] = { tp: prev.tp + r.tp, fp: prev.fp + r.fp, fn: prev.fn + r.fn };
  if (r.missing.length || r.extra.length) {
    out.failures.push({ field, missing: r.missing.map((i) => gold[i]!), extra: r.extra.map((i) => pred[i]!) });
  }
}

/** Resolution match rule (see module doc). */
export function resolutionMatches(predText: string, textStart: string): boolean {
  const p = looseKey(predText);
  const g = looseKey(textStart);
  if (g.length === 0 || p.length === 0) return false;
  return p.includes(g) || (p.length >= 20 && g.includes(p.slice(0, 20)));
}

function chairName(s: string): string {
  return s.split('(')[0]!.trim() || s;
}

/** Score one predicted record against its gold record. */
export function scoreDocument(pred: PredictedRecord, gold: GoldRecord): DocumentScore {
  const out: DocumentScore = { counts: {}, failures: [] };
  single('date', pred.dateJalali, gold.date_jalali, (a, b) => looseKey(a) === looseKey(b), out);
  single('kind', pred.kind, gold.kind, (a, b) => a === b, out);
  single(
    'province',
    pred.province,
    gold.province,
    (a, b) => looseMatch(a, b, false) || looseKey(a).replace(/و/g, '') === looseKey(b).replace(/و/g, ''),
    out,
  );
  list('counties', pred.counties, gold.counties, out);
  list('organisations', pred.organisations, gold.organisations, out);
  list('funding', pred.fundingBodies, gold.banks_funds, out);
  const goldAmounts = gold.amounts.map((a) => (typeof a === 'string' ? a : a.text));
  list(
    'amounts',
    pred.amounts.map((a) => a.text),
    goldAmounts,
    out,
  );

  const sp = matchLists(
    pred.speakers,
    gold.speakers,
    (p, g) =>
      g.name !== null
        ? p.name !== null && looseMatch(p.name, g.name, false)
        : p.name === null && p.role !== null && g.role !== null && looseMatch(p.role, g.role, false),
    (p, g) =>
      g.name !== null
        ? p.name !== null && nameMatch(p.name, g.name)
        : p.name === null && p.role !== null && g.role !== null && looseMatch(p.role, g.role, true),
  );
  const fmtS = (s: { name: string | null; role: string | null }) => `${s.name ?? '∅'} (${s.role ?? ''})`;
  addList('speakers', sp, pred.speakers.map(fmtS), gold.speakers.map(fmtS), out);

  const rs = matchLists(
    pred.resolutions,
    gold.resolutions,
    (p, g) => looseKey(p.text).startsWith(looseKey(g.text_start)),
    (p, g) => resolutionMatches(p.text, g.text_start),
  );
  addList(
    'resolutions',
    rs,
    pred.resolutions.map((r) => r.text.slice(0, 60)),
    gold.resolutions.map((r) => r.text_start),
    out,
  );
  out.counts['responsible'] = { tp: 0, fp: 0, fn: 0 };
  out.counts['deadlines'] = { tp: 0, fp: 0, fn: 0 };
  for (const [pi, gi] of rs.pairs) {
    const p = pred.resolutions[pi]!;
    const g = gold.resolutions[gi]!;
    list('responsible', p.responsible, g.responsible, out);
    const dc = out.counts['deadlines']!;
    const pd = p.deadline;
    const gd = g.deadline;
    if (pd && gd && looseMatch(pd, gd, true)) dc.tp++;
    else {
      if (pd) dc.fp++;
      if (gd) dc.fn++;
      if (pd || gd) out.failures.push({ field: 'deadlines', missing: gd ? [gd] : [], extra: pd ? [pd] : [] });
    }
  }
  if (gold.title !== undefined) single('title', pred.title ?? null, gold.title, (a, b) => looseMatch(a, b, true), out);
  if (gold.meeting_number !== undefined)
    single(
      'meeting_number',
      pred.meetingNumber != null ? String(pred.meetingNumber) : null,
      gold.meeting_number != null ? String(gold.meeting_number) : null,
      (a, b) => a === b,
      out,
    );
  if (gold.chair !== undefined)
    single('chair', pred.chair ?? null, gold.chair, (a, b) => nameMatch(chairName(a), chairName(b)), out);
  if (gold.commitments !== undefined) scoreCommitments(pred.commitments ?? [], gold.commitments, out);
  return out;
}

/** Precision/recall/F1 of summed counts (P and R are 1 when there is nothing to find or claim). */
export function toScore(c: FieldCounts): FieldScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Sum counts field by field. */
export function addCounts(into: Record<string, FieldCounts>, from: Record<string, FieldCounts>): void {
  for (const [k, v] of Object.entries(from)) {
    const t = into[k] ?? { tp: 0, fp: 0, fn: 0 };
    into[k] = { tp: t.tp + v.tp, fp: t.fp + v.fp, fn: t.fn + v.fn };
  }
}

/** Ranking metrics of one query: recall@k, nDCG@k (binary relevance), reciprocal rank. */
export function rankingMetrics(
  ranked: string[],
  relevant: string[],
  k = 10,
): { recall: number; ndcg: number; rr: number } {
  const rel = new Set(relevant);
  const top = ranked.slice(0, k);
  const hits = top.filter((id) => rel.has(id)).length;
  const recall = rel.size === 0 ? 1 : hits / rel.size;
  let dcg = 0;
  top.forEach((id, i) => {
    if (rel.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let idcg = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) idcg += 1 / Math.log2(i + 2);
  const first = ranked.findIndex((id) => rel.has(id));
  return { recall, ndcg: idcg === 0 ? 1 : dcg / idcg, rr: first < 0 ? 0 : 1 / (first + 1) };
}
