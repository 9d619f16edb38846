/**
 * Clauses of running text with their offsets in the display text: the sentences of
 * ../sentences.ts read as hard-wrapped paragraphs (a line break inside a paragraph does not
 * end a sentence unless the line ends with punctuation or the next line starts a list item),
 * cut again after a speech verb's colon («… گفت: …»), which opens the quoted clause. Pure.
 */

import { findHeaderKeys, lineKey } from '../headers.ts';
import { sentenceSpans } from '../sentences.ts';

/** A clause and where it stands in the text. */
export interface Clause {
  start: number;
  end: number;
  /** The clause as written. */
  text: string;
  /** Index of the sentence the clause belongs to (clauses of one sentence share it). */
  sentence: number;
  /** The lead-in before a speech colon («مدیرعامل صندوق X گفت»), when the clause is a quote. */
  leadIn: string | null;
  /** A line standing alone without final punctuation: a speaker's name and office, a heading. */
  heading: boolean;
  /** The clause is itself the lead-in of a quote («X با بیان اینکه …، گفت»). */
  introducesQuote: boolean;
}

// Speech verbs that end a lead-in before a colon.
const SPEECH =
  /(?:گفت|افزود|اظهار\s*(?:کرد|داشت)|تصریح\s*کرد|بیان\s*(?:کرد|داشت)|ادامه\s*داد|یادآور\s*شد|خاطرنشان\s*(?:کرد|ساخت)|عنوان\s*کرد|اعلام\s*کرد|تاکید\s*کرد|تأکید\s*کرد|توضیح\s*داد|گزارش\s*داد|اشاره\s*کرد|خبر\s*داد|اضافه\s*کرد|عنوان\s*داشت|ابراز\s*(?:داشت|کرد)|متذکر\s*شد|اذعان\s*(?:داشت|کرد)|خاطر\s*نشان\s*(?:کرد|ساخت)|تشریح\s*کرد|می\s*گوید|گفته\s*است|فرمودند|فرمود)(?:ند)?\s*$/;

/**
 * The text with page furniture (letterhead lines repeated on every page, «باسمه تعالی») and
 * markdown marks blanked out by spaces, so offsets stay those of the display text.
 */
export function maskFurniture(text: string): string {
  const headers = findHeaderKeys(text);
  return text
    .split('\n')
    .map((line) => {
      if (headers.has(lineKey(line))) return ' '.repeat(line.length);
      return line
        .replace(/^(\s*)(#+|\*\*|>)/, (m) => ' '.repeat(m.length))
        .replace(/\*\*\s*$/, (m) => ' '.repeat(m.length));
    })
    .join('\n');
}

/** Trim a span to its non-space content. */
function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s\u200c\u200f\u200e]/.test(text[s]!)) s++;
  while (e > s && /[\s\u200c\u200f\u200e]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** All clauses of a text, in order. */
export function splitClauses(original: string): Clause[] {
  const text = maskFurniture(original);
  const out: Clause[] = [];
  sentenceSpans(text, { lineBreaks: 'paragraphs', headings: original }).forEach(([s0, e0], n) => {
    let s = s0;
    let leadIn: string | null = null;
    const body = text.slice(s0, e0);
    for (const m of body.matchAll(/:/g)) {
      const at = s0 + m.index;
      const before = text.slice(s, at);
      if (!SPEECH.test(before.replace(/[\u200c]/g, ' '))) continue;
      const [a, b] = trimSpan(text, s, at);
      if (b > a)
        out.push({
          start: a,
          end: b,
          text: text.slice(a, b),
          sentence: n,
          leadIn,
          heading: false,
          introducesQuote: true,
        });
      leadIn = text.slice(a, b);
      s = at + 1;
    }
    const [a, b] = trimSpan(text, s, e0);
    if (b <= a) return;
    const own = text.slice(a, b);
    const title = /^\s*$/.test(text.slice(0, a));
    const heading =
      leadIn === null && !own.includes('\n') && !/[.!؟?؛]$/.test(own) && own.split(/\s+/).length <= (title ? 25 : 12);
    out.push({ start: a, end: b, text: own, sentence: n, leadIn, heading, introducesQuote: false });
  });
  return out;
}
