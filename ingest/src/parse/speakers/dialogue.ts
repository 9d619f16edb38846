/**
 * Minutes written as a dialogue: a line opening with «ROLE: statement» («نماینده بانک ملت: بانک
 * آمادگی امهال دارد …»), a voice given by its office only, or «TITLED NAME، ROLE: statement»
 * («مهندس امید فرهادی، مدیرکل راه و شهرسازی استان: …»), a named voice. Pure.
 */
import { fold } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { nameThenRole } from './patterns.ts';
import { HONORIFIC_ABBR, VERB_RE, cleanRole, isRoleHead, stops, titleSet, words } from './words.ts';
import type { RawSpeaker } from './words.ts';

// A line label, not a voice: «مسئول اجرا: …», «رئیس جلسه: …», «دبیر کارگروه: …» (who chairs or
// keeps the minutes), «نمایندگان …:» (several people).
const LABEL = new RegExp(
  `^(?:${['مسئول', 'مسئولین', 'مسئولان', 'مسیول', 'نمایندگان', 'اعضا', 'اعضای', 'مدیران', 'روسای']
    .map(fold)
    .join('|')})$`,
);
const CHAIR_LABEL =
  /^(?:رئیس|رییس|ریاست|دبیر|منشی|نایب\s*رئیس|نایب\s*رییس)\s+(?:جلسه|نشست|کارگروه|کمیته|شورا|کمیسیون|ستاد)$/;

// A label line: no parentheses in the label but an honorific's («… امام خمینی (ره):»).
const LABEL_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[-•*]+[ \\t]*)?((?:[^\\n:：()]|\\((?:${HONORIFIC_ABBR})\\)){4,90}?)[ \\t*]*[:：][ \\t*]*([^\\n]*)`,
  'g',
);

// A statement is a sentence: at least this many words after the colon.
const MIN_STATEMENT_WORDS = 6;

/** «ROLE: statement» lines of minutes: role-only voices; «NAME، ROLE: statement»: named ones. */
export function roleColonSpeakers(text: string): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  const line = LABEL_LINE;
  line.lastIndex = 0;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const ws = words(m[1]!);
    if (ws.length < 2 || ws.length > 14) continue;
    const f = fold(m[1]!).trim();
    const statement = m[2]!.trim() ? m[2]! : nextLine(text, m.index + m[0].length);
    if (!isRoleHead(ws[0]!)) {
      const named = namedVoice(m[1]!, f, statement);
      if (named) out.push({ ...named, pos: m.index + m[0].indexOf(m[1]!) });
      continue;
    }
    if (ws.length > 12) continue;
    if (LABEL.test(fold(ws[0]!)) || CHAIR_LABEL.test(f)) continue;
    // A name, a stop word or a digit in it: a sentence or a list, not an office.
    if (ws.some((w) => (titleSet.has(fold(w)) && fold(w) !== 'و') || /[\d۰-۹]/.test(w))) continue;
    if (ws.slice(1).some((w) => stops.has(fold(w)) && !/^(?:و|در)$/.test(fold(w)))) continue;
    // «ROLE … گفت: …» is a sentence with its verb, read by the verb rule.
    VERB_RE.lastIndex = 0;
    if (VERB_RE.test(f)) continue;
    if (words(statement).length < MIN_STATEMENT_WORDS) continue;
    const role = cleanRole(m[1]!);
    if (role) out.push({ name: null, role, pos: m.index + m[0].indexOf(m[1]!), quoted: true });
  }
  return out;
}

/**
 * The statement of a label that ends its line («دکتر X، ROLE:» ⏎ «‌«statement»»): the next
 * non-empty line, unless that line is itself a label, a list item or a heading.
 */
function nextLine(text: string, from: number): string {
  const rest = text.slice(from).replace(/^[ \t]*\n(?:[ \t]*\n)*/, '');
  if (rest.length === text.length - from) return '';
  const next = rest.split('\n', 1)[0]!.trim();
  if (/[:：]\s*$/.test(next) || LIST_ITEM.test(next)) return '';
  return next;
}

// A numbered or lettered item, or a bullet: «۱-», «2)», «الف)», «•».
const LIST_ITEM = re('')`^(?:[-•*#]|[\d۰-۹]+\s*[-.)]|[${L}]{1,3}\s*[)-])`;

/**
 * «آقای باقری، معاون هماهنگی امور عمرانی استاندار: …»: a titled or given-name-led name set off
 * by «،» from the role it holds, then a statement. The comma is required: without it a label
 * such as «آقای X گزارش داد: …» is a sentence, read by the verb rule.
 */
function namedVoice(label: string, folded: string, statement: string): { name: string; role: string } | null {
  if (!/[،,]/.test(label) || words(statement).length < MIN_STATEMENT_WORDS) return null;
  VERB_RE.lastIndex = 0;
  if (VERB_RE.test(folded)) return null;
  const r = nameThenRole(words(label), true);
  // The whole label is the name and its role: nothing of a sentence left after the role.
  if (!r?.role || words(r.role).length < words(label.slice(label.search(/[،,]/) + 1)).length) return null;
  return { name: r.name, role: r.role };
}
