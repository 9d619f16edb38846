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
const BY_DATE = new RegExp(
  `(?<![${L}])(?:تا\\s+(?:پایان|آخر|اخر|انتهای|نیمه)|ظرف|حداکثر\\s+(?:تا|ظرف)|پیش\\s+از|قبل\\s+از)(?![${L}])|` +
    `(?<![${L}])تا\\s+(?:[\\d۰-۹]{1,2}\\s*(?:${MONTH})(?![${L}])|[\\d۰-۹]{2,4}/[\\d۰-۹]{1,2}/[\\d۰-۹]{1,2})`,
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
  `^(?:این|همین)\\s+(?:شرکت|بانک|اداره(?:\\s+کل)?|سازمان|بنیاد|صندوق|موسسه|دانشگاه)(?![${L}])`,
);

/**
 * «مدیرعامل شرکت X گفت: این شرکت تا پایان سال ۸۵ کیلومتر شبکه را بهسازی می‌کند»: the speaker's
 * body, referred back to at the clause's start, will act by a date (the caller finds the body).
 */
export function timedActByReference(clause: string): boolean {
  const t = light(clause).trim();
  if (!WILL_DO.test(t)) return false;
  const rest = t.slice(reportedStart(t)).trim();
  const head = BACK_SUBJECT.exec(rest);
  return head !== null && BY_DATE.test(rest.slice(head[0].length));
}

/** The body that will act by a date in `clause` (offsets into the clause), or null. */
export function timedActSubject(clause: string): PartyMention | null {
  const t = light(clause);
  if (!WILL_DO.test(t)) return null;
  const from = reportedStart(t);
  // «طبق نامه دریافتی، اداره کل X …»: a short lead before the subject.
  const subject = partyMentions(clause).find((m) => m.index >= from && m.index - from <= 40);
  if (!subject || PLURAL.test(light(subject.name))) return null;
  // Between the speech verb and the subject, no verb of another clause.
  if (OTHER_VERB.test(t.slice(from, subject.index))) return null;
  const date = BY_DATE.exec(t.slice(subject.end));
  // «… گفت شهرداری بم زمین هنرستان را در قالب تفاهم‌نامه واگذار خواهد کرد»: a named body's act in
  // the future tense, reported, binds it without a date.
  return date || (from > 0 && WILL.test(t)) ? subject : null;
}

// «… انجام می‌شود», «… اجرا خواهد شد», «… به بهره‌برداری می‌رسد»: a work done in the passive.
const WILL_BE_DONE = new RegExp(
  `(?<![${L}])(?:(?:انجام|اجرا|تکمیل|آغاز|افتتاح|احداث|نصب|اغاز|بهسازی|بازسازی|نوسازی|مرمت|ساخته|تجهیز|تعریض|لایروبی|آسفالت|اسفالت|راه\\s*اندازی)\\s*(?:می\\s*(?:شود|شوند|گردد)|خواهد\\s+شد|خواهند\\s+شد)|به\\s+بهره\\s*برداری\\s+(?:می\\s*رسد|خواهد\\s+رسید))\\s*[.،!]?\\s*$`,
);

// «مدیر راهداری و حمل و نقل جاده‌ای شهرستان X نیز … گفت»: the office a head speaks for, when the
// finders know no body there.
const HEAD_ROLE = /^(?:مدیرکل|مدیر\s+کل|مدیرعامل|مدیر|رئیس|رییس|سرپرست)\s+/;
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
 * passive pledge of work by a date binds the speaker's body. The body named in the lead-in, or null.
 */
export function passivePledgeBody(clause: string, leadIn: string | null): string | null {
  if (leadIn === null) return null;
  const t = light(clause);
  if (!WILL_BE_DONE.test(t) || !BY_DATE.test(t)) return null;
  const body = partyMentions(leadIn).find((m) => !PLURAL.test(light(m.name)));
  return body ? body.name : officeOf(light(leadIn).trim());
}
