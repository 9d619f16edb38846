/**
 * Sentence patterns the statement rules read (statements.ts): verbs of payments reported or set
 * aside, periods reported on, officials who tell, habits, problems and decisions. All run on
 * folded text (fold.ts). Pure.
 */
import { WB_END } from '../boundary.ts';

// A list item that decides («… بررسی قرار گیرد», «… ادامه یابد», «… تصویب گردید», «… انتخاب شدند»).
export const ITEM_DECISION =
  /(?:گردد|شود|گیرد|گردند|شوند|نماید|نمایند|کند|کنند|یابد|یابند|دهد|دهند|تصویب\s+(?:شد|گردید)|انتخاب\s+(?:شد|شدند|گردید|گردیدند))\s*[.،]?\s*$/;

// A payment or allocation reported as done, at the clause's end.
export const PASSIVE_DONE =
  /(?<!(?:خواهد|خواهند)\s*)(?:شده\s*(?:است|اند)?|شد|گردید|گردیده|یافته\s*(?:است)?|یافت)\s*[.،]?\s*$/;
// «… اعتبار اختصاص داده شده است، گفت», «… اعتبارات تخصیص داده می‌شود»: money paid or to be paid
// in the passive, with no payer, wherever it stands in the clause.
export const PASSIVE_PAYMENT =
  /(?:پرداخت|اختصاص|تخصیص|اعطا|واریز)\s*(?:داده\s*)?(?:شده|شد|گردید|گردیده|یافته|یافت|می\s*شود|میشود|می\s*گردد)(?=[\s.،]|$)/;
// «… مبلغ X … اختصاص یافته است»: money allocated in the passive.
export const PASSIVE_ALLOCATION = /(?:اختصاص|تخصیص)\s*(?:داده\s*)?(?:یافت|یافته|شد|شده|گردید|گردیده)(?=[\s.،]|$)/;
// «… اعتبار طرح‌ها تصویب شد»: an approval, and the verbs of a payer it lacks.
export const CREDIT_APPROVED = /(?:تصویب\s*(?:شد|گردید)|به\s+تصویب\s+رسید)/;
export const PAYER_VERB = /پرداخت|اختصاص|تخصیص|اعطا|واریز|تزریق|ضمانت|تامین|ارائه|ارایه/;
// Counted to date: «تاکنون …».
export const TO_DATE = /(?:^|\s)(?:تاکنون|تا\s+کنون|تا\s+به\s+حال|تا\s+به\s+امروز)(?:\s|$)/;
// «… به این صندوق‌ها کمک کرده است», «… طرح را با ۲ هزار میلیارد ریال تسهیلات حمایت کرده است», «… طرح را
// به مبلغ X تامین مالی کرده است»: help, support or financing, counted when it is money.
// «شهرداری ۱۵ میلیارد ریال برای نظافت ساحل هزینه کرده», «اداره کل X ۱۰ میلیارد ریال برای این مدرسه
// ابلاغ کرده»: a body's money spent, invested or notified to a project.
// «سازمان ۲۲ میلیارد ریال از اعتبارات خود را صرف خرید نردبان کرده است»: money spent on a purpose.
export const HELP =
  /(?:کمک|حمایت|تامین\s+مالی|تأمین\s+مالی|هزینه|سرمایه\s*گذاری|ابلاغ)\s*(?:می\s*)?(?:کرد|کرده|کند|کنند|نمود|نموده|خواهد|کردند|نمودند)|(?:^|\s)صرف\s+(?!نظر)[^.]{1,80}?\s(?:می\s*)?(?:کرد|کرده|کند|کنند|نمود|نموده|نماید|خواهد|خواهند|کردند|نمودند)(?=[\s.،]|$)/;
// A first-person offer: «… ضمانت می‌کنیم», «وام … داریم».
export const OFFER = /(?:^|\s)(?:می\s*\S+یم|خواهیم|داریم)(?=[\s.،]|$)/;
// «… ۲۰ هزار میلیارد تومان … در نظر گرفته شده است», «بانک X ۱۲ میلیارد ریال وام … در نظر گرفته است», «با پرداخت ۹۵ میلیارد تومان تسهیلات …»,
// «شهرداری … ۲۸ میلیارد ریال در بودجه پیش‌بینی کرده» (or «… در بودجه اصلاحی منظور کرده است»), «با سرمایه‌گذاری X میلیارد ریال … اجرا کرده»,
// «تسهیلات … به مبلغ X اخذ و … توزیع شد», «سرمایه‌گذاری ۹۰ میلیارد تومانی پیش‌بینی کردیم»:
// money set aside or paid, in words the payment cues leave out; counts only with an amount.
export const MONEY_SET_ASIDE =
  /در\s*نظر\s*گرفته\s*(?:شد|شده|می\s*شود|است|اند|ایم)|پیش\s*بینی\s*(?:کردیم|کرده\s*ایم|کرده|کرد|شده\s*است|شد)(?:\s|[.،]|$)|(?:^|\s)با\s+(?:پرداخت|اعطای|تخصیص|سرمایه\s*گذاری)\s|(?:اخذ|دریافت)\s+و\s|(?<!(?:^|\s)به\s)(?:^|\s)منظور\s*(?:کرده|کرد|کردیم|کردند|نموده|نمود|شده|شد|گردیده|گردید|می\s*شود|می\s*کند|خواهد|خواهند)(?=[\s.،]|$)/;
// «از ابتدای سال», «از ابتدای امسال»: counted since the year began.
export const SINCE_NEW_YEAR = /از\s+ابتدای\s+(?:سال|امسال)(?:\s|$)/;
// A period reported on: «سال گذشته», «از ابتدای سال جاری», «تاکنون».
export const PAST_PERIOD =
  /(?:سال|ماه|هفته)\s+(?:گذشته|قبل|پیش)|از\s+ابتدای\s+(?:سال|امسال)|تاکنون|تا\s+کنون|تا\s+به\s+امروز/;
// An official who reports («استاندار», «فرماندار»), not a body that pays.
export const OFFICIAL = new RegExp(
  `^(?:استاندار|فرماندار|شهردار|بخشدار|وزیر|معاون|مدیرکل|مدیر\\s+کل|رئیس|رییس)${WB_END}`,
);
// What happens every year, or on average: a statistic.
export const HABITUAL = /(?:^|\s)(?:سالانه|سالیانه|هر\s+ساله|هر\s+سال|به\s+طور\s+(?:متوسط|میانگین))(?:\s|$)/;
// «X نیز به موضوع … اشاره و عنوان نمودند که …»: a speech reported in a list item is no decision.
export const REPORTED_SPEECH = /(?:عنوان|اشاره|اظهار|بیان)\s*(?:نمودند|نمود|کرد|کردند|داشت|داشتند)(?:\s|$)/;
// A problem or a wish voiced in a list item.
export const PROBLEM = /متاسفانه|متأسفانه|علیرغم|علی\s*رغم|درخواست|مشکل|(?:^|\s)(?:نیست|نیستند|ندارد|ندارند)(?:\s|$)/;

// A decision of the meeting («مقرر شد», «مصوب شد»): binding even when it names no body. «… در سقف
// اعتباری شعبه مصوب شده» is a state told by a speaker, not the meeting's decision.
export const DECISION =
  /(?:^|\s)(?:مقرر\s*(?:و\s*مصوب\s*)?(?:شد|گردید)|مصوب\s*(?:و\s*مقرر\s*)?(?:شد|گردید)(?!ه)|به\s+تصویب\s+رسید)/;

// An act told in the future or the present («… خواهد شد», «… می‌کند»), not in the subjunctive.
export const FUTURE_ACT = /(?:خواهد|خواهند|خواهیم|می\s*شود|میشود|می\s*کند|میکند)/;

// «آقای جمالی (شهردار دیلم):», «نماینده بانک ملی:»: a dialogue line's speaker tag before its colon.
export const SPEAKER_TAG = /^[^:()\n.]{2,60}(?:\([^()\n]{2,80}\))?\s*:/;
