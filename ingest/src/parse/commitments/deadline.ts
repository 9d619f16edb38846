/**
 * Deadlines of commitments: the phrase as written («ظرف یک ماه», «تا پایان سال ۱۴۰۱», «تا ۱۵
 * مهر», «امسال», «هفته آینده») and, when the text and the document date fix it, the due date
 * (ISO). Relative periods count from the document date; «تا پایان سال» is the last day of the
 * Jalali year (of the document, or the one written); a month or day without a year is the next
 * such date on or after the document date. Pure.
 */
import { JALALI_MONTH_FORMS, isoToJalali, jalaliToIso, parseNumber } from '../../text/index.ts';
import { fold, foldWithMap, sourceSpan, tidy } from '../fold.ts';
import { findDeadline } from '../resolutions/fields.ts';
import { L, re, WB_END, WB_START } from '../boundary.ts';

const B = `(?![${L}\\d])`;
// Phrases of running text that resolution deadlines do not cover.
const STATEMENT_DEADLINES: RegExp[] = [
  new RegExp(
    `(?:حداکثر\\s+)?تا\\s+(?:[${L}]+(?:م|ام)|\\d{1,2})\\s+(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند)${B}(?:\\s+ماه)?(?:\\s+(?:\\d{4}|\\d{2})${B})?`,
  ),
  new RegExp(
    `تا\\s+(?:پایان|اخر|انتهای)\\s+(?:این|همین)\\s+(?:ماه|هفته|سال)|(?:پایان|اخر)\\s+(?:این|همین)\\s+(?:ماه|هفته)`,
  ),
  new RegExp(`تا\\s+نیمه\\s+(?:اول|دوم)\\s+[^.،]{0,30}?(?:امسال|سال\\s+جاری|جاری)`),
  new RegExp(
    `(?:روز\\s+)?(?:شنبه|یکشنبه|دوشنبه|سه\\s*شنبه|چهارشنبه|پنجشنبه|جمعه)\\s+(?:هفته\\s+)?(?:اینده|بعد)|(?:طی|در|از)\\s+هفته\\s+(?:اینده|اتی|بعد)|فردا(?:\\s+ساعت\\s+\\d{1,2})?`,
  ),
  new RegExp(
    `در\\s+(?:هفته|دهه)\\s+(?:دولت|فجر)|به\\s*زودی|بزودی|در\\s+اولین\\s+فرصت|بصورت\\s+فوری|به\\s+صورت\\s+فوری`,
  ),
  new RegExp(`در\\s+عرض\\s+(?:\\d{1,3}|[${L}]+)\\s+(?:روز|هفته|ماه|سال)${B}`),
  // «ظرف یکماه», «ظرف مدت ۱۰روز»: the number and its unit written together.
  new RegExp(
    `(?:حداکثر\\s+)?ظرف\\s+(?:مدت\\s+)?(?:\\d{1,3}|یک|دو|سه|چهار|پنج|شش|ده|پانزده|بیست\\s+و\\s+چهار|چهل\\s+و\\s+هشت)\\s*(?:روز|هفته|ماه|ساعت)${B}(?:\\s+(?:کاری\\s+)?(?:پس|بعد)\\s+از\\s+(?:امضا|ابلاغ|تصویب|دریافت|اعلام|وصول)${B})?`,
  ),
  // «در مدت دو سال», «طی مدت ۶ ماه»: a period to do it in.
  new RegExp(`(?:در|طی)\\s+(?:مدت|طول)\\s+(?:\\d{1,3}|[${L}]+)\\s+(?:روز|هفته|ماه|سال)${B}`),
  // «تا پنجم هر ماه», «تا پایان هر فصل»: a recurring deadline (no single due date).
  new RegExp(`تا\\s+(?:[${L}]+(?:م|ام)|\\d{1,2}|پایان|اخر)\\s+هر\\s+(?:ماه|فصل|هفته|سال)${B}`),
  // «تا ۱۵ روز آینده», «حداکثر یک هفته پس از ابلاغ»: a period from now or from an event.
  new RegExp(`(?:حداکثر\\s+)?(?:تا|طی|در)\\s+(?:\\d{1,3}|[${L}]+)\\s+(?:روز|هفته|ماه)\\s+(?:اینده|اتی)${B}`),
  // «قبل از عید سعید فطر», «پیش از نوروز», «قبل از شروع ماه رمضان»: before a feast or a season;
  // «قبل از شروع بارندگی‌های پاییزه»: before the rains of a season.
  new RegExp(
    `(?:تا\\s+)?(?:قبل|پیش)\\s+از\\s+(?:(?:اغاز|شروع)\\s+)?(?:عید\\s+(?:سعید\\s+)?[${L}]+|نوروز|ماه\\s+(?:مبارک\\s+)?رمضان|محرم|(?:بارندگی|بارش)(?:\\s*(?:ها|های))?(?:\\s+(?:پاییزه|پاییزی|پائیزه|زمستانه|زمستانی|بهاره|بهاری))?|فصل\\s+(?:سرما|گرما|بارندگی|زراعی|برداشت|کشت|[${L}]+ها)|(?:سال|فصل)\\s+(?:تحصیلی|زراعی)(?:\\s+(?:جدید|اینده))?)${B}`,
  ),
  new RegExp(
    `(?:حداکثر\\s+)?(?:\\d{1,3}|یک|دو|سه|چهار|پنج|شش|ده|پانزده)\\s+(?:روز|هفته|ماه)\\s+(?:پس|بعد)\\s+از\\s+[${L}]+`,
  ),
  // «تا پایان مهرماه», «تا نیمه اسفند ۱۴۰۲», «تا اواخر خرداد»: a month written with «ماه» attached.
  new RegExp(
    `(?:حداکثر\\s+)?تا\\s+(?:پایان|اخر|انتهای|نیمه|اواسط|اواخر)\\s+(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند)(?:\\s*ماه)?${B}(?:\\s+(?:(?:سال\\s+)?(?:\\d{4}|\\d{2}|جاری)${B}|سال\\s+(?:اینده|اتی|بعد)${B}|امسال${B}))?`,
  ),
  // «تا پایان سال تحصیلی», «پیش از بازگشایی مدارس», «تا دهه فجر»: the end of a school or farming
  // year, an opening, a national week.
  new RegExp(
    `تا\\s+(?:پایان|اخر)\\s+(?:سال|فصل)\\s+(?:تحصیلی|زراعی)|(?:تا\\s+)?(?:قبل|پیش)\\s+از\\s+(?:بازگشایی|بازگشائی)\\s+(?:مدارس|مدرسه|دانشگاه)|تا\\s+(?:دهه|هفته)\\s+(?:فجر|دولت)${B}`,
  ),
  // «از اول مرداد … آغاز کند»: a start date fixed by the decision.
  new RegExp(
    `از\\s+(?:اول|ابتدای|اوایل)\\s+(?:(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند)${B}(?:\\s+ماه)?|ماه\\s+(?:مبارک\\s+)?رمضان|سال\\s+(?:تحصیلی|زراعی|اینده)(?:\\s+جدید)?|سال\\s+جدید)(?:\\s+\\d{4}${B})?`,
  ),
  // «… از خرداد ماه ماهانه ۴۰۰ واگن تأمین خواهد کرد»: a month named as the start of a promised act
  // (not «از خرداد ماه تاکنون», a period reported on).
  new RegExp(
    `از\\s+(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند)\\s+ماه${B}(?=[^.]{0,120}(?:خواهد|خواهند|خواهیم)\\s)(?!\\s+(?:امسال\\s+)?(?:تاکنون|تا\\s|گذشته))`,
  ),
  // «در سه ماه اول سال ۱۴۰۳», «طی شش ماهه دوم امسال», «در نیمه نخست سال آینده», «در فصل اول سال
  // جاری»: a part of a year to do it in.
  new RegExp(
    `(?:در|طی)\\s+(?:(?:سه|شش|نه|۳|۶|۹|\\d)\\s*ماه(?:ه)?\\s+(?:اول|دوم|سوم|چهارم|نخست|پایانی|اخر)|نیمه\\s+(?:اول|دوم|نخست)|فصل\\s+(?:اول|دوم|سوم|چهارم|نخست|پایانی)|(?:ماه|ماه\\s*های)\\s+(?:اول|نخست|پایانی|اخر))\\s+(?:سال\\s+(?:جاری|اینده|اتی|\\d{4})|امسال)${B}`,
  ),
  // «تا پایان تابستان», «تا پایان پاییز امسال»: the end of a season; «تا تابستان ۱۴۰۳»: a season of a year.
  new RegExp(
    `(?:حداکثر\\s+)?تا\\s+(?:(?:پایان|اخر|انتهای|نیمه)\\s+(?:بهار|تابستان|پاییز|پائیز|زمستان)${B}(?:\\s+(?:امسال|سال\\s+جاری|\\d{4}${B}))?|` +
      `(?:بهار|تابستان|پاییز|پائیز|زمستان)\\s+(?:سال\\s+)?(?:\\d{4}${B}|امسال|اینده${B}))`,
  ),
];

// «در سال جاری», «امسال», «در سال آینده», «طی سال ۱۴۰۳»: the year a pledge falls in, taken only
// when the clause names no nearer deadline («… در سال جاری ۱۵ هزار میلیارد ریال … که نیمی از آن تا
// پایان شهریور ماه پرداخت می‌شود»).
const THIS_YEAR = new RegExp(
  `(?:در|طی)\\s+(?:سال\\s+(?:جاری|اینده|اتی|بعد|\\d{4})|امسال)${B}|(?:^|\\s)(?:امسال|سال\\s+(?:اینده|اتی))${B}|تا\\s+پایان\\s+امسال`,
);
// A year by its number is a pledge's year only with the pledging verb, future or active present
// («… در سال ۱۴۰۳ پرداخت خواهد کرد», «… در سال ۱۴۰۳ می‌پردازیم»); «جدول … در سال ۱۳۸۱ به شرح پیوست
// تعیین می‌شود» names the year the table is for.
const YEAR_BY_NUMBER = /^(?:در|طی)\s+سال\s+\d{4}$/;
const PLEDGING_VERB = re(
  '',
)`${WB_START}(?:خواهد|خواهند|خواهیم)\s|${WB_START}می\s*(?:کند|کنند|کنیم|دهد|دهند|دهیم|پردازد|پردازند|پردازیم|سازد|سازند|سازیم|رساند|رسانند|رسانیم|گیرد|گیرند|گیریم)${WB_END}`;

// «تا پایان سال 85 کیلومتر شبکه …», «تا پایان سال ۳۰ میلیارد ریال»: a number followed by a unit
// counts things or money; it is no year.
const COUNTED = re(
  '',
)`^\s*(?:کیلومتر|متر|هکتار|واحد|نفر|طرح|پروژه|مورد|دستگاه|تن|درصد|کلاس|روستا|خانوار|فقره|باب|عدد|مدرسه|هزار|میلیون|میلیارد|ریال|تومان)${WB_END}`;

const HEDGE = re('')`${WB_START}(?:احتمالا|احتمال\s+دارد|ممکن\s+است|شاید|پیش\s*بینی\s+می\s*شود)${WB_END}`;

/** Whether the deadline phrase at `at` of a folded clause is a guess («احتمالا … تا پایان سال»). */
function hedged(folded: string, at: number): boolean {
  return HEDGE.test(folded.slice(Math.max(0, at - 40), at));
}

/** The deadline phrase of a clause as written, or null. */
export function clauseDeadline(clause: string, statement: boolean): string | null {
  const fromResolution = findDeadline(clause);
  if (!statement) return fromResolution;
  const f = foldWithMap(clause);
  let best: { s: number; e: number } | null = null;
  if (fromResolution) {
    const at = fold(clause).indexOf(fold(fromResolution));
    if (at < 0) return fromResolution;
    if (!hedged(f.text, at)) best = { s: at, e: at + fold(fromResolution).length };
  }
  for (const re of [...STATEMENT_DEADLINES, THIS_YEAR]) {
    if (re === THIS_YEAR && best) break;
    const m = re.exec(f.text);
    if (!m) continue;
    const s = m.index + (m[0].length - m[0].trimStart().length);
    // «… و احتمالا این رقم تا پایان سال افزایش یابد»: a guess, not a deadline.
    if (hedged(f.text, s)) continue;
    const e = m.index + m[0].length;
    // «کمیته امداد امسال ۵۰۰ هزار شغل ایجاد می‌کند»: «امسال» before a figure tells the year the
    // figure counts, not a time limit.
    if (re === THIS_YEAR && /^امسال$/.test(f.text.slice(s, e)) && /^\s*\d/.test(f.text.slice(e))) continue;
    if (re === THIS_YEAR && YEAR_BY_NUMBER.test(f.text.slice(s, e)) && !PLEDGING_VERB.test(f.text.slice(e))) continue;
    // At the same start the longer phrase says more («تا پایان سال تحصیلی», not «تا پایان سال»).
    if (!best || s < best.s || (s === best.s && e > best.e)) best = { s, e };
  }
  if (!best) return null;
  const year = /\s+\d{1,4}$/.exec(f.text.slice(best.s, best.e));
  if (year && COUNTED.test(f.text.slice(best.e))) best = { s: best.s, e: best.e - year[0].length };
  const [a, b] = sourceSpan(f, best.s, best.e);
  return tidy(clause.slice(a, b));
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Last day of a Jalali month (month 12 → last day of the year). */
function endOfJalaliMonth(year: number, month: number): string | null {
  const next =
    month === 12 ? jalaliToIso({ year: year + 1, month: 1, day: 1 }) : jalaliToIso({ year, month: month + 1, day: 1 });
  return next ? addDays(next, -1) : null;
}

// «تا پایان شهریور سال آینده»: the month of the next year.
const NEXT_YEAR = /سال\s+(?:اینده|اتی|بعد)/;
// «تا پایان شهریور امسال»: the month of the document's year, even when it has passed.
const SAME_YEAR = /امسال|سال\s+جاری/;

function fullYear(y: number): number {
  return y < 100 ? 1300 + y : y;
}

function monthOf(word: string): number | null {
  for (const [name, n] of JALALI_MONTH_FORMS) if (word.startsWith(name)) return n;
  return null;
}

/**
 * The due date a deadline phrase fixes, from the document date (ISO), or null when the phrase
 * fixes none («در اسرع وقت», «مستمر», «در جلسه آینده») or the document has no date.
 */
export function dueDate(deadline: string, documentIso: string | null): string | null {
  const t = fold(deadline).replace(/\s+/g, ' ');
  const docJ = documentIso ? isoToJalali(documentIso) : null;
  const [dy, dm] = docJ ? (docJ.split('/').map(Number) as [number, number, number]) : [null, null];
  // «تا پایان سال ۱۴۰۱», «تا پایان سال ۹۹»: a written year needs no document date.
  const yearEnd = /(?:پایان|اخر|انتهای)\s+سال\s+(\d{2,4})(?!\d)/.exec(t);
  if (yearEnd) return endOfJalaliMonth(fullYear(Number(yearEnd[1])), 12);
  const dated = /(\d{2,4})\/(\d{1,2})\/(\d{1,2})/.exec(t);
  if (dated) return jalaliToIso({ year: fullYear(Number(dated[1])), month: Number(dated[2]), day: Number(dated[3]) });
  const monthEnd = re('')`(?:پایان|اخر|انتهای)\s+([${L}]+)(?:\s+ماه)?(?:\s+(?:سال\s+)?(\d{2,4}))?`.exec(t);
  if (monthEnd && monthOf(monthEnd[1]!) !== null) {
    const m = monthOf(monthEnd[1]!)!;
    const y = monthEnd[2]
      ? fullYear(Number(monthEnd[2]))
      : dy === null
        ? null
        : NEXT_YEAR.test(t) || (m < dm! && !SAME_YEAR.test(t))
          ? dy + 1
          : dy;
    return y === null ? null : endOfJalaliMonth(y, m);
  }
  // «تا نیمه اسفند», «تا اواسط خرداد ۱۴۰۳»: the 15th of that month.
  const midMonth = re('')`(?:نیمه|اواسط)\s+([${L}]+)(?:\s*ماه)?(?:\s+(\d{2,4}))?`.exec(t);
  if (midMonth && monthOf(midMonth[1]!) !== null) {
    const m = monthOf(midMonth[1]!)!;
    const y = midMonth[2] ? fullYear(Number(midMonth[2])) : dy === null ? null : m < dm! ? dy + 1 : dy;
    return y === null ? null : jalaliToIso({ year: y, month: m, day: 15 });
  }
  const dayMonth = re('')`تا\s+(?:تاریخ\s+)?([${L}]+?(?:م|ام)|\d{1,2})\s+([${L}]+)(?:\s+ماه)?(?:\s+(\d{2,4}))?`.exec(t);
  if (dayMonth && monthOf(dayMonth[2]!) !== null) {
    const m = monthOf(dayMonth[2]!)!;
    const day = /^\d+$/.test(dayMonth[1]!) ? Number(dayMonth[1]) : parseNumber(dayMonth[1]!.replace(/ا?م$/, ''));
    if (day !== null && day >= 1 && day <= 31) {
      let y = dayMonth[3] ? fullYear(Number(dayMonth[3])) : dy;
      if (y === null) return null;
      if (!dayMonth[3] && NEXT_YEAR.test(t)) y += 1;
      else if (!dayMonth[3] && docJ) {
        const candidate = jalaliToIso({ year: y, month: m, day });
        if (candidate && documentIso && candidate < documentIso) y += 1;
      }
      return jalaliToIso({ year: y, month: m, day });
    }
  }
  // «در سال ۱۴۰۳», «طی سال 1403»: the last day of that year; «در سه ماه اول سال ۱۴۰۳»: of its third month.
  const yearPart = /^(?:در|طی)\s+(?:(سه|شش|نه|\d)\s*ماه(?:ه)?\s+(?:اول|نخست)\s+)?سال\s+(\d{4})(?!\d)/.exec(t);
  if (yearPart) {
    const months = yearPart[1] ? (/^\d$/.test(yearPart[1]) ? Number(yearPart[1]) : parseNumber(yearPart[1])) : 12;
    if (months !== null && months >= 1 && months <= 12) return endOfJalaliMonth(Number(yearPart[2]), months);
  }
  if (!documentIso || dy === null) return null;
  if (/(?:در|طی)\s+سال\s+(?:اینده|اتی|بعد)|^سال\s+(?:اینده|اتی)$/.test(t)) return endOfJalaliMonth(dy + 1, 12);
  if (/(?:پایان|اخر|انتهای)\s+(?:سال(?:\s+جاری)?|امسال)(?!\s*(?:\d|تحصیلی|زراعی))/.test(t))
    return endOfJalaliMonth(dy, 12);
  if (/(?:پایان|اخر|انتهای)\s+(?:ماه(?:\s+جاری)?|این\s+ماه|همین\s+ماه)/.test(t)) return endOfJalaliMonth(dy, dm!);
  // «ظرف (مدت) یک ماه», «حداکثر ظرف ۱۰ روز», «طی هفته آینده», «یک ماه», «۲ هفته».
  const period = re(
    '',
  )`(?:^|\s)((?:\d{1,3}|[${L}]+(?:\s+و\s+[${L}]+)?))\s*(?:\(\d+\)\s*)?(روز|هفته|ماه|سال|ساعت)(?:\s+کاری)?(?!\s+(?:گذشته|اخیر|قبل))`.exec(
    t,
  );
  if (period) {
    const n = /^\d+$/.test(period[1]!)
      ? Number(period[1])
      : parseNumber(period[1]!.replace(/^(?:مدت|ظرف|طی|حداکثر)\s+/, ''));
    if (n !== null && n > 0 && n < 1000) {
      if (period[2] === 'روز') return addDays(documentIso, n);
      if (period[2] === 'ساعت') return addDays(documentIso, Math.ceil(n / 24));
      if (period[2] === 'هفته') return addDays(documentIso, 7 * n);
      if (period[2] === 'ماه') return addMonths(documentIso, n);
      return addMonths(documentIso, 12 * n);
    }
  }
  if (/هفته\s+(?:اینده|اتی|بعد)/.test(t)) return addDays(documentIso, 7);
  return null;
}
