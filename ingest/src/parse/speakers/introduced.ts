/**
 * People introduced where they chair, attend or sign rather than where they speak: «به ریاست X
 * ROLE», «با حضور X ROLE», «آقایان X (ROLE)، Y (ROLE)», «به امضای X ROLE و Y ROLE رسید» and a
 * quoted letter's signature «NAME – ROLE». Pure.
 */
import { L, re } from '../boundary.ts';
import { fold } from '../fold.ts';
import { sentenceEnd } from '../sentences.ts';
import { NAME_WORD, stripLeadIn } from './clauses.ts';
import { nameThenRole } from './patterns.ts';
import {
  NOT_NAME,
  cleanRole,
  familyName,
  given,
  isRoleHead,
  prefixes,
  stops,
  stripTitles,
  titleSet,
  VERB_ALT,
  words,
} from './words.ts';
import type { RawSpeaker } from './words.ts';

/** «به ریاست مهندس رجبی برگزار گردید»: a titled chair named without a role. */
function titledChair(piece: string): { name: string; role: null } | null {
  const ws = words(piece);
  if (ws.length < 2 || !titleSet.has(fold(ws[0]!))) return null;
  const body = stripTitles(ws);
  const end = body.findIndex((w) => /^(?:برگزار|تشکیل|آغاز|و|در|با|از|به)$/.test(fold(w.replace(/[،,]$/, ''))));
  // The piece may end at the name: «به ریاست دکتر X و با حضور …» is split before «و با حضور».
  const nameWs = body.slice(0, end < 0 ? body.length : end).map((w) => w.replace(/[،,]$/, ''));
  if (nameWs.length === 0 || nameWs.length > 2) return null;
  if (nameWs.some((w) => !NAME_WORD.test(w) || stops.has(fold(w)) || NOT_NAME.has(fold(w)) || isRoleHead(w)))
    return null;
  const name = familyName(nameWs);
  return name.length >= 3 ? { name, role: null } : null;
}

// «… ریاست جلسه را بر عهده داشت/گرفت», «… ریاست نشست را عهده‌دار بود» after a person.
const CHAIRED = /^\s*ریاست\s+(?:این\s+)?(?:جلسه|نشست)\s+را\s+(?:بر\s*عهده|به\s*عهده|عهده\s*دار)/;

/** Split «X ROLE و محمد Y ROLE» before every «و» that a given name follows. */
function splitBeforeGiven(piece: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of piece.matchAll(re('g')`\s+و\s+([${L}]+)`)) {
    if (!given.has(fold(m[1]!))) continue;
    out.push(piece.slice(from, m.index));
    from = m.index + m[0].length - m[1]!.length;
  }
  out.push(piece.slice(from));
  return out;
}

// «وی/ایشان/نامبرده … گفت/افزود/…», after the sentence's openers.
const PRONOUN_VOICE = new RegExp(
  `^\\s*(?:${['وی', 'ایشان', 'نامبرده'].map(fold).join('|')})\\s[^.\\n؛]*?(?<![${L}])(?:${VERB_ALT})(?![${L}])`,
);

/**
 * Where the sentence starting at `from` opens with a pronoun that speaks («به ریاست X … آغاز
 * شد. وی با اشاره به … گفت: …»: the one just introduced is heard), else -1.
 */
function pronounVoice(text: string, from: number): number {
  if (from >= text.length) return -1;
  const sentence = text.slice(from, sentenceEnd(text, from));
  const body = stripLeadIn(sentence);
  return PRONOUN_VOICE.test(fold(body)) ? from + sentence.length - body.length : -1;
}

/**
 * People introduced with their role where they chair or attend: «به ریاست X ROLE»,
 * «با حضور X ROLE», «آقایان X (ROLE)، Y (ROLE)», «در این جلسه X ROLE نیز …», and a
 * letter's signature «NAME – ROLE», signatories «به امضای X ROLE و Y ROLE رسید».
 */
export function introducedSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const intro = /(به\s*ریاست|با\s+حضور|در\s+این\s+(?:جلسه|نشست)|به\s+امضای)\s+([^.\n؛]{3,160})/g;
  for (let m = intro.exec(text); m; m = intro.exec(text)) {
    // «با حضور/به ریاست» introduce people only where the meeting is reported as held, not in
    // a proposal inside a speech («جلسه ای با حضور آقای X بگذارید»).
    const sentence = text.slice(m.index, sentenceEnd(text, m.index));
    // Signatories of an agreement: «تفاهم‌نامه … به امضای X ROLE و Y ROLE رسید».
    const signed = /امضا/.test(m[1]!);
    if (signed ? !/رسید/.test(sentence) : !/جلسه|نشست/.test(m[1]!) && !/برگزار|تشکیل|آغاز|دایر/.test(sentence))
      continue;
    // Several people: «X ROLE، Y ROLE و …», «به ریاست X ROLE و با حضور Y ROLE».
    // The split keeps its separators (odd indices) to know which part follows «به ریاست».
    const listed = signed ? m[2]!.replace(re('')`\s+رسید(?:ه|ند)?(?![${L}])[^]*$`, '') : m[2]!;
    const pieces = listed.split(
      /(\s+(?:و\s+)?(?:با\s+حضور|به\s*ریاست)\s+|\s+و\s+(?=(?:جناب|آقای|سرکار|خانم|دکتر|مهندس))|[،,]\s*(?=(?:جناب|آقای|سرکار|خانم|دکتر|مهندس)))/,
    );
    for (let i = 0; i < pieces.length; i += 2) {
      const chairs = i === 0 ? /ریاست/.test(m[1]!) : /ریاست/.test(pieces[i - 1]!);
      // Signatories are named by full name: «X ROLE و محمد Y ROLE» splits before the given name.
      for (const piece of signed ? splitBeforeGiven(pieces[i]!) : [pieces[i]!]) {
        // The chair may be named bare: «به ریاست امینی فرماندار چایپاره».
        const r = nameThenRole(words(piece), !(i === 0 && chairs)) ?? (chairs ? titledChair(piece) : null);
        if (r) out.push({ ...r, pos: m.index, chair: chairs });
        const voice = r && chairs ? pronounVoice(text, sentenceEnd(text, m.index) + 1) : -1;
        if (voice >= 0) out.push({ ...r!, pos: voice });
      }
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
    // A minutes form's attendance field («حاضرین: آقایان X (رئیس شورا)، …») lists who was there;
    // those of them who speak are found where they speak.
    if (/^\s*(?:حاضرین|حاضران|اعضای\s+حاضر|غایبین|غایب)\s*[:：]/.test(text.slice(text.lastIndexOf('\n', m.index) + 1)))
      continue;
    const nameWs = stripTitles(words(m[1]!).filter((w) => !/^(اقایان|مدعوین|همچنین|و)$/.test(fold(w))));
    const lastTitle = words(m[1]!)
      .map((w) => fold(w))
      .lastIndexOf('اقایان');
    // The last two words may open with a title: «… شهرستان ⏎ آقای باقری (ROLE)».
    const ws = stripTitles(lastTitle >= 0 ? words(m[1]!).slice(lastTitle + 1) : nameWs.slice(-2));
    if (ws.length === 0 || ws.some((w) => NOT_NAME.has(fold(w)) || stops.has(fold(w)) || isRoleHead(w))) continue;
    const name = familyName(ws.length > 3 ? ws.slice(-3) : ws);
    // «آقای X (رئیس شورا) ریاست جلسه را بر عهده داشت»: the one chairing.
    const chair = CHAIRED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (name.length >= 2) out.push({ name, role: cleanRole(m[2]!), pos: m.index, ...(chair ? { chair } : {}) });
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
