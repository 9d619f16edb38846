/**
 * Document title: the subject line or heading of minutes, the session's name, or a news
 * headline; when a news excerpt has no headline, its lead sentence. Never a crawl timestamp, a
 * date line, a letterhead, an empty form label or a web page's advert. Input: header-stripped,
 * light-folded text. Pure.
 */
import type { DocumentKind } from '../schema.ts';
import { parseOrdinal } from '../text/index.ts';
import { fold, lightFold, tidy } from './fold.ts';
import { L, re } from './boundary.ts';
import { ZWNJ } from '../text/chars.ts';
import { MONTH_NAMES, ORDINAL_WORD, ordinalAtEnd } from './structure.ts';

/** A headline longer than this (words) is a lead paragraph, not a headline. */
const HEADLINE_MAX_WORDS = 40;
/** A title built from a lead sentence is cut to this many words. */
const LEAD_MAX_WORDS = 30;
const MAX_CHARS = 220;
/** Headings of minutes sit in the first lines; a «صورتجلسه» line further down is a reference. */
const HEADING_LINES = 14;

function clean(s: string): string {
  return tidy(s.replace(/[*#|]/g, ' '))
    .replace(/^[\s\-–—•●▪◾■□▫◽⬅➖→↘️🟤🟡🟠🔴🟣]+/u, '')
    .replace(/[.:،؛;]+$/, '')
    .trim();
}

function words(s: string): number {
  return s.split(' ').filter(Boolean).length;
}

// What a date or time line is made of: digits, month and weekday names, «ق. ظ»/«ب. ظ», «ساعت»,
// and the labels a news site prints before them («تاریخ انتشار:», «کد خبر:», «بروزرسانی»).
const DATE_LINE_WORD = re(
  '',
)`^(?:[\d۰-۹٠-٩/:.\-–—,،|]+|${MONTH_NAMES}|(?:[${L}]*\s*)?شنبه|جمعه|ساعت|روز|مورخ|مورخه|تاریخ|انتشار|بروزرسانی|روزرسانی|به|کد|خبر|مطلب|ق|ب|ظ|ق\.|ب\.|ظ\.|صبح|عصر|ماه|سال|امروز|دیروز|am|pm|AM|PM)$`;

/**
 * Whether a line is only a date or a time («5:07 ق. ظ 1 اردیبهشت 1403», «سه شنبه ۱۲ مهر
 * ۱۴۰۱ - ۱۰:۲۴», «تاریخ انتشار: ۱۵ آبان ۱۴۰۲ - ۱۴:۲۲»): never a title.
 */
export function isDateLine(line: string): boolean {
  const ws = tidy(
    fold(line)
      .replace(/[()[\]]/g, ' ')
      .replace(/(یک|دو|سه|چهار|پنج)\s*شنبه/g, '$1شنبه')
      .replace(/:(?=\S)/g, ': '),
  )
    .split(' ')
    .filter(Boolean);
  return (
    ws.length > 0 && ws.some((w) => /\d/.test(w)) && ws.every((w) => DATE_LINE_WORD.test(w.replace(/(?<=\D):$/, '')))
  );
}

/**
 * Lines that are never a title: basmala and state line, a form label with no value
 * («تنظیم کننده: -»), an advert or contact line (phone number, web address), an image.
 */
export function isFurnitureLine(line: string): boolean {
  const f = fold(line).trim();
  if (isDateLine(f)) return true;
  if (/^(?:ب[اس]*\s*م\s*ه?\s*تعالی|بسم\s*الله|بسمه\s*تعالی|باسمه\s*تعالی|جمهوری\s+اسلامی\s+ایران)$/.test(f))
    return true;
  if (/^[^:\n]{1,40}:\s*[-–—.]*\s*$/.test(f)) return true;
  if (/(?:^|\D)0?9\d{9}(?!\d)|https?:|www\.|<image>|^\s*صفحه\s*[\d:]|صفحه\s+اصلی|^(?:سرویس|گروه)\s*:/.test(f))
    return true;
  // A breadcrumb: «اخبار > اقتصادی > …», «استان‌ها » کرمانشاه».
  if ((f.match(/\s[>»›]\s/g) ?? []).length >= 1 && words(f) <= 8) return true;
  return false;
}

// A subject label: «موضوع: X», «موضوع جلسه: X», «عنوان جلسه: X», possibly numbered («1-1عنوان جلسه :»);
// the value is on the same line or, when the label ends the line, on the next one.
const SUBJECT = /(?:^|\n)[\s*#\d۰-۹.\-–]*(?:موضوع|عنوان)\s*(?:جلسه|نشست)?\s*[:：]\s*([^\n]*)/;

function subjectTitle(text: string): string | null {
  const m = SUBJECT.exec(text);
  if (!m) return null;
  let value = clean(m[1]!);
  if (value.length <= 3) {
    const rest = text.slice(m.index + m[0].length).split('\n');
    value = clean(rest.find((l) => clean(l).length > 3) ?? '');
  }
  return value.length > 3 && !isFurnitureLine(value) ? value : null;
}

// Where a session's name ends: its date, place, chair or attendance, or a number.
const SESSION_END = `(?=\\s+(?:مورخ|مورخه|راس|رأس|روز|ساعت|با\\s+حضور|به\\s+ریاست|در\\s+محل|در\\s+سالن|در\\s+ساعت|در\\s+روز|در\\s+تاریخ|\\d)|[.\\n])`;
const SESSION = new RegExp(
  `((?:[${L}]+\\s+(?:و\\s+)?){0,5}${ORDINAL_WORD}\\s+(?:جلسه|نشست|صورتجلسه)[^\\n]{3,160}?)${SESSION_END}`,
  'g',
);
// Words that cannot end a title: a clause went on past the name.
const DANGLING = re('')`(?:\s+(?:در|با|به|از|که|و|را|برای|جهت|تا|در\s+(?:جلسه|نشست)))+$`;

/** «سی و دومین جلسه کارگروه …»: a name led by a real ordinal (not «این جلسه»). */
function sessionTitle(text: string): string | null {
  SESSION.lastIndex = 0;
  for (let m = SESSION.exec(text); m; m = SESSION.exec(text)) {
    const ws = m[1]!.split(/\s+/);
    for (let i = 0; i < ws.length; i++) {
      const tail = ws.slice(i).join(' ');
      const ordEnd = tail.search(/\s+(?:جلسه|نشست|صورتجلسه)/);
      if (ordEnd <= 0) break;
      const ordinal = tail.slice(0, ordEnd);
      if (ordinalAtEnd(ordinal) !== null && parseOrdinal(ordinal) !== null) return clean(tail.replace(DANGLING, ''));
    }
  }
  return null;
}

// A heading line of minutes: «صورتجلسه شورای اداری شهرستان», «صورت جلسه کمیته …».
const HEADING = /^(?:متن\s+)?صورت\s*جلسه\s+(?!(?:مورخ|مورخه|شماره|تاریخ|جلسه\s+(?:قبل|قبلی|گذشته))(?:\s|$))(\S.*)$/;

function headingTitle(text: string): string | null {
  for (const line of text.split('\n').slice(0, HEADING_LINES)) {
    const l = clean(line);
    const m = HEADING.exec(fold(l));
    if (m && words(m[1]!) >= 1 && !/^[\d۰-۹/\s:.-]+$/.test(m[1]!)) return l;
  }
  return null;
}

// A meeting sentence that names its body first: «کمیته اورژانس بیمارستان با حضور … برگزار گردید»,
// «جلسه شورای اداری شهرستان بیجار به ریاست …». Its name, before the attendance or place, is the title.
const MEETING_SENTENCE = re(
  '',
)`^(?:مورخ\s*[\d/]+\s*)?((?:جلسه|نشست|کمیته|کارگروه|شورای|هیئت|هیات|ستاد|کمیسیون|قرارگاه)\s[^\n.:]{3,120}?)\s+(?:به\s+ریاست|با\s+حضور|در\s+محل|در\s+سالن|مورخ|راس|رأس|روز|در\s+تاریخ|در\s+ساعت|تشکیل|برگزار)`;

function meetingSentenceTitle(text: string): string | null {
  for (const line of text.split('\n').slice(0, HEADING_LINES * 2)) {
    const l = clean(line).replace(/^مورخ\s*[\d۰-۹/]+\s*/, '');
    const m = MEETING_SENTENCE.exec(fold(l));
    if (m) return clean(l.slice(0, m[1]!.length).replace(DANGLING, ''));
  }
  return null;
}

function firstLine(text: string): string | null {
  for (const line of text.split('\n')) {
    const l = clean(line);
    if (words(l) >= 3 && !isFurnitureLine(l)) return cap(l, HEADLINE_MAX_WORDS);
  }
  return null;
}

function cap(s: string, maxWords: number): string {
  const ws = s.split(' ');
  let out = ws.length > maxWords ? `${ws.slice(0, maxWords).join(' ')} …` : s;
  if (out.length > MAX_CHARS) out = `${out.slice(0, out.lastIndexOf(' ', MAX_CHARS - 2))} …`;
  return out;
}

// A news dateline or lead-in before the lead sentence: «خرم‌آباد – ایرنا –», «ایلام- ایرنا-»,
// «زابل - خبرگزاری مهر:», «صفیر گیلان؛», «به گزارش خبرنگار ایلنا،», «date 2025-09-24».
const DATELINE = re(
  '',
)`^(?:date\s+\S+\s*)?(?:(?:[^\n،:؛.]{2,30}?\s*[-–—]\s*){1,3}(?:(?:[^\s،:؛.\-–—]+\s+){0,2}[^\s،:؛.\-–—]+(?<!گفت|افزود|کرد|داشت)\s*:\s*)?|[^\n،:؛.\-–—]{2,25}؛\s*)?(?:به\s+گزارش\s+[^\n،]{2,80}?[،,]\s*)?`;

/** The lead sentence of a news excerpt with no headline, without its dateline, cut to a title's length. */
function leadTitle(line: string): string | null {
  const start = DATELINE.exec(line)?.[0].length ?? 0;
  const body = line.slice(start).trim();
  const end = body.search(/[.!؟?](?:\s|$)/);
  const sentence = clean(end > 0 ? body.slice(0, end) : body);
  return words(sentence) >= 3 ? cap(sentence, LEAD_MAX_WORDS) : null;
}

function newsTitle(text: string): string | null {
  const lines = text
    .split('\n')
    .map((raw) => ({ raw: raw.trim(), l: clean(clean(raw).replace(/^date\s+\S+\s*/, '')) }));
  let lead: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { raw, l } = lines[i]!;
    const n = words(l);
    if (n === 0 || isFurnitureLine(l)) continue;
    if (lead === null && n >= 5) lead = l;
    // A kicker ending in «:» or «؛» («استاندار کرمانشاه در سفر به پاوه:») heads the headline below it.
    const kicker = /[:؛]$/.test(raw) && n <= 12;
    if (kicker) {
      const next = lines.slice(i + 1).find((x) => words(x.l) > 0);
      if (next && words(next.l) >= 4 && words(next.l) <= HEADLINE_MAX_WORDS && !isFurnitureLine(next.l))
        return cap(`${l}${raw.endsWith(':') ? ':' : '؛'} ${next.l}`, HEADLINE_MAX_WORDS);
    }
    // Bylines and kickers are short; a lead paragraph is long: the headline is the first line between.
    if (n < 5 || n > HEADLINE_MAX_WORDS || /^به\s+گزارش/.test(l)) continue;
    return cap(l, HEADLINE_MAX_WORDS);
  }
  // An excerpt with no headline: its lead sentence.
  return lead === null ? null : leadTitle(lead);
}

/**
 * Title. Minutes: the subject line («موضوع: X»), the «موضوع جلسه» section, the heading
 * («صورتجلسه X»), the session's name («سی و دومین جلسه …»), the meeting sentence's body, then the
 * first line that is not furniture. News: the headline, else the lead sentence.
 */
export function findTitle(text: string, kind: DocumentKind): string | null {
  const subject = subjectTitle(text);
  if (subject) return cap(subject, HEADLINE_MAX_WORDS);
  const section = /(?:^|\n)[\s*#]*(?:[الف-ی]\s*[:：-]\s*)?موضوع\s+جلسه[\s*#]*\n+\s*([^\n]{4,})/.exec(text);
  if (section)
    return cap(clean(section[1]!.split(/\s+(?:با\s+حضور|به\s+ریاست|مورخ|در\s+تاریخ)/)[0]!), HEADLINE_MAX_WORDS);
  if (kind === 'news') return newsTitle(text);
  const top = text.split('\n').slice(0, HEADING_LINES).join('\n');
  const base = sessionTitle(top) ?? headingTitle(text);
  const sentence = meetingSentenceTitle(text);
  // «صورتجلسه شورای اداری شهرستان» + «جلسه شورای اداری شهرستان بیجار به ریاست …»: the sentence
  // names the same body more fully.
  if (
    base &&
    sentence &&
    words(sentence) > words(base) &&
    nameWords(base).every((w) => nameWords(sentence).includes(w))
  )
    return sentence;
  return base ?? sessionTitle(text) ?? sentence ?? firstLine(text);
}

/** A title's words that name something (not «صورتجلسه», «جلسه», «نشست»), folded. */
function nameWords(title: string): string[] {
  return fold(title)
    .replace(/صورت\s*جلسه|جلسه|نشست/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The parser reads ZWNJ as a space; a title is shown to readers, so each compound the original
 * writes with ZWNJ («نیمه‌تمام», «می‌شود», «بانک‌های») gets it back.
 */
const PART = `[^\\s${ZWNJ}.,،:؛!؟?()«»"'|*]+`;

export function restoreZwnj(title: string, original: string): string {
  if (!original.includes(ZWNJ)) return title;
  const compounds = new Map<string, string>();
  for (const m of original.matchAll(new RegExp(`${PART}(?:${ZWNJ}${PART})+`, 'g'))) {
    const joined = lightFold(m[0].replaceAll(ZWNJ, '\u0001')).replaceAll('\u0001', ZWNJ);
    compounds.set(joined.replaceAll(ZWNJ, ' '), joined);
  }
  const ws = title.split(' ');
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    let taken = 1;
    // The longest compound starting here (up to four parts).
    for (let n = Math.min(4, ws.length - i); n >= 2; n--) {
      const joined = compounds.get(ws.slice(i, i + n).join(' '));
      if (joined) {
        out.push(joined);
        taken = n;
        break;
      }
    }
    if (taken === 1) out.push(ws[i]!);
    i += taken;
  }
  return out.join(' ');
}
