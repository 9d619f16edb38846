/**
 * Funding bodies (banks, funds, foundations) named in a text, from data/funding-bodies.ts.
 * Works on folded text. Pure.
 */
import { FUNDING_BODIES } from './data/funding-bodies.ts';
import { LETTER, escapeRegex, fold, nameRegexSource } from './fold.ts';

interface AliasPattern {
  canonical: string;
  re: RegExp;
  notBefore: string[];
  length: number;
}

const B = `(?<![${LETTER}])`;
const A = `(?![${LETTER}])`;

/** An alias as a pattern: words separated by any spaces, none, or a «،» («کشاورزان، روستاییان و عشایر»). */
function aliasSource(alias: string): string {
  return fold(alias).trim().split(/\s+/).map(escapeRegex).join('\\s*[،,]?\\s*');
}

const aliasPatterns: AliasPattern[] = FUNDING_BODIES.flatMap((b) =>
  [b.name, ...b.aliases].map((alias) => ({
    canonical: b.name,
    re: new RegExp(`${B}${aliasSource(alias)}${A}`, 'g'),
    notBefore: (b.notBefore ?? []).map((w) => fold(w)),
    length: fold(alias).length,
  })),
).sort((a, b) => b.length - a.length);

const shortNames = FUNDING_BODIES.filter((b) => b.short).map((b) => ({ canonical: b.name, short: fold(b.short!) }));
const shortAlt = shortNames
  .map((s) => nameRegexSource(s.short))
  .sort((a, b) => b.length - a.length)
  .join('|');
// «بانک‌های ملی، سپه و صادرات», «۷ بانک عامل (ملی، سپه، … و ملت)»: «بانک» followed by a list
// of short bank names (two at least).
const BANK_LIST = new RegExp(
  `${B}بانک\\s*(?:ها|های|ی)?(?:\\s+عامل(?:ی)?)?\\s*[(]?\\s*((?:${shortAlt})(?:\\s*[،,]\\s*(?:${shortAlt}))*\\s*و\\s*(?:${shortAlt}))${A}`,
  'g',
);

/** A funding-body mention in folded text. */
export interface FundingMatch {
  canonical: string;
  index: number;
  end: number;
}

/** All funding-body mentions in a folded text (longest alias wins where they overlap). */
export function findFundingMentions(folded: string): FundingMatch[] {
  const found: FundingMatch[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && f.index < e);
  for (let m = BANK_LIST.exec(folded); m; m = BANK_LIST.exec(folded)) {
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    for (const part of list.split(/\s*[،,]\s*|\s+و\s+/)) {
      const key = part.replace(/\s+/g, '');
      const hit = shortNames.find((s) => s.short.replace(/\s+/g, '') === key);
      if (hit) found.push({ canonical: hit.canonical, index: listStart, end: m.index + m[0].length });
    }
  }
  BANK_LIST.lastIndex = 0;
  for (const p of aliasPatterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      const after = folded.slice(end, end + 30).trimStart();
      if (p.notBefore.some((w) => after.startsWith(w))) continue;
      found.push({ canonical: p.canonical, index: m.index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const RELIEF = new Set(FUNDING_BODIES.filter((b) => b.relief).map((b) => b.name));

/** Distinct canonical funding bodies in order of first mention (relief bodies left out). */
export function findFundingBodies(folded: string): string[] {
  return [...new Set(findFundingMentions(folded).map((f) => f.canonical))].filter((n) => !RELIEF.has(n));
}

/** The canonical funding body (relief bodies included) a folded name stands for, or null. */
export function canonicalFundingBody(folded: string): string | null {
  return findFundingMentions(folded)[0]?.canonical ?? null;
}
