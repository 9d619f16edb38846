/**
 * Sentences that carry a commitment verb but tell how things stand rather than what a party
 * promises (commitments-gold.md, «statistics», «readiness»): routine services, a matter «being
 * followed up», a loan portfolio's balance, and — in minutes — a body's readiness reported by
 * someone else, a «قول مساعد» with no act. All patterns run on folded text (fold.ts). Pure.
 */
import type { DocumentKind } from '../../schema.ts';
import { L } from '../boundary.ts';
import { DECISION } from './statement-patterns.ts';

const W = `(?![${L}])`;
const PRESENT = `می\\s*(?:شود|شوند|گردد|گردند|کند|کنند|نماید|نمایند|دهد|دهند)${W}`;
const BOUND = /موظف|مکلف|ملزم|متعهد/;
const FUTURE_OR_DUTY = /(?:^|\s)(?:خواهد|خواهند|خواهیم|باید|موظف|مکلف|متعهد|مقرر)(?:\s|$)|(?:^|\s)تا\s|ظرف\s/;

// «… ماهانه مستمری آنان پرداخت می‌شود», «… به صورت هفتگی توزیع می‌کنند»: what is done every
// month or week, told in the present, is how a service runs.
const EVERY = new RegExp(
  `(?:^|\\s)(?:ماهانه|ماهیانه|هفتگی|روزانه|هر\\s+(?:ماه|هفته|روز)|به\\s+صورت\\s+(?:ماهانه|هفتگی|روزانه|مستمر))\\s[^.]{0,80}${PRESENT}`,
);
// «دفاتر پیشخوان … خدمات پایه بانکی ارائه می‌کنند»: services offered in the present.
const SERVICES = new RegExp(`(?:^|\\s)خدمات\\s[^.]{0,60}(?:ارائه|ارایه)\\s*${PRESENT}`);
// «اعتبار … از محل سهم X پیگیری می‌شود»: a matter followed up, with no act or date fixed.
const FOLLOWED_UP = /پیگیری\s*(?:می\s*شود|میشود|می\s*گردد|خواهد\s+شد)(?=[\s.،]|$)/;
// «مانده تسهیلات جاری صندوق … ۱,۴۶۰ میلیارد ریال است که …»: the balance of a portfolio.
const BALANCE = new RegExp(
  `(?:^|\\s)(?:مانده|موجودی)\\s+(?:تسهیلات|اعتبارات|منابع|سپرده|وام)[^.]{0,120}\\s(?:است|بود|رسیده|رسید)${W}`,
);
// «کل بودجه پیشنهادی X … ۲۸۵ میلیارد ریال است که ۴۰ درصد آن به … اختصاص یافته است»: a total
// described by the share of it that went somewhere.
const SHARE_OF_TOTAL =
  /(?:ریال|تومان)\s+(?:است|بود)\s+که\s+(?:[^.]{0,30}\s)?(?:\d+\s*درصد|بخشی|نیمی|قسمتی|سهمی)\s+(?:از\s+)?ان\s/;
// «سهمیه استان … ۴۲۰ میلیارد ریال است و تاکنون ۱۱۲ میلیارد ریال آن … پرداخت شده است»: a quota or
// total and how much of it went out to date.
const PAID_TO_DATE =
  /(?:ریال|تومان)\s+(?:است|بود)\s+(?:و|که)\s+(?:تاکنون|تا\s+کنون)\s[^.؛]{0,80}\sان\s[^.؛]{0,60}(?:پرداخت|جذب|تخصیص|اختصاص)\s*(?:داده\s*)?(?:شده|یافته|گردیده)/;
// «بانک X آمادگی دارد …», «بنیاد Y … اعلام آمادگی کرده است»: a body's readiness in the third person.
const READY_THIRD = new RegExp(
  `اعلام\\s+امادگی\\s+(?:کرد|کرده|نمود|نموده|کردند|نمودند)${W}|امادگی\\s+(?:[^.]{0,80}\\s)?(?:را\\s+)?(?:دارد|دارند)${W}`,
);

// «بانک X آمادگی دارد در تأمین مالی طرح Y مشارکت کند», «صندوق Z نیز آماده است طرح‌ها را تأمین مالی
// کند»: readiness followed by the act offered, in the subjunctive. Without money it is an offer.
// («کمیته امداد آمادگی ایجاد اشتغال … را دارد» names the act as a noun, before «دارد».)
const SUBJUNCTIVE = `(?:ب(?!ند|عد|لند|رد)[${L}]{2,}(?:د|ند)|\\S+\\s+(?:کند|کنند|نماید|نمایند|دهد|دهند|بگیرد|بگیرند|گیرد|گیرند|شود|شوند|باشد|باشند))`;
const READY_TO_ACT = new RegExp(
  `(?:امادگی\\s+(?:(?:لازم|کامل|خود)\\s+(?:را\\s+)?)?(?:دارد|دارند)|(?:^|\\s)اماده\\s+(?:است|هستند))\\s+(?:که\\s+)?[^.]{0,200}?${SUBJUNCTIVE}(?=[\\s.،؛]|$)`,
);

// «مطالبات معوق این بانک در استان ۳۲۰ میلیارد ریال است و …», «درآمد کارگاه‌ها در سال ۱۴۰۲ به ۲۱۰
// میلیارد ریال رسید و …»: arrears, a debt, an income or sales told as a figure are a statistic.
const STAT_TOTAL = new RegExp(
  `^(?:[^.،:]{0,90}[،:]\\s*)?(?:مطالبات|معوقات|بدهی|بدهی\\s*های|درامد|درامدهای|فروش)\\s[^.]{0,120}?(?:ریال|تومان)\\S*\\s+(?:است|بود|بوده\\s+است|رسید|رسیده(?:\\s+است)?)${W}`,
);
// «سقف تسهیلات هر واحد ۵۰ میلیارد ریال … است», «برای هر خانواده سقف وام ۳ میلیارد ریال در نظر گرفته
// شده»: the cap of each loan is a term, not money a party commits («… موافقت کرده سقف تسهیلات هر
// واحد را به X افزایش دهد» raises it, and binds).
const PER_UNIT_CAP =
  /(?:^|\s)(?:سقف\s+(?:وام|تسهیلات)(?:\s+(?!را(?:\s|$))\S+){0,4}?\s+هر|(?:برای|به)\s+هر\s+\S+(?:\s+\S+)?\s+سقف\s+(?:وام|تسهیلات))\s/;
const CAP_CHANGED = /(?:^|\s)را\s[^.]{0,60}(?:افزایش|کاهش)/;
// «X از سال ۱۴۰۰ مدیریت شعب بانک Y را بر عهده دارد», «… ریاست جلسه را بر عهده داشت»: a post held.
const POST_HELD = new RegExp(
  `(?:^|\\s)(?:مدیریت|ریاست|سرپرستی|دبیری|معاونت|نمایندگی)\\s[^.]{0,80}\\sرا\\s+(?:بر|به)\\s*عهده\\s+(?:دارد|دارند|داشت|داشتند|داشته)${W}`,
);
// «مدیر شعب بانک X از پرداخت تسهیلات اشتغال و برنامه‌های این بانک خبر داد»: a topic announced, with
// no money or date of its own (the sentences after tell the amounts).
const TOPIC_ANNOUNCED = /(?:^|\s)از\s+(?:پرداخت|اعطای|تخصیص|اختصاص)\s[^.]{0,200}خبر\s+(?:داد|دادند)/;

/** «X آمادگی دارد … مشارکت کند» without money: an offer of an act, not a promise. */
export function offerOnly(folded: string): boolean {
  return READY_TO_ACT.test(folded) && !/ریال|تومان/.test(folded) && !DECISION.test(folded) && !BOUND.test(folded);
}

// «پیش‌بینی می‌شود با تکمیل آنها ۱۱۰۰ فرصت شغلی ایجاد شود»: a forecast («… پیش‌بینی شده است» sets money aside).
const FORECAST = /پیش\s*بینی\s*(?:می\s*شود|میشود|می\s*کنیم|میکنیم|می\s*کند|میکند)(?![${L}])/;
// «جلسه بعدی ستاد روز سه‌شنبه … برگزار می‌شود»: the next meeting announced.
const NEXT_MEETING =
  /(?:^|\s)جلسه\s+(?:بعدی|اتی|اینده)\s[^.]{0,120}برگزار\s*(?:می\s*شود|میشود|می\s*گردد|خواهد\s+شد|شود|گردد)(?![${L}])/;
// «وی در پاسخ به درخواست استاندار … قول مساعد داد.»: a favourable word with no act or body fixed.
const FAVOURABLE_WORD = /قول\s+مساعد\s+(?:داد|دادند|داده\s+(?:است|اند))\s*[.،]?\s*$/;

/**
 * Whether a folded clause that carries a commitment cue is a report instead: a routine service
 * or a follow-up without money, a portfolio's balance, or (in minutes) a body's readiness told
 * by another speaker, which the meeting has not decided. `money` is the number of amounts.
 */
export function reportsState(folded: string, kind: DocumentKind, money: number): boolean {
  if (BALANCE.test(folded) || SHARE_OF_TOTAL.test(folded)) return true;
  if ((STAT_TOTAL.test(folded) || POST_HELD.test(folded)) && !BOUND.test(folded) && !DECISION.test(folded)) return true;
  // (The cap's own figure is the clause's only one: «… ۲۵۰ میلیارد ریال اعتبار در نظر گرفته که سقف وام هر طرح …» binds.)
  const figures = folded.match(/ریال|تومان/g)?.length ?? 0;
  if (
    figures <= 1 &&
    PER_UNIT_CAP.test(folded) &&
    !CAP_CHANGED.test(folded) &&
    !BOUND.test(folded) &&
    !DECISION.test(folded)
  )
    return true;
  if (money === 0 && TOPIC_ANNOUNCED.test(folded) && !FUTURE_OR_DUTY.test(folded)) return true;
  if (PAID_TO_DATE.test(folded) && !FUTURE_OR_DUTY.test(folded)) return true;
  if (kind === 'minutes' && READY_THIRD.test(folded) && !DECISION.test(folded) && !BOUND.test(folded)) return true;
  if (money === 0 && offerOnly(folded)) return true;
  if (
    money === 0 &&
    (FORECAST.test(folded) || NEXT_MEETING.test(folded)) &&
    !BOUND.test(folded) &&
    !DECISION.test(folded)
  )
    return true;
  if (FUTURE_OR_DUTY.test(folded)) return false;
  return (
    money === 0 &&
    (EVERY.test(folded) || SERVICES.test(folded) || FOLLOWED_UP.test(folded) || FAVOURABLE_WORD.test(folded))
  );
}
