/**
 * Verb families that make a clause a commitment, and the ones that make it a request, a hope
 * or a statistic instead (commitments-gold.md). Patterns run on folded text (fold.ts: ي/ك
 * folded, آ→ا, ZWNJ → space, digits ASCII). Pure.
 */
import { LETTER } from '../fold.ts';

/** What kind of promise a clause carries. */
export type CueKind = 'payment' | 'obligation' | 'pledge' | 'agreement' | 'action';

const W = `(?![${LETTER}])`;
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
      `(?:پرداخت|اختصاص|تخصیص|اعطا|واریز|تزریق|ضمانت|تامین|تأمین|جذب)\\s*(?:${DO}|${BECOME}|${GIVE})${W}|` +
        `(?:وام|تسهیلات|اعتبار|کمک|یارانه|بلاعوض)\\s*(?:${GIVE})${W}|(?:به|در)\\s+(?:خود\\s+)?اختصاص\\s+(?:داده|داد)|کمک\\s*(?:${DO})${W}|(?:تسهیلات|وام|اعتبار)\\S*\\s+(?:[^.،]{0,40}\\s)?(?:دریافت|اخذ)\\s*(?:${DO}|${BECOME})${W}|` +
        `(?:پرداخت|اعطای|تخصیص)\\s+(?:[^.،]{0,60}\\s)?(?:تسهیلات|وام|اعتبار)|(?:تسهیلات|وام|اعتبار)\\S*\\s+[^.]{0,80}(?:پرداخت|تخصیص|اعطا|تصویب)\\s*(?:${BECOME}|${DO})${W}|` +
        `(?:تسهیلات|وام|اعتبار)\\S*\\s+[^.]{0,80}(?:پرداخت|تخصیص|اعطا)\\s*(?:و\\s|،)`,
    ),
  ],
  // Bound to act: decisions, duties, assignments.
  [
    'obligation',
    new RegExp(
      `مقرر\\s*(?:و\\s*مصوب\\s*)?(?:شد|گردید|شده|است)|مصوب\\s*(?:و\\s*مقرر\\s*)?(?:شد|گردید)|به\\s+تصویب\\s+رسید|موظف|مکلف|ملزم|مامور\\s+(?:شد|گردید|است)|` +
        `بر\\s*عهده\\s+(?:گرفت|دارد|گرفته|است|خواهد)|(?:با|به)\\s+مسئولیت\\s|تقبل\\s*(?:${DO})|دستور\\s+(?:[^.]{0,60}\\s)?(?:${GIVE}|صادر)|قرار\\s+(?:شد|است)\\s`,
    ),
  ],
  // Promises.
  [
    'pledge',
    new RegExp(
      `متعهد\\s*(?:شد|گردید|است|هستیم|میشود|شده)|تعهد\\s*(?:${DO}|${GIVE})|قول\\s+(?:مساعد\\s+)?(?:${GIVE})|قول\\s+(?:و\\s+وعده|را)|وعده\\s*(?:${GIVE})|` +
        `اعلام\\s+امادگی|امادگی\\s+(?:[^.]{0,80}\\s)?(?:را\\s+)?(?:دارد|داریم|دارند|دارم)|خواهیم\\s+(?:داد|کرد|پرداخت|ساخت)|(?:${MI}پردازیم)${W}`,
    ),
  ],
  // Signed agreements and the obligations they carry.
  [
    'agreement',
    /(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد|توافق(?:های|ات)?)\s*[^.]{0,160}(?:امضا|منعقد|انعقاد|مبادله|صورت\s+گرفته|انجام\s+شده|داریم|بر\s+اساس)|(?:امضا|انعقاد)\s+(?:[^.]{0,40}\s)?(?:تفاهم\s*نامه|توافق\s*نامه|قرارداد)/,
  ],
  // A named party that will build, open, run or create (future or progressive).
  [
    'action',
    new RegExp(
      `(?:ایجاد|احداث|اجرا|راه\\s*اندازی|افتتاح|ساخته|تکمیل|بازسازی|همکاری|حمایت|پیگیری)\\s*(?:${MI}(?:شود|شوند|کند|کنند|نماید)|خواهد\\s+(?:شد|کرد)|خواهند\\s+(?:شد|کرد))${W}|` +
        `در\\s+دستور\\s+کار\\s+(?:[^.]{0,20})?قرار\\s+(?:داده|داد|گرفت)|هدف\\s*گذاری\\s*(?:${DO})|تنها\\s+نمی\\s*گذار`,
    ),
  ],
];

// Requests, appeals, hopes, wishes and proposals are not commitments.
const NOT_COMMITMENT = new RegExp(
  `(?<![${LETTER}])(?:خواستار|درخواست\\s+(?:کرد|نمود|داریم|دارد|شد|می)|انتظار\\s+(?:می\\s*رود|داریم|داشت)|امیدواریم|امیدوار\\s+(?:است|هستیم|بود)|امید\\s+است|پیشنهاد\\s+(?:کرد|داد|می|شد)|تقاضا\\s+(?:کرد|شد|داریم)|لازم\\s+است|ضروری\\s+است|ضرورت\\s+دارد|نیازمند|می\\s*طلبد|بایستی\\s+تلاش|باید\\s+(?:تلاش|کمک))(?![${LETTER}])|[?؟]`,
);

/** The commitment kind of a folded clause, or null when it carries none (or is a request). */
export function commitmentCue(folded: string): CueKind | null {
  if (NOT_COMMITMENT.test(folded) && !/موظف|مکلف|ملزم|مقرر/.test(folded)) return null;
  for (const [kind, re] of CUES) if (re.test(folded)) return kind;
  return null;
}

/** A clause speaking in the first person (the speaker's body is the party). */
export function firstPerson(folded: string): boolean {
  return /(?:^|\s)(?:ما|بنده|من|اینجانب)(?:\s|$)|(?:کرده|داده|نموده)\s*ایم|(?:یم|ایم)(?=[\s.،]|$)|(?:داریم|میکنیم|می\s+کنیم|کنیم|دهیم|خواهیم)/.test(
    folded,
  );
}
