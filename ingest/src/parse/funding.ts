/**
 * Funding bodies (banks, funds, foundations) named in a text, from data/funding-bodies.ts.
 * Works on folded text. Pure.
 */
import { FUNDING_BODIES } from './data/funding-bodies.ts';
import { compactKey, escapeRegex, fold } from './fold.ts';
import { AR_LETTER } from '../text/chars.ts';
import { PLACE_KEYS } from './organisations/words.ts';

interface AliasPattern {
  canonical: string;
  re: RegExp;
  notBefore: string[];
  length: number;
}

const B = `(?<![${AR_LETTER}])`;
const A = `(?![${AR_LETTER}])`;

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

// Short bank names keyed without spaces and without a standalone «و» («توسعه و تعاون» is
// «توسعه تعاون», «صنعت و معدن» stays one name).
const shortKey = (words: string[]) => words.filter((w) => w !== 'و').join('');
const shortNames = new Map(
  FUNDING_BODIES.filter((b) => b.short).map((b) => [shortKey(fold(b.short!).split(/\s+/)), b.name] as const),
);
const SHORT_MAX_WORDS = 4;
// «بانک‌های ملی، سپه و صادرات», «۷ بانک عامل (ملی، سپه، … و ملت)», «بانکهای کشاورزی ، توسعه و
// تعاون ، پست بانک و …», «بانک‌های عامل استان از جمله/شامل ملی، …»: «بانک» followed by a list
// of short bank names.
const BANK_LIST_HEAD = new RegExp(
  `${B}بانک(?:\\s*(?:های|ها)|ی)?(?:\\s+عامل(?:ی)?)?(?:\\s+(?:استان|شهرستان))?(?:\\s*[،,]?\\s*(?:از\\s+جمله|شامل|مانند|نظیر|یعنی))?\\s*[(:]?\\s*`,
  'g',
);

/**
 * The short bank names listed from `from` on: items separated by «،» or «و», each one short
 * name (of up to four words); the list ends at the first item that is none. Two names at least.
 */
function bankList(folded: string, from: number): FundingMatch[] {
  const tokens: { w: string; index: number; end: number }[] = [];
  const tokenRe = /[^\s،,()]+|[،,]/g;
  tokenRe.lastIndex = from;
  for (let m = tokenRe.exec(folded); m && tokens.length < 40; m = tokenRe.exec(folded)) {
    if (/[\n.:؛]/.test(folded.slice(tokens.at(-1)?.end ?? from, m.index))) break;
    tokens.push({ w: m[0], index: m.index, end: m.index + m[0].length });
  }
  const found: FundingMatch[] = [];
  let i = 0;
  for (;;) {
    let hit: { name: string; n: number } | null = null;
    for (let n = Math.min(SHORT_MAX_WORDS, tokens.length - i); n >= 1 && !hit; n--) {
      const words = tokens.slice(i, i + n).map((t) => t.w);
      if (words.some((w) => /^[،,]$/.test(w)) || words[0] === 'و' || words.at(-1) === 'و') continue;
      const name = shortNames.get(shortKey(words));
      if (name) hit = { name, n };
    }
    if (!hit) break;
    found.push({ canonical: hit.name, index: tokens[i]!.index, end: tokens[i + hit.n - 1]!.end });
    i += hit.n;
    // Separators: «،», «و», or both («، و»).
    let sep = false;
    while (i < tokens.length && /^(?:[،,]|و)$/.test(tokens[i]!.w)) {
      sep = true;
      i++;
    }
    if (!sep) break;
  }
  return found.length >= 2 ? found : [];
}

const LOCAL_FUND = new RegExp(
  `${B}صندوق\\s+(?:اعتبارات\\s+خرد\\s+)?(?:زنان|بانوان)(?:\\s+(?:روستایی|عشایری|سرپرست\\s+خانوار))?\\s+(?:شهرستان\\s+|روستای\\s+)?([${AR_LETTER}]+(?:\\s+[${AR_LETTER}]+){0,2})`,
  'g',
);

// A local interest-free loan fund named after its patron and its town («صندوق قرض‌الحسنه ولی‌عصر
// (عج) مهریز»): up to three name words and an honorific in brackets before the place.
const LOAN_FUND = new RegExp(
  `${B}صندوق\\s+قرض\\s*(?:ال)?\\s*حسنه((?:\\s+(?:[${AR_LETTER}]+|\\([${AR_LETTER}\\s]{1,10}\\))){1,7})`,
  'g',
);
// Words that end a patron's name: prepositions and the like («… صندوق قرض‌الحسنه به مردم …»).
const NAME_STOP = new Set('به از در با برای را که تا بر این آن و یا هم نیز'.split(' '));

/** Local funds named by their town: the name as written, up to the place, or null. */
function localFund(folded: string, m: RegExpExecArray, maxNameWords: number): FundingMatch | null {
  const tail = m[1]!;
  const words = [...tail.matchAll(/\([^)]*\)|[^\s()]+/g)];
  let name = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]![0];
    for (let n = Math.min(3, words.length - k); n >= 1; n--) {
      const place = words.slice(k, k + n).map((x) => x[0]);
      if (place.some((x) => x.startsWith('(')) || !PLACE_KEYS.has(compactKey(place.join(' ')))) continue;
      const end = m.index + m[0].length - tail.length + words[k + n - 1]!.index! + place.at(-1)!.length;
      return { canonical: folded.slice(m.index, end), index: m.index, end };
    }
    if (w.startsWith('(') || /^(?:شهرستان|روستای|شهر)$/.test(w)) continue;
    if (NAME_STOP.has(w) || ++name > maxNameWords) return null;
  }
  return null;
}

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
  BANK_LIST_HEAD.lastIndex = 0;
  for (let m = BANK_LIST_HEAD.exec(folded); m; m = BANK_LIST_HEAD.exec(folded)) {
    // Every bank of a list spans the whole list (callers read a list as one mention).
    const list = bankList(folded, m.index + m[0].length);
    if (list.length === 0 || overlaps(list[0]!.index, list.at(-1)!.end)) continue;
    const span = { index: list[0]!.index, end: list.at(-1)!.end };
    for (const hit of list) found.push({ canonical: hit.canonical, ...span });
  }
  // Local credit funds named by their town («صندوق زنان سرایان», «صندوق اعتبارات خرد زنان
  // روستایی شهرستان X»): the name as written, up to the place.
  LOCAL_FUND.lastIndex = 0;
  for (let m = LOCAL_FUND.exec(folded); m; m = LOCAL_FUND.exec(folded)) {
    const words = m[1]!.split(/\s+/);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const place = words.slice(0, n).join(' ');
      if (!PLACE_KEYS.has(compactKey(place))) continue;
      const end = m.index + m[0].length - m[1]!.length + place.length;
      if (!overlaps(m.index, end)) found.push({ canonical: folded.slice(m.index, end), index: m.index, end });
      break;
    }
  }
  LOAN_FUND.lastIndex = 0;
  for (let m = LOAN_FUND.exec(folded); m; m = LOAN_FUND.exec(folded)) {
    const hit = localFund(folded, m, 3);
    if (hit && !overlaps(hit.index, hit.end)) found.push(hit);
  }
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

// A body named as the one whose clients or target group are meant («مددجویان X», «مناطق هدف
// X», «خانواده‌های تحت پوشش X») is not the one that funds.
const BENEFICIARIES_OF = /(?:مددجویان|مددجوی|هدف|(?:تحت|زیر)\s*(?:پوشش|حمایت))\s*$/;

/**
 * Distinct canonical funding bodies in order of first mention (relief bodies left out, and
 * bodies named only as the owners of a target group).
 */
export function findFundingBodies(folded: string): string[] {
  const mentions = findFundingMentions(folded).filter(
    (f) => !BENEFICIARIES_OF.test(folded.slice(Math.max(0, f.index - 20), f.index)),
  );
  const central = centralBankAsFunder(folded);
  return [...new Set([...mentions, ...central].sort((a, b) => a.index - b.index).map((f) => f.canonical))].filter(
    (n) => !RELIEF.has(n),
  );
}

// The central bank is the regulator, no funding body of the gazetteer; it is one where the money
// or the loan scheme is its own («تسهیلات ازدواج بانک مرکزی», «تامین منابع از سوی بانک مرکزی»),
// not where its rules, policies or head are meant («ابلاغیه/بخشنامه‌های/سیاست‌های دولت و بانک
// مرکزی», «رئیس کل بانک مرکزی»). Tested on folded text.
const CENTRAL_BANK = new RegExp(`${B}بانک\\s*مرکزی(?:\\s+جمهوری\\s+اسلامی(?:\\s+ایران)?)?${A}`, 'g');
const REGULATES = new RegExp(
  `${B}(?:${[
    'ابلاغیه',
    'بخشنامه',
    'دستورالعمل',
    'مصوبه',
    'مصوبات',
    'سیاست',
    'مقررات',
    'ضوابط',
    'قوانین',
    'الزامات',
    'نظارت',
    'مجوز',
    'اعلام',
    'گزارش',
    'آمار',
    'نرخ',
    'رئیس کل',
    'رییس کل',
    'قائم مقام',
    'معاون',
    'تکلیف',
    'طبق',
    'براساس',
    'بر اساس',
  ]
    .map((w) => fold(w).replace(/ /g, '\\s*'))
    .join('|')})`,
);

function centralBankAsFunder(folded: string): FundingMatch[] {
  const out: FundingMatch[] = [];
  CENTRAL_BANK.lastIndex = 0;
  for (let m = CENTRAL_BANK.exec(folded); m; m = CENTRAL_BANK.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const clause = before.slice(
      Math.max(before.lastIndexOf('،'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1,
    );
    if (!REGULATES.test(clause)) out.push({ canonical: 'بانک مرکزی', index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The canonical funding body (relief bodies included) a folded name stands for, or null. */
export function canonicalFundingBody(folded: string): string | null {
  return findFundingMentions(folded)[0]?.canonical ?? null;
}
