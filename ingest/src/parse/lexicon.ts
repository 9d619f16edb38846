/**
 * The parser's word lists, in one place. Each list is a family of words the parsers share
 * (body heads, role heads, words that continue a name, stop words of a subject phrase); the
 * person data (titles, given names, speech verbs) lives in ./data/persons.ts and is re-exported
 * here, so parsers import every word list from this module. Words are written as in running
 * text; {@link foldedSet} folds them for lookups. Pure.
 */
import { fold } from './fold.ts';

export {
  GIVEN_NAMES,
  NAME_PREFIXES,
  PHRASE_STOPS,
  ROLE_HEADS,
  SINGLE_INCUMBENT,
  SPEECH_VERBS,
  TITLES,
} from './data/persons.ts';

/** A set of folded words from a space-separated list. */
export function foldedSet(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => fold(w)),
  );
}

/** Words that start a body's name (institutions, councils, offices) in a resolution's subject. */
export const BODY_HEAD_WORDS =
  'کمیسیون کارگروه قرارگاه فرمانداری فرمانداران فرماندار شهرداری شهرداریها شرکت اداره ادارات دبیرخانه مدیر مدیریت ' +
  'مدیران معاونت معاون نماینده نمایندگان بانک صندوق سازمان بنیاد کمیته ستاد شورای شوراهای دفتر دفاتر هلال بهزیستی ' +
  'مسئولین مسئول رئیس رییس انجمن جهاد دانشگاه سپاه دستگاههای دستگاه شبکه وزارت وزارتخانه هیات هیئت هیأت موسسه ' +
  'مؤسسه اتحادیه اتاق دانشکده مجمع کانون فرماندهی دادستانی دادگستری بیمارستان پلیس گمرک یگان';

/** Institutions named by one word: a new body may start right after them («فرمانداری شرکت …»). */
export const ONE_WORD_BODY_WORDS =
  'فرمانداری فرمانداریها فرمانداران شهرداران بخشداران دهیاران استانداری شهرداری شهرداریها بخشداری بخشداریها ' +
  'دهیاری دهیاریها بهزیستی دادگستری دادستانی';

/** Named bodies without a head word, written as several words («صدا و سیما»). */
export const NAMED_BODIES = [
  'صدا و سیما',
  'صداوسیما',
  'نیروی انتظامی',
  'آموزش و پرورش',
  'روابط عمومی',
  'حراست',
  'جمعیت هلال احمر',
];

/** Words right before a body head that make the body a complement, not the subject («برای تعیین شورای …»). */
export const COMPLEMENT_LEADS = foldedSet(
  // «با ایجاد دانشکده پرستاری … موافقت شد»: a body being set up is what is decided, not who acts.
  'برای جهت تعیین جلسات جلسه تشکیل انتخاب مصوبه مصوبات عضو ایجاد تاسیس تأسیس احداث',
);

/** Person roles that head a responsible party («شهردار یزد», «اعضای شورا», «وزرای ذیربط»). */
export const PARTY_ROLE_WORDS =
  'شهردار استاندار فرماندار بخشدار دهیار وزیر وزرای وزرا سرپرست معاون معاونین رئیس رییس ریاست روسای رؤسای مدیرکل ' +
  'مدیر مدیرعامل مدیران دبیر منشی خزانه خزانه‌دار اعضای اعضا اعضاء نماینده نمایندگان دادستان مسئول مسئولین مشاور';

/** Heads whose complement can itself be coordinated: «نمایندگان شهرداری و فرمانداری» is one party. */
export const DISTRIBUTIVE_HEAD_WORDS = 'نماینده نمایندگان مدیران روسای رؤسای اعضای اعضا مسئولین کارشناسان';

/**
 * Words that continue a body's or role's name after its inner «،» («تعاون، کار و رفاه
 * اجتماعی», «صنعت، معدن و تجارت», «ورزش و جوانان»).
 */
export const NAME_GOES_ON_WORDS =
  'کار معدن تجارت فرهنگی اجتماعی امنیتی سلامت رفاه زنان خانواده ورزش جوانان گردشگری صنایع درمان';

/** Quantifiers before a party that are not part of its name («کلیه دستگاهها», «تمامی اعضا»). */
export const PARTY_QUANTIFIERS = foldedSet('کلیه تمامی تمام همه');

/** Words that end a subject phrase. */
export const SUBJECT_STOP_WORDS =
  'نسبت با در جهت به برای ضمن از را تا که نیز هم پس ظرف طی بر جلسه اقدام پیگیری گزارش بررسی مبنی درباره پیرامون هر بصورت مشروط';

/** Nouns that start the object of a decision rather than continuing the body's name. */
export const OBJECT_NOUN_WORDS =
  'طرح نتیجه نتایج موضوع اقدامات مراتب تمهیدات پیشنهاد لایحه فهرست لیست گزارشات برنامه برنامههای ' +
  // Action nouns that open the object after a named body («… با همکاری اتاق اصناف نظارت بر …»).
  'نظارت بازرسی پیگیری واکسیناسیون علل علت دلایل تسهیلات عملیات ' +
  // Documents a body prepares («دفتر فنی دانشگاه نقشه‌های طرح را نهایی کند»).
  'نقشه نقشه‌ها نقشه‌های نقشههای مدارک اسناد ' +
  // Case files and estimates («واحد حقوقی صندوق پرونده ۱۴ بدهکار را …», «دهیاری برآورد هزینه را …»).
  'پرونده پرونده‌ها پرونده‌های پروندههای برآورد';

/**
 * Words after which a body head belongs to the same body («حوزه مدیریت», «هیات رئیسه
 * سازمان», «مدیران شعب بانکهای عامل», «شورای هماهنگی بانکها»).
 */
export const SAME_BODY_LEADS =
  'حوزه کل محترم و با از در جناب آقای اقای عضو امور ذیل زیر تابعه زیرمجموعه عامل شعب شعبه هماهنگی رئیسه رییسه ' +
  'مدیره امنا امنای توسعه';
