/**
 * Removal of repeated page headers (letterheads) that converted documents carry on every
 * page, often in the middle of a sentence: «جمهوری اسلامی ایران / باسمه تعالی / وزارت … /
 * اداره کل …». Pure.
 */
import { fold, tidy } from './fold.ts';
import { labelledFields } from './resolutions/fields.ts';
import { closesLine } from './sentences.ts';

// Page numbers: «صفحه ۲ از ۳», «صفحه: 4».
const PAGE_NUMBER = /^صفحه\s*:?\s*[\d۰-۹٠-٩]{1,3}(?:\s*(?:از|\/)\s*[\d۰-۹٠-٩]{1,3})?$/;

// Lines that are letterhead whatever their count. Folded form, markdown stripped.
const ALWAYS_HEADER = [
  /^جمهوری اسلامی ایران$/,
  /^(باسم|باسمه|بسمه|بسم)\s*تعالی$/,
  /^بسم اللّ?ه الرحمن الرحیم$/,
  /^بسمه تعالی$/,
  /^(شماره|تاریخ|پیوست|طبقه بندی)\s*:?\s*$/,
  // Page numbers: «صفحه ۲ از ۳», «صفحه: 4».
  PAGE_NUMBER,
];

/** A line as compared for repetition: folded, markdown and spacing removed. */
export function lineKey(line: string): string {
  return tidy(
    fold(line)
      .replace(/[*#>]+/g, ' ')
      .replace(/^\s*[-•]\s+/, ''),
  );
}

function isStructural(line: string): boolean {
  // Table rows and HTML cells are never headers, even when repeated (table header rows).
  return /\t|^\s*\||<\/?(p|td|tr)\b/i.test(line);
}

/**
 * Field lines under resolutions («مسئول اجرا: دبیرخانه», «مهلت: یک ماه») repeat whenever two
 * items share a value; they are content, not page furniture.
 */
function isFieldLine(line: string): boolean {
  const f = labelledFields(tidy(line.replace(/[*#]+/g, ' ')));
  return f !== null && f.before === '';
}

/** The keys of letterhead lines found in a text (always-header patterns and lines repeated ≥3 times). */
export function findHeaderKeys(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (isStructural(line) || isFieldLine(line)) continue;
    const key = lineKey(line);
    if (!key || key.length > 140) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Set<string>();
  for (const [key, n] of counts) {
    if (ALWAYS_HEADER.some((re) => re.test(key))) keys.add(key);
    // Short repeated lines are page furniture; long repeated lines (a title printed twice)
    // need more repeats before we drop them.
    else if (n >= 3 && key.split(' ').length <= 16) keys.add(key);
  }
  // A two-page document repeats its letterhead once, after the page footer («صفحه ۱ از ۲» ⏎
  // «مدیریت جهاد کشاورزی شهرستان …»): a line of the opening letterhead seen again right after a
  // page-number line is furniture too.
  const lines = text.split('\n').map(lineKey);
  const top = new Set(lines.filter(Boolean).slice(0, 6));
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_NUMBER.test(lines[i]!)) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
      if (!lines[j]) continue;
      seen++;
      if (!top.has(lines[j]!) || (counts.get(lines[j]!) ?? 0) < 2 || lines[j]!.split(' ').length > 10) break;
      keys.add(lines[j]!);
    }
  }
  return keys;
}

/**
 * The letterhead lines of a document, in order of first appearance (used as organisation
 * evidence before they are stripped).
 */
export function letterheadLines(text: string): string[] {
  const keys = findHeaderKeys(text);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const key = lineKey(line);
    if (keys.has(key) && !seen.has(key)) {
      seen.add(key);
      out.push(tidy(line.replace(/[*#]+/g, ' ')));
    }
  }
  return out;
}

// A line that ends a sentence: a terminator or «:», or a closing quote, bracket or bold mark.
const sentenceEnds = (line: string) => closesLine(line) || /[»)\]]\s*$|\*\*\s*$/.test(line);

/**
 * A speaker heading standing alone on its line («جناب آقای صدیق راد» ⏎ ⏎ role): a short
 * titled name followed by a blank line starts a new section, it does not continue a sentence.
 */
function isNameHeading(line: string, after: string | undefined): boolean {
  const t = line.trim();
  return (
    /^(?:جناب|آقای|سرکار\s+خانم|خانم)\s/.test(t) &&
    t.split(/\s+/).length <= 6 &&
    !/[.،:]/.test(t) &&
    (after === undefined || after.trim() === '')
  );
}

/**
 * Remove repeated page headers and rejoin sentences they split. A block of header lines
 * (with the blank lines around it) is removed; when the text before it does not end a
 * sentence and neither side is a table row, the two sides are joined with a space.
 */
export function stripPageHeaders(text: string): string {
  const keys = findHeaderKeys(text);
  if (keys.size === 0) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!isStructural(line) && keys.has(lineKey(line))) {
      // Consume the whole header block including blank lines.
      let j = i;
      while (
        j < lines.length &&
        (lines[j]!.trim() === '' || (!isStructural(lines[j]!) && keys.has(lineKey(lines[j]!))))
      )
        j++;
      // Drop trailing blank lines already emitted.
      while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
      const prev = out.length > 0 ? out[out.length - 1]! : '';
      const next = j < lines.length ? lines[j]! : '';
      const canJoin =
        prev.trim() !== '' &&
        next.trim() !== '' &&
        !isStructural(prev) &&
        !isStructural(next) &&
        !sentenceEnds(prev) &&
        // A numbered item after the page break starts anew («۳- …»).
        !/^\s*(#|\*\*|[-•]\s|[\d۰-۹٠-٩]{1,2}\s*[-–.)]\s*\S)/.test(next) &&
        !isNameHeading(next, lines[j + 1]);
      if (canJoin) {
        out[out.length - 1] = prev.replace(/\s+$/, '') + ' ' + next.replace(/^\s+/, '');
        i = j + 1;
      } else {
        if (out.length > 0) out.push('');
        i = j;
      }
      continue;
    }
    out.push(line);
    i++;
  }
  return out.join('\n');
}
