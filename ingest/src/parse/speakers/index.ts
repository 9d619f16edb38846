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
import type { Speaker } from '../../schema.ts';
import { fold, tidy } from '../fold.ts';
import { L, hasWord, re } from '../boundary.ts';
import {
  agentSpeakers,
  attendanceSpans,
  attributedSpeakers,
  formSpeakers,
  listedSpeakers,
  roleSignatures,
} from './forms.ts';
import { roleColonSpeakers } from './dialogue.ts';
import { interviewSpeakers } from './interview.ts';
import { introducedSpeakers } from './introduced.ts';
import { leadSubject } from './lead.ts';
import { mergeSpeakers, sameName, sameRole, singleHead } from './merge.ts';
import {
  colonSpeakers,
  headingSpeakers,
  headlineSpeaker,
  inlineBoldSpeakers,
  nameThenRole,
  verbSpeakers,
} from './patterns.ts';
import { NOT_NAME, cleanRole, given, isRoleHead, splitNameRole, stops, stripTitles, titleSet, words } from './words.ts';
import type { RawSpeaker } from './words.ts';

/** Speakers of a document (header-stripped, light-folded text). */
export function findSpeakers(text: string, kind: 'minutes' | 'news' | 'other'): Speaker[] {
  const raw = [
    ...headingSpeakers(text),
    ...colonSpeakers(text),
    ...(kind === 'minutes' ? inlineBoldSpeakers(text) : []),
    ...(kind === 'minutes' ? roleColonSpeakers(text) : []),
    ...verbSpeakers(text),
    ...introducedSpeakers(text),
    ...formSpeakers(text),
    ...listedSpeakers(text),
    ...roleSignatures(text),
    ...agentSpeakers(text),
    ...attributedSpeakers(text),
    ...(kind === 'news' ? headlineSpeaker(text) : []),
    ...(kind === 'news' ? interviewSpeakers(text) : []),
    ...(kind === 'news' ? leadSubject(text) : []),
  ];
  const lists = attendanceSpans(text);
  // Minutes record who chaired apart from who spoke: a chair introduced by «به ریاست X» who is
  // never heard (by name, by role, or as «رئیس جلسه») only chaired. News name the chair as the
  // voice of the meeting they report, so there the chair stays.
  const marked = raw.map((r) =>
    lists.some(([s, e]) => r.pos >= s && r.pos < e) || (r.chair && kind === 'minutes') ? { ...r, attendance: true } : r,
  );
  return mergeSpeakers(marked.map(tidySpeaker).map(markEarlier(text)), kind !== 'minutes');
}

/** Marks a name already written before its mention (a person known to the reader). */
function markEarlier(text: string): (r: RawSpeaker) => RawSpeaker {
  return (r) => (r.name && hasWord(fold(text.slice(0, r.pos)), fold(r.name)) ? { ...r, earlier: true } : r);
}

// The first word of a compound role («نایب رئیس», «معاون مدیرکل», «عضو هیئت») caught at a name's end.
const ROLE_START = re('')`\s+(نایب|قائم\s*مقام|عضو|سرپرست|نماینده|مشاور)$`;

/**
 * A name as a facet shows it: no dash or colon left from «**آقای X – مدیر …**», and the first
 * word of a compound role («آقای بهرامی نایب رئیس شورا») moved back to the role.
 */
function tidySpeaker<S extends Speaker>(s: S): S {
  if (!s.name) return s;
  let name = s.name.replace(/[\s\-–—:،,]+$/u, '').trim();
  let role = s.role;
  const m = ROLE_START.exec(name);
  if (m && name.slice(0, m.index).trim().length >= 3) {
    name = name.slice(0, m.index).trim();
    role = role ? `${m[1]} ${role}` : m[1]!;
  }
  return name === s.name && role === s.role ? s : { ...s, name: name || null, role };
}

/**
 * Chair: «به ریاست X» — a titled name (+ role), or a role resolved to a speaker with that
 * role; else a speaker whose role says «رئیس شورا/قرارگاه/…». Written «name (role)».
 */
export function findChair(text: string, speakers: Speaker[]): string | null {
  const m = /به\s*ریاست\s+([^.\n]{3,160})/.exec(text);
  const fmt = (s: Speaker) => (s.name ? (s.role ? `${s.name} (${s.role})` : s.name) : s.role);
  if (m) {
    let phrase = m[1]!.split(
      /\s+و\s+با\s+حضور|\s+با\s+حضور|\s+در\s+(?:سالن|محل)|\s+(?:برگزار|تشکیل|آغاز|منعقد|دایر)|[،,]/,
    )[0]!;
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

export { familyName } from './words.ts';
export { sameName } from './merge.ts';
export { appositiveName, stripLeadIn } from './clauses.ts';
export { colonSpeakers } from './patterns.ts';
