/** Name and role tokens of speakers: word sets from the lexicon, titles, family names, role heads. Pure. */
import { GIVEN_NAMES, NAME_PREFIXES, PHRASE_STOPS, ROLE_HEADS, SPEECH_VERBS, TITLES } from '../data/persons.ts';
import { fold, tidy } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';
import { L, re } from '../boundary.ts';

export const given = new Set(GIVEN_NAMES.map((n) => fold(n)));
export const prefixes = new Set(NAME_PREFIXES.map((n) => fold(n)));
export const roleHeads = new Set(ROLE_HEADS.map((n) => fold(n)));
export const stops = new Set(PHRASE_STOPS.map((n) => fold(n)));
export const titleSet = new Set(TITLES.flatMap((t) => fold(t).split(' ')));

export const VERB_ALT = [...new Set(SPEECH_VERBS.map((v) => fold(v).replace(/ /g, '\\s*')))]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A speech verb as a whole word, optionally followed by «:».
// Boundaries are letters only: «،» (U+060C) lies in the Arabic block but ends a word.
export const VERB_RE = new RegExp(`(?<![${AR_LETTER}])(?:${VERB_ALT})(?![${AR_LETTER}])`, 'g');

// Words that never start a person's name (subjects that are bodies, pronouns, things).
export const NOT_NAME = new Set(
  (
    'وی او ایشان این آن ما من شما آنها ایشان همه هر یک هریک جلسه نشست کارگروه شورا شورای بانک صندوق بنیاد سازمان اداره ' +
    'استانداری فرمانداری شهرداری وزارت ستاد کمیته کمیسیون قرارگاه دولت مجلس طرح برنامه گزارش موضوع مصوبات ' +
    'اعضا اعضای حاضرین مدیران دستگاه دستگاههای دستگاه های مردم دبیرخانه تعداد میزان مبلغ سال ماه روز امسال ' +
    'خبرگزاری پایگاه روابط باشگاه به در با از که و یا تا بر برای همچنین سپس ابتدا پس اینکه آنچه چنانچه اگر ' +
    'سایر بخش بخشی هیات هیئت شرکت تعاونی تعاونیها کشور استان شهرستان شهر روستا منطقه محله ' +
    'متاسفانه خوشبختانه البته بنا درابتدا ضمنا لذا بنابراین اما ولی اکنون هم اکنون اینجانب بنده تعدادی برخی جمعی بعضی'
  )
    .split(' ')
    .map((w) => fold(w)),
);

// The abbreviated blessing after a holy name: «امام خمینی (ره)», «امام علی (ع)»; never a person's name.
export const HONORIFIC_ABBR = 'ره|ع|س|عج|ص|رض';

export const FAMILY_SUFFIX = /^(پور|زاده|نژاد|راد|فر|نیا|مند|وند|لو|لی|زاد|کیا|فرد|منش|پناه|دوست)$/;

// Words that end a bare name (time words, number words, discourse words).
export const NAME_BREAK = new Set(
  'خطاب آنگاه سپس بیست سی چهل پنجاه یک دو سه چهار پنج شش هفت هشت نه ده اول دوم سوم امروز دیروز روز شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه'
    .split(' ')
    .map((w) => fold(w)),
);

// OCR glues a family name ending in «ی» to the next word: «اسدیضمنارائه», «اسدیشرکتشهرک».
export const FUSED = re('')`^([${L}]{2,8}ی)(ضمن|شرکت|مدیرکل|مدیر|معاون|معاونت|نماینده|فرماندار|سرپرست)([${L}]*)$`;

/** Split one OCR-fused token into its words (only tokens of 9+ letters). */
export function defuse(w: string): string[] {
  if (w.length < 9) return [w];
  const m = FUSED.exec(w);
  if (!m) return [w];
  return [m[1]!, m[2]!, ...(m[3] ? defuse(m[3]) : [])];
}

// Role heads of two words («خزانه دار», «قائم مقام»), folded: read as one token.
const TWO_WORD_HEADS = new Set([...roleHeads].filter((h) => h.includes(' ')));

export function words(s: string): string[] {
  const ws = tidy(s.replace(/[*#«»"()[\]]/g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap(defuse);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    // Joined with ZWNJ, as the words are written; fold() reads it as the head's space.
    if (i + 1 < ws.length && TWO_WORD_HEADS.has(`${fold(ws[i]!)} ${fold(ws[i + 1]!)}`)) {
      out.push(`${ws[i]!}\u200c${ws[i + 1]!}`);
      i++;
    } else out.push(ws[i]!);
  }
  return out;
}

export function isRoleHead(w: string): boolean {
  const f = fold(w);
  return (
    roleHeads.has(f) ||
    [...roleHeads].some((h) => f.startsWith(h) && f.length <= h.length + 2 && /^(مدیر|معاون|رئیس|رییس)/.test(h))
  );
}

const RANK_BEFORE_GIVEN = new Set(['قاضی', 'بازپرس', 'دادیار', 'شیخ'].map((w) => fold(w)));

/** Strip leading titles («جناب آقای دکتر»). */
export function stripTitles(ws: string[]): string[] {
  let i = 0;
  for (; i < ws.length; i++) {
    const f = fold(ws[i]!).replace(/[،,:]/g, '');
    // «آقا» is a title only after «حاج» («حاج آقا X»); alone it may start a name («آقا محمدی»).
    if (titleSet.has(f) || (f === 'اقا' && i > 0 && fold(ws[i - 1]!) === 'حاج')) continue;
    // «قاضی سجاد مرادی»: a rank that is also a family name («آقای قاضی») is a title before a given name.
    if (RANK_BEFORE_GIVEN.has(f) && given.has(fold(ws[i + 1] ?? '').replace(/[،,:]/g, ''))) continue;
    break;
  }
  // «حاجی پور»: a title word followed by a family-name suffix is the name itself.
  if (i > 0 && i < ws.length && FAMILY_SUFFIX.test(fold(ws[i]!))) i--;
  return ws.slice(i);
}

/** Reduce a full name to the family name (drop given names and «سید» prefixes in front). */
export function familyName(tokens: string[]): string {
  let ws = tokens.map((w) => w.replace(/[،,:.]/g, '')).filter(Boolean);
  while (ws.length > 1) {
    const f = fold(ws[0]!);
    // «حسن پور», «علی زاده»: a given name followed by a family-name suffix is the family name.
    if (FAMILY_SUFFIX.test(fold(ws[1]!))) break;
    const f2 = ws.length > 2 ? fold(ws[0]! + ws[1]!) : '';
    if (prefixes.has(f) && ws.length > 2 && given.has(fold(ws[1]!))) ws = ws.slice(2);
    else if (f2 && given.has(f2) && ws.length > 2) ws = ws.slice(2);
    else if (given.has(f) || (f.startsWith('سید') && given.has(f.slice(3)))) ws = ws.slice(1);
    else break;
  }
  return ws.join(' ');
}

export function cleanRole(role: string): string | null {
  const r = tidy(role.replace(/[*#]/g, ' ').replace(/^[،,:\-\s]+|[،,:\-\s.]+$/g, ''));
  const t = r
    .replace(/\s*(?:در ادامه.*|فرمودند.*|ادامه دادند.*|بیانات خود.*|در گزارشی.*|در بیاناتی.*)$/, '')
    .replace(/[،,:\s]+$/, '')
    .trim();
  return t.length >= 3 ? t : null;
}

/** Split «name role» token lists: name = tokens before the first role head (max 4). */
export function splitNameRole(ws: string[]): { name: string | null; role: string | null } {
  const body = stripTitles(ws);
  // A body right after the name is the role («اسدی شرکت شهرک های صنعتی …»).
  let cut = body.findIndex((w, i) => i > 0 && (isRoleHead(w) || BODY_WORD.test(fold(w)) || /[،,]$/.test(body[i - 1]!)));
  if (cut < 0) cut = body.length;
  const nameTokens = body.slice(0, Math.min(cut, 4));
  const name = nameTokens.length > 0 ? familyName(nameTokens) : null;
  const role = cut < body.length ? cleanRole(body.slice(cut).join(' ')) : null;
  return { name: name && name.length >= 2 ? name : null, role };
}

export const BODY_WORD =
  /^(?:شرکت|سازمان|اداره|بانک|صندوق|بنیاد|ستاد|کمیته|کمیسیون|شورای|دفتر|وزارت|استانداری|فرمانداری|شهرداری)$/;

export interface RawSpeaker {
  name: string | null;
  role: string | null;
  pos: number;
  /** Introduced as the one chairing («به ریاست X»). */
  chair?: boolean;
  /**
   * Marked as one more voice of a report: «ROLE نیز/هم … گفت», «به گفته ROLE، …». News keep such
   * a role-only speaker even when no name is ever tied to it.
   */
  also?: boolean;
  /**
   * Quoted directly («ROLE … گفت: …») as a new voice (not «ROLE در ادامه گفت:», which goes on
   * quoting someone already named). News keep such a role-only speaker too.
   */
  quoted?: boolean;
  /** The name was written before this mention: a person the reader already knows. */
  earlier?: boolean;
  /** Read from an attendance or signature list: gives a role, never a speaker on its own. */
  attendance?: boolean;
  /** A news headline «ROLE: …»: often the lead's role cut short («معاون وزیر کار» for «معاون توسعه … وزیر کار»). */
  headline?: boolean;
}
