/** Word classes of body names: place keys, head words, stop words, verbs and qualifiers. Pure. */
import { PROVINCES } from '../data/gazetteer.ts';
import { compactKey, fold } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';

// Compact keys of province and county names (all spellings): place qualifiers of a body.
export const PLACE_KEYS = new Set<string>(['کشور', 'ایران']);
for (const p of PROVINCES) {
  for (const n of [p.name, ...p.variants]) PLACE_KEYS.add(compactKey(n));
  for (const spec of p.counties) for (const n of spec.replace(/^\?/, '').split('|')) PLACE_KEYS.add(compactKey(n));
}
// Compact keys of county names that are not also a province's name (a county office stays apart).
export const COUNTY_KEYS = new Set<string>();
for (const p of PROVINCES)
  for (const spec of p.counties)
    for (const n of spec.replace(/^\?/, '').split('|'))
      if (!PROVINCES.some((q) => compactKey(q.name) === compactKey(n))) COUNTY_KEYS.add(compactKey(n));
// Single words of place names («آذربایجان», «غربی»), for names cut into words.
export const PLACE_WORD_KEYS = new Set<string>();
for (const p of PROVINCES)
  for (const n of [p.name, ...p.variants]) for (const w of fold(n).split(/\s+/)) PLACE_WORD_KEYS.add(w);

/**
 * A word's key for the word classes below: folded, with the ZWNJ inside a compound written
 * together («گفت‌وگوی» is one word, not «گفت» then «وگوی»; «می‌شود» is «میشود»).
 */
export function wordKey(w: string): string {
  return fold(w).replace(/\s+/g, '');
}

/**
 * The words of a name's continuation: split at spaces only, a ZWNJ stays inside its word; an «و»
 * glued to a field word of a name is a word of its own («راه وشهرسازی», «صنعت ومعدن وتجارت»).
 */
export function nameWords(rest: string): string[] {
  return rest
    .split(/\s+/)
    .map((w) => w.replace(/^\u200c+|\u200c+$/g, ''))
    .filter((w) => w !== '')
    .flatMap((w) => (/^و[^\s]{3,}$/.test(w) && AND_CONTINUES.has(wordKey(w.slice(1))) ? ['و', w.slice(1)] : [w]));
}

// Multi-word agency names that are complete bodies without a head noun.
export const AGENCIES =
  'صمت|صدا\\s*و\\s*سیما|اوقاف\\s+و\\s+امور\\s+خیریه|ثبت\\s+اسناد\\s+و\\s+املاک|فرهنگ\\s+و\\s+ارشاد\\s+اسلامی|امور\\s+آب(?!\\s+و\\s+خاک)|فنی\\s+و\\s+حرفه\\s*ای|آموزش\\s+و\\s+پرورش|تامین\\s+اجتماعی|تأمین\\s+اجتماعی|منابع\\s+طبیعی|محیط\\s+زیست|راه\\s+و\\s+شهرسازی|نیروی\\s+انتظامی|دادگستری|آبفا|دامپزشکی|ثبت\\s+احوال|مخابرات|تعزیرات\\s+حکومتی';
// «دبیرخانه» counts as a body only for inter-agency groups that have no staff of their own
// (a working group's secretariat is the office that receives reports); a council's
// secretariat is an internal office of the council.
export const HEADS =
  'دبیرخانه\\s+(?:کارگروه|کمیته|ستاد|قرارگاه)|پست\\s+بانک|پلیس\\s+مبارزه\\s+با\\s+مواد\\s+مخدر|راه\\s*آهن(?=\\s+(?:منطقه|جمهوری))|نهاد\\s+کتابخانه\\s*های\\s+عمومی|پلیس(?=\\s+(?:راهور|راه|آگاهی|فتا|امنیت|مهاجرت|گذرنامه|پیشگیری))|فرماندهی\\s+انتظامی|گمرکات|گمرک|خزانه\\s+معین|هی[ئا]ت|نهاد\\s+ریاست\\s+جمهوری|کار\\s+گروه|شورایعالی|دادستانی|دادسرای?|قرارگاه|شورای\\s+اسلامی\\s+شهر|شورای|کارگروه|ستاد|کمیسیون|کمیته\\s+امداد|کمیته|اداره\\s+کل|اداره|استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|سازمان|وزارت|بانک|صندوق|بنیاد|شبکه\\s+(?:بهداشت|دامپزشکی)|مرکز\\s+بهداشت(?=\\s+(?:شهرستان|استان))|صدا\\s*و\\s*سیمای|جهاد\\s+کشاورزی|میراث\\s+فرهنگی|بهزیستی|مرکز\\s+آمار|مجلس\\s+شورای\\s+اسلامی|سپاه|قوه\\s+قضاییه|قوه\\s+قضائیه|شرکت|دفتر|معاونت|کارخانه|هلال\\s+احمر|بنیاد\\s+شهید|دانشگاه|دانشکده|بیمارستان|پارک(?=\\s+علم)|موسسه|مؤسسه|انجمن|اتحادیه|مجمع(?!\\s+عمومی)|اتاق(?=\\s+(?:بازرگانی|اصناف|تعاون))|' +
  AGENCIES;
// Word boundaries are letters only: «،» (U+060C) sits in the Arabic block but ends a word.
export const HEAD_RE = new RegExp(`(?<![${AR_LETTER}])(?:${HEADS})(?![${AR_LETTER}])`, 'g');
export const AGENCY_RE = new RegExp(`^(?:${AGENCIES})$`);

// Tokens after which an organisation name stops.
export const STOP = new Set(
  (
    'در با به از که را برای جهت ضمن نیز هم گفت افزود اظهار تصریح عنوان بیان است بود شد شده می نمی این آن ' +
    'تشکیل برگزار برگزارشد مورخ مورخه روز ساعت پیرامون درباره خبر اعلام تاکید خواست دارد دارند داشت ' +
    'نسبت طی پس اقدام اعضای اعضا مدیران مدیر مدیرکل معاون رئیس رییس حضور توسط تا بر هر همه کلیه سایر ' +
    'مبلغ میزان تسهیلات اعتبارات طرح طرحهای طرح‌های ' +
    'همچنین نظیر مانند یعنی ولی اما زیرا چون اگر باید نباید تاکنون اکنون هنوز بیش بیشتر کمتر حدود جزء جز ' +
    'مبنی باتوجه مورد قرار ذیل فوق مذکور مربوطه ذیربط منتخب خواهد خود ما شما وی او ایشان رأس راس امروز ' +
    'حاضر عصر صبح ظهر شب دیروز فردا بعنوان عنوان اولویت رتبه سهم برشمرد دانست خواند ستود خواستار کرد نمود ' +
    // Words that open the predicate right after a subject body («بانک X موظف است»,
    // «اداره Y گزارشی ارائه کرد», «بانک Z علل عدم تحقق …», «… استان فهرست … را»).
    'موظف موظفند مکلف مکلفند متعهد متعهدند ملزم گزارش گزارشی فهرست ظرف مستمر صورتجلسه علل دلایل کمترین بیشترین ' +
    'متوقف عملکرد پیرو طبق وفق هستند هست نیست نیستند داشته رسید رسیدند پرونده پرونده‌های پروندههای ' +
    // Adverbs and predicate adjectives («تأیید کارگروه حداکثر تا …», «صندوق آماده است»,
    // «شورای فرهنگ عمومی بابت …»).
    'حداکثر حداقل بابت آماده آمادگی موافق مخالف قادر مایل مجاز ' +
    // Manner adverbs and predicate nouns after a subject body («کارگروه X بصورت فوری بررسی»,
    // «شورای مرکزی دستور کار …», «… سازمان تقدیر به عمل آوردند», «ستاد قابل توجیه نیست»,
    // «قرارگاه موجب انسجام شده», «بانک سخت است»).
    'بصورت بطور دستور تقدیر تشکر قدردانی قابل موجب سخت ' +
    // Where a body sits («دبیرخانه کارگروه واقع در …»).
    'واقع مستقر شماره ' +
    // Officials and staff named after a body, and a secretariat after its parent's name.
    'مسئول مسئولین مسئولان کارشناسان کارکنان فرمانداران استانداران بخشداران دهیاران شهرداران دبیرخانه لازم بمنظور ' +
    // Adverbs written with tanvin («دادگستری جمعاً دو نفر», «شورا مجدداً»).
    'جمعا مجددا ضمنا فورا حتما قبلا بعدا اصلا صرفا دقیقا عمدتا نهایتا مستقیما رسما متعاقبا سریعا اخیرا ' +
    // Time adverbs and question words after a subject body («صندوق امسال چه مبلغی …»), and the
    // items a body approves or reviews («کمیسیون موارد زیر را تصویب کرد»).
    'امسال پارسال امشب چه چقدر چگونه چرا موارد ' +
    // Question words closing an interviewer's question («سهم دانشگاه علوم پزشکی چیست؟») and
    // adjectives that describe a body rather than name it («بیمارستان فعلی X», «ساختمان کنونی»).
    'چیست کیست کجاست کدام چیستند فعلی کنونی'
  )
    .split(' ')
    .map(wordKey),
);
// Action nouns that open a predicate after a body's name («… پیگیری لازم», «… تامین اعتبار»); as
// the first word after the head they name the body («کمیته پیگیری …», «شورای تامین …»).
export const ACTION_NOUN = new Set(
  'پیگیری بررسی تامین تأمین پرداخت اجرای اعطای تخصیص ارائه برگزاری تهیه'.split(' ').map(wordKey),
);
// Nouns whose first half is a stop word, written apart or with a ZWNJ the text has turned into a
// space («شورای گفت وگوی …», «جلسه هم اندیشی»): the stop word and what follows it.
export const STOP_COMPOUND: ReadonlyMap<string, RegExp> = new Map([
  [wordKey('گفت'), /^(?:وگوی?|و گوی?) /],
  [wordKey('هم'), /^(?:اندیشی|افزایی) /],
]);
// A word right before one of these is the first half of a compound verb («مطرح شد»,
// «ابلاغ گردد», «راه اندازی می شود»), never the end of a body's name.
export const LIGHT_VERBS = new Set(
  'شد شده شدند شود شوند گردید گردد گردیده گردند کرد کردند کرده کند کنند نمود نمودند نموده نماید نمایند می نمی خواهد داد دادند داده دارد دارند داشته داشتند ندارد ندارند گرفت گرفته گیرد باشد بود'
    .split(' ')
    .map(wordKey),
);
// Verbs written joined, without ZWNJ or space («میشود», «نمیگردد», «میباشد»): the stem
// after «می/نمی» is one of the common (light) verbs. Nouns that begin with «می» (میراث،
// میدان، میزان، میانه) do not continue with these stems.
export const JOINED_VERB =
  /^ن?می(?:شو|شد|گرد|باش|کن|کرد|نما|نمود|ده|داد|گیر|گرفت|رس|گوی|گفت|دار|داشت|یاب|پذیر|خواه|ای|اور|رو|توان|ساز|افز|کوش)/;

// Subjunctive forms of common verbs («… در بانک بماند», «… به سازمان برسد», «شورا بپردازد»): «ب»,
// a present stem, and the third-person ending; no body's name word has this shape.
export const SUBJUNCTIVE = /^ب(?:مان|شو|کن|ده|گیر|رس|یاب|پرداز|ساز|گذار|یای|رو|گرد|نمای|دار|خواه|تو?ان)(?:د|ند)$/;

// The copula does not make a compound verb with the word before it («… شهرداریها میباشد»).
export const COPULA = /^(?:ن?میباش|ن?باشد|ن?باشند|است|بود|بودند|هست|نیست)/;

/** A verb or auxiliary token (folded): a light verb, or any verb written joined with «می». */
export function isVerbToken(f: string): boolean {
  return LIGHT_VERBS.has(f) || JOINED_VERB.test(f) || SUBJUNCTIVE.test(f);
}

// After «و», these words continue the same name («تعاون، کار و رفاه اجتماعی»).
export const AND_CONTINUES = new Set(
  'کار رفاه درمان فرهنگی اجتماعی بودجه عمران خانواده امنیتی ایثارگران امور شکوفایی دریانوردی جوانان ورزش فناوری نوآوری پژوهش آموزش معدن نان رفع توسعه سرمایه سرمایه‌گذاری سرمایهگذاری روستائیان روستاییان عشایر مهاجرین حرفه بختیاری بلوچستان برنامه‌ریزی برنامهریزی برنامه سلامت زنان مدیریت اشتغال بهداشت پرورش شهرسازی تجارت گردشگری صنایع آبخیزداری نقل فاضلاب ارشاد دستی آرد نان تولید خدمات حمل مربیان دارو تولیدکنندگان'
    .split(' ')
    .map(wordKey),
);
// More field words of government bodies' names after «و» («نظام مهندسی کشاورزی و منابع طبیعی»,
// «سلامت و امنیت غذایی», «بازسازی و نوسازی»).
for (const w of 'منابع امنیت نوسازی بازسازی دارایی تحقیقات ترابری مسکن انرژی ایمنی تغذیه مسافر استخدامی نظارت پژوهشی آموزشی املاک خیریه'.split(
  ' ',
))
  AND_CONTINUES.add(wordKey(w));
// Modifiers that make a head generic when nothing else follows («کارگروه مربوطه»).
export const GENERIC_MOD = new Set(
  'متبوع مربوطه ذیربط ذیربطی مذکور منتخب عامل فوق یادشده استانی شهرستانی عضو اجرایی مورد مختلف دیگر محترم جدید جدیدی دیگری'
    .split(' ')
    .map(wordKey),
);
// Words that are only a place qualifier («استان», «شهرستان», «کشور»).
export const PLACE_WORDS = new Set('استان شهرستان شهر کشور منطقه'.split(' ').map((w) => fold(w)));
// Sub-unit heads: named with a parent body («معاونت … استانداری X») they stand for the parent.
export const SUB_UNIT = /^(?:معاونت|دفتر|اداره(?!\s+کل)|مدیریت|حوزه|شعب|شعبه|واحد|روابط\s+عمومی)(?:\s|$)/;
export const PARENT_HEAD =
  /^(?:استانداری|فرمانداری|شهرداری|بانک|صندوق|سازمان|وزارت|شرکت|بنیاد|اداره\s+کل|سپاه|دانشگاه|دانشکده|بیمارستان|بهزیستی|کمیته\s+امداد|جهاد\s+کشاورزی)(?:\s|$)/;
// Roles before an agency name: «مدیر کل فنی و حرفه ای» names a person's office in passing.
export const ROLE_BEFORE = /(?:^|\s)(?:مدیر|مدیرکل|کل|رئیس|رییس|معاون|سرپرست|نماینده|مسئول|مسئولین)\s*$/;

// Bodies whose name is complete after the head: only a place or one of these words may follow
// («شهرداری شیروان», «کمیته امداد امام خمینی (ره)»), anything else ends the name.
export const COMPLETE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['شورای اسلامی شهر', ''],
      ['استانداری', ''],
      ['فرمانداری', 'ویژه'],
      ['بخشداری', 'مرکزی'],
      ['دهیاری', ''],
      ['شهرداری', 'منطقه'],
      ['بهزیستی', ''],
      ['مجلس شورای اسلامی', ''],
      ['کمیته امداد', 'امام خمینی ره حضرت'],
      ['هلال احمر', 'جمعیت'],
      ['جهاد کشاورزی', 'جنوب شمال شرق غرب'],
      ['میراث فرهنگی', 'و صنایع دستی گردشگری'],
      ['شبکه بهداشت', 'و درمان'],
      ['مخابرات', ''],
      ['اتاق', 'بازرگانی صنایع معادن و کشاورزی اصناف تعاون ایران مشترک'],
      ['صمت', ''],
      ['صدا و سیما', 'مرکز'],
      ['سپاه', 'پاسداران انقلاب اسلامی ناحیه'],
      // Police and customs: named by their branch and place only («پلیس راهور شهرستان», «گمرک مهران»).
      ['پلیس', 'راهور راه آگاهی فتا امنیت اقتصادی عمومی مهاجرت گذرنامه پیشگیری'],
      ['فرماندهی انتظامی', 'کل'],
      ['گمرک', 'جمهوری اسلامی'],
      ['گمرکات', ''],
      // The treasury's provincial office: «خزانه معین استان» (never «اسناد خزانه»).
      ['خزانه معین', ''],
      // The prosecutor's office: «دادستانی شهرستان», «دادستانی عمومی و انقلاب مرکز استان».
      ['دادستانی', 'عمومی و انقلاب کل مرکز'],
      ['دادسرای', 'عمومی و انقلاب کل مرکز'],
      ['دادسرا', 'عمومی و انقلاب کل مرکز'],
    ] as const
  ).map(([h, w]) => [
    fold(h),
    new Set(
      w
        .split(' ')
        .filter(Boolean)
        .map((x) => fold(x)),
    ),
  ]),
);
// Independent institutions: a second head word inside their name starts another body
// («بنیاد برکت ستاد اجرایی فرمان امام»). Councils and sub-units may name a parent inside.
export const INSTITUTION =
  /^(?:بانک|صندوق|بنیاد|سازمان|شرکت|موسسه|اداره\s+کل|استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|بهزیستی|وزارت|کمیته\s+امداد|جهاد\s+کشاورزی|میراث\s+فرهنگی|سپاه|دانشگاه|بیمارستان|انجمن|اتحادیه|مجمع|اتاق|کارخانه)$/;
// A head word starting a string (one word, or a word and the next: «اتاق اصناف», «جهاد کشاورزی»);
// «هییت» is «هیئت» folded.
export const INNER_HEAD = new RegExp(`^(?:${HEADS}|هییت)(?![${AR_LETTER}])`);

// County names that are also ordinary words inside names («بانک قرض الحسنه مهر», «شعبه
// مرکزی», «بانک سامان»): they never end a name on their own.
export const AMBIGUOUS_PLACE = new Set('مهر نور سامان کوثر بهار قدس مرکزی دنا ری جم بن دیر نیر اوج'.split(' '));

/**
 * Whether words[i] ends a specific place name («کردستان», «خراسان رضوی», «رودبار جنوب»)
 * that does not go on into the next word(s): after it the body's name is complete.
 */
export function endsPlace(words: string[], i: number): boolean {
  const key = (from: number, to: number) =>
    words
      .slice(from, to + 1)
      .map((w) => compactKey(w.replace(/[،,]$/, '')))
      .join('');
  let isEnd = false;
  for (let n = 0; n < 3 && i - n >= 0; n++) {
    const k = key(i - n, i);
    if (PLACE_KEYS.has(k) && k.length >= 3 && !(n === 0 && AMBIGUOUS_PLACE.has(k))) {
      isEnd = true;
      break;
    }
  }
  if (!isEnd) return false;
  // A longer place goes on («آذربایجان» + «غربی», «کهگیلویه و بویراحمد»).
  for (let n = 0; n < 3 && i - n >= 0; n++) {
    for (let ahead = 1; ahead <= 2 && i + ahead < words.length; ahead++) {
      if (PLACE_KEYS.has(key(i - n, i + ahead))) return false;
    }
  }
  return true;
}

/**
 * A group's name that lists its fields «A، B و C» («کمیته تخصصی کشاورزی، منابع طبیعی و
 * تعاون»): after a «،», the list goes on when an «و» follows within five words and the words
 * before it are plain name words (no stop word, verb or head word).
 */
export function enumerationGoesOn(words: string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 6); k++) {
    const raw = words[k]!;
    const f = fold(raw.replace(/[،,]$/, ''));
    if (f === 'و')
      return (
        k > from && k + 1 < words.length && !STOP.has(fold(words[k + 1]!)) && !INNER_HEAD.test(fold(words[k + 1]!))
      );
    if (STOP.has(f) || isVerbToken(f) || INNER_HEAD.test(`${raw} ${words[k + 1] ?? ''}`) || /^\d/.test(f)) return false;
  }
  return false;
}

// Officials named right after a body («شورای شهر و فرماندار …»): another party, not the name.
const OFFICIALS = new Set(
  'فرماندار استاندار بخشدار دهیار شهردار نماینده نمایندگان امام دادستان مدیر مدیرکل رئیس رییس معاون'
    .split(' ')
    .map(wordKey),
);

/**
 * After «و», a name goes on when its last words lead to its place («شورای گفت‌وگوی دولت و
 * بخش خصوصی استان X»): up to three plain words (no stop word, verb, head word, official,
 * number or comma), then «استان»/«شهرستان».
 */
export function andGoesOnToPlace(words: string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const raw = words[k]!;
    const f = wordKey(raw);
    if (k > from && /^(?:استان|شهرستان)$/.test(f)) return true;
    if (
      /[،,]$/.test(raw) ||
      f === 'و' ||
      STOP.has(f) ||
      isVerbToken(f) ||
      INNER_HEAD.test(f) ||
      INNER_HEAD.test(`${raw} ${words[k + 1] ?? ''}`) ||
      OFFICIALS.has(f) ||
      isPlaceWord(raw) ||
      /^\d/.test(f)
    )
      return false;
  }
  return false;
}

// A count before a head («۵۴ شرکت تعاونی», «سه بانک») counts bodies of a kind; «مصوب» before
// a body («آئین نامه … مصوب ۱۳۴۶ کمیسیون مشترک») names who passed a cited rule, not an actor.
export const COUNT_BEFORE = /(?:^|\s)(?:\d+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|ده|چند|تعدادی)\s*$/;
// A number after «جلسه/نشست/شماره» numbers the meeting or the letter, not the bodies («جلسه ۲۳۳ شورای …»).
export const NUMBERED_BEFORE = /(?:جلسه|نشست|اجلاس|شماره|مورخ|مورخه)\s*\d+\s*$/;
export const ENACTED_BEFORE = /مصوب(?:\s+(?:سال\s+)?[\d/]+)?\s*$/;
// An agency named after a plural office head («مدیریت‌های جهاد کشاورزی», «ادارات ثبت احوال»,
// «دفاتر بهزیستی»): the offices of that agency everywhere, a group, not one body.
export const PLURAL_OFFICES_BEFORE =
  /(?:^|\s)(?:ادارات(?:\s+کل)?|(?:اداره|مدیریت|دفتر|شعبه|نمایندگی|واحد|سازمان|مرکز|اموزشگاه|آموزشگاه)\s*(?:ها|های)|دفاتر|شعب|مراکز)(?:\s+(?:اموزش|آموزش))?\s*$/;
// A body in a law's title («ماده ۵ قانون تأسیس شورای عالی شهرسازی …», «قانون تشکیل سازمان …»):
// the law is cited, the body is no party of the record.
export const LAW_TITLE_BEFORE =
  /(?:^|\s)قانون\s+(?:(?:نحوه\s+)?(?:تاسیس|تشکیل|اساسنامه|تشکیلات|شرح\s+وظایف|الحاق)\s*)?$/;
// Number words right after a head («شورای دو شهر»): a count of bodies, not a name.
export const NUMBER_WORD = /^(?:دو|سه|چهار|پنج|شش|هفت|هشت)$/;
// State companies carry a public-service word or a province/region qualifier in their name
// («شرکت شهرک‌های صنعتی استان», «شرکت توزیع نیروی برق», «شرکت ملی پخش …»); a company with a
// brand name («شرکت پارس پلیمر سپاهان») is a firm the meeting talks about, not a body.
export const PUBLIC_COMPANY =
  /(?:^|\s)(?:ملی|دولتی|غله|تعاونی|شهرک|شهرکهای|شهرک های|توزیع|نیروی|برق|آب|فاضلاب|آبفا|گاز|مخابرات|پخش|نفت|پالایش|راه\s*آهن|پست|عمران|مادر\s+تخصصی|استان|منطقه|منطقه\s*ای|شهرستان)(?:\s|$)/;
// A working group or committee named by a single field and nothing else («کارگروه اشتغال»,
// «کمیته اشتغال»): the kind of group (every province and county has one), not a named body.
export const GENERIC_GROUP = /^(?:کارگروه|کمیته)\s+[^\s،,]+$/;
// Bodies in a sentence that forms them («… تشکیل میشوند») do not exist yet.
export const FORMED_LATER = /تشکیل\s*(?:می\s*شوند|خواهند\s+شد|می\s*گردند)/;
// A resolution item that forms a group («۱- تشکیل کارگروه مشترک … و ارائه گزارش», «| تشکیل کمیته
// …»): the group does not exist yet, it is the item's subject matter, not a body of the record.
export const FORMED_BY_ITEM =
  /(?:^|[\n|\t•*]|(?:^|\n)\s*[0-9۰-۹]+\s*[-ـ.)]?|[0-9۰-۹]+\s*[-ـ.)]|[-–]\s)\s*(?:تشکیل|ایجاد|راه\s*اندازی|راه\u200cاندازی)\s*$/;

/** Words allowed after a known bank/fund name: its branch or place qualifiers. */
export const AFTER_FUNDING_NAME = /^(?:شعبه|شعب|مدیریت|سرپرستی|استان|شهرستان|شهر|در)$/;

/**
 * How many words from `i` on spell one place name of two or three words («شاهین شهر», «نجف آباد»,
 * «اسلام آباد غرب» once the light fold has turned their ZWNJ into a space); 0 where none does.
 */
export function placeWordsFrom(words: string[], i: number): number {
  for (let n = 3; n >= 2; n--) {
    if (i + n > words.length) continue;
    const part = words.slice(i, i + n);
    // A comma inside the span ends a list item, not a word of the place.
    if (part.slice(0, -1).some((w) => /[،,]$/.test(w))) continue;
    if (PLACE_KEYS.has(part.map((w) => compactKey(w.replace(/[،,]$/, ''))).join(''))) return n;
  }
  return 0;
}

export function isPlaceWord(w: string): boolean {
  const f = fold(w);
  return PLACE_WORDS.has(f) || PLACE_KEYS.has(compactKey(w)) || PLACE_WORD_KEYS.has(f) || f === 'در';
}

/** A body named in the text: its name as written, where it starts and where the phrase ends. */
export interface OrganisationMention {
  name: string;
  index: number;
  /** End of the phrase in the text (to tell nested mentions). */
  end: number;
}
