/**
 * Document-level structure: kind (minutes | news | other), title, meeting number, meeting or
 * publication date, time and place. Input: header-stripped, light-folded text. Pure.
 */
import type { DocumentKind } from '../schema.ts';
import { findDates, parseOrdinal, toAsciiDigits } from '../text/index.ts';
import { fold, tidy } from './fold.ts';
import { L, re, WB_END, WB_START } from './boundary.ts';
import { sentenceBounds } from './sentences.ts';
import { weekdayDatesWithYear, yearsInWordsToDigits } from './date-words.ts';

/** Minutes vs news from weighted signals; 'other' when neither shows. */
export function detectKind(text: string): DocumentKind {
  const f = fold(text);
  let minutes = 0;
  let news = 0;
  if (/صورت\s*جلسه|صور\s*تجلسه/.test(f)) minutes += 3;
  if (/دستور\s*(کار|جلسه)\s*(جلسه)?\s*:/.test(f)) minutes += 2;
  if (
    /(?:^|\n)\s*[#*]*\s*(اهم\s+)?مصوبات\s*(شورا|جلسه)?\s*[#*]*\s*:|مصوبات\s+(?:بیست|[^\n]{0,20}مین\s+جلسه)|مشروح\s+مذاکرات/.test(
      f,
    )
  )
    minutes += 2;
  // Decisions announced for a list below: «تصمیمات زیر اتخاذ شد», «موارد ذیل به تصویب رسید».
  if (
    /(تصمیمات|تصمیمی|مصوباتی)\s+(?:به|ب)\s*شرح\s+(?:ذیل|زیر)|تصمیمات\s+(?:ذیل|زیر)\s+اتخاذ|موارد\s+(?:ذیل|زیر)\s+(?:[^\s]+\s+){0,2}?(?:مصوب|تصویب|مقرر)/.test(
      f,
    )
  )
    minutes += 2;
  if (/(?:^|\n)\s*\|?\s*ردیف\s*[\t|]/.test(f)) minutes += 2;
  if (/ساعت\s+شروع|تاریخ\s+جلسه|شماره\s+جلسه|تاریخ\s+تشکیل|اعضای\s+حاضر|غائبین/.test(f)) minutes += 2;
  if (/به\s+گزارش/.test(f)) news += 2;
  if (/خبرگزاری|ایرنا|ایسنا|ایلنا|تسنیم|باشگاه\s+خبرنگاران|پایگاه\s+خبری|صداوسیما|روزگار\s+پرس|خبرنگار/.test(f))
    news += 2;
  if (/انتهای\s+پیام|کد\s+خبر|نظر\s+شما|نظرات\s+بینندگان|اخبار\s+استانها|بازگشت\s*$|(?:^|\n)\s*date\s+\d{4}/.test(f))
    news += 1;
  if (/(برگزار|برگزار)\s*شد\s*\.?\s*(?:\n|$)/.test(f.slice(0, 300))) news += 1;
  const verbs = (
    f.match(re('g')`(?<![${L}])(گفت|افزود|اظهار\s*(داشت|کرد)|تصریح\s*کرد|عنوان\s*کرد|به\s+گفته)(?![${L}])`) ?? []
  ).length;
  if (verbs >= 2) news += 1;
  // News quotes people («گفت», «افزود»); a council's own record published on its news site
  // («به گزارش پایگاه خبری شورا … مصوبات جلسه ۱۹۷:») narrates without quoting anyone.
  else if (verbs === 0 && minutes > 0) minutes += 1;
  if (/جلسه\s+(?:رسمی|علنی|فوق\s*العاده)|مصوبات\s+جلسه\s*\d+/.test(f)) minutes += 2;
  if (!/به\s+گزارش/.test(f)) minutes += decisionRecordSignals(f, verbs);
  if (minutes === 0 && news === 0) return verbs > 0 || /جلسه|نشست|برگزار/.test(f) ? 'news' : 'other';
  return minutes > news ? 'minutes' : 'news';
}

// A record of decisions that never says «صورتجلسه»: a legal single article or a cabinet/board
// approval («ماده واحده», «تصویب نامه», «… تصویب نمود:»), a bare «مصوبات» line, «مصوباتی داشت».
const DECISION_RECORD = re(
  '',
)`(?:^|\n)\s*ماده\s*واحده\s*[:：]|تصویب\s*نامه|تصویب\s+(?:نمود|کرد)\s*[:：]|(?:^|\n)[\s#*]*مصوبات[\s#*]*(?:\n|$)|مصوباتی\s+(?:نیز\s+)?داشت`;
// A decision clause: «مقرر گردید/شد», «مصوب شد», «موظف/مکلف است», «به تصویب رسید».
const DECISION_CLAUSE = re(
  'g',
)`${WB_START}(?:مقرر\s*(?:گردید|شد)|مصوب\s*(?:شد|گردید)|(?:موظف|مکلف)\s*(?:است|اند|هستند|می\s*باشند|گردید|شد)|موظفند|مکلفند|به\s+تصویب\s+رسید|تصویب\s+شد)${WB_END}`;
// A numbered item: «۱-», «2)», «3.», «1ـ» at a line start, or a bullet.
const NUMBERED_LINE = /(?:^|\n)\s*(?:[\d۰-۹]{1,2}\s*[-.)ـ]|[•*]\s)/g;

/**
 * Minutes signals of a record of decisions without the word «صورتجلسه»: several decision
 * clauses, numbered items, and the legal/board forms above; quotes («گفت») weaken them.
 */
function decisionRecordSignals(f: string, quoteVerbs: number): number {
  let score = 0;
  if (DECISION_RECORD.test(f)) score += 2;
  const clauses = (f.match(DECISION_CLAUSE) ?? []).length;
  const numbered = (f.match(NUMBERED_LINE) ?? []).length;
  if (clauses >= 2 && quoteVerbs <= 1) score += 2;
  else if (clauses >= 1 && numbered >= 2 && quoteVerbs <= 1) score += 2;
  if (numbered >= 3 && quoteVerbs === 0) score += 1;
  return score;
}

export const MONTH_NAMES =
  '(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|آبان|ابان|آذر|اذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر)';

export const ORDINAL_WORD = `[${L}]*(?:مین|م|ین)`;
// Up to 6 number words ending with an ordinal word, right before/after «جلسه/نشست».
const ORDINAL_BEFORE = new RegExp(
  `((?:[${L}]+\\s+(?:و\\s+)?){0,6}${ORDINAL_WORD})\\s+(?:\\(\\d+\\)\\s*)?(?:جلسه|نشست|صورتجلسه|صورت\\s*جلسه)`,
  'g',
);
const ORDINAL_AFTER = re('g')`(?:جلسه|نشست)\s+((?:[${L}]+\s+(?:و\s+)?){0,6}[${L}]*م)(?![${L}])`;

/** The longest ordinal at the end of a phrase («… بیست و سومین» → 23). */
export function ordinalAtEnd(phrase: string): number | null {
  const ws = phrase.trim().split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const cand = ws.slice(i).join(' ');
    if (cand.startsWith('و ')) continue;
    let n = parseOrdinal(cand);
    // Workaround (text core): typo ordinals like «بیستین» (for بیستمین) are not parsed.
    if (n === null && /ین$/.test(cand) && !/مین$/.test(cand)) n = parseOrdinal(cand.replace(/ین$/, 'مین'));
    if (n !== null) return n;
  }
  return null;
}

/** Meeting number from ordinal words («بیست و سومین جلسه») or «شماره جلسه: 66». */
export function findMeetingNumber(text: string): number | null {
  const f = fold(text);
  const explicit = /(?:شماره\s+جلسه|صورت\s*جلسه\s+شماره|جلسه\s+شماره)\s*:?\s*(\d{1,4})(?!\d|\/)/.exec(f);
  if (explicit) return Number(explicit[1]);
  ORDINAL_BEFORE.lastIndex = 0;
  for (let m = ORDINAL_BEFORE.exec(f); m; m = ORDINAL_BEFORE.exec(f)) {
    const n = ordinalAtEnd(m[1]!);
    if (n !== null && n > 0 && n < 2000) return n;
  }
  ORDINAL_AFTER.lastIndex = 0;
  for (let m = ORDINAL_AFTER.exec(f); m; m = ORDINAL_AFTER.exec(f)) {
    const n = parseOrdinal(m[1]!.trim());
    if (n !== null && n > 0 && n < 2000) return n;
  }
  return null;
}

interface DatedMention {
  jalali: string;
  iso: string;
  index: number;
  score: number;
}

// Context before a date that makes it NOT the meeting date; it applies to the next date only.
// Lookaheads, not consumed digits: the date right after «مصوب» must stay findable as «next».
// A date with the hour after it on the same line («زمان: ۱۴ اسفند ۱۴۰۲، ساعت ۹:۳۰») is when the
// meeting sat; a deadline is never given to the hour.
const HOUR_AFTER = '[^\\n]{0,40}?ساعت\\s*\\d';

const NOT_MEETING = re(
  'g',
)`پیرو|دعوتنامه|دعوت\s*نامه|(?:نامه|لایحه)\s+شماره|جلسه\s+بعد|بعدی|قبلی|گذشته|صورتجلسه\s+مورخ|صورت\s*جلسه\s+مورخه|مصوبه|بند(?=\s+\d)|مصوب(?=\s*(?:مورخ\s*)?\d)|(?:قانون|ا[یی]ین\s*نامه|بخشنامه|تصویب\s*نامه)(?=[^\n.]{0,40}\d{2,4}\/\d)|پیوست|شماره\s*:|موکول|(?<![${L}])تا\s+(?:تاریخ\s+)?(?=\d)|(?:مهلت(?:\s*(?:اجرا|اقدام|انجام))?|زمان\s*(?:اجرا|اقدام|انجام)|زمان)\s*:(?![\s*]*(?:ساعت|روز|(?:سه\s*)?[${L}]*شنبه|جمعه|مورخ|جلسه)|${HOUR_AFTER})`;

// Labels that name the meeting's own date or time: the date after them is the meeting date
// even right after a letter number («شماره: ۳/۱۴۰۲   تاریخ جلسه: …», «زمان: سه شنبه …»).
const MEETING_LABEL = re(
  '',
)`(?:تاریخ\s+(?:جلسه|تشکیل)\s*:?|زمان\s*(?:جلسه|تشکیل)?\s*:[\s*]*(?:ساعت|روز|(?:سه\s*)?[${L}]*شنبه|جمعه|مورخ)[^\n:]{0,30}?)\s*$`;

// A sentence ending in a subjunctive or future verb.
const SCHEDULED = re('')`(?<![${L}])(?:گیرد|گیرند|گردد|گردند|شود|شوند|نماید|نمایند|کند|کنند|خواهد\s+شد)$`;

/**
 * Meeting date (minutes) or publication date (news), as {jalali, iso}.
 * Minutes: dates in a table column «تاریخ تشکیل/تاریخ جلسه», after «جلسه … مورخ», or
 * repeated; dates that belong to an invitation, a letter, an earlier or next meeting are
 * skipped. News: the dateline near the top.
 */
export function findDocumentDate(text: string, kind: DocumentKind): { jalali: string; iso: string } | null {
  // Workaround (text core): «مورخ20/3/86» with the date glued to a word is not found.
  // Spaced separators («۲۱ / ۷ / ۱۴۰۲») are closed up so the date reads as one.
  const spaced = yearsInWordsToDigits(toAsciiDigits(text))
    .replace(re('g')`([${L}])(\d)`, '$1 $2')
    .replace(re('g')`(\d)([${L}])`, '$1 $2')
    .replace(/(?<=(?:^|[^\d/])\d{1,4}) ?\/ ?(\d{1,2}) ?\/ ?(?=\d{1,4}(?![\d/]))/g, '/$1/');
  // Workaround (text core): day-first dates with a two-digit year («30/5/97», «22/3/86») are
  // not found; rewrite them year-first when the order is unambiguous (last part > 31).
  let reordered = spaced.replace(
    /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    (all, d: string, m: string, y: string) =>
      Number(y) > 31 && Number(d) <= 31 ? `${y}/${m.padStart(2, '0')}/${d.padStart(2, '0')}` : all,
  );
  let all = findDates(reordered);
  // A text whose only dates have no year («روز شنبه سوم آذرماه»): the year the weekday fixes.
  if (!all.some((d) => d.calendar === 'jalali')) {
    const withYears = weekdayDatesWithYear(reordered);
    if (withYears !== reordered) {
      reordered = withYears;
      all = findDates(reordered);
    }
  }
  const dates = all.filter((d) => d.calendar === 'jalali' || /^\d{4}-\d{2}-\d{2}$/.test(d.text));
  if (kind === 'news') {
    // A news dateline may be Gregorian only («6 November 2023», «۶ نوامبر ۲۰۲۳»).
    const top = (dates.some((d) => d.index < 600) ? dates : all).filter((d) => d.index < 600);
    const d = top[0] ?? null;
    return d ? { jalali: d.jalali, iso: d.iso } : null;
  }
  if (dates.length === 0) return null;
  const f = fold(reordered);
  const excluded = new Set<number>();
  NOT_MEETING.lastIndex = 0;
  for (let m = NOT_MEETING.exec(f); m; m = NOT_MEETING.exec(f)) {
    // A table header cell («تاریخ دعوتنامه») is not followed by its own value in text order.
    const lineStart = f.lastIndexOf('\n', m.index) + 1;
    const lineEnd = f.indexOf('\n', m.index);
    if (/[|\t]/.test(f.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) continue;
    const next = dates.find((d) => d.index >= m!.index + m![0].length);
    if (!next || next.index - (m.index + m[0].length) >= 90) continue;
    // A letter-form header line «شماره: ۱۲/ش/۱۴۰۲   تاریخ: ۱۴۰۲/۰۳/۱۸»: the date has its own
    // label on the line that starts with the number, so it is the document's date.
    // So is the meeting's own number line «جلسه شماره: ۱ - …   تاریخ: ۱۴۰۲/۰۵/۲۹».
    if (
      /^\s*(?:(?:جلسه|صورت\s*جلسه)\s+)?شماره(?:\s+جلسه)?\s*:/.test(f.slice(lineStart)) &&
      /تاریخ\s*:\s*$/.test(f.slice(lineStart, next.index))
    )
      continue;
    // A letter sending the minutes: «به پیوست تصویر صورتجلسه نشست … که روز سه‌شنبه ۱۲ تیر ۱۴۰۳
    // … برگزار گردید ارسال …» dates the meeting held, which is the document's date.
    if (/^پیوست/.test(m[0]) && heldOn(f, next.index)) continue;
    excluded.add(next.index);
  }
  // A date in a sentence that schedules something («… در جلسه روسا در مورخ ۵ و ۶ تیر ماه ۹۸
  // طرح و مورد بررسی قرار گیرد»): a subjunctive or future verb ends it and no meeting is held
  // in it. That date is when something is to happen, not the meeting's.
  for (const d of dates) {
    const [a, b] = sentenceBounds(f, d.index);
    const sentence = f.slice(a, b).replace(/[\s.]+$/, '');
    if (SCHEDULED.test(sentence) && !/تشکیل|برگزار|منعقد|دایر/.test(sentence)) excluded.add(d.index);
  }
  // A date in a table's deadline column («مهلت», «زمان اجرا») is when a decision is due.
  for (const at of deadlineColumnDates(reordered, dates)) excluded.add(at);
  // Table header columns: «تاریخ تشکیل» → same column in the next row.
  const tableDate = dateFromHeaderColumn(reordered);
  const mentions: DatedMention[] = dates.map((d) => {
    const before = f.slice(Math.max(0, d.index - 60), d.index);
    let score = 1;
    if (/(?:جلسه|نشست|تشکیل|مورخ|مورخه|روز|ساعت)[^\n]{0,50}$/.test(before)) score += 2;
    if (/تاریخ\s+(?:جلسه|تشکیل)\s*:?\s*$/.test(before)) score += 4;
    if (/تاریخ\s*:\s*$/.test(before)) score -= 0.5;
    // «زمان: DATE، ساعت …» heading the minutes: the meeting's date and hour.
    if (/(?:^|\n)[\s*]*زمان\s*(?:جلسه)?\s*:[\s*]*$/.test(before) && new RegExp(`^${HOUR_AFTER}`).test(f.slice(d.index)))
      score += 2;
    // A weekday right before the date («تاریخ: سه‌شنبه ۱۴۰۱/۱۱/۰۴») dates an event, the meeting;
    // a letter or bill cited in the text is dated without one.
    if (re('')`(?:شنبه|جمعه)[\s،,]*$`.test(before)) score += 2;
    // An explicit label («تاریخ جلسه: …») wins over a letter number or invitation just before it.
    if (excluded.has(d.index) && !MEETING_LABEL.test(before)) score = -10;
    if (tableDate && d.jalali === tableDate) score += 4;
    return { jalali: d.jalali, iso: d.iso, index: d.index, score };
  });
  const total = new Map<string, DatedMention & { sum: number }>();
  for (const m of mentions) {
    const t = total.get(m.jalali);
    if (t) t.sum += m.score > 0 ? m.score : 0;
    else total.set(m.jalali, { ...m, sum: m.score > 0 ? m.score : 0 });
  }
  let best: (DatedMention & { sum: number }) | null = null;
  for (const t of total.values()) if (t.sum > 0 && (!best || t.sum > best.sum)) best = t;
  return best ? { jalali: best.jalali, iso: best.iso } : null;
}

/** A date written with its weekday in a sentence that reports a meeting held on it. */
function heldOn(f: string, at: number): boolean {
  const before = f.slice(Math.max(0, at - 30), at);
  if (!re('')`(?:شنبه|جمعه)[\s،,]*$`.test(before)) return false;
  const [, end] = sentenceBounds(f, at);
  return re('')`(?:برگزار|تشکیل)\s*(?:شد|گردید|گرديد)(?![${L}])`.test(f.slice(at, end));
}

function splitRow(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (/^\s*\|/.test(line))
    return line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  return [];
}

// The head of a deadline column: «مهلت (اجرا)», «زمان (اجرا)», «مدت اجرا», «زمان‌بندی», «تاریخ اجرا».
const DEADLINE_HEAD = re(
  '',
)`^[\s*]*(?:(?:مهلت|زمان)(?:\s*(?:اجرا|اجرای|اقدام|انجام|پیگیری))?|مدت\s*(?:اجرا|اقدام|انجام)|زمان\s*بندی|زمانبندی|تاریخ\s*(?:اجرا|اقدام|انجام))[\s*]*$`;

/** The cell of a table row a character offset of the line falls in. */
function cellAt(line: string, offset: number): number {
  const before = line.slice(0, offset);
  if (line.includes('\t')) return (before.match(/\t/g) ?? []).length;
  return (before.match(/\|/g) ?? []).length - 1;
}

/** Offsets of the dates that lie in a deadline column of a table, below its header row. */
function deadlineColumnDates(text: string, dates: { index: number }[]): number[] {
  const out: number[] = [];
  let col = -1;
  let pos = 0;
  for (const line of text.split('\n')) {
    const cells = splitRow(line);
    if (cells.length < 2) col = -1;
    else {
      const head = cells.findIndex((c) => DEADLINE_HEAD.test(fold(c)));
      if (head >= 0) col = head;
      else if (col >= 0)
        for (const d of dates)
          if (d.index >= pos && d.index < pos + line.length && cellAt(line, d.index - pos) === col) out.push(d.index);
    }
    pos += line.length + 1;
  }
  return out;
}

function dateFromHeaderColumn(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cells = splitRow(lines[i]!);
    const col = cells.findIndex((c) => /تاریخ\s*(تشکیل|جلسه)/.test(fold(c)));
    if (col < 0) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const row = splitRow(lines[j]!);
      const cell = row[col];
      if (!cell || /^[-:\s|]+$/.test(cell)) continue;
      const d = findDates(cell)[0];
      if (d) return d.jalali;
    }
  }
  return null;
}

/** Meeting time («ساعت ۹ صبح», «ساعت شروع: 19», «راس ساعت ۱۳/۳۰»). */
export function findMeetingTime(text: string): string | null {
  const f = toAsciiDigits(fold(text));
  const m = /ساعت(?:\s+شروع)?\s*:?\s*(\d{1,2}(?:[:/]\d{2})?)(?:\s*(صبح|عصر|ظهر|بعد از ظهر|شب))?/.exec(f);
  if (!m) return null;
  return m[2] ? `${m[1]} ${m[2]}` : m[1]!;
}

/** Meeting place («محل تشکیل جلسه: X», «در سالن/محل X»). */
export function findPlace(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cells = splitRow(lines[i]!);
    const col = cells.findIndex((c) => /محل\s*(تشکیل)?\s*(جلسه)?/.test(fold(c)));
    if (col >= 0) {
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const cell = splitRow(lines[j]!)[col];
        if (cell && !/^[-:\s]+$/.test(cell)) return tidy(cell);
      }
    }
  }
  const m = /(?:در\s+)?(?:محل\s+)?((?:سالن|تالار)\s+[^\n.،,]{2,60}?)(?=\s+(?:با|به|برگزار|تشکیل|و\s+از)|[.،,\n])/.exec(
    text,
  );
  return m ? tidy(m[1]!) : null;
}
