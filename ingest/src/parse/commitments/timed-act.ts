/**
 * A named body that will do a thing by a date (commitments-gold.md: «… خواهد داد» of a named
 * body): «وی گفت بانک کشاورزی تا پایان آبان ماه پرونده‌ها را تعیین تکلیف خواهد کرد», «شرکت گاز
 * استان … گازرسانی به ۶ روستا را تا پایان آذر ماه انجام خواهد داد», «… گفت اداره X تا پایان سال
 * جاری ۸۰۰ هکتار … را مجهز می‌کند». The verb carries no money or duty word, so the cue families
 * (cues.ts) miss it; what makes it a promise is the subject, a body the finders know, standing
 * at the start of the reported clause, a deadline after it, and a future or present verb at the
 * clause's end. Pure.
 */
import { L } from '../boundary.ts';
import { partyMentions, type PartyMention } from './parties.ts';

// The reported clause starts after the last speech verb without a colon («وی گفت …», «X افزود که …»).
const SPEECH = new RegExp(
  `(?<![${L}])(?:گفت|افزود|اظهار\\s+(?:داشت|کرد)|اعلام\\s+(?:کرد|نمود)|تصریح\\s+کرد|ادامه\\s+داد|خاطرنشان\\s+(?:کرد|ساخت))(?![${L}])(?:\\s+که)?[\\s،]*`,
  'g',
);
// «تا پایان …», «ظرف یک ماه», «حداکثر تا …», «پیش از فصل سرما», «قبل از …».
// «تا ۲۷ اسفند», «تا 1402/12/20»: a day of a month or a written date.
const MONTH = 'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند';
// «تا تابستان ۱۴۰۳», «تا بهار سال آینده»: a season of a year.
const SEASON = 'بهار|تابستان|پاییز|پائیز|زمستان';
const BY_DATE = new RegExp(
  `(?<![${L}])(?:تا\\s+(?:پایان|آخر|اخر|انتهای|نیمه)|ظرف|حداکثر\\s+(?:تا|ظرف)|پیش\\s+از|قبل\\s+از)(?![${L}])|` +
    `(?<![${L}])تا\\s+(?:[\\d۰-۹]{1,2}\\s*(?:${MONTH})(?![${L}])|[\\d۰-۹]{2,4}/[\\d۰-۹]{1,2}/[\\d۰-۹]{1,2})|` +
    `(?<![${L}])تا\\s+(?:${SEASON})\\s+(?:سال\\s+)?(?:[\\d۰-۹]{4}|آینده|اینده|امسال)(?![${L}])`,
);
// A future or present verb of the body's own act at the clause's end («خواهد کرد», «می‌کند»).
const WILL_DO = new RegExp(
  `(?:(?<![${L}])(?:خواهد|خواهند)\\s+[${L}]+|(?<![${L}])می\\s*(?:کند|کنند|دهد|دهند|نماید|نمایند|رساند|رسانند|سازد|سازند))\\s*[.،!]?\\s*$`,
);
// The future tense at the clause's end («واگذار خواهد کرد»).
const WILL = new RegExp(`(?<![${L}])(?:خواهد|خواهند)\\s+[${L}]+\\s*[.،!]?\\s*$`);
// A subject in the plural («بانک‌ها», «دستگاه‌های اجرایی») names no one body.
const PLURAL = /(?:ها|های)(?:\s|$)/;

const OTHER_VERB = new RegExp(`(?<![${L}])(?:است|شد|کرد|بود)(?![${L}])`);

/** Spaces for ZWNJ and Persian ی/ک for Arabic ones: one character per character. */
function light(text: string): string {
  return text
    .replace(/\u200c/g, ' ')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک');
}

/** Where the reported clause starts: after the last speech verb without a colon. */
function reportedStart(t: string): number {
  let from = 0;
  for (const m of t.matchAll(SPEECH)) from = m.index + m[0].length;
  return from;
}

// «این شرکت», «این بانک», «این اداره کل»: the speaker's body referred back to.
const BACK_SUBJECT = new RegExp(
  `^(?:این|همین)\\s+(?:شرکت|بانک|اداره(?:\\s+کل)?|سازمان|بنیاد|صندوق|موسسه|دانشگاه|مدیریت|نیروگاه)(?![${L}])`,
);

// «ما این آب‌شیرین‌کن را تا تابستان ۱۴۰۳ به مدار می‌آوریم», «… را تا پایان سال تحویل خواهیم داد»:
// the speaker's body, in the first person plural, acts by a date (the clause may go on with its aim).
const FIRST_PERSON_ACT = new RegExp(
  `(?<![${L}])(?:می\\s*[${L}]+یم|خواهیم\\s+[${L}]+)(?:\\s*[.،!]?\\s*$|\\s*،?\\s+(?:تا|که)\\s)`,
);
// A time named: a month, a season, a year, a span or a number.
const WHEN = new RegExp(`(?<![${L}])(?:${MONTH}|${SEASON}|سال|امسال|ماه|هفته|روز)(?![${L}])|[\\d۰-۹]`);
// «تا آخر داشته باشید …»: a verb of another clause after the date.
const ANOTHER_VERB = new RegExp(`(?<![${L}])(?:است|شد|شده|بود|باشد|باشید|باشیم|داشته|کرد|کرده|گفت)(?![${L}])`);
// «… تلاش می‌کنیم», «امیدواریم …»: an effort or a hope, not a promise.
const EFFORT_WORD = new RegExp(`(?<![${L}])(?:تلاش|سعی|کوشش|امیدواریم|امیدوار)(?![${L}])`);

/** «ما … تا تابستان ۱۴۰۳ … می‌آوریم»: the date stands close before the verb, no other verb between. */
function firstPersonTimed(rest: string): boolean {
  const verb = FIRST_PERSON_ACT.exec(rest);
  if (!verb || EFFORT_WORD.test(rest)) return false;
  const window = rest.slice(Math.max(0, verb.index - 120), verb.index);
  const date = BY_DATE.exec(window);
  if (date === null) return false;
  const after = window.slice(date.index + date[0].length);
  // «تا آخر کنار شما خواهیم بود»: «تا آخر» with no time named is no date.
  return WHEN.test(date[0] + after.slice(0, 25)) && !ANOTHER_VERB.test(after);
}

/**
 * «مدیرعامل شرکت X گفت: این شرکت تا پایان سال ۸۵ کیلومتر شبکه را بهسازی می‌کند»: the speaker's
 * body, referred back to at the clause's start or speaking as «ما», will act by a date (the caller
 * finds the body).
 */
export function timedActByReference(clause: string): boolean {
  const t = light(clause).trim();
  const rest = t.slice(reportedStart(t)).trim();
  if (firstPersonTimed(rest)) return true;
  if (!WILL_DO.test(t)) return false;
  const head = BACK_SUBJECT.exec(rest);
  return head !== null && BY_DATE.test(rest.slice(head[0].length));
}

// «… غربالگری می‌کند و تیم‌های سیار اعزام می‌شوند»: the body's present verb, then «و» and a
// clause of its own; the act ends at the verb.
const PRESENT_THEN_AND = new RegExp(
  `(?<![${L}])می\\s*(?:کند|کنند|دهد|دهند|نماید|نمایند|رساند|رسانند|سازد|سازند)\\s*،?\\s+و\\s`,
);
// «… واگذار شده و بنیاد X تا پایان دی ماه …»: a finished clause, «و», then the body's own clause.
const DONE_AND = new RegExp(`(?<![${L}])(?:شده|کرده|شد|کرد|گردیده|گردید|است)\\s*،?\\s+و\\s+`, 'g');
// «مدیریت درآمد تا پایان آبان ماه …»: a unit the finders do not know, named by its head word right
// before the date at the clause's start.
const UNIT_HEAD = new RegExp(
  `^(?:مدیریت|معاونت|واحد|اداره(?:\\s+کل)?|سازمان|شرکت|شبکه|بنیاد|دفتر|حوزه|ناحیه|منطقه)\\s+(?:[${L}]+\\s+){0,3}?(?=(?:تا|ظرف|حداکثر)\\s)`,
);

/** The body at `from` in `t`: a known one within a short lead, or a unit named by its head word. */
function subjectAt(clause: string, t: string, from: number): PartyMention | null {
  // «طبق نامه دریافتی، اداره کل X …»: a short lead before the subject.
  const known = partyMentions(clause).find((m) => m.index >= from && m.index - from <= 40);
  if (known) return known;
  const lead = /^[\s،]*/.exec(t.slice(from))![0].length;
  const unit = UNIT_HEAD.exec(t.slice(from + lead));
  if (!unit) return null;
  const index = from + lead;
  const end = index + unit[0].trimEnd().length;
  return { name: clause.slice(index, end), index, end };
}

/** The body that will act by a date in `clause` (offsets into the clause), or null. */
export function timedActSubject(clause: string): PartyMention | null {
  const t = light(clause);
  if (!WILL_DO.test(t)) {
    const and = PRESENT_THEN_AND.exec(t);
    return and ? timedActSubject(clause.slice(0, and.index + and[0].length).replace(/\s*،?\s+و\s$/, '')) : null;
  }
  const from = reportedStart(t);
  const starts = [from, ...[...t.matchAll(DONE_AND)].map((m) => m.index + m[0].length).filter((i) => i > from)];
  for (const at of starts) {
    const subject = subjectAt(clause, t, at);
    if (!subject || PLURAL.test(light(subject.name))) continue;
    // Between the speech verb and the subject, no verb of another clause.
    if (at === from && OTHER_VERB.test(t.slice(from, subject.index))) continue;
    const date = BY_DATE.exec(t.slice(subject.end));
    // «… گفت شهرداری بم زمین هنرستان را در قالب تفاهم‌نامه واگذار خواهد کرد»: a named body's act in
    // the future tense, reported, binds it without a date.
    if (date || (at === from && from > 0 && WILL.test(t))) return subject;
  }
  return null;
}

// «… انجام می‌شود», «… اجرا خواهد شد», «… به بهره‌برداری می‌رسد»: a work done in the passive.
const WILL_BE_DONE = new RegExp(
  `(?<![${L}])(?:(?:انجام|اجرا|تکمیل|آغاز|افتتاح|احداث|نصب|اغاز|بهسازی|بازسازی|نوسازی|مرمت|ساخته|تجهیز|تعریض|لایروبی|آسفالت|اسفالت|راه\\s*اندازی)\\s*(?:می\\s*(?:شود|شوند|گردد)|خواهد\\s+شد|خواهند\\s+شد)|به\\s+بهره\\s*برداری\\s+(?:می\\s*رسد|خواهد\\s+رسید))\\s*[.،!]?\\s*$`,
);

// «مدیر راهداری و حمل و نقل جاده‌ای شهرستان X نیز … گفت»: the office a head speaks for, when the
// finders know no body there.
const HEAD_ROLE = /^(?:مدیرکل|مدیر\s+کل|مدیرعامل|مدیر|رئیس|رییس|سرپرست)\s+/;
// An office held by a person, not a body of its own.
const OFFICE = /^(?:معاون\s+)?(?:وزیر|استاندار|فرماندار|شهردار|بخشدار|نماینده)(?:\s|$)/;
const OFFICE_END = /^(?:نیز|هم|در|با|گفت|افزود|اظهار|اعلام|ضمن|طی)$/;

/** The office after a head's role at the lead-in's start, up to the first word that ends it. */
function officeOf(leadIn: string): string | null {
  const role = HEAD_ROLE.exec(leadIn);
  if (!role) return null;
  const words: string[] = [];
  for (const w of leadIn.slice(role[0].length).split(/\s+/)) {
    if (OFFICE_END.test(w) || words.length === 10) break;
    words.push(w.replace(/[،,]$/, ''));
    if (/[،,]$/.test(w)) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * «مدیر راهداری شهرستان گفت: آسفالت ۸ کیلومتر … پیش از فصل سرما انجام می‌شود»: a speaker's
 * passive pledge of work by a date, or a pledge by date as «ما», binds the speaker's body. The body named in the lead-in, or null.
 */
export function passivePledgeBody(clause: string, leadIn: string | null): string | null {
  if (leadIn === null) return null;
  const t = light(clause);
  const passive = WILL_BE_DONE.test(t) && BY_DATE.test(t);
  if (!passive && !firstPersonTimed(t.slice(reportedStart(t)).trim())) return null;
  const bodies = partyMentions(leadIn).filter((m) => !PLURAL.test(light(m.name)));
  // «معاون وزیر X و مدیرعامل شرکت Y گفت: … را تا پایان سال به بهره‌برداری می‌رسانیم»: «ما» is the
  // body the speaker heads, not an office he also holds.
  const body = passive
    ? bodies[0]
    : (bodies.find((m) => !OFFICE.test(light(m.name))) ?? headedBody(leadIn) ?? bodies[0]);
  if (body) return typeof body === 'string' ? body : body.name;
  return passive ? officeOf(light(leadIn).trim()) : null;
}

// «… و مدیرعامل شرکت X …»: the organisation a head's role names, anywhere in the lead-in.
const HEADED_BODY =
  /(?:^|\s)(?=(?:مدیرعامل|مدیرکل|مدیر\s+کل|رئیس|رییس|سرپرست)\s+(?:شرکت|سازمان|اداره|بنیاد|صندوق|بانک)\s)/;

/** The organisation headed by the speaker, named after a head's role in the lead-in, or null. */
function headedBody(leadIn: string): string | null {
  const t = light(leadIn);
  const m = HEADED_BODY.exec(t);
  return m ? officeOf(t.slice(m.index + m[0].length).trim()) : null;
}
