/**
 * The one sentence splitter of the parsers. A sentence ends at a terminator: «.» (not a
 * decimal point or a number's separator, «۱۲.۵»), «!», «?», «؟», «؛» and a line break. What
 * callers read differently is a named rule of {@link SentenceRules}, not a second splitter:
 * a colon that opens a new sentence (speaker labels, quote lead-ins), «؛» joining the clauses
 * of one decision, table cells split by tabs, a bounded search, and how line breaks inside a
 * paragraph are read. Pure.
 */
import { L, re } from './boundary.ts';

/**
 * How a line break is read.
 * - `end`: every line break ends a sentence.
 * - `short-lines`: as `end`, but looking back from a sentence start, up to two short lines
 *   above (at most 10 words, not blank, ending without a terminator or «:») continue the
 *   sentence — a decision wrapped over narrow table cells or scanned columns
 *   («وبرای رفع موانع طرح های نیمه تمام» ⏎ «بخش کشاورزی …»).
 * - `paragraphs`: hard-wrapped news. Only {@link sentenceSpans} reads it: a line break ends
 *   a sentence at a blank line, after a line ending in a terminator or «:», before a list
 *   item, after a line of fewer than six words, around a markdown heading and after the
 *   text's first line (its title); elsewhere the sentence goes on to the next line.
 */
export type LineBreaks = 'end' | 'short-lines' | 'paragraphs';

export interface SentenceRules {
  /**
   * «:» closes what comes before it, so a sentence may start right after one (a speaker's
   * label «آقای X:», a lead-in «… گفت:»); what follows the colon belongs to the new sentence,
   * so a forward search never stops at it. Default false.
   */
  colon?: boolean;
  /**
   * «؛» joins clauses of one sentence instead of ending it: a decision that lists its parts
   * («مقرر شد؛ شهرداری … ؛ اداره …») stays one resolution. Default false.
   */
  semicolonJoins?: boolean;
  /** A tab (a table cell's edge) ends a sentence. Default false. */
  tab?: boolean;
  /** Default `end`. */
  lineBreaks?: LineBreaks;
  /**
   * Search at most this many characters from the index; past it the search gives up
   * ({@link sentenceStart} returns null, {@link sentenceEnd} returns index + limit).
   */
  limit?: number;
}

type Unbounded = Omit<SentenceRules, 'limit'>;

/** Every character that ends a sentence, the line break aside (a class body for patterns). */
export const TERMINATORS = '.!?؟؛';
/** Terminators that always end a sentence, besides «.», «؛» and the line break. */
const MARKS = /[!?؟]/;
// A list item or a speaker label starts a new line: «۱-», «2)», «الف -», «-», «•».
const ITEM_START = re('')`^\s*(?:[-•*▪◄►]|[\d۰-۹٠-٩]{1,3}\s*[-).]|[${L}]\s*[-)]\s)`;
const LINE_END = new RegExp(`[${TERMINATORS}:]\\s*$`);
const DIGIT = /[\d۰-۹٠-٩]/;

const STOP_END = new RegExp(`[${TERMINATORS}]\\s*$`);

/** Whether a line ends with a terminator (a «:» at its end leaves the sentence open). */
export function endsSentence(line: string): boolean {
  return STOP_END.test(line);
}

/** Whether a line ends with a terminator or «:» (it stops there; it is not wrapped). */
export function closesLine(line: string): boolean {
  return LINE_END.test(line);
}

/**
 * Whether the character at `i` ends a sentence (line breaks included). A «.» after a digit
 * ends one only when a space follows that does not lead to another digit, so «۱۲.۵» and
 * «۱۴۰۲.۵.۱» stay whole while «… سال ۱۴۰۲. …» and the marker «۱. …» end.
 */
export function isTerminator(text: string, i: number, rules: SentenceRules = {}): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (ch === '؛') return rules.semicolonJoins !== true;
  if (ch === '\n' || MARKS.test(ch)) return true;
  if (ch === '.') {
    if (!DIGIT.test(text[i - 1] ?? '')) return true;
    return /\s/.test(text[i + 1] ?? '') && !DIGIT.test(text[i + 2] ?? '');
  }
  if (ch === ':') return rules.colon === true;
  if (ch === '\t') return rules.tab === true;
  return false;
}

/**
 * Start of the sentence holding `index`: just after the nearest terminator before it. With a
 * `limit`, null when no terminator lies within `limit` characters.
 */
export function sentenceStart(text: string, index: number, rules: SentenceRules = {}): number | null {
  let s = index;
  const floor = rules.limit === undefined ? -1 : index - rules.limit;
  while (s > 0 && s > floor && !isTerminator(text, s - 1, rules)) s--;
  if (s <= floor) return null;
  if (rules.lineBreaks === 'short-lines') s = wrappedLinesAbove(text, s);
  return s;
}

/** Up to two short lines above a sentence starting after a line break continue it. */
function wrappedLinesAbove(text: string, s: number): number {
  for (let k = 0; k < 2 && s > 1 && text[s - 1] === '\n'; k++) {
    const prevStart = text.lastIndexOf('\n', s - 2) + 1;
    const prev = text.slice(prevStart, s - 1);
    if (prev.trim() === '' || closesLine(prev) || prev.trim().split(/\s+/).length > 10) break;
    s = prevStart;
  }
  return s;
}

/**
 * End of the sentence holding `index`: the offset of its terminator (excluded), or the end
 * of the text. A colon never ends a sentence looking forward (see {@link SentenceRules.colon}).
 */
export function sentenceEnd(text: string, index: number, rules: SentenceRules = {}): number {
  const forward = { ...rules, colon: false };
  const ceiling = rules.limit === undefined ? text.length : Math.min(text.length, index + rules.limit);
  let e = index;
  while (e < ceiling && !isTerminator(text, e, forward)) e++;
  return e;
}

/** Bounds [start, end) of the sentence holding `index` (without a limit). */
export function sentenceBounds(text: string, index: number, rules: Unbounded = {}): [number, number] {
  return [sentenceStart(text, index, rules) ?? 0, sentenceEnd(text, index, rules)];
}

/** Start of the sentence before the one starting at `s` (same paragraph or the one above). */
export function previousSentenceStart(text: string, s: number, rules: Unbounded = {}): number {
  let p = s - 1;
  while (p > 0 && (/\s/.test(text[p]!) || isTerminator(text, p, rules))) p--;
  return p <= 0 ? 0 : sentenceBounds(text, p, rules)[0];
}

/** The sentence holding `index`, as written. */
export function sentenceAt(text: string, index: number, rules: Unbounded = {}): string {
  const [s, e] = sentenceBounds(text, index, rules);
  return text.slice(s, e);
}

/**
 * All sentences of `text` as offset pairs [start, end), terminators included, blank ones
 * left out. `headings` is the text before markdown marks were blanked (same offsets): with
 * `lineBreaks: 'paragraphs'` it tells heading lines («# …», «**…**»).
 */
export function sentenceSpans(text: string, rules: SentenceRules & { headings?: string } = {}): [number, number][] {
  const out: [number, number][] = [];
  const original = rules.headings ?? text;
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) out.push([start, end]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && rules.lineBreaks === 'paragraphs') {
      if (paragraphBreak(text, original, start, i)) push(i + 1);
    } else if (isTerminator(text, i, { ...rules, colon: false })) push(i + 1);
  }
  push(text.length);
  return out;
}

/** Whether the line break at `i` ends the sentence that started at `start` (hard-wrapped text). */
function paragraphBreak(text: string, original: string, start: number, i: number): boolean {
  if (text[i + 1] === '\n' || /^\s*$/.test(text.slice(start, i))) return true;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i);
  const nextEnd = text.indexOf('\n', i + 1) < 0 ? text.length : text.indexOf('\n', i + 1);
  const next = text.slice(i + 1, nextEnd);
  const heading = /^\s*(?:#|\*\*)|\*\*\s*$/.test(original.slice(lineStart, i));
  const nextHeading = /^\s*(?:#|\*\*)/.test(original.slice(i + 1, nextEnd));
  // The first line of a text is its title.
  const title = /^\s*$/.test(text.slice(0, lineStart));
  return (
    closesLine(line) ||
    ITEM_START.test(next) ||
    line.trim().split(/\s+/).length < 6 ||
    /^\s*$/.test(next) ||
    heading ||
    nextHeading ||
    title
  );
}
