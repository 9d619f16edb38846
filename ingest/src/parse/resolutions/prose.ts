/**
 * Resolutions of news prose: a byline before the decision is not part of it («باشگاه
 * خبرنگاران جوان ارومیه - با دستور …»); a headline or lede that repeats a decision of the body
 * is one decision; «X نیز دیگر مصوبه ستاد بود» names a decision by its content; an agreement
 * signed between bodies («تفاهم‌نامه همکاری X و Y … به امضا رسید») is a decision of both. Pure.
 */
import { compactKey, fold, tidy } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { textDeadline } from './deadline.ts';
import { sentenceBounds } from '../sentences.ts';
import { isBodyHead, ROLE_HEADS, splitBodies } from './parties.ts';
import { subjectBodies } from './subject.ts';
import type { ParsedResolution } from './types.ts';

// Up to five words of letters closed by a dash at the very start: an agency or reporter byline.
const BYLINE = re('')`^(?:[${L}]+\s+){0,4}[${L}]+\s*[-–—]\s+(?=\S)`;
// Words that make the part before the dash a clause of its own, not a byline.
const CLAUSE_WORD = re('')`(?<![${L}])(?:مقرر|مصوب|تصویب|موظف|مکلف|شد|گردید|است|به|از|در|با|که)(?![${L}])`;

/** The resolution text without a byline in front. */
export function stripByline(text: string): string {
  const m = BYLINE.exec(text);
  if (!m || CLAUSE_WORD.test(fold(m[0]))) return text;
  return text.slice(m[0].length);
}

/** Whether the line at `at` is headline-sized: twenty words at most (a long first line is a lede without a full stop). */
function isHeadline(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return (
    text
      .slice(start, end < 0 ? text.length : end)
      .trim()
      .split(/\s+/).length <= 20
  );
}

/** Loose start key: the first `n` words, folded, without punctuation. */
function startKey(text: string, n: number): string {
  return fold(text)
    .replace(/[^\s\p{L}\p{N}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, n)
    .join(' ');
}

/**
 * News repeats its decisions: the headline and the lede restate a sentence of the body. Of
 * unnumbered resolutions that open with the same six words, the last one (the body's) is kept.
 */
export function dropRestated(all: ParsedResolution[], text: string): ParsedResolution[] {
  // Only the headline and the lede restate; two decisions of the body may share a formula.
  const [ledeStart, ledeEnd] = ledeSpan(text);
  return all.filter((r, i) => {
    if (r.number !== null || r.index > ledeEnd) return true;
    // A headline above the lede («۳۸۵ میلیارد تومان اعتبار … تخصیص یافت») sums up the news in
    // its own words; what it announces is told (or not) in the body.
    if (r.index < ledeStart && isHeadline(text, r.index)) return false;
    const key = startKey(r.text, 6);
    if (key.split(' ').length < 6) return true;
    return !all.some((o, j) => j > i && o.number === null && startKey(o.text, 6) === key);
  });
}

// «تثبیت قیمت شکر … نیز دیگر مصوبه ستاد تنظیم بازار بود»: the subject is the decision.
const NAMED_AS_RESOLUTION = re(
  'g',
)`(?:^|[.!؟\n]\s*)([^.!؟\n:]{12,240}?)\s+(?:نیز\s+)?(?:دیگر\s+مصوبه|مصوبه\s+دیگر|(?:یکی\s+)?از\s+(?:جمله\s+)?(?:دیگر\s+|مهمترین\s+|مهم\s*ترین\s+)?مصوبات)(?:\s+[${L}]+){0,6}\s+(?:بود|بودند|است|هستند)\s*(?=[.!؟\n]|$)`;

const QUANTITY_SUBJECT =
  /^(?:[\d.,/٫]+|بیش|کمتر|حدود|نزدیک|تعداد|تعدادی|برخی|بخشی|بسیاری|اکثر|اغلب|همه|تمام|تمامی|کلیه|نیمی|درصد)(?:\s|$)/;
const ACT_ON = /(?:^|\s)(?:بررسی|پیگیری|اجرای?|ابلاغ|تحقق|ارزیابی|مرور|بازنگری|لغو|اصلاح|نظارت\s+بر)$/;
const PARTICIPLE = /\s(?:شده|نشده|گردیده|نگردیده|رسیده|نرسیده|کرده|نکرده|بوده)\s/;

/** Sentences saying that their subject was (another of) the body's resolutions. */
export function namedResolutions(text: string, taken: Array<[number, number]>): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const f = fold(text);
  NAMED_AS_RESOLUTION.lastIndex = 0;
  for (let m = NAMED_AS_RESOLUTION.exec(f); m; m = NAMED_AS_RESOLUTION.exec(f)) {
    // A linking word in front («همچنین، X از دیگر مصوبات … بود») is not part of the subject.
    const lead = /^(?:همچنین|ضمنا|علاوه\s+بر\s+این|در\s+ضمن)\s*[،,]?\s*/.exec(m[1]!)?.[0].length ?? 0;
    const at = m.index + m[0].indexOf(m[1]!) + lead;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const subject = tidy(text.slice(at, at + m[1]!.length - lead));
    // A subject that is a pronoun or a bare demonstrative («این», «آن») names nothing.
    if (subject.split(' ').length < 3 || /^(?:این|آن|اینها|آنها)(?:\s|$)/.test(fold(subject))) continue;
    // A share of the resolutions («بیش از ۷۰ درصد از مصوبات … اجرایی شده است»), resolutions as
    // the object of an act («بررسی یکی از مصوبات مجلس است») or a sentence about resolutions
    // being carried out («… از مصوبات سفر … محقق شده است») is a report, not a decision.
    if (QUANTITY_SUBJECT.test(fold(subject)) || ACT_ON.test(fold(subject))) continue;
    if (PARTICIPLE.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length))) continue;
    out.push({
      number: null,
      text: subject,
      responsible: subjectBodies(subject),
      supervisor: [],
      deadline: textDeadline(subject),
      index: at,
    });
  }
  return out;
}

// «تفاهم‌نامه/توافق‌نامه/قرارداد … به امضا رسید | امضا شد | منعقد شد» (folded text).
const AGREEMENT = re(
  'g',
)`(?<![${L}])(?<!امضای\s)(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)(?:\s*(?:ای|های))?[^.!؟\n:]{0,300}?\s(?:به\s+امضاء?\s+(?:رسید|رسیده\s+است|رسیدند)|امضاء?\s+(?:شد|شده\s+است|گردید)|منعقد\s+(?:شد|گردید|شده\s+است))(?![${L}])`;
// Where the parties of an agreement end: its purpose or subject.
const PURPOSE =
  /\s(?:برای|جهت|به\s+منظور|در\s+حوزه|در\s+زمینه|در\s+راستای|در\s+ارتباط|با\s+عنوان|با\s+هدف|به\s+ارزش|در\s+سال)\s/;

/** The bodies an agreement is made between: «X و Y», «میان X و Y», «با (همکاری) X». */
export function agreementParties(sentence: string): string[] {
  const out: string[] = [];
  const f = fold(sentence);
  const pieces: string[] = [];
  // Right after the agreement's name («تفاهمنامه همکاری ۵ ساله X و Y برای …»).
  const head = /^(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)(?:\s*(?:ای|های))?(?:\s+همکاری)?(?:\s+[\d]+\s+ساله)?\s+/.exec(f);
  if (head && !/^(?:میان|بین|با)\s/.test(f.slice(head[0].length)))
    pieces.push(sentence.slice(head[0].length).split(PURPOSE)[0]!);
  for (const m of f.matchAll(/(?:میان|بین|با\s+همکاری|با)\s+/g))
    pieces.push(sentence.slice(m.index + m[0].length).split(PURPOSE)[0]!);
  for (const piece of pieces) {
    const cut = piece.replace(/\s(?:به\s+امضا|امضا|منعقد|با\s|در\s).*$/, '');
    for (const b of splitBodies(cut)) {
      // «… با حضور استاندار و مدیرعامل بنیاد X به امضا رسید»: who signs for a body makes it a party.
      const ws = b.split(' ');
      const k = ws.findIndex((w) => isBodyHead(fold(w)));
      const body = k === 0 || (k === 1 && ROLE_HEADS.has(fold(ws[0]!))) ? ws.slice(k).join(' ') : '';
      if (body && !out.includes(body)) out.push(body);
    }
  }
  return out;
}

// «وی با اشاره به تصویب بیش از ۲۶ مصوبه برای … افزود»: an approval the speaker refers to.
// Not an approval not made or still to come («تصویب نشدن/احتمالی/آتی»; folded: «آتی» is «اتی»).
const APPROVAL_REFERRED = re(
  'g',
)`(?<![${L}])(?:با|ضمن)\s+اشاره\s+به\s+((?:تصویب|تایید)\s(?!نشدن|نکردن|نشده|احتمالی|قریب|اتی|اینده)[^.!؟\n:،]{8,200}?)\s*(?:،\s*)?(?:گفت|افزود|اظهار|بیان|تصریح|عنوان|خاطرنشان|ادامه|اعلام)(?![${L}])`;

const NATIONAL_LAW =
  /^(?:تصویب|تایید)\s+(?:قانون|لایحه\s+بودجه\s+کل\s+کشور)|(?:^|\s)مجلس(?:\s+شورای\s+اسلامی)?(?:\s|$)/;

/** Approvals a speaker refers to: «با اشاره به تصویب X افزود». */
export function referredApprovals(text: string, taken: Array<[number, number]>): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const f = fold(text);
  APPROVAL_REFERRED.lastIndex = 0;
  for (let m = APPROVAL_REFERRED.exec(f); m; m = APPROVAL_REFERRED.exec(f)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const phrase = tidy(text.slice(at, at + m[1]!.length));
    // A law of parliament approved is national history the speaker refers to, not a decision
    // of the body the news reports.
    if (NATIONAL_LAW.test(fold(phrase))) continue;
    out.push({
      number: null,
      text: phrase,
      responsible: [],
      supervisor: [],
      deadline: textDeadline(phrase),
      index: at,
    });
  }
  return out;
}

/** The lede: the first paragraph of a dozen words or more made of sentences (a headline has no full stop). */
function ledeSpan(text: string): [number, number] {
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim().split(/\s+/).length >= 12 && /[.!؟](?:\s|$)/.test(line)) return [pos, pos + line.length];
    pos += line.length + 1;
  }
  return [0, 0];
}

/**
 * Length of the sentences right after `end` that refer back to the agreement («مجموع ارزش
 * این تفاهمنامه ۱۴ هزار میلیارد تومان است», «موضوع این تفاهم نامه …»): its value and subject
 * belong to it. Up to two sentences, in the same or the next paragraph.
 */
function referringSentences(f: string, end: number): number {
  let at = end;
  for (let k = 0; k < 2; k++) {
    const next = /^[.!؟]?\s*([^.!؟\n]+[.!؟]?)/.exec(f.slice(at));
    if (!next || !/(?:این|همین)\s+(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)/.test(next[1]!)) break;
    // A speaker's view of it in a quote («وی گفت: اجرای این تفاهمنامه نیازمند …») is no term of it.
    if (/[:：]/.test(next[1]!)) break;
    at += next[0].length;
  }
  return at - end;
}

const AGREEMENT_HISTORY = re(
  '',
)`(?<![${L}])(?:سال\s*(?:های|ها)?\s+(?:گذشته|قبل|پیش|اخیر)|پیش\s+از\s+این|قبلا|دولت\s+(?:قبل|گذشته|پیشین)|دوره\s+(?:قبل|گذشته)|\d+\s+(?:سال|ماه)\s+(?:پیش|قبل)|در\s+سال\s+\d{2,4}|تاکنون|تا\s+کنون|از\s+ابتدای)(?![${L}])`;
// Agreements as a kind, not one agreement: «تفاهم نامه های زیادی», «قراردادی با یک شرکت».
const AGREEMENTS_COUNTED = re(
  '',
)`(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)(?:\s*(?:های|ها)\s+(?:زیادی|متعددی|مختلفی|متعدد|مختلف|فراوانی)|\s*ی\s+با\s+(?:یک|چند)\s)`;

/**
 * Agreements signed, in news: a resolution of the bodies that signed it, from the agreement's
 * name to the verb. The lede that announces the signing is the news event, not a decision
 * reported in it («شش تفاهمنامه … منعقد شد» in the lede, each agreement in the body).
 */
export function agreementResolutions(text: string, taken: Array<[number, number]>): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const [ledeFrom, ledeTo] = ledeSpan(text);
  const f = fold(text);
  AGREEMENT.lastIndex = 0;
  for (let m = AGREEMENT.exec(f); m; m = AGREEMENT.exec(f)) {
    if (m.index >= ledeFrom && m.index < ledeTo) continue;
    // The headline above the lede announces the same event.
    if (m.index < ledeFrom && isHeadline(text, m.index)) continue;
    if (taken.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    // An agreement of the past («سال گذشته …», «پیش از این …», «در دولت قبل …») or a count of
    // agreements to date («از ابتدای سال تاکنون ۱۲ تفاهمنامه …») is history or a statistic,
    // not the agreement the news reports.
    const [s] = sentenceBounds(f, m.index);
    if (AGREEMENT_HISTORY.test(f.slice(s, m.index + m[0].length))) continue;
    if (AGREEMENTS_COUNTED.test(f.slice(s, m.index + m[0].length))) continue;
    const sentence = tidy(text.slice(m.index, m.index + m[0].length));
    const full = tidy(text.slice(m.index, m.index + m[0].length + referringSentences(f, m.index + m[0].length)));
    out.push({
      number: null,
      text: full,
      responsible: agreementParties(sentence),
      supervisor: [],
      deadline: textDeadline(sentence),
      index: m.index,
    });
  }
  return out;
}

// «… گفت: … ۱۷۴ پروژه را تکمیل کرده ایم», «… به کلیه شعب ابلاغ کرده‌ایم»: an official reports
// in the first person plural what the body has done (folded text: ZWNJ is a space).
const PAID = re('')`(?<![${L}])(?:پرداخت|اعطا|واریز|جذب|دریافت|ثبت|شناسایی|پیش\s*بینی)\s*$`;
const NOT_A_DEED = re(
  '',
)`(?<![${L}])(?:تلاش|سعی|کوشش|درخواست|تقاضا|قول|وعده|بازدید|دیدار|سفر|مشاهده|احساس|تجربه|فکر|صحبت|گفتگو|مذاکره|کسب|گزارش|عنوان|بیان|تاکید|اشاره|پیشنهاد|مکاتبه|گلایه|شکایت|اعتراض|پیگیری|دعوت|شرکت|حضور|استقبال|توافق|تفاهم|هماهنگ)\s*$`;
const NOT_ASSERTED = re(
  '',
)`(?<![${L}])(?:امیدوار|امید\s+است|انتظار|باید|نباید|قرار\s+است|اگر|چنانچه|در\s+صورتی|هرچند|هر\s+چند|اگرچه|شاید)(?![${L}])`;
// What may follow a verb that closes its clause: the end, a stop or a closing quote, a conjunction.
const CLAUSE_CLOSE = re(
  '',
)`^\s*(?:$|[.!؟،,؛:»"”)]|(?:و|تا|که|اما|ولی|ولیکن|لیکن|بطوری|به\s+طوری|به\s+گونه|زیرا|چون)(?![${L}]))`;
// «… که [X] … انجام دهد/کند/شود»: a clause of something still to be done, in the subjunctive.
const LATER_ACT = re(
  '',
)`^\s*که\s[^.!؟]*?(?<![${L}])(?!می\s)(?:دهد|دهند|کند|کنند|نماید|نمایند|شود|شوند|گردد|گردند|باشد|باشند)(?![${L}])`;
const WE_HAVE_DONE = re('g')`(?<![${L}])(?:کرده|نموده|داده|ساخته)\s*ایم(?![${L}])`;

// «… که در تعهد بنیاد برکت … بوده است», «… به کلیه شعب ابلاغ کرده‌ایم».
const IN_CHARGE = /(?:در\s+تعهد|بر\s*عهده)\s+((?:\S+\s+){0,3}?\S+)\s+(?:در|بوده|بود|است|قرار|می)(?:\s|$)/;
const NOTIFIED = /به\s+((?:(?:کلیه|تمامی|همه)\s+)?(?:\S+\s+){0,2}?\S+)\s+ابلاغ(?:\s|$)/;

/** Who acts in a reported action: the subject, the body in charge, or the body notified. */
function actionParties(sentence: string): string[] {
  const own = subjectBodies(sentence);
  if (own.length > 0) return own;
  const f = fold(sentence);
  for (const rx of [IN_CHARGE, NOTIFIED]) {
    const m = rx.exec(f);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const phrase = tidy(sentence.slice(at, at + m[1]!.length));
    const ws = phrase.split(' ');
    if (isBodyHead(fold(ws[0]!)) || /^(?:کلیه|تمامی|همه)$/.test(fold(ws[0]!))) return [phrase];
  }
  return [];
}

/**
 * News prose reporting a body's decisions without a decision verb: what an official says in a
 * quote that the body has done, in the first person plural («… گفت: … ۱۷۴ پروژه را تکمیل
 * کرده ایم»). (A meeting's «بر X تاکید شد» is left out: real 015 leaves it unlabelled.)
 */
export function reportedActions(
  text: string,
  taken: Array<[number, number]>,
  found: ParsedResolution[],
): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const f = fold(text);
  // A sentence another rule read already (its text holds this one's start, or the reverse).
  const known = found.map((r) => compactKey(r.text));
  const push = (from: number, to: number) => {
    if (taken.some(([a, b]) => from >= a && from < b) || out.some((r) => r.index === from)) return;
    const sentence = tidy(text.slice(from, to));
    const key = compactKey(sentence);
    if (known.some((k) => k.includes(key.slice(0, 20)) || key.includes(k.slice(0, 20)))) return;
    if (sentence.split(' ').length < 5) return;
    out.push({
      number: null,
      text: sentence,
      responsible: actionParties(sentence),
      supervisor: [],
      deadline: textDeadline(sentence),
      index: from,
    });
  };
  WE_HAVE_DONE.lastIndex = 0;
  for (let m = WE_HAVE_DONE.exec(f); m; m = WE_HAVE_DONE.exec(f)) {
    const [s, e] = sentenceBounds(f, m.index, { colon: true });
    // Only inside a quote: the sentence opens right after «… گفت:».
    if (s === 0 || !/[:：]\s*$/.test(f.slice(0, s))) continue;
    // Money paid or loans granted is a figure reported, as «… پرداخت شد» is (real2 431), not
    // an action decided; efforts, requests, promises, visits and reports made are no deeds.
    const before = f.slice(Math.max(s, m.index - 30), m.index);
    if (PAID.test(before) || NOT_A_DEED.test(before)) continue;
    // A hope, a condition or a duty around it («امیدواریم با اقداماتی که انجام داده ایم …»).
    if (NOT_ASSERTED.test(f.slice(s, m.index))) continue;
    // The verb must close its clause: «… که انجام داده ایم مشکل … حل شود» is a relative clause.
    if (!CLAUSE_CLOSE.test(f.slice(m.index + m[0].length, e))) continue;
    // «… با اداره کل X توافق/هماهنگ کرده ایم که این اداره کل … انجام دهد»: an arrangement for
    // another body to act later, not a deed done.
    if (LATER_ACT.test(f.slice(m.index + m[0].length, e))) continue;
    push(s + (/^\s*/.exec(f.slice(s))?.[0].length ?? 0), e);
  }
  return out;
}
