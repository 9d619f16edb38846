/** One speaker per person: names compared with one edit allowed, roles merged, plural roles dropped. Pure. */
import type { Speaker } from '../../schema.ts';
import { SINGLE_INCUMBENT } from '../data/persons.ts';
import { editDistance } from '../../text/index.ts';
import { compactKey, fold } from '../fold.ts';
import { CHAIR_ANAPHOR } from './patterns.ts';
import { words } from './words.ts';
import { L, re } from '../boundary.ts';
import type { RawSpeaker } from './words.ts';

/** Same person? Names compared ignoring spaces, one-letter slips, and containment. */
export function sameName(a: string, b: string): boolean {
  const ka = compactKey(a).replace(/ی+/g, 'ی');
  const kb = compactKey(b).replace(/ی+/g, 'ی');
  if (ka === kb) return true;
  // One-letter slips; a substituted letter in a short name is another name («کرمی»/«کرای»).
  if (
    ka.length >= 4 &&
    kb.length >= 4 &&
    editDistance(ka, kb, 1, { transpositions: false }) <= 1 &&
    (ka.length !== kb.length || ka.length >= 6)
  )
    return true;
  const [s, l] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return s.length >= 4 && l.endsWith(s);
}

export function roleKey(r: string): string {
  // Digits dropped: «محلات ۲۰۲۰ کشور» and «محلات کشور» are the same office.
  return compactKey(r.replace(/محترم|جناب|آقای/g, '')).replace(/[،,\d۰-۹]/g, '');
}

// Words a role may carry or omit for the same office: «… اداره کل تعاون ایلام» / «… استان
// ایلام», «… سازمان جهاد کشاورزی» / «… جهاد کشاورزی», «فرماندار شهرستان X» / «فرماندار X».
const OPTIONAL_ROLE_WORDS = re('g')`(?<![${L}])(?:استان|شهرستان|سازمان)(?![${L}])`;

export function sameRole(a: string, b: string): boolean {
  const ka = roleKey(a);
  const kb = roleKey(b);
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka.includes(kb) || kb.includes(ka)) return true;
  const loose = (r: string) => roleKey(fold(r).replace(OPTIONAL_ROLE_WORDS, ' '));
  return loose(a) === loose(b) || listCut(a, b) || listCut(b, a);
}

/**
 * Whether `short` is `full` without the rest of a body's listed fields: «مدیرکل میراث فرهنگی
 * استان» for «مدیرکل میراث فرهنگی، گردشگری و صنایع دستی استان». The words dropped start right
 * after a «،» and hold a «و»; what comes before and after them is the same.
 */
function listCut(full: string, short: string): boolean {
  const f = fold(full).replace(/محترم/g, ' ').trim().split(/\s+/);
  const s = fold(short).replace(/محترم/g, ' ').replace(/[،,]/g, ' ').trim().split(/\s+/);
  const bare = (w: string) => w.replace(/[،,]/g, '');
  for (let a = 2; a < f.length && a <= s.length; a++) {
    if (!/[،,]$/.test(f[a - 1]!)) continue;
    if (f.slice(0, a).some((w, k) => bare(w) !== s[k])) return false;
    const tail = s.length - a;
    const cut = f.slice(a, f.length - tail);
    if (cut.length < 2 || !cut.includes('و')) return false;
    return f.slice(f.length - tail).every((w, k) => bare(w) === s[a + k]);
  }
  return false;
}

export function singleHead(r: string): string | null {
  const f = fold(r.replace(/محترم/g, ' ')).trim();
  return SINGLE_INCUMBENT.map((h) => fold(h)).find((h) => f.startsWith(h + ' ') || f === h) ?? null;
}

/** Words of a role without honorifics, «مدیریت» read as «مدیر». */
export function roleWords(r: string): string[] {
  return words(
    fold(r)
      .replace(/محترم|جناب|اقای/g, ' ')
      .replace(/[،,]/g, ' '),
  ).map((w) => (w === 'مدیریت' ? 'مدیر' : w));
}

/** Whether a short role («مدیریت صندوق») is a word subsequence of a full one («مدیر صندوق کارآفرینی امید»). */
export function roleFits(short: string, full: string): boolean {
  const s = roleWords(short);
  const f = roleWords(full);
  if (s.length < 2) return false;
  let k = 0;
  for (const w of f) if (k < s.length && w === s[k]) k++;
  return k === s.length;
}

// Tested on folded text, so written folded («مسیولان»).
export const PLURAL_ROLE = new RegExp(
  `^(?:${['روسای', 'مدیران', 'اعضای', 'اعضا', 'نمایندگان', 'مسئولین', 'مسئولان', 'کارشناسان', 'فرمانداران', 'معاونین', 'معاونان', 'روسا'].map(fold).join('|')})(?:\\s|$)`,
);

type RoleOnly = Speaker & { also?: boolean; quoted?: boolean; headline?: boolean };

/** Merge raw mentions into one entry per person. */
export function mergeSpeakers(raw: RawSpeaker[], isNews: boolean): Speaker[] {
  const sorted = [...raw].sort((a, b) => a.pos - b.pos);
  const people: Speaker[] = [];
  const roleOnly: RoleOnly[] = [];
  const roleAt = new Map<Speaker, number>();
  // People named outside an attendance list (the others attended without speaking).
  const heard = new Set<Speaker>();
  // The role-only voice the previous mention gave, when that mention was one.
  let lastRoleOnly: Speaker | null = null;
  for (const r of sorted) {
    const previous = lastRoleOnly;
    lastRoleOnly = null;
    // A group is no person: «به گفته کارشناسان هواشناسی».
    if (r.name && PLURAL_ROLE.test(fold(r.name))) continue;
    if (r.name) {
      const found = people.find((p) => p.name && sameName(p.name, r.name!));
      if (found && !r.attendance) heard.add(found);
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
        // A role marked as one more voice («ROLE نیز … گفت») is someone else, unless a name not
        // written before is the very next voice: «فرماندار X نیز … گفت: …» ⏎ «علیرضا نوروزی … افزود».
        const pending = roleOnly.find(
          (p) => (!p.also || (p === previous && !r.earlier)) && !people.some((q) => q.role === p.role),
        );
        if (pending) {
          roleOnly.splice(roleOnly.indexOf(pending), 1);
          const person = { name: r.name, role: pending.role };
          if (!r.attendance) heard.add(person);
          people.push(person);
          continue;
        }
      }
      const person = { name: r.name, role: r.role };
      if (!r.attendance) heard.add(person);
      people.push(person);
    } else if (r.role && !r.attendance) {
      // Groups that report together («روسای کمیته ها و مدیران …») are not a speaker.
      if (PLURAL_ROLE.test(fold(r.role))) continue;
      // A headline's role is the lead's cut short: «معاون وزیر کار» ⏎ «معاون توسعه کارآفرینی و
      // اشتغال وزیر تعاون، کار و رفاه اجتماعی … گفت».
      const shortened = (p: RoleOnly) => p.headline && !r.headline && roleFits(p.role!, r.role!);
      const same = roleOnly.find((p) => sameRole(p.role!, r.role!) || shortened(p));
      if (same) {
        if (r.also) same.also = true;
        if (r.quoted) same.quoted = true;
        // The body's full name wins over its short form, whichever came first.
        if (listCut(r.role, same.role!) || shortened(same)) same.role = r.role;
        same.headline = false;
        lastRoleOnly = same;
        continue;
      }
      const ro: RoleOnly = {
        name: null,
        role: r.role,
        ...(r.also ? { also: true } : {}),
        ...(r.quoted ? { quoted: true } : {}),
        ...(r.headline ? { headline: true } : {}),
      };
      roleAt.set(ro, r.pos);
      roleOnly.push(ro);
      lastRoleOnly = ro;
    }
  }
  const result: Speaker[] = [];
  const hear = (name: string) => {
    const p = people.find((q) => q.name && sameName(q.name, name));
    if (p) heard.add(p);
  };
  for (const ro of roleOnly) {
    const role = ro.role!;
    // «رئیس جلسه گفت» is the named chair speaking.
    const chair = CHAIR_ANAPHOR.test(fold(role.replace(/محترم/g, ' ')).replace(/\s+/g, ' ').trim())
      ? sorted.find((r) => r.chair && r.name)
      : undefined;
    if (chair) {
      hear(chair.name!);
      continue;
    }
    // A role heading right under a named heading («**آقای X، مدیر صندوق Y**» ⏎ «مدیریت محترم
    // صندوق در گزارشی …») is that person, when the short role fits the named one.
    const at = roleAt.get(ro)!;
    const last = [...sorted].reverse().find((r) => r.name && r.pos < at);
    if (last?.role && roleFits(role, last.role)) {
      hear(last.name!);
      continue;
    }
    const head = singleHead(role);
    const match = people.find(
      (p) => p.role && (sameRole(p.role, role) || (head !== null && singleHead(p.role) === head)),
    );
    if (match) {
      // The role speaks for the person the attendance list gave it to.
      heard.add(match);
      continue;
    }
    // The role cut short later in a report («نماینده شهرضا و دهاقان گفت» for «نماینده مردم
    // شهرضا و دهاقان در مجلس …»): the one named person whose role it fits.
    const fits = people.filter((p) => p.role && roleFits(role, p.role));
    if (fits.length === 1) {
      heard.add(fits[0]!);
      continue;
    }
    // A role marked as one more voice («ROLE نیز … گفت») is not the person named without a role.
    const noRole = isNews && !ro.also ? people.find((p) => !p.role) : undefined;
    if (noRole) {
      noRole.role = role;
      continue;
    }
    // News name the people they quote; a role never tied to a name is a person in passing,
    // unless the report marks it as one more voice («فرماندار پاوه نیز … گفت»).
    if (!isNews || ro.also || ro.quoted) result.push({ name: null, role });
  }
  return [...people.filter((p) => heard.has(p)), ...result];
}
