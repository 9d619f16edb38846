/**
 * Deadline phrases of a resolution sentence, as written: «ظرف دو هفته», «حداکثر ظرف ۱۰ روز»,
 * «تا پایان مهر (ماه) (۱۴۰۲)», «تا ۱۵ دی ۱۴۰۲», «(مستمر)», «در جلسه آینده/آتی/بعدی», «در اسرع
 * وقت». Patterns run on folded text (ئ→ی, آ→ا, digits ASCII) and return spans as written. Pure.
 */
import { foldWithMap, sourceSpan, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';

// Number words up to the tens (longest first where one starts another: «شصت» before «شش»).
const WORD_NUM =
  'یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|هیجده|نوزده|بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|صد|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده';
const NUM = `(?:\\d{1,3}|(?:${WORD_NUM})(?:\\s+و\\s+(?:${WORD_NUM}))?)`;
const UNIT = '(?:روز|هفته|ماه|سال|ساعت)(?:\\s+کاری)?';
// Folded month names (آبان → ابان, آذر → اذر). Short ones («تیر», «دی», «مهر») are only read
// after «تا پایان» or a day number, where they cannot be ordinary words.
const MONTH = '(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|امرداد|شهریور|مهر|ابان|اذر|دی|بهمن|اسفند)';
const YEAR = '(?:\\d{4}|\\d{2})';
const END_OF = '(?:پایان|اخر|انتهای)';
const B = `(?![${L}\\d])`;
const ORDINAL_DAY = `(?:یکم|اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|پانزدهم|بیستم|بیست\\s+و\\s+[${L}]+م|سی\\s*ام|اخر|نیمه)`;

// The year after a month: «(سال) جاری», «سال آینده», «(سال) ۱۴۰۳», «امسال».
const OF_YEAR = `(?:(?:سال\\s+)?(?:جاری|${YEAR}${B})|سال\\s+(?:اینده|اتی|بعد)${B}|امسال${B})`;

// An occasion of the year («در ایام نوروز», «در دهه فجر», «در ماه مبارک رمضان»), not a past one.
const OCCASION = `(?:ایام\\s+(?:تعطیلات\\s+)?(?:عید\\s+)?(?:نوروز|قربان|غدیر|فطر|محرم)|دهه\\s+(?:فجر|کرامت|محرم)|ماه\\s+(?:مبارک\\s+)?رمضان|هفته\\s+(?:دولت|بسیج|سلامت|منابع\\s+طبیعی|محیط\\s+زیست|کتاب))${B}(?!\\s+(?:سال\\s+)?(?:گذشته|قبل|پیش))`;

const DEADLINE_PATTERNS: RegExp[] = [
  // «در اسرع وقت», «در کوتاه ترین زمان ممکن».
  new RegExp(`در\\s+اسرع\\s+وقت|در\\s+کوتاه\\s*ترین\\s+(?:زمان|مدت)(?:\\s+ممکن)?`),
  // «(حداکثر) ظرف (مدت) دو هفته (آینده)», «طی یک ماه آینده», «حداکثر تا ۱۰ روز».
  new RegExp(
    `(?:حداکثر\\s+)?(?:(?:ظرف|طی)\\s+(?:مدت\\s+)?(?:زمان\\s+)?(?:حداکثر\\s+)?|حداکثر\\s+تا\\s+)${NUM}(?:\\s*\\(\\s*\\d{1,3}\\s*\\))?\\s*${UNIT}${B}(?!\\s+(?:گذشته|اخیر))(?:\\s+(?:اینده|اتی))?`,
  ),
  // «طی هفته آینده», «ظرف ماه آتی», «تا هفته آینده».
  new RegExp(`(?:طی|ظرف|تا)\\s+(?:هفته|ماه|سال)\\s+(?:اینده|اتی|جاری)${B}`),
  // «به صورت فوری», «بصورت فوری», «به طور فوری», «بطور فوری»: at once.
  new RegExp(`(?<![${L}])(?:به\\s*|ب)(?:صورت|طور)\\s+فوری${B}`),
  // A set day: «در روز سه شنبه ۱۲ شهریور», «در مورخ ۵ و ۶ تیر ماه ۹۸».
  new RegExp(
    `در\\s+(?:روز\\s+[${L}\\s]{0,8}?(?:شنبه|جمعه)\\s+|مورخ\\s+)\\d{1,2}(?:\\s+و\\s+\\d{1,2})?\\s+${MONTH}${B}(?:\\s+ماه)?(?:\\s+${YEAR}${B})?`,
  ),
  // «تا پایان سال (جاری)», «تا پایان ماه جاری», «تا پایان مهر (ماه) (۱۴۰۲)», «تا پایان شهریورماه
  // سال آینده», «تا پایان آذر امسال», «تا پایان نیمه اول سال».
  new RegExp(
    `(?:حداکثر\\s+)?تا\\s+${END_OF}\\s+(?:${MONTH}(?:\\s*ماه)?${B}(?:\\s+${OF_YEAR})?|(?:سال|ماه|هفته|فصل)(?:\\s+(?:جاری|${YEAR}${B}))?|نیمه\\s+(?:اول|دوم)(?:\\s+سال(?:\\s+جاری)?)?|[${L}]+\\s+ماه)`,
  ),
  // «تا ۲۲ بهمن (ماه) (۱۴۰۱)», «تا تاریخ ۱۴۰۲/۰۹/۳۰», «حداکثر تا ۱۵ اسفند»; not the end of a
  // period of days («در روزهای ۲ تا ۴ فروردین», «از ۲۵ تا ۲۸ اسفند»).
  new RegExp(
    `(?<!\\d\\s*)(?:حداکثر\\s+)?تا\\s+(?:تاریخ\\s+)?(?:\\d{1,2}\\s+${MONTH}(?:\\s*ماه)?${B}(?:\\s+${OF_YEAR})?|${YEAR}\\/\\d{1,2}\\/\\d{1,2}${B})`,
  ),
  // «(مستمر)» written after the decision. In running text «به صورت مستمر» says how often
  // something is done («گزارش را بصورت مستمر ارائه نمایند»), not by when: the shared corpus
  // labels such items without a deadline.
  new RegExp(`\\(\\s*(مستمرا?|(?:به\\s*صورت|به\\s*طور)\\s+مستمر)\\s*\\)`),
  // A start or a day of a month: «از اول مرداد», «تا نیمه آبان», «تا پنجم هر ماه».
  new RegExp(`(?:از|تا)\\s+(?:اول|ابتدای|نیمه|اواسط|اواخر)\\s+${MONTH}${B}|تا\\s+[${L}]+م\\s+هر\\s+ماه${B}`),
  // A month of a year written by number: «تا اردیبهشت ۱۴۰۳», «حداکثر تا خرداد ماه سال 1403» (without
  // the year «تا بهمن ماه» also reports progress so far: «تا بهمن ماه ۹۰ درصد … انجام شده»).
  // Nor the end of a period («از فروردین ۱۴۰۲ تا اسفند ۱۴۰۲ …»).
  new RegExp(
    `(?<!از\\s+${MONTH}(?:\\s*ماه)?(?:\\s+(?:سال\\s+)?\\d{4})?\\s+)(?:حداکثر\\s+)?تا\\s+${MONTH}(?:\\s*ماه)?\\s+(?:سال\\s+)?\\d{4}${B}(?!\\s*(?:تاکنون|گذشته)${B})`,
  ),
  // A year a decision takes effect from: «از ابتدای سال ۱۴۰۳», «از اول سال آینده», «از سال آتی»,
  // «از ابتدای سال جدید»; not a period reported («از ابتدای سال ۱۴۰۲ تاکنون»), one with its end
  // («… تا پایان خرداد»: the end is the deadline) nor a change already made («… افزایش یافت»).
  // A day of a month after «از» («از ۱۵ دی ماه برگزار شود») is not read: the sets label it both ways.
  new RegExp(
    `(?<![${L}])از\\s+(?:(?:(?:اول|ابتدای|اغاز|اوایل)\\s+)?سال\\s+(?:اینده|اتی|بعد)${B}|(?:اول|ابتدای|اغاز|اوایل)\\s+سال\\s+(?:\\d{4}|جدید)${B})(?!\\s*(?:(?:تاکنون|گذشته|قبل|پیش)${B}|(?:تا|الی)\\s|به\\s+این\\s+سو))(?![^.؛\\n]{0,80}?(?<![${L}])(?:یافت|یافته|شد|شده|گردید|گردیده|کرد|نمود)(?![${L}]))`,
  ),
  // Before an event or a season: «تا قبل از پایان شهریور», «قبل از شروع سال تحصیلی», «پیش از
  // تعطیلات نوروز», «قبل از کوچ بهاره», «تا قبل از بازگشایی مدارس», «قبل از شروع فصل بارندگی»
  // (the season's name after «فصل»). A bare month needs «ماه».
  new RegExp(
    `(?:تا\\s+)?(?:قبل|پیش)\\s+از\\s+(?:(?:(?:شروع|اغاز|اتمام|پایان|فرا\\s*رسیدن)\\s+(?:${MONTH}${B}(?:\\s*ماه)?|(?:سال|ماه|هفته|فصل)(?:\\s+(?:جاری|اینده|اتی|تحصیلی|زراعی|${YEAR}${B}))?)(?!\\s+(?:بارندگی|بارش|سرما|برداشت|کشت|زراعی|تحصیلی))|${MONTH}\\s*ماه)|(?:(?:شروع|اغاز|اتمام|پایان|فرا\\s*رسیدن|بازگشایی|بازگشائی)\\s+)?(?:(?:فصل|تعطیلات|ایام)\\s+)?(?:بهار|تابستان|پاییز|پائیز|زمستان|کوچ|سال\\s+(?:تحصیلی|زراعی|جدید|اینده)|نوروز|عید\\s+(?:سعید\\s+)?(?:نوروز|فطر|قربان|غدیر)|(?:ماه\\s+)?(?:مبارک\\s+)?رمضان|محرم|بارندگی(?:\\s*(?:ها|های))?|بارش(?:\\s*(?:ها|های))?|سرما|برداشت|مدارس|مدرسه|دانشگاه|فصل\\s+بارش)${B}(?:\\s+(?:اینده|اتی|بهاره|پاییزه|زمستانه|تابستانه|امسال|سال\\s+جاری|جاری))?)`,
  ),
  // Before a named event starts: «قبل از شروع مسابقات لیگ استان», «پیش از آغاز جشنواره X»
  // (the event and at most two words naming it, up to a preposition, the object or a verb's noun).
  new RegExp(
    `(?:تا\\s+)?(?:قبل|پیش)\\s+از\\s+(?:شروع|اغاز|برگزاری)\\s+(?:مسابقات|مسابقه|لیگ|جشنواره|نمایشگاه|اردو|اردوی|انتخابات|المپیاد)${B}(?:\\s+(?!(?:به|در|را|از|با|تا|و|برای|توسط|نسبت|اقدام|ارائه)${B})[${L}]+${B}(?!\\s+(?:شود|شوند|گردد|گردند|کند|کنند|نماید|نمایند|باشد)${B})){0,2}`,
  ),
  // A period from now: «تا یک ماه آینده», «تا ۱۵ روز آتی» (a bare «تا دو سال» is a span).
  new RegExp(`(?:حداکثر\\s+)?تا\\s+${NUM}\\s*${UNIT}\\s+(?:اینده|اتی)${B}`),
  // A day of the next month: «حداکثر تا دهم ماه بعد», «تا پنجم ماه آینده».
  new RegExp(`(?:حداکثر\\s+)?تا\\s+(?:${ORDINAL_DAY}|\\d{1,2}(?:\\s*ام)?)\\s+ماه\\s+(?:بعد|اینده|اتی)${B}`),
  // A month to do it in: «در آبان ماه», «در مهرماه ۱۴۰۲»; not a past month («در مهر ماه گذشته»)
  // nor the month of another event («شورایی که در مهر ماه برگزار می‌شود»).
  new RegExp(
    `(?<![${L}])(?<!که\\s+)در\\s+${MONTH}\\s*ماه(?:\\s+(?:سال\\s+)?(?:جاری|${YEAR}${B}))?${B}(?!\\s+(?:گذشته|سال\\s+گذشته|قبل|پیش|امسال\\s+(?:بود|شد)|(?:برگزار|تشکیل)\\s*(?:می|شد|گردید)))`,
  ),
  // An occasion to do it in, after the object: «برنامه‌ها را در ماه مبارک رمضان پخش نماید»,
  // «غرفه‌ها را در ایام نوروز دایر کند»; not a past one («در دهه فجر سال گذشته»). Without «را»
  // the occasion says when a state holds («صادرات در ماه رمضان ممنوع شود»), not by when.
  new RegExp(`(?<=(?<![${L}])را\\s+)در\\s+${OCCASION}`),
  // … or after an event to be held («برگزاری نمایشگاه … در دهه فجر به X واگذار شد»).
  new RegExp(`^[\\s\\-•*\\d.)]*(?:برگزاری|برپایی|اجرای)\\s[^.]{0,80}?\\s(در\\s+${OCCASION})`),
  // «در جلسه آینده/آتی/بعدی (شورا)», «تا جلسه بعد»: the span from «جلسه». A matter put off «به
  // جلسه بعد موکول شد» is postponed, not due.
  new RegExp(`(?:در|تا|برای|به)\\s+(جلسه\\s+(?:بعدی|بعد|اتی|اینده))${B}(?!\\s+(?:قرارگاه|موکول))`),
];

// «… که تا پایان آذر بدهی خود را پرداخت نکنند»: a relative clause with a negated verb.
const RELATIVE_THAT = re('')`(?<![${L}])که\s+$`;
const NEGATED_VERB = re(
  '',
)`^[^،,.؛]{0,80}?(?<![${L}])ن(?:کنند|کند|نمایند|نماید|دهند|دهد|کرده\s*اند|کرده|شوند|شود|پردازند|پردازد)(?![${L}])`;

/**
 * Whether a phrase opens a relative clause whose verb is negated («به اعضایی که تا پایان آذر
 * ماه بدهی خود را پرداخت نکنند اخطار ارسال شود»): it says whom the decision concerns, not by when.
 */
function inNegatedRelative(f: string, s: number, e: number): boolean {
  return RELATIVE_THAT.test(f.slice(Math.max(0, s - 6), s)) && NEGATED_VERB.test(f.slice(e));
}

// A benefit granted for a time: «تخفیف ۲۰ درصدی جرائم … تا پایان آذر ماه برای مودیانی …»,
// «… عوارض را تا پایان سال تخفیف می‌دهد». The phrase bounds how long the benefit lasts, not by
// when anyone must act. The benefit noun within eight words before it (no verb, «را», «و» or
// clause break between: still its noun phrase), or the benefit verb right after it.
const BENEFIT = 'تخفیف|بخشودگی|بخشش|معافیت|تقسیط|امهال|استمهال';
const BENEFIT_BEFORE = re('')`(?<![${L}])(?:${BENEFIT})(?![${L}])(?:\s+(?!(?:را|و)(?![${L}]))[^\s.،,؛:]+){0,8}\s*$`;
const BENEFIT_AFTER = re('')`^\s*(?:تخفیف|معاف|بخشوده)(?![${L}])`;
const CLAUSE_VERB = re('')`(?<![${L}])(?:شد|شود|گردد|گردید|کند|کنند|نماید|نمایند|است|باشد|دهد|دهند)(?![${L}])`;

function benefitPeriod(f: string, s: number, e: number): boolean {
  const before = BENEFIT_BEFORE.exec(f.slice(Math.max(0, s - 120), s));
  return (before !== null && !CLAUSE_VERB.test(before[0])) || BENEFIT_AFTER.test(f.slice(e));
}

/**
 * The deadline phrase of a resolution sentence, as written, or null. The earliest phrase
 * wins; a meeting deadline is returned from «جلسه» («در جلسه آتی» → «جلسه آتی»).
 */
export function findDeadline(sentence: string): string | null {
  const f = foldWithMap(sentence);
  let best: { s: number; e: number } | null = null;
  for (const re of DEADLINE_PATTERNS) {
    const m = re.exec(f.text);
    if (!m || inNegatedRelative(f.text, m.index, m.index + m[0].length)) continue;
    if (/^(?:حداکثر\s+)?تا\s/.test(m[0]) && benefitPeriod(f.text, m.index, m.index + m[0].length)) continue;
    let s = m.index;
    let e = m.index + m[0].length;
    if (m[1] !== undefined) {
      s = m.index + m[0].indexOf(m[1]);
      e = s + m[1].length;
    }
    if (!best || s < best.s) best = { s, e };
  }
  if (!best) return null;
  const [a, b] = sourceSpan(f, best.s, best.e);
  return tidy(sentence.slice(a, b));
}

// A deadline written alone, as a column of its own: «یک ماه», «۲ هفته», «مستمر», «جلسه بعد»,
// «اردیبهشت ۱۴۰۳», «پایان خرداد», «۱۵ دی ۱۴۰۲», «۱۴۰۳/۰۲/۳۱»; a label word before it («مهلت»).
const BARE_DEADLINE = new RegExp(
  `^(?:(?:مهلت|زمان|مدت)(?:\\s+(?:اجرا|اقدام|انجام))?\\s+)?(?:حداکثر\\s+)?(?:(?:ظرف|طی|تا)\\s+)?(?:مدت\\s+)?(?:` +
    `${NUM}\\s*${UNIT}(?:\\s+(?:اینده|اتی))?|مستمر|مستمرا|دایمی|دائمی|فوری|بلافاصله|جلسه\\s+(?:بعدی|بعد|اتی|اینده)|` +
    `(?:(?:${END_OF}|نیمه|اول|ابتدای|اواسط|اواخر)\\s+|\\d{1,2}\\s+|${ORDINAL_DAY}\\s+)?${MONTH}(?:\\s*ماه)?(?:\\s+(?:سال\\s+)?(?:جاری|${YEAR}))?|` +
    `(?:${END_OF}\\s+)?(?:سال|ماه|هفته)(?:\\s+جاری)?|${YEAR}\\/\\d{1,2}\\/\\d{1,2})$`,
);

/**
 * The deadline written after a list item's fields («(مسئول: X) – یک ماه»): the text after them,
 * separators and a label word trimmed, when it reads as a deadline by itself; else null.
 */
export function trailingDeadline(tail: string): string | null {
  const t = tidy(tail)
    .replace(/^[\s\-–—/|،,؛:]+/, '')
    .replace(/[\s.،,؛]+$/, '');
  if (t === '' || t.split(' ').length > 8) return null;
  const f = foldWithMap(t).text.replace(/\s+/g, ' ');
  if (BARE_DEADLINE.test(f)) return t;
  const phrase = findDeadline(t);
  return phrase !== null && f.startsWith(foldWithMap(phrase).text.replace(/\s+/g, ' ')) ? t : null;
}

// The day a decided event starts: «لیگ نوجوانان از ۱۵ دی ماه در سه شهر برگزار شود», «از پانزدهم
// اسفند ۱۴۰۲»; not the end of a period («از ۱۵ دی تا …», «… تاکنون»).
const START_DAY = new RegExp(
  `(?<![${L}])از\\s+(?:تاریخ\\s+)?(?:(?:\\d{1,2}|${ORDINAL_DAY})\\s+${MONTH}(?:\\s*ماه)?${B}(?:\\s+(?:سال\\s+)?${YEAR}${B})?|${YEAR}\\/\\d{1,2}\\/\\d{1,2}${B})(?!\\s*(?:ماه\\s+)?(?:(?:سال\\s+)?\\d{2,4}\\s*)?(?:(?:تاکنون|گذشته)${B}|(?:تا|الی)\\s|به\\s+این\\s+سو))`,
);
// An activity that recurs from its start («از ۲۵ اسفند به صورت روزانه انجام شود») or one already
// done («… آغاز شد»): the start is no deadline.
const RECURRING_OR_DONE = re(
  '',
)`(?<![${L}])(?:روزانه|هفتگی|ماهانه|شبانه\s*روزی|مستمر|مستمرا|همه\s*روزه|هر\s+(?:روز|هفته|ماه)|به\s*طور\s+دائم|یافت|شد|شده|گردید|کرد|نمود)(?![${L}])`;

/**
 * Deadline phrase inside a resolution sentence, as written («در اسرع وقت», «ظرف مدت یک ماه»); a
 * decision also fixes when its one-off event starts («از ۱۵ دی ماه … برگزار شود»). Reported
 * statements are read by {@link findDeadline} alone: a start they name is labelled no deadline.
 */
export function textDeadline(sentence: string): string | null {
  const phrase = findDeadline(sentence);
  if (phrase !== null) return phrase;
  const f = foldWithMap(sentence);
  const m = START_DAY.exec(f.text);
  if (!m || RECURRING_OR_DONE.test(f.text.slice(m.index + m[0].length))) return null;
  const [a, b] = sourceSpan(f, m.index, m.index + m[0].length);
  return tidy(sentence.slice(a, b));
}
