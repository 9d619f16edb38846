/**
 * Speakers given without a speech verb in front of them: a form's name field («دبیر جلسه:
 * نام و نام خانوادگی: … ⏎ سمت: …»), a parenthesised list of names after a speech noun
 * («نطق های اعضا … (رسولی، رمضانپور، …)»), a decree's signature «ROLE - Name», the agent of
 * a passive report («گزارش … توسط آقای X ارائه شد») and a titled name before guidance it gave
 * («جناب آقای X ROLE رهنمودهایی …»). Pure.
 */
import { fold, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { NAME_GOES_ON, NAME_WORD } from './clauses.ts';
import { clauseSpeaker } from './patterns.ts';
import { sentenceStart } from '../sentences.ts';
import {
  BODY_WORD,
  FAMILY_SUFFIX,
  NOT_NAME,
  cleanRole,
  familyName,
  given,
  isRoleHead,
  prefixes,
  splitNameRole,
  stops,
  stripTitles,
  titleSet,
  words,
} from './words.ts';
import type { RawSpeaker } from './words.ts';
import { PROVINCES } from '../data/gazetteer.ts';

// Province and county names (every spelling): a word that is one names a place, not a person.
const PLACE_NAMES = new Set(
  PROVINCES.flatMap((p) => [p.name, ...p.variants, ...p.counties.flatMap((c) => c.replace(/^\?/, '').split('|'))]).map(
    (n) => fold(n).replace(/\s+/g, ' '),
  ),
);
const isPlace = (name: string) => PLACE_NAMES.has(fold(name).replace(/\s+/g, ' '));
// The blank of a form: «محل امضاء», «امضا», dots or dashes.
const FORM_BLANK = /(?:^|\s)(?:محل|امضا|امضاء|تاریخ|سمت|مهر)(?:\s|$)/;

/** A word that may be part of a person's name (not a stop word, role, body or pronoun). */
function nameLike(w: string): boolean {
  const f = fold(w);
  return NAME_WORD.test(w) && !stops.has(f) && !NOT_NAME.has(f) && !isRoleHead(w) && !BODY_WORD.test(f);
}

/**
 * A one-token full name whose given name is fused to the family name («محمدرضاعارف»): the
 * family name when a given name of 4+ letters leads and 3+ letters that are no family-name
 * suffix («عباسپور») follow.
 */
export function unfuseGiven(token: string): string {
  const f = fold(token);
  let cut = -1;
  for (let k = f.length - 2; k >= 4; k--) {
    if (!given.has(f.slice(0, k))) continue;
    // «حسینعلیزاده», «عباسپور»: a given name then a suffix is one family name.
    if (FAMILY_SUFFIX.test(f.slice(k))) return token;
    if (cut < 0 && f.length - k >= 3 && !/^ی/.test(f.slice(k))) cut = k;
  }
  return cut < 0 ? token : token.slice(cut);
}

// «رئیس جلسه: نام و نام خانوادگی: دکتر X» ⏎ «سمت: Y».
const FORM_NAME = re(
  'g',
)`(?:رئیس|رییس|دبیر|منشی)\s+(?:جلسه|نشست|اجلاس)\s*[:：][^\n]*?نام\s*و\s*نام\s*خانوادگی\s*[:：]\s*([^\n]{2,60})`;
const NEXT_FIELD = /\s{2,}|\s*(?:امضا|امضاء|سمت|تاریخ|مهر)\s*[:：]/;
const FORM_ROLE = /^\s*سمت\s*[:：]\s*([^\n]{3,120})/;

/** Chair and secretary named in a minutes form. */
export function formSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const f = fold(text);
  FORM_NAME.lastIndex = 0;
  for (let m = FORM_NAME.exec(f); m; m = FORM_NAME.exec(f)) {
    const at = m.index + m[0].length - m[1]!.length;
    // The value ends where the next field of the line starts («… علی محمدی    امضاء:»).
    const value = m[1]!.split(NEXT_FIELD)[0]!;
    const ws = stripTitles(words(text.slice(at, at + value.length)));
    if (ws.length === 0 || ws.length > 4 || !ws.every(nameLike)) continue;
    if (FORM_BLANK.test(fold(ws.join(' ')))) continue;
    // The role on the next non-empty line, when it is a «سمت:» field.
    const lines = text.slice(m.index + m[0].length).split('\n');
    const next = lines.slice(1).find((l) => l.trim() !== '');
    const role = next && FORM_ROLE.exec(next) ? cleanRole(FORM_ROLE.exec(next)![1]!) : null;
    const name = familyName(ws);
    if (name.length >= 2) out.push({ name, role, pos: m.index });
  }
  return out;
}

// A speech noun of a group of people before a parenthesised list of their names in the same
// sentence («نطق های اعضای شورا …(…)»), matched folded; goods or places in parentheses after «صحبت از قیمت
// کالاها» or «سخنان رئیس جمهور در سفر به استانها» are no speakers.
const SPEECH_NOUN = /(?:نطق|سخنان|سخنرانی|بیانات|صحبت)/;
const PEOPLE = new RegExp(
  `(?<![${L}])(?:پیش\\s+از\\s+دستور|میان\\s+دستور|${'اعضا اعضاء اعضای نمایندگان آقایان سخنرانان منتخبان منتخبین مسئولان مسئولین مدیران روسای کارشناسان مدعوین میهمانان مهمانان'
    .split(' ')
    .map(fold)
    .join('|')})(?![${L}])`,
);

/** «نطق های اعضای شورا را اینجا بخوانید(رسولی،رمضانپور،حاجی پور)»: every name in the list. */
export function listedSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const paren = /\(([^()\n]{5,200})\)/g;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const items = m[1]!.split(/\s*[،,]\s*|\s+و\s+/).map((x) => words(x));
    if (items.length < 2 || items.some((ws) => ws.length === 0 || ws.length > 3 || !ws.every(nameLike))) continue;
    const sentenceFrom = sentenceStart(text, m.index) ?? 0;
    const lead = fold(text.slice(sentenceFrom, m.index));
    const noun = SPEECH_NOUN.exec(lead);
    if (!noun || !PEOPLE.test(lead.slice(noun.index))) continue;
    if (items.some((ws) => isPlace(ws.join(' ')))) continue;
    for (const ws of items) {
      const name = familyName(stripTitles(ws));
      if (name.length >= 3) out.push({ name, role: null, pos: m.index });
    }
  }
  return out;
}

// A line «ROLE - Name» closing a decree or letter: «معاون اول رئیس جمهور - محمدرضا عارف».
const SIGNATURE = re(
  '',
)`^[ \t]*((?:معاون|وزیر|رئیس|رییس|استاندار|فرماندار|شهردار|دبیر|مدیرکل|مدیر|سرپرست)[^\n\-–—:]{0,60}?)[ \t]+[-–—][ \t]*((?:[${L}]+[ \t]*){1,3})$`;

// The staff of a news page signing it («دبیر سرویس استانها - X», «مدیرمسئول - X»): no speaker.
const NEWSROOM = new RegExp(
  fold('^\\s*(?:دبیر\\s+(?:سرویس|بخش|تحریریه|عکس|خبر)|مدیر\\s*مسئول|مدیر\\s+(?:سایت|پایگاه|خبرگزاری))'),
);
// Lines that list the people a letter is copied to or who attended: no signer follows.
const NOT_SIGNER_HEAD =
  /^\s*(?:رونوشت|رونوشت\s+به|حاضرین|حاضران|غایبین|غایبان|اعضای\s+حاضر|مدعوین|گیرندگان)\s*[:：]?\s*$/;

const MINUTES_SECRETARY = /^(?:دبیر|منشی)\s+(?:جلسه|نشست|شورا|کارگروه|کمیته|کمیسیون|ستاد|قرارگاه)$/;

/**
 * Signatures «ROLE - Name» on a line of their own. A run of three or more is a list (attendees,
 * copies), not a signature; nor is a line under «رونوشت:» / «حاضرین:», or a place after the dash
 * («رئیس سازمان - تهران» is a dateline).
 */
export function roleSignatures(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const raw = text.split('\n');
  // Matched folded, so that «وزير كشور» reads as «وزیر کشور»; the role and name come from the
  // line as written (a line break is never folded away, so the lines correspond).
  const folded = raw.map((l) => fold(l));
  const signature = new RegExp(SIGNATURE.source);
  // How many signature-shaped lines follow line i in direction `step` (blank lines skipped).
  const shaped = (i: number, step: number) => {
    let n = 0;
    for (let k = i + step; k >= 0 && k < folded.length; k += step) {
      if (folded[k]!.trim() === '') continue;
      if (!signature.test(folded[k]!)) break;
      n++;
    }
    return n;
  };
  let pos = 0;
  for (let i = 0; i < raw.length; pos += raw[i]!.length + 1, i++) {
    if (!signature.test(folded[i]!)) continue;
    const m = /^\s*(.+?)\s+[-–—]\s*(.+?)\s*$/.exec(raw[i]!);
    if (!m) continue;
    const ws = stripTitles(words(m[2]!));
    if (ws.length === 0 || !ws.every(nameLike) || isPlace(ws.join(' '))) continue;
    if (NEWSROOM.test(folded[i]!)) continue;
    // Two lines may sign jointly («وزیر کشور - X» ⏎ «وزیر اقتصاد - Y»); three or more are a list.
    if (shaped(i, -1) + shaped(i, 1) >= 2) continue;
    if (folded.slice(Math.max(0, i - 6), i).some((l) => NOT_SIGNER_HEAD.test(l))) continue;
    const name = ws.length === 1 ? unfuseGiven(ws[0]!) : familyName(ws);
    // The secretary signing the minutes of the body («دبیر شورا – X») kept the record: a role
    // for someone heard elsewhere, no voice of its own.
    const record = MINUTES_SECRETARY.test(folded[i]!.slice(0, folded[i]!.search(/[-–—]/)).trim());
    if (name.length >= 3) out.push({ name, role: cleanRole(m[1]!), pos, ...(record ? { attendance: true } : {}) });
  }
  return out;
}

// «… توسط آقای دکتر X (ROLE) ارائه شد»: the titled agent of a passive report.
const AGENT = re(
  'g',
)`توسط\s+((?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم|خانم)\s+[^.\n؛:]{2,100}?)\s*،?\s+(?:ارایه|بیان|تشریح|قرایت)\s+(?:شد|گردید|و)(?![${L}])`;
// «جناب آقای X ROLE رهنمودهایی …»: guidance given is speech even where the verb is cut off.
const GUIDANCE = re(
  'g',
)`(?:^|[\s.،])((?:جناب\s+)?(?:آقای|اقای|سرکار\s+خانم)\s+[^.\n،؛:]{2,120}?)\s+رهنمود(?:های|هایی|ی)?(?![${L}])`;

/** Titled agents of passive reports and givers of guidance. */
export function agentSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const f = fold(text);
  for (const rx of [AGENT, GUIDANCE]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(f); m; m = rx.exec(f)) {
      const at = m.index + m[0].indexOf(m[1]!);
      const ws = words(text.slice(at, at + m[1]!.length));
      // The name is the words before the role, none of them a stop word («آقای X در …»).
      const { name, role } = splitNameRole(ws);
      if (!name || !name.split(' ').every(nameLike)) continue;
      if (prefixes.has(fold(name)) || titleSet.has(fold(name))) continue;
      out.push({ name, role: role ? cleanRole(tidy(role)) : null, pos: m.index });
    }
  }
  return out;
}

// «به گفته X، …»: a statement attributed to X; the «،» closes X (a «،» inside a body's name,
// «تعاون، کار و رفاه اجتماعی», does not). Without the «،» the end of X cannot be told.
const ATTRIBUTED = re('g')`(?<![${L}])به\s+گفته\s+(?=[${L}])`;

/** Speakers of attributed statements «به گفته ROLE/NAME، …» (not «به گفته وی»). */
export function attributedSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  ATTRIBUTED.lastIndex = 0;
  for (let m = ATTRIBUTED.exec(text); m; m = ATTRIBUTED.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200).split(/[.\n:؛]/)[0]!;
    const end = [...rest.matchAll(/[،,]/g)]
      .map((c) => c.index)
      .find((k) => !NAME_GOES_ON.has(fold(words(rest.slice(k + 1))[0] ?? '')));
    if (end === undefined) continue;
    const found = clauseSpeaker(rest.slice(0, end), m.index);
    if (found) out.push({ ...found, also: true });
  }
  return out;
}

// The heading of an attendance or signature list: «اعضای حاضر:», «حاضرین جلسه:», «اسامی و امضای
// حاضرین:», «امضای اعضا:», «غایبین:», «مدعوین:».
const ATTENDANCE_HEAD = new RegExp(
  `^[\\s*#-]*(?:[${L}\\s]{0,20}\\s)?(?:حاضرین|حاضران|اعضای\\s+حاضر|غایبین|غایبان|مدعوین|امضا(?:ء|ی)?\\s+(?:اعضا|اعضای|حاضرین|حاضران))(?:\\s+(?:در\\s+)?جلسه)?[\\s*]*[:：]`,
);
// A line that goes on with the meeting rather than the list: a speech, a label, a decision.
const LIST_ENDS = re('')`[:：]|(?<![${L}])(?:گفت|افزود|اظهار|بیان|ارائه|مقرر|تصویب)(?![${L}])`;

/**
 * Spans of attendance and signature lists: the heading line and the lines right under it, up
 * to a blank line or a line that is no longer a list entry. People named there attended or
 * signed; those of them who speak are found where they speak.
 */
export function attendanceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lines = text.split('\n');
  let pos = 0;
  for (let i = 0; i < lines.length; pos += lines[i]!.length + 1, i++) {
    if (!ATTENDANCE_HEAD.test(fold(lines[i]!))) continue;
    let end = pos + lines[i]!.length;
    for (let k = i + 1, at = end + 1; k < lines.length; at += lines[k]!.length + 1, k++) {
      const line = lines[k]!;
      if (line.trim() === '' || line.length > 250 || LIST_ENDS.test(fold(line))) break;
      end = at + line.length;
    }
    out.push([pos, end]);
  }
  return out;
}
