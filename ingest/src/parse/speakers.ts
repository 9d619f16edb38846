/**
 * Speakers (name + role), chair and people mentioned. Input is header-stripped,
 * light-folded text (see fold.ts `lightFold`). Pure.
 *
 * Sources of speakers, in order of trust:
 *  1. heading lines in minutes: «**جناب آقای دکتر X سمت**», «### بیانات جناب آقای X، سمت»,
 *     a name line followed by a role line;
 *  2. sentences whose subject precedes a speech verb: «X گفت/افزود/اظهار داشت», where the
 *     subject is a titled name, a bare family name, a full name, a role, or «name، role»;
 *  3. minutes narration «سپس ROLE … ارائه نمودند».
 * One entry per person: spellings are merged ignoring spaces, with one-letter slips, and a
 * family name contained in another («نظرزاده» ⊂ «سیدنظرزاده»); role-only entries merge into
 * the named person with the same role (single-incumbent heads such as استاندار match on the
 * head alone) or, in news, into the next named person without a role.
 */
import type { Speaker } from '../schema.ts';
import {
  GIVEN_NAMES,
  NAME_PREFIXES,
  PHRASE_STOPS,
  ROLE_HEADS,
  SINGLE_INCUMBENT,
  SPEECH_VERBS,
  TITLES,
} from './data/persons.ts';
import { LETTER, compactKey, fold, tidy } from './fold.ts';
import { L, re } from './boundary.ts';
import { NAME_GOES_ON_WORDS, foldedSet } from './lexicon.ts';

const given = new Set(GIVEN_NAMES.map((n) => fold(n)));
const prefixes = new Set(NAME_PREFIXES.map((n) => fold(n)));
const roleHeads = new Set(ROLE_HEADS.map((n) => fold(n)));
const stops = new Set(PHRASE_STOPS.map((n) => fold(n)));
const titleSet = new Set(TITLES.flatMap((t) => fold(t).split(' ')));

const VERB_ALT = [...new Set(SPEECH_VERBS.map((v) => fold(v).replace(/ /g, '\\s*')))]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A speech verb as a whole word, optionally followed by «:».
// Boundaries are letters only: «،» (U+060C) lies in the Arabic block but ends a word.
const VERB_RE = new RegExp(`(?<![${LETTER}])(?:${VERB_ALT})(?![${LETTER}])`, 'g');

// Words that never start a person's name (subjects that are bodies, pronouns, things).
const NOT_NAME = new Set(
  (
    'وی او ایشان این آن ما من شما آنها ایشان همه هر یک جلسه نشست کارگروه شورا شورای بانک صندوق بنیاد سازمان اداره ' +
    'استانداری فرمانداری شهرداری وزارت ستاد کمیته کمیسیون قرارگاه دولت مجلس طرح برنامه گزارش موضوع مصوبات ' +
    'اعضا اعضای حاضرین مدیران دستگاه دستگاههای دستگاه های مردم دبیرخانه تعداد میزان مبلغ سال ماه روز امسال ' +
    'خبرگزاری پایگاه روابط باشگاه به در با از که و یا تا بر برای همچنین سپس ابتدا پس اینکه آنچه چنانچه اگر ' +
    'سایر بخش بخشی هیات هیئت شرکت تعاونی تعاونیها کشور استان شهرستان شهر روستا منطقه محله ' +
    'متاسفانه خوشبختانه البته ضمنا لذا بنابراین اما ولی اکنون هم اکنون اینجانب بنده تعدادی برخی جمعی بعضی'
  )
    .split(' ')
    .map((w) => fold(w)),
);

const FAMILY_SUFFIX = /^(پور|زاده|نژاد|راد|فر|نیا|مند|وند|لو|زاد|کیا|فرد|منش|پناه|دوست)$/;

// Words that end a bare name (time words, number words, discourse words).
const NAME_BREAK = new Set(
  'خطاب آنگاه سپس بیست سی چهل پنجاه یک دو سه چهار پنج شش هفت هشت نه ده اول دوم سوم امروز دیروز روز شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه'
    .split(' ')
    .map((w) => fold(w)),
);

// OCR glues a family name ending in «ی» to the next word: «اسدیضمنارائه», «اسدیشرکتشهرک».
const FUSED = re('')`^([${L}]{2,8}ی)(ضمن|شرکت|مدیرکل|مدیر|معاون|معاونت|نماینده|فرماندار|سرپرست)([${L}]*)$`;

/** Split one OCR-fused token into its words (only tokens of 9+ letters). */
function defuse(w: string): string[] {
  if (w.length < 9) return [w];
  const m = FUSED.exec(w);
  if (!m) return [w];
  return [m[1]!, m[2]!, ...(m[3] ? defuse(m[3]) : [])];
}

function words(s: string): string[] {
  return tidy(s.replace(/[*#«»"()[\]]/g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap(defuse);
}

function isRoleHead(w: string): boolean {
  const f = fold(w);
  return (
    roleHeads.has(f) ||
    [...roleHeads].some((h) => f.startsWith(h) && f.length <= h.length + 2 && /^(مدیر|معاون|رئیس|رییس)/.test(h))
  );
}

/** Strip leading titles («جناب آقای دکتر»). */
function stripTitles(ws: string[]): string[] {
  let i = 0;
  while (i < ws.length && titleSet.has(fold(ws[i]!).replace(/[،,:]/g, ''))) i++;
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

function cleanRole(role: string): string | null {
  const r = tidy(role.replace(/[*#]/g, ' ').replace(/^[،,:\-\s]+|[،,:\-\s.]+$/g, ''));
  const t = r
    .replace(/\s*(?:در ادامه.*|فرمودند.*|ادامه دادند.*|بیانات خود.*|در گزارشی.*|در بیاناتی.*)$/, '')
    .replace(/[،,:\s]+$/, '')
    .trim();
  return t.length >= 3 ? t : null;
}

/** Split «name role» token lists: name = tokens before the first role head (max 4). */
function splitNameRole(ws: string[]): { name: string | null; role: string | null } {
  const body = stripTitles(ws);
  // A body right after the name is the role («اسدی شرکت شهرک های صنعتی …»).
  let cut = body.findIndex((w, i) => i > 0 && (isRoleHead(w) || BODY_WORD.test(fold(w)) || /[،,]$/.test(body[i - 1]!)));
  if (cut < 0) cut = body.length;
  const nameTokens = body.slice(0, Math.min(cut, 4));
  const name = nameTokens.length > 0 ? familyName(nameTokens) : null;
  const role = cut < body.length ? cleanRole(body.slice(cut).join(' ')) : null;
  return { name: name && name.length >= 2 ? name : null, role };
}

const BODY_WORD =
  /^(?:شرکت|سازمان|اداره|بانک|صندوق|بنیاد|ستاد|کمیته|کمیسیون|شورای|دفتر|وزارت|استانداری|فرمانداری|شهرداری)$/;

interface RawSpeaker {
  name: string | null;
  role: string | null;
  pos: number;
  /** Introduced as the one chairing («به ریاست X»). */
  chair?: boolean;
}

// A bare «رئیس کمیته/جلسه/…» (no body named after it) refers back to whoever chairs.
const CHAIR_ANAPHOR = /^(?:رئیس|رییس)\s+(?:کمیته|کارگروه|شورا|جلسه|نشست|قرارگاه|ستاد|کمیسیون)$/;

const HEADING_TITLE = /^(?:بیانات\s+)?(?:جناب|آقای|اقای|سرکار|خانم)/;

/** Speaker headings of minutes. */
function headingSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const lines = text.split('\n');
  let pos = 0;
  const offsets = lines.map((l) => {
    const p = pos;
    pos += l.length + 1;
    return p;
  });
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const isMarked = /^\s*(#{1,6}\s|\*\*)/.test(raw);
    const line = tidy(raw.replace(/[*#]/g, ' '));
    if (!line || line.length > 200) continue;
    const ws = words(line);
    if (ws.length > 25) continue;
    const titled = HEADING_TITLE.test(line);
    if (!titled || (!isMarked && ws.length > 14)) continue;
    // An unmarked line with a speech verb is a sentence, read by the verb rule.
    VERB_RE.lastIndex = 0;
    if (!isMarked && VERB_RE.test(fold(line))) continue;
    // «جناب آقای X در ادامه … فرمودند» headings carry the name only.
    const body = line.replace(/^بیانات\s+/, '');
    const split = splitNameRole(
      words(body.replace(/\s(?:در ادامه|پیرو|ادامه دادند|تاکید داشتند|بیانات خود|در پایان|آنگاه).*$/, '')),
    );
    const name = split.name;
    let role = split.role;
    if (name && NOT_NAME.has(fold(name.split(' ')[0]!))) continue;
    if (!role) {
      // Role on the next non-empty line: «جناب آقای قادر احمدی ⏎ مدیر حوزه تعاون استان».
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      const next = tidy((lines[j] ?? '').replace(/[*#]/g, ' '));
      const nws = words(next);
      if (nws.length > 0 && nws.length <= 14 && isRoleHead(nws[0]!))
        role = cleanRole(next.replace(/\s*فرمودند.*$/, ''));
    }
    if (name) out.push({ name, role, pos: offsets[i]! });
  }
  return out;
}

/**
 * A bold titled name inside a line introduces a speaker («… کلام الله مجید **آقای X ROLE**،
 * ضمن …»). When the bold ends the line, the role may run on past the line break up to the
 * first «،» («**… و دبیر قرارگاه** ⏎ اجتماعی استان ، ضمن …»).
 */
function inlineBoldSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const re = /\*\*\s*((?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم|خانم)\s[^*\n]{2,160}?)\s*\*\*([^\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // Bold at the start of a line is read by the heading rule.
    if (text.slice(lineStart, m.index).trim() === '') continue;
    let inner = m[1]!;
    if (m[2]!.trim() === '') {
      const after = text.slice(m.index + m[0].length).replace(/^\s+/, '');
      const cont = /^([^\n،,.:*#]{2,60}?)\s*[،,]/.exec(after);
      if (cont) {
        const cws = words(cont[1]!);
        if (cws.length <= 4 && !titleSet.has(fold(cws[0]!)) && !isRoleHead(cws[0]!)) inner = `${inner} ${cont[1]!}`;
      }
    }
    const { name, role } = splitNameRole(words(inner));
    if (name && !NOT_NAME.has(fold(name.split(' ')[0]!))) out.push({ name, role, pos: m.index });
  }
  return out;
}

/** Start of the sentence containing `index`. */
function sentenceStart(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && !/[.!?؟\n:؛]/.test(text[i]!)) i--;
  return i + 1;
}

// Openers before the subject: «به گزارش …،», fixed adverbs, and any short adverbial phrase
// closed by «،» («در ابتدای جلسه،», «در بخش دیگری از جلسه،», «پس از قرائت قرآن،») that holds
// no title or role (in «در ادامه آقای X رئیس اداره صنعت، معدن …» the «،» is inside the role).
const LEAD_IN =
  /^(?:[-•*\s]+)?(?:(?:به گزارش[^،,:]*[،,:]\s*)|(?:(?:در|پس\s+از|بعد\s+از)\s+(?:(?!آقای|اقای|خانم|جناب|مدیر|معاون|رئیس|رییس|استاندار|فرماندار|شهردار|نماینده|دبیر|سرپرست)[^،,:\n]){1,40}?[،,]\s*)|(?:در ادامه(?:\s+(?:این|همین))?\s+(?:جلسه|نشست)|در ادامه نیز|در ادامه|در این جلسه|در این نشست|در پایان|سپس|ابتدا|همچنین|پس از آن|پس از ایشان)\s+)*/;

// A dateline or byline of up to five words closed by a dash at the start of a clause.
const DATELINE = /^\s*(?:[^\s\-–—]+\s+){0,4}[^\s\-–—]+\s*[-–—]\s*(?=\S)/;

// Only the fixed openers (no «…،» adverbial phrase); longest first.
const LEAD_IN_FIXED =
  /^(?:[-•*\s]+)?(?:(?:در ادامه(?:\s+(?:این|همین))?\s+(?:جلسه|نشست)|در ادامه نیز|در ادامه|در (?:این|همین) (?:جلسه|نشست)|در پایان(?:\s+(?:این\s+)?(?:جلسه|نشست))?|سپس|ابتدا|همچنین|پس از آن|پس از ایشان)[،,]?\s+)*/;

// Words that continue a body's name after its inner «،» («تعاون، کار و رفاه اجتماعی»,
// «صنعت، معدن و تجارت»): a clause starting with one is still inside the «به گزارش» opener.
const NAME_GOES_ON = foldedSet(`${NAME_GOES_ON_WORDS} و`);

/**
 * The clause without its openers. «به گزارش X،» ends at the «،» after X's name, which may
 * itself hold «،» («به گزارش روابط عمومی اداره کل تعاون، کار و رفاه اجتماعی کردستان، …»).
 */
export function stripLeadIn(clause: string): string {
  // «اقتصاد۲۴-X گفت», «محبوبه کباری - X رئیس … افزود»: a dateline or byline before a dash,
  // unless the dash separates a name from its role («سپهوند – فرماندار …»).
  const byline = DATELINE.exec(clause);
  if (byline && !isRoleHead(words(clause.slice(byline[0].length))[0] ?? '')) clause = clause.slice(byline[0].length);
  let out = clause.replace(LEAD_IN, '');
  // «در ادامه این جلسه محمد فلاحتفتی، مدیر …»: the «،» closes a name, not an adverbial phrase.
  const consumed = words(clause.slice(0, clause.length - out.length));
  if (consumed.some((w) => given.has(fold(w.replace(/[،,]+$/, ''))))) out = clause.replace(LEAD_IN_FIXED, '');
  if (!/^(?:[-•*\s]+)?به\s+گزارش/.test(clause)) return out;
  for (let k = 0; k < 4 && NAME_GOES_ON.has(fold(words(out)[0] ?? '').replace(/[،,]$/, '')); k++) {
    const comma = out.search(/[،,]/);
    if (comma < 0) break;
    out = out.slice(comma + 1).replace(LEAD_IN, '');
  }
  return out;
}

const NAME_WORD = /^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u0626\u0624\u200c]+$/;

/**
 * A name set off by «،» after a role: «مدیر شعب بانک رفاه استان، یوسفی، گفت»,
 * «دبیر ستاد، مهندس حمید صالحی، گزارشی … ارائه کرد». The segment is a name when it is
 * titled or led by a given name, or when it is one or two bare words closed by «،» or ending
 * the subject. A segment that goes on with a body's name («تعاون، کار و رفاه اجتماعی») is not.
 */
export function appositiveName(roleWords: string[]): { name: string; role: string | null } | null {
  const segs: string[][] = [[]];
  const closed: boolean[] = [];
  for (const w of roleWords) {
    const bare = w.replace(/[،,]+$/, '');
    if (bare) segs[segs.length - 1]!.push(bare);
    if (/[،,]$/.test(w)) {
      closed[segs.length - 1] = true;
      segs.push([]);
    }
  }
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k]!;
    if (seg.length === 0) continue;
    const titled = titleSet.has(fold(seg[0]!));
    const body = stripTitles(seg);
    const last = k === segs.length - 1 || segs.slice(k + 1).every((x) => x.length === 0);
    if (body.length === 0 || body.length > 4) continue;
    if (
      body.some(
        (w) =>
          !NAME_WORD.test(w) ||
          stops.has(fold(w)) ||
          NOT_NAME.has(fold(w)) ||
          isRoleHead(w) ||
          BODY_WORD.test(fold(w)) ||
          fold(w) === 'و',
      )
    )
      continue;
    const ledByGiven = given.has(fold(body[0]!)) || prefixes.has(fold(body[0]!));
    if (!titled && !ledByGiven && !(body.length <= 2 && (closed[k] || last))) continue;
    // A bare word closed by «،» could be the next word of a body's name; names are not
    // followed by more of the role.
    if (!titled && !ledByGiven && !last && segs.slice(k + 1).some((x) => x.length > 0 && isRoleHead(x[0]!))) continue;
    const name = familyName(body);
    if (name.length < 2) continue;
    return {
      name,
      role: cleanRole(
        segs
          .slice(0, k)
          .map((x) => x.join(' '))
          .join('، '),
      ),
    };
  }
  return null;
}

/**
 * Minutes written as a dialogue: a line opening with «NAME (ROLE):» or «ROLE (NAME):»
 * («بهرامی (شهردار دهدشت): عملیات …», «**دکتر نادری (مدیر جهاد کشاورزی)**: …»).
 */
export function colonSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const re = /(?:^|\n)[ \t]*[-•*#]*[ \t]*([^\n():：،,.]{2,60}?)[ \t]*\(([^()\n]{2,100}?)\)[ \t*]*[:：]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = words(m[1]!);
    const b = words(m[2]!);
    const [nameWs, roleWs] =
      a.length > 0 && isRoleHead(a[0]!) && !(b.length > 0 && isRoleHead(b[0]!)) ? [b, a] : [a, b];
    if (roleWs.length === 0 || !isRoleHead(roleWs[0]!)) continue;
    const body = stripTitles(nameWs);
    if (body.length === 0 || body.length > 4) continue;
    if (
      body.some(
        (w) =>
          !NAME_WORD.test(w) || stops.has(fold(w)) || NOT_NAME.has(fold(w)) || isRoleHead(w) || BODY_WORD.test(fold(w)),
      )
    )
      continue;
    const name = familyName(body);
    if (name.length >= 2) out.push({ name, role: cleanRole(roleWs.join(' ')), pos: m.index });
  }
  return out;
}

/** Speakers from «subject … speech verb» sentences. */
function verbSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const folded = fold(text);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(folded); m; m = VERB_RE.exec(folded)) {
    const start = sentenceStart(folded, m.index);
    let clause = text.slice(start, m.index);
    clause = stripLeadIn(clause);
    // «پس از قرائت … جناب آقای X سمت … ارائه دادند»: the titled subject inside a long clause,
    // unless a preposition makes it an object («از آقای X تشکر کرد»).
    // With several titled names («در ادامه صحبت های آقای X جناب آقای Y فرمودند») the last
    // one that is not an object or a possessor is the subject.
    const titledRe = /(?:^|\s)((?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم))\s/g;
    let subjectAt = -1;
    for (let t = titledRe.exec(clause); t; t = titledRe.exec(clause)) {
      if (t.index === 0) {
        subjectAt = 0;
        continue;
      }
      const before = clause.slice(0, t.index).trim().split(/\s+/).pop() ?? '';
      if (/^(آقای|اقای|جناب)$/.test(fold(before))) continue;
      if (
        !/^(از|به|با|برای|توسط|خدمت|همراه|و|مانند|مثل|های|هاي|صحبت|صحبتهای|سخنان|بیانات|پیشنهاد|نظر|دیدگاه|دیدگاههای)$/.test(
          fold(before),
        )
      )
        subjectAt = t.index;
    }
    if (subjectAt > 0) clause = clause.slice(subjectAt);
    const ws = words(clause);
    if (ws.length === 0) continue;
    const first = fold(ws[0]!);
    if (NOT_NAME.has(first) && !titleSet.has(first)) continue;
    const titled = titleSet.has(first);
    if (isRoleHead(ws[0]!)) {
      // ROLE … verb: the role runs to the first stop word (keeping «در استان/مجلس …»).
      const roleWords: string[] = [];
      for (let i = 0; i < ws.length; i++) {
        const f = fold(ws[i]!);
        if (stops.has(f)) {
          const nx = fold(ws[i + 1] ?? '');
          if (f === 'در' && /^(استان|شهرستان|مجلس|حوزه)/.test(nx)) {
            roleWords.push(ws[i]!);
            continue;
          }
          break;
        }
        // «ROLE، Name» or «ROLE Name»: a role followed by a person.
        roleWords.push(ws[i]!);
      }
      const appo = appositiveName(roleWords);
      if (appo) {
        out.push({ name: appo.name, role: appo.role, pos: start });
        continue;
      }
      const role = cleanRole(roleWords.join(' '));
      if (role && roleWords.length <= 16) out.push({ name: null, role, pos: start });
      continue;
    }
    // Name (titled, given-name led, or a bare family name) then optional «، role» / role.
    const body = titled ? stripTitles(ws) : ws;
    if (body.length === 0) continue;
    const nameTokens: string[] = [];
    let i = 0;
    for (; i < body.length && nameTokens.length < 4; i++) {
      const w = body[i]!;
      const f = fold(w.replace(/[،,؛]/g, ''));
      if (stops.has(f) || isRoleHead(w) || NOT_NAME.has(f) || NAME_BREAK.has(f)) break;
      if (!/^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u0626\u0624]+[،,؛]?$/.test(w)) {
        nameTokens.length = 0;
        break;
      }
      nameTokens.push(w.replace(/؛$/, ''));
      if (/[،,؛]$/.test(w)) {
        i++;
        break;
      }
    }
    if (nameTokens.length === 0) continue;
    const rest = body.slice(i);
    const ledByGiven = given.has(fold(nameTokens[0]!.replace(/[،,]/g, '')));
    // A bare subject must end at a stop word, a role, or the verb itself.
    const nextWord = rest[0];
    const endsWell = nextWord === undefined || stops.has(fold(nextWord)) || isRoleHead(nextWord);
    if (!titled && !ledByGiven && (!endsWell || nameTokens.length > 2)) continue;
    let role: string | null = null;
    if (nextWord && isRoleHead(nextWord)) {
      const roleWords: string[] = [];
      for (let k = 0; k < rest.length; k++) {
        const f = fold(rest[k]!);
        if (stops.has(f)) {
          const nx = fold(rest[k + 1] ?? '');
          if (f === 'در' && /^(استان|شهرستان|مجلس|حوزه)/.test(nx)) {
            roleWords.push(rest[k]!);
            continue;
          }
          break;
        }
        roleWords.push(rest[k]!);
      }
      role = cleanRole(roleWords.join(' '));
    }
    const name = familyName(nameTokens);
    if (name.length >= 2) out.push({ name, role, pos: start });
  }
  return out;
}

/** Headline «ROLE: statement» (news): a role-only speaker. */
function headlineSpeaker(text: string): RawSpeaker[] {
  const firstLines = text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 4);
  for (const l of firstLines) {
    const m = /^([^:：]{4,80})[:：]\s*\S/.exec(l.trim());
    if (!m) continue;
    const ws = words(m[1]!);
    if (ws.length >= 2 && ws.length <= 12 && isRoleHead(ws[0]!))
      return [{ name: null, role: cleanRole(m[1]!), pos: text.indexOf(l) }];
  }
  return [];
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Same person? Names compared ignoring spaces, one-letter slips, and containment. */
export function sameName(a: string, b: string): boolean {
  const ka = compactKey(a).replace(/ی+/g, 'ی');
  const kb = compactKey(b).replace(/ی+/g, 'ی');
  if (ka === kb) return true;
  // One-letter slips; a substituted letter in a short name is another name («کرمی»/«کرای»).
  if (ka.length >= 4 && kb.length >= 4 && editDistanceAtMost1(ka, kb) && (ka.length !== kb.length || ka.length >= 6))
    return true;
  const [s, l] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return s.length >= 4 && l.endsWith(s);
}

function roleKey(r: string): string {
  // Digits dropped: «محلات ۲۰۲۰ کشور» and «محلات کشور» are the same office.
  return compactKey(r.replace(/محترم|جناب|آقای/g, '')).replace(/[،,\d۰-۹]/g, '');
}

function sameRole(a: string, b: string): boolean {
  const ka = roleKey(a);
  const kb = roleKey(b);
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka.includes(kb) || kb.includes(ka)) return true;
  return false;
}

function singleHead(r: string): string | null {
  const f = fold(r.replace(/محترم/g, ' ')).trim();
  return SINGLE_INCUMBENT.map((h) => fold(h)).find((h) => f.startsWith(h + ' ') || f === h) ?? null;
}

/** Words of a role without honorifics, «مدیریت» read as «مدیر». */
function roleWords(r: string): string[] {
  return words(
    fold(r)
      .replace(/محترم|جناب|اقای/g, ' ')
      .replace(/[،,]/g, ' '),
  ).map((w) => (w === 'مدیریت' ? 'مدیر' : w));
}

/** Whether a short role («مدیریت صندوق») is a word subsequence of a full one («مدیر صندوق کارآفرینی امید»). */
function roleFits(short: string, full: string): boolean {
  const s = roleWords(short);
  const f = roleWords(full);
  if (s.length < 2) return false;
  let k = 0;
  for (const w of f) if (k < s.length && w === s[k]) k++;
  return k === s.length;
}

const PLURAL_ROLE =
  /^(?:روسای|مدیران|اعضای|اعضا|نمایندگان|مسئولین|مسئولان|کارشناسان|فرمانداران|معاونین|معاونان|روسا)(?:\s|$)/;

/** Merge raw mentions into one entry per person. */
function mergeSpeakers(raw: RawSpeaker[], isNews: boolean): Speaker[] {
  const sorted = [...raw].sort((a, b) => a.pos - b.pos);
  const people: Speaker[] = [];
  const roleOnly: Speaker[] = [];
  const roleAt = new Map<Speaker, number>();
  for (const r of sorted) {
    if (r.name) {
      const found = people.find((p) => p.name && sameName(p.name, r.name!));
      if (found) {
        if (!found.role && r.role) found.role = r.role;
        // Prefer the longer (joined) spelling only when the first was a fragment.
        if (
          compactKey(r.name).length > compactKey(found.name!).length &&
          compactKey(r.name).endsWith(compactKey(found.name!))
        )
          found.name = r.name;
        continue;
      }
      // A name introduced after an unnamed role in news takes that role.
      if (!r.role && isNews) {
        const pending = roleOnly.find((p) => !people.some((q) => q.role === p.role));
        if (pending) {
          roleOnly.splice(roleOnly.indexOf(pending), 1);
          people.push({ name: r.name, role: pending.role });
          continue;
        }
      }
      people.push({ name: r.name, role: r.role });
    } else if (r.role) {
      // Groups that report together («روسای کمیته ها و مدیران …») are not a speaker.
      if (PLURAL_ROLE.test(fold(r.role))) continue;
      if (roleOnly.some((p) => sameRole(p.role!, r.role!))) continue;
      const ro = { name: null, role: r.role };
      roleAt.set(ro, r.pos);
      roleOnly.push(ro);
    }
  }
  const result = [...people];
  for (const ro of roleOnly) {
    const role = ro.role!;
    if (
      CHAIR_ANAPHOR.test(fold(role.replace(/محترم/g, ' ')).replace(/\s+/g, ' ').trim()) &&
      sorted.some((r) => r.chair && r.name)
    )
      continue;
    // A role heading right under a named heading («**آقای X، مدیر صندوق Y**» ⏎ «مدیریت محترم
    // صندوق در گزارشی …») is that person, when the short role fits the named one.
    const at = roleAt.get(ro)!;
    const last = [...sorted].reverse().find((r) => r.name && r.pos < at);
    if (last?.role && roleFits(role, last.role)) continue;
    const head = singleHead(role);
    const match = people.find(
      (p) => p.role && (sameRole(p.role, role) || (head !== null && singleHead(p.role) === head)),
    );
    if (match) continue;
    const noRole = isNews ? people.find((p) => !p.role) : undefined;
    if (noRole) {
      noRole.role = role;
      continue;
    }
    // News name the people they quote; a role never tied to a name is a person in passing.
    if (!isNews) result.push(ro);
  }
  return result;
}

/** «name role» at the start of a token list: a titled or given-name-led name, then a role head. */
function nameThenRole(ws: string[], needTitle: boolean): { name: string; role: string | null } | null {
  const titled = ws.length > 0 && titleSet.has(fold(ws[0]!));
  const body = stripTitles(ws);
  if (body.length === 0) return null;
  const cut = body.findIndex((w, i) => i > 0 && isRoleHead(w));
  if (cut < 1 || cut > 4) return null;
  const nameTokens = body.slice(0, cut).map((w) => w.replace(/[،,]$/, ''));
  if (
    nameTokens.some(
      (w) =>
        stops.has(fold(w)) ||
        NOT_NAME.has(fold(w)) ||
        isRoleHead(w) ||
        !/^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u0626\u0624]+$/.test(w),
    )
  )
    return null;
  const ledByGiven = given.has(fold(nameTokens[0]!)) || prefixes.has(fold(nameTokens[0]!));
  if (needTitle && !titled && !ledByGiven) return null;
  if (!titled && !ledByGiven && nameTokens.length > 1) return null;
  const roleWords: string[] = [];
  const rest = body.slice(cut);
  for (let k = 0; k < rest.length && roleWords.length < 14; k++) {
    const f = fold(rest[k]!.replace(/[،,]$/, ''));
    if (stops.has(f) && !(f === 'در' && /^(استان|شهرستان|مجلس)/.test(fold(rest[k + 1] ?? '')))) break;
    // «… برگزار شد»: the word before a light verb belongs to the verb, not the role.
    if (
      /^(شد|شدند|گردید|گردیده|نمود|نمودند|کرد|کردند|است)$/.test(f) ||
      /^(شد|شدند|گردید|گردیده|نمود|نمودند|کرد|کردند)$/.test(fold(rest[k + 1] ?? ''))
    )
      break;
    if (f === 'و' && /^(با|به|از|در)$/.test(fold(rest[k + 1] ?? ''))) break;
    roleWords.push(rest[k]!);
    if (/[،,]$/.test(rest[k]!) && !/^(امنیتی|اجتماعی|فرهنگی|کار)/.test(fold(rest[k + 1] ?? ''))) break;
  }
  const name = familyName(nameTokens);
  if (name.length < 2) return null;
  return { name, role: cleanRole(roleWords.join(' ')) };
}

/**
 * People introduced with their role where they chair or attend: «به ریاست X ROLE»,
 * «با حضور X ROLE», «آقایان X (ROLE)، Y (ROLE)», «در این جلسه X ROLE نیز …», and a
 * letter's signature «NAME – ROLE».
 */
function introducedSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const intro = /(به\s*ریاست|با\s+حضور|در\s+این\s+(?:جلسه|نشست))\s+([^.\n؛]{3,160})/g;
  for (let m = intro.exec(text); m; m = intro.exec(text)) {
    // «با حضور/به ریاست» introduce people only where the meeting is reported as held, not in
    // a proposal inside a speech («جلسه ای با حضور آقای X بگذارید»).
    const sentenceEnd = text.slice(m.index).search(/[.\n؟!]/);
    const sentence = text.slice(m.index, sentenceEnd < 0 ? undefined : m.index + sentenceEnd);
    if (!/جلسه|نشست/.test(m[1]!) && !/برگزار|تشکیل|آغاز|دایر/.test(sentence)) continue;
    // Several people: «X ROLE، Y ROLE و …», «به ریاست X ROLE و با حضور Y ROLE».
    // The split keeps its separators (odd indices) to know which part follows «به ریاست».
    const pieces = m[2]!.split(
      /(\s+(?:و\s+)?(?:با\s+حضور|به\s*ریاست)\s+|\s+و\s+(?=(?:جناب|آقای|سرکار|خانم|دکتر|مهندس))|[،,]\s*(?=(?:جناب|آقای|سرکار|خانم|دکتر|مهندس)))/,
    );
    for (let i = 0; i < pieces.length; i += 2) {
      const chairs = i === 0 ? /ریاست/.test(m[1]!) : /ریاست/.test(pieces[i - 1]!);
      // The chair may be named bare: «به ریاست امینی فرماندار چایپاره».
      const r = nameThenRole(words(pieces[i]!), !(i === 0 && chairs));
      if (r) out.push({ ...r, pos: m.index, chair: chairs });
    }
  }
  // «آقایان آزادی (معاونت فرمانداری)، رضایی (سرپرست شهرداری)»
  const paren = re('g')`(?:^|[\s،,])((?:[${L}]+\s+){0,3}[${L}]+)\s*\(\s*([^()\n]{3,60}?)\s*\)`;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const roleWs = words(m[2]!);
    if (roleWs.length < 2 || !isRoleHead(roleWs[0]!)) continue;
    // Only lists of attendees («آقایان …», «مدعوین …») or several «name (role)» in a row.
    const around = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 40);
    if (!/آقایان|مدعوین|حضور/.test(around) && (around.match(/\)/g) ?? []).length < 2) continue;
    const nameWs = stripTitles(words(m[1]!).filter((w) => !/^(اقایان|مدعوین|همچنین|و)$/.test(fold(w))));
    const lastTitle = words(m[1]!)
      .map((w) => fold(w))
      .lastIndexOf('اقایان');
    const ws = lastTitle >= 0 ? stripTitles(words(m[1]!).slice(lastTitle + 1)) : nameWs.slice(-2);
    if (ws.length === 0 || ws.some((w) => NOT_NAME.has(fold(w)) || stops.has(fold(w)) || isRoleHead(w))) continue;
    const name = familyName(ws.length > 3 ? ws.slice(-3) : ws);
    if (name.length >= 2) out.push({ name, role: cleanRole(m[2]!), pos: m.index });
  }
  // Signature of a quoted letter: «سید علی میرزایی – شهردار کرمان».
  const sig = re(
    'g',
  )`(?:^|[\s/])((?:[${L}]+\s+){1,3}[${L}]+)\s+[–—-]\s+((?:شهردار|مدیر|مدیرکل|رئیس|رییس|فرماندار|استاندار|معاون|سرپرست|دبیر)[^»\n.]{0,50})`;
  for (let m = sig.exec(text); m; m = sig.exec(text)) {
    const ws = stripTitles(words(m[1]!));
    const g = ws.findIndex((w) => given.has(fold(w)) || prefixes.has(fold(w)));
    if (g < 0) continue;
    const name = familyName(ws.slice(g));
    if (name.length >= 2 && !NOT_NAME.has(fold(name.split(' ')[0]!)))
      out.push({ name, role: cleanRole(m[2]!), pos: m.index });
  }
  return out;
}

/** Speakers of a document (header-stripped, light-folded text). */
export function findSpeakers(text: string, kind: 'minutes' | 'news' | 'other'): Speaker[] {
  const raw = [
    ...headingSpeakers(text),
    ...colonSpeakers(text),
    ...(kind === 'minutes' ? inlineBoldSpeakers(text) : []),
    ...verbSpeakers(text),
    ...introducedSpeakers(text),
    ...(kind === 'news' ? headlineSpeaker(text) : []),
  ];
  return mergeSpeakers(raw, kind !== 'minutes');
}

/**
 * Chair: «به ریاست X» — a titled name (+ role), or a role resolved to a speaker with that
 * role; else a speaker whose role says «رئیس شورا/قرارگاه/…». Written «name (role)».
 */
export function findChair(text: string, speakers: Speaker[]): string | null {
  const m = /به\s*ریاست\s+([^.\n]{3,160})/.exec(text);
  const fmt = (s: Speaker) => (s.name ? (s.role ? `${s.name} (${s.role})` : s.name) : s.role);
  if (m) {
    let phrase = m[1]!.split(/\s+و\s+با\s+حضور|\s+با\s+حضور|\s+در\s+(?:سالن|محل)|[،,]/)[0]!;
    const ws = words(phrase);
    const titled = titleSet.has(fold(ws[0] ?? ''));
    if (titled) {
      const { name, role } = splitNameRole(ws);
      if (name) {
        const sp = speakers.find((s) => s.name && sameName(s.name, name));
        return fmt({ name, role: role ?? sp?.role ?? null });
      }
    }
    phrase = tidy(phrase);
    if (ws.length > 0 && isRoleHead(ws[0]!)) {
      const head = singleHead(phrase);
      const sp = speakers.find(
        (s) => s.name && s.role && (sameRole(s.role, phrase) || (head !== null && singleHead(s.role) === head)),
      );
      if (sp) return fmt(sp);
      return cleanRole(phrase);
    }
    // «به ریاست امینی فرماندار چایپاره»
    const { name, role } = splitNameRole(ws);
    if (name && !NOT_NAME.has(fold(name.split(' ')[0]!))) return fmt({ name, role });
  }
  const boss = speakers.find(
    (s) => s.name && s.role && /رئیس\s*(شورا|جلسه|قرارگاه|کارگروه)|رییس\s*(شورا|جلسه|قرارگاه|کارگروه)/.test(s.role),
  );
  if (boss) return fmt(boss);
  // An attendee list that gives the chair by role: «جناب آقای X مدیر کل … و رئیس شورا، …».
  // The lookahead keeps matches short, so that a title inside another's span is still tried.
  const titled = /(?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم)\s+(?=([^.\n؛:]{3,160}))/g;
  for (let t = titled.exec(text); t; t = titled.exec(text)) {
    const r = nameThenRole(words(t[0] + t[1]!), true);
    if (
      r?.role &&
      re('')`(?:^|\s)(?:رئیس|رییس)\s+(?:شورا|جلسه|نشست|قرارگاه|کارگروه|کمیته|ستاد|کمیسیون)(?![${L}])`.test(r.role)
    )
      return fmt(r);
  }
  return null;
}

/** Titled names that are not speakers: «آقای X», «دکتر X», «جناب X». */
export function findPeopleMentioned(text: string, speakers: Speaker[]): string[] {
  const out: string[] = [];
  const titled = re('g')`(?:جناب\s+آقای|آقای|اقای|سرکار\s+خانم|خانم|دکتر|مهندس)\s+((?:[${L}]+\s*){1,3})`;
  for (let m = titled.exec(text); m; m = titled.exec(text)) {
    const ws = stripTitles(words(m[1]!));
    const nameWs: string[] = [];
    for (const w of ws) {
      const f = fold(w);
      if (stops.has(f) || isRoleHead(w) || NOT_NAME.has(f) || titleSet.has(f) || /^(که|و|را|نیز|هم)$/.test(f)) break;
      nameWs.push(w);
      if (nameWs.length >= 2) break;
    }
    if (nameWs.length === 0) continue;
    // Two tokens are one name only when the second is a family-name suffix («عالی پور»).
    let name = nameWs[0]!;
    if (nameWs[1] && /^(پور|زاده|نژاد|راد|فر|نیا|مند|وند|لو|زاد|کیا|فرد|منش)$/.test(fold(nameWs[1])))
      name += ' ' + nameWs[1];
    else if (given.has(fold(name)) && nameWs[1]) name = nameWs[1];
    if (name.length < 3 || given.has(fold(name))) continue;
    if (speakers.some((s) => s.name && sameName(s.name, name))) continue;
    if (out.some((o) => sameName(o, name))) continue;
    out.push(name);
  }
  return out;
}
