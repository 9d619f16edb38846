/**
 * Where speakers are found: minutes headings, bold inline names, «NAME (ROLE):» dialogue lines,
 * subjects of speech verbs, news headlines and introductions («X، مدیرکل …»). Pure.
 */
import { fold, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { NAME_WORD, appositiveName, stripLeadIn } from './clauses.ts';
import { TERMINATORS, closesLine, sentenceStart } from '../sentences.ts';
import {
  BODY_WORD,
  FAMILY_SUFFIX,
  HONORIFIC_ABBR,
  NAME_BREAK,
  NOT_NAME,
  VERB_ALT,
  VERB_RE,
  cleanRole,
  familyName,
  given,
  isRoleHead,
  prefixes,
  roleHeads,
  splitNameRole,
  stops,
  stripTitles,
  titleSet,
  words,
} from './words.ts';
import type { RawSpeaker } from './words.ts';

// A bare «رئیس کمیته/جلسه/…» (no body named after it) refers back to whoever chairs.
export const CHAIR_ANAPHOR = /^(?:رئیس|رییس)\s+(?:کمیته|کارگروه|شورا|جلسه|نشست|قرارگاه|ستاد|کمیسیون)$/;

export const HEADING_TITLE = /^(?:بیانات\s+)?(?:جناب|آقای|اقای|سرکار|خانم)/;

/** Speaker headings of minutes. */
export function headingSpeakers(text: string): RawSpeaker[] {
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
export function inlineBoldSpeakers(text: string): RawSpeaker[] {
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

/**
 * Minutes written as a dialogue: a line opening with «NAME (ROLE):» or «ROLE (NAME):»
 * («بهرامی (شهردار دهدشت): عملیات …», «**دکتر نادری (مدیر جهاد کشاورزی)**: …»).
 */
const HONORIFIC_ONLY = new RegExp(`^(?:${HONORIFIC_ABBR})$`);

export function colonSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const re = /(?:^|\n)[ \t]*[-•*#]*[ \t]*([^\n():：،,.]{2,60}?)[ \t]*\(([^()\n]{2,100}?)\)[ \t*]*[:：]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = words(m[1]!);
    const b = words(m[2]!);
    // «نماینده کمیته امداد امام خمینی (ره):» is an office, read as a role-only voice.
    if (HONORIFIC_ONLY.test(m[2]!.trim())) continue;
    const [nameWs, roleWs] =
      a.length > 0 && isRoleHead(a[0]!) && !(b.length > 0 && isRoleHead(b[0]!)) ? [b, a] : [a, b];
    if (roleWs.length === 0 || !isRoleHead(roleWs[0]!)) continue;
    const body = stripTitles(nameWs);
    if (body.length === 0 || body.length > 4) continue;
    const titled = body.length < nameWs.length;
    if (
      body.some(
        (w, k) =>
          !NAME_WORD.test(w) ||
          stops.has(fold(w)) ||
          NOT_NAME.has(fold(w)) ||
          headAfter(titled && k === 0, w) ||
          BODY_WORD.test(fold(w)),
      )
    )
      continue;
    const name = familyName(body);
    if (name.length >= 2) out.push({ name, role: cleanRole(roleWs.join(' ')), pos: m.index });
  }
  return out;
}

// Speech verbs with a gap or an elided light verb: «X … به ارائه گزارش … پرداخت»,
// «X بر لزوم … تاکید و به … اشاره کرد» (not the passive «مورد تاکید و … قرار گرفت»); a request «X از دستگاهها خواست …» (not the noun
// «در خواست», nor «می‌خواست» = wanted). Run on folded text.
const GAP_VERB = re(
  'g',
)`(?<![${L}])(?:به\s+(?:ارایه|تشریح|بیان|توضیح)[^${TERMINATORS}\n:]{0,80}?\s+پرداخت|(?<!مورد\s)(?:تاکید|اشاره)\s+و|(?<!(?:در|می|نمی)\s?)خواست(?:ند)?)(?![${L}])`;

// A narrated clause closed by «و» before the subject: «… مورد بررسی قرار گرفت و X … گفت».
const NARRATED_AND = /(?:^|\s)(?:شد|گردید|بود|گرفت|رسید|داشت|کرد|نمود)\s+و\s+/g;

/** Where the subject clause of the verb at `verbAt` starts (folded text). */
function clauseStart(folded: string, verbAt: number): number {
  // A speaker's label or a quote's lead-in («… گفت:») closes what comes before it.
  const startOf = (i: number) => sentenceStart(folded, i, { colon: true }) ?? 0;
  let start = startOf(verbAt);
  // «آقای X؛ نیز … اشاره نمودند»: «؛» closes the name, the sentence goes on.
  if (start > 0 && folded[start - 1] === '؛' && /^\s*(?:نیز|هم)\s/.test(folded.slice(start, verbAt)))
    start = startOf(start - 1);
  // A sentence wrapped over lines: the verb opens a line that continues the one above
  // («فعفوری، رییس … گزارشی» ⏎ «ارائه کرد»).
  if (
    start > 1 &&
    folded[start - 1] === '\n' &&
    folded.slice(start, verbAt).trim() === '' &&
    !closesLine(folded.slice(0, start - 1))
  )
    start = startOf(start - 1);
  return start;
}

const TITLED = /(?:^|\s)(?:جناب|اقای|خانم|دکتر|مهندس)\s/;

/** Start of the line above `start` when `start` opens a line that continues it, else −1. */
function wrappedStart(folded: string, start: number): number {
  if (start < 2 || folded[start - 1] !== '\n' || closesLine(folded.slice(0, start - 1))) return -1;
  const above = sentenceStart(folded, start - 1, { colon: true }) ?? 0;
  return folded.slice(above, start - 1).trim() === '' ? -1 : above;
}

/** Speakers from «subject … speech verb» sentences. */
export function verbSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const folded = fold(text);
  const verbs = new Map<number, number>();
  for (const rx of [VERB_RE, GAP_VERB]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(folded); m; m = rx.exec(folded)) verbs.set(m.index, m.index + m[0].length);
  }
  for (const at of [...verbs.keys()].sort((a, b) => a - b)) {
    let start = clauseStart(folded, at);
    let raw = text.slice(start, at).replace(/\s+([،,])/g, '$1');
    let clause = stripLeadIn(raw);
    let found = clauseSpeaker(clause, start);
    if (found && quotedBareName(folded, start, clause, found)) found = null;
    // A paragraph hard-wrapped mid-sentence: the subject is on the line above, which does not
    // close («در پایان آقای X ROLE ضمن قدردانی از …» ⏎ «… ، بیان نمودند که …»).
    // The line above wins over a bare word found mid-sentence («تسهیل‌گری در …»), but only with
    // a titled person on it: a headline above a lead names nobody.
    const above = found && TITLED.test(folded.slice(start, at)) ? -1 : wrappedStart(folded, start);
    if (above >= 0 && TITLED.test(folded.slice(above, start))) {
      const upRaw = text.slice(above, at).replace(/\s+([،,])/g, '$1');
      const upFound = clauseSpeaker(stripLeadIn(upRaw), above);
      if (upFound?.name) [start, raw, clause, found] = [above, upRaw, stripLeadIn(upRaw), upFound];
    }
    // The subject after a narrated clause: «دستور سوم … قرار گرفت و شفقت حسابرس … پرداخت»,
    // «X در بازدید … مطلع شد و در این بازدید ROLE قول داد …» (X is the subject of «مطلع شد»).
    // Only a person given with a role there: «… و هریک از اعضا … بیان نمودند» names nobody.
    let cut = -1;
    NARRATED_AND.lastIndex = 0;
    for (let n = NARRATED_AND.exec(clause); n; n = NARRATED_AND.exec(clause)) cut = n.index + n[0].length;
    const after = cut > 0 ? clauseSpeaker(stripLeadIn(clause.slice(cut)), start) : null;
    if (after?.role && (after.name || found)) {
      // A role alone there is one more voice of the report.
      out.push(after.name ? after : { ...after, also: true });
      continue;
    }
    if (found) {
      if (!found.name) {
        // «در این جلسه همچنین ROLE گفت»: one more voice, as «ROLE نیز …».
        if (/(?:^|\s)همچنین\s/.test(raw.slice(0, raw.length - clause.length))) found.also = true;
        // «ROLE … گفت: …» quotes a new voice; «ROLE در ادامه گفت:» goes on quoting someone named.
        if (/^\s*[:：]/.test(folded.slice(verbs.get(at)!)) && !/\s(?:در\s+ادامه|در\s+پایان)\s/.test(clause))
          found.quoted = true;
      }
      out.push(found);
    }
  }
  return out;
}

// A quote's lead-in: a speech verb and «:» right before where the clause starts.
const QUOTE_LEAD = new RegExp(`(?<![${L}])(?:${VERB_ALT})\\s*[:：]\\s*$`);

/**
 * A bare word opening a quote is what the quoted speaker talks about, not another speaker:
 * «فرماندار گفت: کم‌آبی در روستاها جدی است و مردم خواستار … هستند» names nobody new.
 * Titled, given-name-led or role-bearing subjects still count.
 */
function quotedBareName(folded: string, start: number, clause: string, found: RawSpeaker): boolean {
  if (!found.name || found.role || !QUOTE_LEAD.test(folded.slice(Math.max(0, start - 40), start))) return false;
  const first = fold(words(clause)[0] ?? '');
  return !titleSet.has(first) && !given.has(first) && !prefixes.has(first);
}

// A speech verb at the start of the words that follow.
const VERB_START = new RegExp(`^(?:${VERB_ALT})(?![${L}])`);

const OBJECT_PRONOUN = new RegExp(`^(?:${['آن', 'این', 'آنها', 'اینها', 'خود', 'وی', 'ایشان'].map(fold).join('|')})$`);

/**
 * A family name written with ZWNJ reaches the parser as two words («ولی‌پور» → «ولی پور»,
 * «شه‌بخش» → «شه بخش»), and either half may be a common word. The next word is still the name
 * when it is a family-name suffix («پور», «زاده»), or when the name so far is one fragment of
 * two letters, too short to be a family name on its own.
 */
function splitNamePart(sofar: readonly string[], next: string | undefined): boolean {
  // «فرهاد ولی زاده»: a word followed by a family-name suffix is the name's first half.
  if (next !== undefined && FAMILY_SUFFIX.test(fold(next.replace(/[،,؛]$/, '')))) return true;
  return sofar.length === 1 && fold(sofar[0]!).length <= 2;
}

/**
 * Whether a word is a role head where a name may stand. Right after a title only an exact head
 * is («آقای مدیرکل»): a family name built on one («خانم رئیسی», «آقای معاونی») is a name.
 */
function headAfter(afterTitle: boolean, w: string): boolean {
  return afterTitle ? roleHeads.has(fold(w)) : isRoleHead(w);
}

/** The speaker a verb's subject clause names, if any. */
export function clauseSpeaker(subject: string, start: number): RawSpeaker | null {
  let clause = subject;
  // «پس از قرائت … جناب آقای X سمت … ارائه دادند»: the titled subject inside a long clause,
  // unless a preposition makes it an object («از آقای X تشکر کرد»).
  // With several titled names («در ادامه صحبت های آقای X جناب آقای Y فرمودند») the last
  // one that is not an object or a possessor is the subject.
  const titledRe = /(?:^|\s)((?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم|خانم|دکتر|مهندس))\s/g;
  let subjectAt = -1;
  for (let t = titledRe.exec(clause); t; t = titledRe.exec(clause)) {
    if (t.index === 0) {
      subjectAt = 0;
      continue;
    }
    const before = clause.slice(0, t.index).trim().split(/\s+/).pop() ?? '';
    if (/^(آقای|اقای|جناب|سرکار|خانم)$/.test(fold(before))) continue;
    // «ROLE، دکتر X، …»: a name set off after a role is read with the role (appositiveName).
    if (/[،,]$/.test(before) && /^(?:خانم|دکتر|مهندس)$/.test(t[1]!)) continue;
    if (
      !/^(از|به|با|برای|توسط|خدمت|همراه|و|مانند|مثل|های|هاي|صحبت|صحبتهای|سخنان|بیانات|پیشنهاد|نظر|دیدگاه|دیدگاههای)$/.test(
        fold(before),
      )
    )
      subjectAt = t.index;
  }
  if (subjectAt > 0) clause = clause.slice(subjectAt);
  const ws = words(clause);
  if (ws.length === 0) return null;
  const first = fold(ws[0]!);
  if (NOT_NAME.has(first) && !titleSet.has(first)) return null;
  const titled = titleSet.has(first);
  if (isRoleHead(ws[0]!)) {
    // ROLE … verb: the role runs to the first stop word (keeping «در استان/مجلس …»).
    // «ROLE، Name» or «ROLE Name»: a role followed by a person.
    const roleWords = roleRun(ws);
    const appo = parenName(clause) ?? appositiveName(roleWords);
    if (appo) return { name: appo.name, role: appo.role, pos: start };
    const role = cleanRole(roleWords.join(' '));
    // «ROLE نیز/هم …»: one more voice of the report.
    const also = /^(?:نیز|هم)$/.test(fold(ws[roleWords.length] ?? ''));
    return role && roleWords.length <= 16 ? { name: null, role, pos: start, ...(also ? { also } : {}) } : null;
  }
  // Name (titled, given-name led, or a bare family name) then optional «، role» / role.
  const body = titled ? stripTitles(ws) : ws;
  if (body.length === 0) return null;
  const nameTokens: string[] = [];
  let i = 0;
  for (; i < body.length && nameTokens.length < 4; i++) {
    const w = body[i]!;
    const f = fold(w.replace(/[،,؛]/g, ''));
    if (
      !splitNamePart(nameTokens, body[i + 1]) &&
      (stops.has(f) || headAfter(titled && i === 0, w) || NOT_NAME.has(f) || NAME_BREAK.has(f))
    )
      break;
    // A speech verb ends the name: «علیرضا نوروزی خواستار کاهش … شد و افزود».
    if (nameTokens.length > 0 && VERB_START.test(fold(body.slice(i).join(' ')))) break;
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
  if (nameTokens.length === 0) return null;
  const rest = body.slice(i);
  const lead = nameTokens.map((w) => fold(w.replace(/[،,]/g, '')));
  // «سید علی موسوی»: a prefix written apart before a given name leads a name as the given name does.
  const ledByGiven = given.has(lead[0]!) || (prefixes.has(lead[0]!) && given.has(lead[1] ?? ''));
  // A bare subject must end at a stop word, a role, or the verb itself.
  const nextWord = rest[0];
  const endsWell = nextWord === undefined || stops.has(fold(nextWord)) || isRoleHead(nextWord);
  if (!titled && !ledByGiven && (!endsWell || nameTokens.length > 2)) return null;
  let role: string | null = null;
  if (nextWord && isRoleHead(nextWord)) {
    const roleWords = roleRun(rest);
    role = cleanRole(roleWords.join(' '));
  }
  const name = familyName(nameTokens);
  return name.length >= 2 ? { name, role, pos: start } : null;
}

/**
 * A name in parentheses after a role: «رئیس اداره … شهرستان (آقای نادر گیلانی) گزارش داد»,
 * «مدیر امور شعب بانک … (منصور قربانی) … گفت». The name is titled or led by a given name, so
 * that «کمیته امداد امام خمینی (ره)» stays a role.
 */
function parenName(clause: string): { name: string; role: string | null } | null {
  const m = /^([^()]{3,120}?)\s*\(\s*([^()]{2,50}?)\s*\)/.exec(clause);
  if (!m) return null;
  const roleWs = words(m[1]!);
  if (roleWs.length === 0 || !isRoleHead(roleWs[0]!) || roleWs.some((w) => stops.has(fold(w)))) return null;
  const inner = words(m[2]!);
  const titled = inner.length > 0 && titleSet.has(fold(inner[0]!));
  const body = stripTitles(inner);
  if (body.length === 0 || body.length > 4) return null;
  if (body.some((w) => !NAME_WORD.test(w) || stops.has(fold(w)) || NOT_NAME.has(fold(w)) || isRoleHead(w))) return null;
  if (!titled && !given.has(fold(body[0]!)) && !prefixes.has(fold(body[0]!))) return null;
  const name = familyName(body);
  return name.length >= 3 ? { name, role: cleanRole(roleWs.join(' ')) } : null;
}

/**
 * The words of a role, from its head to the first stop word («در استان/شهرستان/مجلس/حوزه …» kept);
 * an object pronoun ends it: «احمدی عضو شورا آن را خواند».
 */
function roleRun(ws: readonly string[]): string[] {
  const roleWords: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const f = fold(ws[i]!);
    if (OBJECT_PRONOUN.test(f)) break;
    if (stops.has(f)) {
      const nx = fold(ws[i + 1] ?? '');
      // «پلیس/ستاد مبارزه با مواد مخدر»: «با» inside a body's name.
      if ((f === 'در' && /^(استان|شهرستان|مجلس|حوزه)/.test(nx)) || (f === 'با' && fold(ws[i - 1] ?? '') === 'مبارزه')) {
        roleWords.push(ws[i]!);
        continue;
      }
      break;
    }
    roleWords.push(ws[i]!);
  }
  return roleWords;
}

const HEADLINE_SETTING = re('')`\s+در\s+(?!(?:استان|شهرستان|مجلس|حوزه|امور)(?![${L}])).*$`;

/** Headline «ROLE: statement» (news): a role-only speaker. */
export function headlineSpeaker(text: string): RawSpeaker[] {
  const firstLines = text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 4);
  for (const l of firstLines) {
    const m = /^([^:：]{4,80})[:：]\s*\S/.exec(l.trim());
    if (!m) continue;
    const ws = words(m[1]!);
    // «ROLE، NAME، گفت: …» is a sentence with its verb, read by the verb rule.
    VERB_RE.lastIndex = 0;
    if (VERB_RE.test(fold(m[1]!))) continue;
    if (ws.length >= 2 && ws.length <= 12 && isRoleHead(ws[0]!)) {
      // «استاندار X در شورای اداری:», «معاون وزیر کار در شوش:»: where it was said is no part of
      // the role (the office of «نماینده مردم X در مجلس» is).
      const role = m[1]!.replace(HEADLINE_SETTING, '');
      return [{ name: null, role: cleanRole(role), pos: text.indexOf(l), headline: true }];
    }
  }
  return [];
}

/** «name role» at the start of a token list: a titled or given-name-led name, then a role head. */
export function nameThenRole(ws: string[], needTitle: boolean): { name: string; role: string | null } | null {
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
