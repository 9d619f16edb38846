/**
 * Verb families that make a clause a commitment, and the ones that make it a request, a hope
 * or a statistic instead (commitments-gold.md). Patterns run on folded text (fold.ts: ي/ك
 * folded, آ→ا, ZWNJ → space, digits ASCII). Pure.
 */
import { L } from '../boundary.ts';

/** What kind of promise a clause carries. */
export type CueKind = 'payment' | 'obligation' | 'pledge' | 'agreement' | 'action';

const W = `(?![${L}])`;
// «می‌کند», «میکند», «می کند»; «نموده», «کرده‌ایم».
const MI = '(?:می\\s*)?';
const DO = `(?:${MI}(?:کند|کنند|کنیم|نماید|نمایند|نماییم)|کرد(?:ه)?(?:\\s*(?:است|اند|ایم|بود))?|کردند|کردیم|نمود(?:ه)?(?:\\s*(?:است|اند|ایم))?|نمودند|نمودیم|خواهد\\s+کرد|خواهند\\s+کرد|خواهیم\\s+کرد)`;
const BECOME = `(?:${MI}(?:شود|شوند|گردد|گردند)|شد(?:ه)?(?:\\s*(?:است|اند|بود))?|شدند|گردید(?:ه)?(?:\\s*است)?|خواهد\\s+شد|خواهند\\s+شد|یافت(?:ه)?(?:\\s*است)?|${MI}یابد)`;
const GIVE = `(?:${MI}(?:دهد|دهند|دهیم)|داد(?:ه)?(?:\\s*(?:است|اند|ایم))?|دادند|دادیم|خواهد\\s+داد|خواهند\\s+داد|خواهیم\\s+داد)`;

const CUES: [CueKind, RegExp][] = [
  // Money paid, allocated, lent, granted, guaranteed.
  [
    'payment',
    new RegExp(
      `(?:پرداخت|اختصاص|تخصیص|اعطا|واریز|تزریق|ضمانت|تامین|تأمین)\\s*(?:${DO}|${BECOME}|${GIVE})${W}|` +
        `(?:وام|تسهیلات|اعتبار|کمک|یارانه|بلاعوض)\\s*(?:${GIVE})${W}|(?:به|در)\\s+(?:خود\\s+)?اختصاص\\s+(?:داده|داد)|(?:تسهیلات|وام|اعتبار)\\S*\\s+(?:[^.،]{0,40}\\s)?(?:دریافت|اخذ)\\s*(?:${DO}|${BECOME})${W}|` +
        `(?:^|\\s)از\\s+(?:پرداخت|اعطای|تخصیص|اختصاص)\\s+[^.]{0,160}خبر\\s+(?:داد|دادند)|میزان\\s+(?:پرداخت|تخصیص|اعطای)\\s+(?:تسهیلات|وام|اعتبار)|` +
        `(?:میزان|مبلغ|سقف)\\s+(?:تسهیلات|اعتبار|وام)[^.]{0,120}\\s+را\\s+[^.]{0,60}(?:تومان|ریال)\\s+اعلام\\s+(?:کرد|نمود)|(?:تسهیلات|وام|اعتبار)\\S*\\s+[^.]{0,80}(?:پرداخت|تخصیص|اعطا|تصویب)\\s*(?:${BECOME}|${DO})${W}|` +
        `(?:تسهیلات|وام|اعتبار)\\S*\\s+[^.]{0,80}(?:پرداخت|تخصیص|اعطا)\\s*(?:و\\s|،)|` +
        // «تسهیلات … ارائه شده است», «خدماتی که بانک X ارائه خواهد کرد», «تسهیلات آنها آماده پرداخت است».
        `(?:تسهیلات|وام|اعتبار|خدمات)\\S*\\s+(?:(?!گزارش)[^.]){0,120}(?:ارائه|ارایه)\\s*(?:${DO}|${BECOME})${W}|(?:تسهیلات|وام|اعتبار)\\S*\\s+[^.]{0,40}اماده\\s+پرداخت|` +
        // Loan terms offered: «تسهیلات … تا سقف ۱۰۰ میلیون تومان با کارمزد ۴ درصد».
        `(?:تسهیلات|وام)\\S*\\s+[^.]{0,160}تا\\s+سقف\\s+[^.]{0,40}(?:تومان|ریال)\\S*\\s+(?:و\\s+)?با\\s+(?:کار\\s*مزد|سود|نرخ|بازپرداخت)`,
    ),
  ],
  // Bound to act: decisions, duties, assignments.
  [
    'obligation',
    new RegExp(
      `مقرر\\s*(?:و\\s*مصوب\\s*)?(?:شد|گردید|شده|است)|مصوب\\s*(?:و\\s*مقرر\\s*)?(?:شد|گردید)|به\\s+تصویب\\s+رسید|موظف|مکلف|ملزم|مامور\\s+(?:شد|گردید|است)|` +
        `بر\\s*عهده\\s+(?:[^.]{0,60}\\s)?(?:گرفت|دارد|گرفته|است|خواهد|میباشد|می\\s+باشد)|نسبت\\s+به\\s+[^.]{0,200}اقدام\\s*(?:نماید|نمایند|کند|کنند|خواهد|خواهند)` +
        `|(?:با|به)\\s+مسئولیت\\s|تقبل\\s*(?:${DO})|دستور\\s+(?:[^.]{0,60}\\s)?(?:${GIVE}|صادر)|(?<!اگر\\s)قرار\\s+شد(?:ه\\s+است)?\\s`,
    ),
  ],
  // Promises.
  [
    'pledge',
    new RegExp(
      `متعهد\\s*(?:شد|گردید|است|هستیم|میشود|شده)|قول\\s+مساعد|تعهد\\s*(?:${DO}|${GIVE})|قول\\s+(?:مساعد\\s+)?(?:${GIVE})|قول\\s+(?:و\\s+وعده|را)|وعده\\s*(?:${GIVE})|` +
        `اعلام\\s+امادگی|(?:^|\\s)در\\s+تعهد\\s|امادگی\\s+(?:خود|خودمان|کامل)\\s|پرداختی\\s+(?:داشته|داشت|دارد|داریم)|(?:^|\\s)(?:بنا|قصد|در\\s+نظر)\\s+(?:داریم|دارد|دارند)${W}|امادگی\\s+(?:[^.]{0,80}\\s)?(?:را\\s+)?(?:دارد|داریم|دارند|دارم)|خواهیم\\s+(?:داد|کرد|پرداخت|ساخت)|(?:${MI}پردازیم)${W}|` +
        // «ظرفیت‌های خود را در اختیار قرار داده است», «از اجرای طرح X توسط Y خبر داد»: a body
        // that puts its means at a programme's service, or runs it.
        `در\\s+اختیار\\s+(?:[^.]{0,40}\\s)?قرار\\s+(?:داده|داد|${MI}دهد|${MI}دهند|خواهد|خواهند)${W}|` +
        `(?:^|\\s)از\\s+(?:اجرای|ایجاد|احداث|راه\\s*اندازی)\\s+[^.]{0,200}\\s(?:توسط|از\\s+سوی)\\s[^.]{0,80}خبر\\s+(?:داد|دادند|داده)`,
    ),
  ],
  // Signed agreements and the obligations they carry.
  [
    'agreement',
    /(?:تفاهم\s*نامه|توافق\s*نامه|توافق(?:های|ات)?)\s*[^.]{0,400}(?:امضا|منعقد|انعقاد|مبادله|صورت\s+گرفته|انجام\s+شده|داریم|بر\s+اساس)|قرارداد\S*\s+[^.]{0,80}(?:امضا|منعقد|انعقاد|مبادله)\s+(?:شد|گردید|کرد|رسید)|(?:امضا|انعقاد)\s+(?:[^.]{0,40}\s)?(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)/,
  ],
  // A named party that will build, open, run or create (future or progressive).
  [
    'action',
    new RegExp(
      `(?:ایجاد|احداث|اجرا|راه\\s*اندازی|افتتاح|ساخته|تکمیل|بازسازی|همکاری|حمایت|پیگیری)\\s*(?:${MI}(?:شود|شوند|کند|کنند|نماید)|خواهد\\s+(?:شد|کرد)|خواهند\\s+(?:شد|کرد))${W}|` +
        `اجرایی\\s+(?:خواهد|خواهند)\\s+شد|` +
        `در\\s+دستور\\s+کار\\s+(?:[^.]{0,20})?قرار\\s+(?:داده|داد|گرفت)|تنها\\s+نمی\\s*گذار`,
    ),
  ],
];

// Requests, appeals, hopes, wishes and proposals are not commitments.
const NOT_COMMITMENT = new RegExp(
  `(?<![${L}])(?:خواستار|درخواست\\s+(?:کرد|نمود|داریم|دارد|شد|می)|انتظار\\s+(?:می\\s*رود|داریم|داشت)|امیدواریم|امیدوار\\s+(?:است|هستیم|بود)|امید\\s+است|پیشنهاد\\s+(?:کرد|داد|می|شد)|تقاضا\\s+(?:کرد|شد|داریم)|لازم\\s+است|ضروری\\s+است|ضرورت\\s+دارد|نیازمند|می\\s*طلبد|بایستی\\s+تلاش|باید\\s+(?:تلاش|کمک)|خواهش|درخواستی|درخواست\\s+بعدی|تقاضای|خواست|(?:به\\s*شرح|موارد)\\s+(?:ذیل|زیر)|رتبه\\s+(?:اول|نخست|دوم|سوم)|نشان\\s*می\\s*دهد|از\\s+نگاه)(?![${L}])|[?؟]|^با\\s+(?:تسهیلات|اعتبارات|وام)(?:ی|های)?\\s+که`,
);

// «باید»: a duty only with a deadline («بانک‌ها باید تا دهم تیر گزارش دهند»); else advice.
const MUST = new RegExp(`(?<![${L}])(?:باید|بایستی|بایست)(?![${L}])`);
const FIXED_TIME = /(?:ظرف|در\s+عرض|حداکثر\s+تا|تا\s+(?:پایان|اخر|\d|[^\s]+م\s))/;

/** Whether a folded clause is a request, appeal, hope, proposal or advice rather than a promise. */
export function isRequest(folded: string): boolean {
  if (/موظف|مکلف|ملزم|مقرر/.test(folded)) return false;
  return NOT_COMMITMENT.test(folded) || (MUST.test(folded) && !FIXED_TIME.test(folded));
}

// «اعتباری … تخصیص داده نشده است»: a payment denied is a complaint, not a commitment.
const DENIED = new RegExp(
  `(?:اختصاص|تخصیص|پرداخت|اعطا|واریز)\\s*(?:داده\\s*)?(?:نشده|نشد|نکرده|نکرد|نکردند|نمی\\s*شود|نمیشود|نمی\\s*کند|نمیکند)(?![${L}])`,
);
// A promise in so many words («قول داد», «اعلام آمادگی می‌کنیم»): inside a long speech it holds
// even when the speaker also asks something of others in the same sentence.
const EXPLICIT_PLEDGE = /قول\s+(?:و\s+وعده|مساعد)|متعهد\s*(?:شد|گردید|است|هستیم|میشود|شده)|اعلام\s+امادگی/;

// «… گزارش آخرین وضعیت تسهیلات … ارائه نمودند»: a report presented to a meeting.
const REPORT_PRESENTED = new RegExp(`گزارش\\S*\\s[^.]{0,300}(?:ارایه|تقدیم)\\s*(?:نمود|نمودند|کرد|کردند|شد|گردید)${W}`);

// «این بنیاد خود را در کنار دولت … مکلف می‌داند»: how a body sees itself, not a duty it took on.
const SELF_VIEW = new RegExp(
  `(?:خود|خویش)\\s+را\\s+[^.]{0,100}(?:مکلف|موظف|متعهد|ملزم)\\s*(?:می\\s*)?(?:داند|دانیم|دانند)${W}`,
);

// «سرمایه صندوق‌ها ۵۱ درصد از محل … و ۴۱ درصد از محل دولت تامین می‌شود»: how funding is split is a statistic.
const FUNDING_SHARES =
  /\d+\s*درصد\s+(?:ان\s+)?از\s+(?:محل|سوی|طرف)\s[^.]{0,120}(?:تامین|پرداخت)\s*(?:می\s*)?(?:شود|شد|گردد|میشود)/;

// «توافق‌نامه‌هایی با وزارتخانه‌های ذیربط امضا شده است»: agreements in the plural with bodies
// in the plural name no party; a report.
const AGREEMENTS_WITH_MANY = new RegExp(
  `(?:توافق|تفاهم)\\s*نامه\\s*(?:ها|های)\\S*\\s[^.]{0,40}?با\\s+(?:وزارتخانه|دستگاه|سازمان|نهاد|بانک|ارگان)\\S*\\s*(?:ها|های)${W}`,
);
// «… تلاش خواهیم کرد», «سعی می‌کنیم»: an effort, not a promise; «اگر بتوانیم …»: a hypothesis.
const EFFORT = new RegExp(
  `(?<![${L}])(?:(?:تلاش|سعی|کوشش)\\s+(?:خواهیم|خواهد|خواهند|می\\s*کنیم|میکنیم|می\\s*کند|میکند)|اگر\\s+(?:بتوانیم|بتوانند|بتواند|بشود|امکان\\s+باشد))${W}`,
);

/** The commitment kind of a folded clause, or null when it carries none (or is a request). */
export function commitmentCue(folded: string): CueKind | null {
  if (
    DENIED.test(folded) ||
    REPORT_PRESENTED.test(folded) ||
    SELF_VIEW.test(folded) ||
    FUNDING_SHARES.test(folded) ||
    AGREEMENTS_WITH_MANY.test(folded) ||
    (EFFORT.test(folded) && !EXPLICIT_PLEDGE.test(folded))
  )
    return null;
  if (isRequest(folded) && !(folded.length > 200 && EXPLICIT_PLEDGE.test(folded))) return null;
  for (const [kind, re] of CUES) if (re.test(folded)) return kind;
  return null;
}

/** A clause speaking in the first person (the speaker's body is the party). */
export function firstPerson(folded: string): boolean {
  return /(?:^|\s)(?:ما|بنده|من|اینجانب)(?:\s|$)|(?:کرده|داده|نموده)\s*ایم|(?:یم|ایم)(?=[\s.،]|$)|(?:داریم|میکنیم|می\s+کنیم|کنیم|دهیم|خواهیم)/.test(
    folded,
  );
}
