/**
 * Resolutions (مصوبات) in every form the archive shows:
 *  - tables (markdown pipes, tab-separated rows, HTML `<p>` cells whose columns are reversed
 *    and whose rows continue after a page break), columns found from the header row
 *    (ردیف / شرح مصوبات / اقدام کننده / مسئول نظارت / مدت اجرا; «موضوع محوری» is ignored);
 *  - numbered, bulleted or plain paragraphs under a «مصوبات» heading;
 *  - «مقرر گردید / مقرر شد / مصوب شد» sentences and «X را مکلف کرد», «X موظف …» in running text.
 * Lists inside speeches are not resolutions (no «مصوبات» heading above them).
 * Input: header-stripped, light-folded text. Pure.
 */
import { decisionItems } from './items.ts';
import { listResolutions, verdictResolutions, withInlineFields } from './lists.ts';
import {
  agreementResolutions,
  dropRestated,
  namedResolutions,
  referredApprovals,
  reportedActions,
  stripByline,
} from './prose.ts';
import { isBodyHead } from './parties.ts';
import { DECISION, isGroupSubject, OBLIGE, sentenceResolutions } from './sentences.ts';
import { tableResolutions } from './tables.ts';
import type { ParsedResolution } from './types.ts';
import { fold } from '../fold.ts';
import { L, re, WB_END } from '../boundary.ts';

/** All resolutions of a document, in text order. */
export function findResolutions(text: string, kind: 'minutes' | 'news' | 'other'): ParsedResolution[] {
  const table = tableResolutions(text);
  if (table.length > 0) return kind === 'minutes' ? [...table, ...besideTable(text)] : table;
  const listed = listResolutions(text);
  // A labelled line under a «مصوبات» heading («مصوبه 1: …» with «مسئول پیگیری: …» under it) is
  // read by the list with its fields: the same line read as a verdict is no second resolution.
  const starts = new Set(listed.map((r) => r.index));
  const verdicts = verdictResolutions(text).filter((r) => !starts.has(text.lastIndexOf('\n', r.index - 1) + 1));
  const list = [...listed, ...verdicts].sort((a, b) => a.index - b.index);
  // Spans covered by list items: decision sentences inside them are not separate resolutions.
  const taken: Array<[number, number]> = list.map((r) => [r.index, r.index + r.text.length + 200]);
  const items: ParsedResolution[] =
    kind === 'minutes'
      ? decisionItems(text, taken).map((it) =>
          withInlineFields({
            number: it.number,
            text: it.text,
            responsible: [],
            supervisor: [],
            deadline: null,
            index: it.index,
          }),
        )
      : [];
  for (const it of items) taken.push([it.index, it.index + it.text.length + 10]);
  const sentences = sentenceResolutions(text, taken)
    .filter((r) => kind !== 'news' || (!quotedDuty(text, r) && !agreementTerm(text, r) && !directive(text, r)))
    .map((r) => withInlineFields({ ...r, text: stripByline(r.text) }, true));
  const named = [...namedResolutions(text, taken), ...referredApprovals(text, taken)];
  const agreed =
    kind === 'news'
      ? [...agreementResolutions(text, taken), ...reportedActions(text, taken, [...list, ...sentences])]
      : [];
  const all = [...list, ...items, ...sentences, ...named, ...agreed].sort((a, b) => a.index - b.index);
  if (kind === 'news') return dropRestated(all, text);
  return kind === 'minutes' ? all : [];
}

// A speech verb and «:» opening a quotation («… گفت: », «وی افزود: »).
const QUOTE_LEAD = re(
  '',
)`(?:گفت|گفتند|افزود|افزودند|اظهار\s*(?:داشت|کرد)|تصریح\s*کرد|عنوان\s*کرد|ادامه\s*داد|بیان\s*(?:کرد|داشت))\s*[:：]\s*$`;

// A line that opens a quotation («وی افزود: …») before the duty, later in the same quoted line.
const QUOTE_OPEN = re(
  '',
)`^[^:：\n]{0,80}(?:گفت|گفتند|افزود|افزودند|اظهار\s*(?:داشت|کرد)|تصریح\s*کرد|عنوان\s*کرد|ادامه\s*داد|بیان\s*(?:کرد|داشت))\s*[:：][^:：]*$`;

/**
 * In news, a duty or an allocation stated inside an official's quotation («X گفت: اداره کل راه …
 * موظف است …», «وی افزود: دهیاریها موظفند …», «… نیز گفت: مبلغ … به این طرحها اختصاص یافت») is
 * what the official says, not a decision the report records;
 * a decision verb («مقرر شد»), a resolution it cites («با توجه به مصوبه …») or a rule for a group
 * of people («باغداران موظف هستند …») keeps it.
 */
function quotedDuty(text: string, r: ParsedResolution): boolean {
  DECISION.lastIndex = 0;
  // «… گفت: با توجه به مصوبه قرارگاه، کمیته X موظف است …»: a duty the quote puts on a resolution.
  if (DECISION.test(r.text) || /مصوبه|مصوبات/.test(r.text)) return false;
  // «… گفت: باغداران موظف هستند …»: a rule announced for a group of people is the news itself.
  const subject = (r.responsible[0] ?? '').split(' ');
  if (isGroupSubject(subject) && !isBodyHead(fold(subject[0]!))) return false;
  // Where the resolution's text starts (a reported decision is indexed at its verb), on the
  // verb's own line first: an earlier mention of the same body is not it.
  const key = r.text.slice(0, 15);
  const own = text.indexOf(key, text.lastIndexOf('\n', r.index - 1) + 1);
  const lineEnd = text.indexOf('\n', r.index);
  const found = own >= 0 && (lineEnd < 0 || own < lineEnd) ? own : text.lastIndexOf(key, r.index);
  const at = found < 0 ? r.index : found;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = fold(text.slice(lineStart, at));
  if (QUOTE_LEAD.test(before)) return true;
  // Further into the quoted line only an obligation («… و سازمان X موظف است …»).
  OBLIGE.lastIndex = 0;
  return QUOTE_OPEN.test(before) && OBLIGE.test(r.text);
}

// A line announcing an official's orders: «دستورات استاندار در این سفر:», «مهمترین دستورات وزیر:»,
// «تاکیدات فرماندار:», «رهنمودهای …:» (folded text).
const ORDERS_HEADING = re(
  '',
)`^[^\n]{0,40}?(?<![${L}])(?:دستورات|دستور|تاکیدات|رهنمودهای|رهنمودها|توصیه\s*های|توصیه\s*ها)(?![${L}])[^\n]{0,60}[:：][ \t]*$`;

/**
 * In news, a duty listed under an official's orders («دستورات استاندار در این سفر:» ⏎ «۱. اداره
 * کل X موظف است …») is what the official ordered (a commitment of the body), not a decision of a
 * meeting the news reports; «مقرر شد» after the list still is one.
 */
function directive(text: string, r: ParsedResolution): boolean {
  DECISION.lastIndex = 0;
  if (DECISION.test(r.text)) return false;
  let end = text.lastIndexOf('\n', r.index);
  for (let k = 0; k < 30 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || /^\s*(?:[\d۰-۹]{1,2}\s*[-.)ـ–]|[•*-])/.test(line)) {
      end = start - 1;
      continue;
    }
    return ORDERS_HEADING.test(fold(line));
  }
  return false;
}

// An agreement whose terms a news paragraph spells out («بر اساس این تفاهم‌نامه، …», «… و بر اساس آن …»).
const AGREEMENT = re('')`تفاهم\s*نامه|توافق\s*نامه|قرارداد`;
// Folded text: «آن» is «ان».
const UNDER_IT = re('')`(?:بر\s*اساس|طبق|به\s+موجب|بنا\s*بر)\s+(?:این|ان)${WB_END}`;

/**
 * In news, a duty in a paragraph that spells out an agreement («این تفاهم‌نامه به امضای … رسید و
 * بر اساس آن بنیاد برکت موظف است …», «بر اساس این تفاهم‌نامه، … سازمان X نیز موظف شدند …») is a
 * term of that agreement (a commitment of its party), not a decision; «مقرر شد» still counts.
 */
function agreementTerm(text: string, r: ParsedResolution): boolean {
  DECISION.lastIndex = 0;
  if (DECISION.test(r.text)) return false;
  const before = text.slice(0, r.index);
  let from = before.search(/\n\s*\n(?![^]*\n\s*\n)/);
  // A list of terms under a lead-in («بر اساس این تفاهم‌نامه، تعهدات طرفین به این شرح است:»):
  // the lead-in paragraph belongs to it.
  if (
    from > 0 &&
    /^\s*(?:[-•*]|[\d۰-۹]{1,2}\s*[-.)ـ])/.test(text.slice(from)) &&
    /[:：]\s*$/.test(before.slice(0, from))
  )
    from = before.slice(0, from).search(/\n\s*\n(?![^]*\n\s*\n)/);
  const paragraph = fold(text.slice(from < 0 ? 0 : from, r.index + r.text.length));
  return AGREEMENT.test(paragraph) && UNDER_IT.test(paragraph);
}

/**
 * Minutes whose resolutions are a table may decide one more thing in prose under it
 * («… بررسی خواهد شد. ضمنا مقرر گردید امور مالی شبکه مبلغ … اختصاص دهد»): «مقرر گردید/شد»
 * sentences outside the table rows.
 */
function besideTable(text: string): ParsedResolution[] {
  const rows: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (/\t|^\s*\||<\/?(?:td|tr|p)\b/i.test(line)) rows.push([pos, pos + line.length + 1]);
    pos += line.length + 1;
  }
  DECISION.lastIndex = 0;
  return sentenceResolutions(text, rows).filter((r) => {
    DECISION.lastIndex = 0;
    return DECISION.test(r.text);
  });
}

export type { ParsedResolution } from './types.ts';
export { splitBodies } from './parties.ts';
export { addresseeBodies, anaphorBodies } from './references.ts';
export { subjectBodies } from './subject.ts';
export { splitCoordinated, splitRunOn } from './sentences.ts';
export { agreementParties, stripByline } from './prose.ts';
export { textDeadline } from './deadline.ts';
