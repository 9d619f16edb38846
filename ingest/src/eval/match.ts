/**
 * The loose matching the scorers share (score.ts for records, commitment-score.ts for
 * commitments) and the counts they produce. Pure.
 *
 * Loose matching: letters folded as the parsers fold them (parse/fold.ts, from the table of
 * text/chars.ts), digits compared as ASCII, marks dropped, spaces, ZWNJ and punctuation
 * ignored, honorifics (جناب، آقای، محترم، دکتر، مهندس، سرکار خانم، سردار) ignored. Names and
 * bodies also match by containment (either way, the shorter ≥ 3 letters). Two names of one bank
 * or fund in the registry match («صندوق ضمانت تعاون» is «صندوق ضمانت سرمایه گذاری تعاون»).
 */
import { fold } from '../parse/fold.ts';
import { findFundingMentions } from '../parse/funding.ts';
import { editDistance } from '../text/index.ts';

export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends FieldCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Failure detail of one field in one document. */
export interface FieldFailure {
  field: string;
  missing: string[];
  extra: string[];
}

/** Counts per field for one document plus what went wrong. */
export interface DocumentScore {
  counts: Record<string, FieldCounts>;
  failures: FieldFailure[];
}

const HONORIFICS = /جناب|آقای|اقای|محترم|دکتر|مهندس|سرکار|خانم|سردار/g;

/** The loose comparison key of a value. */
export function looseKey(s: string): string {
  return fold(s)
    .replace(HONORIFICS, '')
    .replace(/[\s\u200c\u200d،,.:;؛()[\]«»"'\-–—_/|*]/g, '')
    .replace(/ی+/g, 'ی');
}

/** Loose equality, with containment when `contain` (shorter side at least 3 letters). */
export function looseMatch(a: string, b: string, contain: boolean): boolean {
  const ka = looseKey(a);
  const kb = looseKey(b);
  if (ka === kb) return ka.length > 0;
  if (!contain) return false;
  const [s, l] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return s.length >= 3 && l.includes(s);
}

/** Same name: loose match, or one letter inserted, dropped or changed («کرایی»/«کرایبی»). */
export function nameMatch(a: string, b: string): boolean {
  if (looseMatch(a, b, true)) return true;
  const ka = looseKey(a);
  const kb = looseKey(b);
  if (ka.length < 4 || kb.length < 4) return false;
  return editDistance(ka, kb, 1, { transpositions: false }) <= 1;
}

/** One-to-one greedy matching; returns counts and the matched index pairs. */
export function matchLists<P, G>(
  pred: P[],
  gold: G[],
  exact: (p: P, g: G) => boolean,
  loose: (p: P, g: G) => boolean,
): FieldCounts & { pairs: [number, number][]; missing: number[]; extra: number[] } {
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const test of [exact, loose]) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = pred.findIndex((p, i) => !usedP.has(i) && test(p, g));
      if (pi >= 0) {
        usedP.add(pi);
        usedG.add(gi);
        pairs.push([pi, gi]);
      }
    });
  }
  const missing = gold.map((_, i) => i).filter((i) => !usedG.has(i));
  const extra = pred.map((_, i) => i).filter((i) => !usedP.has(i));
  return { tp: pairs.length, fp: extra.length, fn: missing.length, pairs, missing, extra };
}

/** The registry's bank or fund a value names from its first word on, or null. */
function funderOf(s: string): string | null {
  const hit = findFundingMentions(fold(s).trim())[0];
  return hit && hit.index === 0 ? hit.canonical : null;
}

/** Two names of the same bank or fund of the registry, however each is written. */
export function sameFunder(a: string, b: string): boolean {
  const fa = funderOf(a);
  return fa !== null && fa === funderOf(b);
}
