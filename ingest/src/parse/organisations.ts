/**
 * Organisations: the convening body first (قرارگاه اجتماعی استان، شورای هماهنگی …،
 * کارگروه …، شورای اسلامی شهر …), then the parent offices from the letterhead
 * («وزارت …», «اداره کل …», «معاونت …»), then — in short documents (news items, excerpts),
 * where every named body is part of what the document is about — the other bodies named.
 * Long minutes mention dozens of bodies in passing; there only the core bodies are kept:
 * convening body, letterhead, the publishing office («روابط عمومی X»), the convening body's
 * secretariat, the governorate hosting or chairing the meeting, and the ministry the
 * publishing office belongs to. Pure.
 *
 * Conventions (from the archive's labelling rules):
 *  - generic mentions are not bodies: plurals («بانک های عامل», «کمیته های تخصصی») and
 *    heads with only a generic modifier («کارگروه مربوطه», «دستگاههای ذیربط»);
 *  - a sub-unit named with its parent («معاونت … استانداری مرکزی», «اداره سرپرستی شعب
 *    بانک X») counts as the parent;
 *  - one entry per body: a name that extends another («بانک توسعه تعاون استان») and
 *    offices that differ only in their head word («دفتر امور اجتماعی» / «اداره کل امور
 *    اجتماعی») are the same body;
 *  - the ministry of cooperatives, labour and welfare has one canonical name whatever
 *    short form the text uses («وزارت کار», «وزارت رفاه»).
 */
import { AGENCY_HEADS, PROVINCIAL_AGENCIES } from './data/bodies.ts';
import { PROVINCES } from './data/gazetteer.ts';
import { LETTER, compactKey, fold, tidy } from './fold.ts';
import { findFundingMentions } from './funding.ts';
import { L, re } from './boundary.ts';

// Compact keys of province and county names (all spellings): place qualifiers of a body.
const PLACE_KEYS = new Set<string>(['کشور', 'ایران']);
for (const p of PROVINCES) {
  for (const n of [p.name, ...p.variants]) PLACE_KEYS.add(compactKey(n));
  for (const spec of p.counties) for (const n of spec.replace(/^\?/, '').split('|')) PLACE_KEYS.add(compactKey(n));
}
// Compact keys of county names that are not also a province's name (a county office stays apart).
const COUNTY_KEYS = new Set<string>();
for (const p of PROVINCES)
  for (const spec of p.counties)
    for (const n of spec.replace(/^\?/, '').split('|'))
      if (!PROVINCES.some((q) => compactKey(q.name) === compactKey(n))) COUNTY_KEYS.add(compactKey(n));
// Single words of place names («آذربایجان», «غربی»), for names cut into words.
const PLACE_WORD_KEYS = new Set<string>();
for (const p of PROVINCES)
  for (const n of [p.name, ...p.variants]) for (const w of fold(n).split(/\s+/)) PLACE_WORD_KEYS.add(w);

// Multi-word agency names that are complete bodies without a head noun.
const AGENCIES =
  'صمت|امور\\s+آب|فنی\\s+و\\s+حرفه\\s*ای|آموزش\\s+و\\s+پرورش|تامین\\s+اجتماعی|تأمین\\s+اجتماعی|منابع\\s+طبیعی|محیط\\s+زیست|راه\\s+و\\s+شهرسازی|نیروی\\s+انتظامی|دادگستری|آبفا|دامپزشکی|ثبت\\s+احوال';
// «دبیرخانه» counts as a body only for inter-agency groups that have no staff of their own
// (a working group's secretariat is the office that receives reports); a council's
// secretariat is an internal office of the council.
const HEADS =
  'دبیرخانه\\s+(?:کارگروه|کمیته|ستاد|قرارگاه)|پست\\s+بانک|هی[ئا]ت|قرارگاه|شورای\\s+اسلامی\\s+شهر|شورای|کارگروه|ستاد|کمیسیون|کمیته\\s+امداد|کمیته|اداره\\s+کل|اداره|استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|سازمان|وزارت|بانک|صندوق|بنیاد|شبکه\\s+بهداشت|جهاد\\s+کشاورزی|میراث\\s+فرهنگی|بهزیستی|مرکز\\s+آمار|مجلس\\s+شورای\\s+اسلامی|سپاه|قوه\\s+قضاییه|قوه\\s+قضائیه|شرکت|دفتر|معاونت|کارخانه|هلال\\s+احمر|بنیاد\\s+شهید|دانشگاه|' +
  AGENCIES;
// Word boundaries are letters only: «،» (U+060C) sits in the Arabic block but ends a word.
const HEAD_RE = new RegExp(`(?<![${LETTER}])(?:${HEADS})(?![${LETTER}])`, 'g');
const AGENCY_RE = new RegExp(`^(?:${AGENCIES})$`);

// Tokens after which an organisation name stops.
const STOP = new Set(
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
    'متوقف عملکرد پیرو طبق وفق هستند هست نیست نیستند داشته رسید رسیدند ' +
    // Adverbs and predicate adjectives («تأیید کارگروه حداکثر تا …», «صندوق آماده است»,
    // «شورای فرهنگ عمومی بابت …»).
    'حداکثر حداقل بابت آماده آمادگی موافق مخالف قادر مایل مجاز'
  )
    .split(' ')
    .map((w) => fold(w)),
);
// A word right before one of these is the first half of a compound verb («مطرح شد»,
// «ابلاغ گردد», «راه اندازی می شود»), never the end of a body's name.
const LIGHT_VERBS = new Set(
  'شد شده شدند شود شوند گردید گردد گردیده گردند کرد کردند کرده کند کنند نمود نمودند نموده نماید نمایند می نمی خواهد داد دادند داده دارد دارند گرفت گرفته گیرد باشد بود'
    .split(' ')
    .map((w) => fold(w)),
);
// Verbs written joined, without ZWNJ or space («میشود», «نمیگردد», «میباشد»): the stem
// after «می/نمی» is one of the common (light) verbs. Nouns that begin with «می» (میراث،
// میدان، میزان، میانه) do not continue with these stems.
const JOINED_VERB =
  /^ن?می(?:شو|شد|گرد|باش|کن|کرد|نما|نمود|ده|داد|گیر|گرفت|رس|گوی|گفت|دار|داشت|یاب|پذیر|خواه|ای|اور|رو|توان|ساز|افز|کوش)/;

// The copula does not make a compound verb with the word before it («… شهرداریها میباشد»).
const COPULA = /^(?:ن?میباش|ن?باشد|ن?باشند|است|بود|بودند|هست|نیست)/;

/** A verb or auxiliary token (folded): a light verb, or any verb written joined with «می». */
export function isVerbToken(f: string): boolean {
  return LIGHT_VERBS.has(f) || JOINED_VERB.test(f);
}

// After «و», these words continue the same name («تعاون، کار و رفاه اجتماعی»).
const AND_CONTINUES = new Set(
  'کار رفاه درمان فرهنگی اجتماعی بودجه عمران خانواده امنیتی ایثارگران امور شکوفایی دریانوردی جوانان ورزش فناوری نوآوری پژوهش آموزش معدن نان رفع توسعه سرمایه سرمایه‌گذاری سرمایهگذاری روستائیان روستاییان عشایر مهاجرین حرفه بختیاری بلوچستان برنامه‌ریزی برنامهریزی برنامه سلامت زنان مدیریت اشتغال بهداشت پرورش شهرسازی تجارت گردشگری صنایع آبخیزداری نقل فاضلاب ارشاد دستی آرد نان تولید'
    .split(' ')
    .map((w) => fold(w)),
);
// Modifiers that make a head generic when nothing else follows («کارگروه مربوطه»).
const GENERIC_MOD = new Set(
  'مربوطه ذیربط ذیربطی مذکور منتخب عامل فوق یادشده استانی شهرستانی عضو اجرایی مورد مختلف دیگر محترم'
    .split(' ')
    .map((w) => fold(w)),
);
// Words that are only a place qualifier («استان», «شهرستان», «کشور»).
const PLACE_WORDS = new Set('استان شهرستان شهر کشور منطقه'.split(' ').map((w) => fold(w)));
// Sub-unit heads: named with a parent body («معاونت … استانداری X») they stand for the parent.
const SUB_UNIT = /^(?:معاونت|دفتر|اداره(?!\s+کل)|مدیریت|حوزه|شعب|شعبه|واحد|روابط\s+عمومی)(?:\s|$)/;
const PARENT_HEAD =
  /^(?:استانداری|فرمانداری|شهرداری|بانک|صندوق|سازمان|وزارت|شرکت|بنیاد|اداره\s+کل|سپاه|دانشگاه|بهزیستی|کمیته\s+امداد)(?:\s|$)/;
// Roles before an agency name: «مدیر کل فنی و حرفه ای» names a person's office in passing.
const ROLE_BEFORE = /(?:^|\s)(?:مدیر|مدیرکل|کل|رئیس|رییس|معاون|سرپرست|نماینده|مسئول|مسئولین)\s*$/;

// Bodies whose name is complete after the head: only a place or one of these words may follow
// («شهرداری شیروان», «کمیته امداد امام خمینی (ره)»), anything else ends the name.
const COMPLETE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
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
      ['صمت', ''],
      ['سپاه', 'پاسداران انقلاب اسلامی ناحیه'],
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
const INSTITUTION =
  /^(?:بانک|صندوق|بنیاد|سازمان|شرکت|اداره\s+کل|استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|بهزیستی|وزارت|کمیته\s+امداد|جهاد\s+کشاورزی|میراث\s+فرهنگی|سپاه|دانشگاه|کارخانه)$/;
const INNER_HEAD = new RegExp(`^(?:${HEADS})$`);

// County names that are also ordinary words inside names («بانک قرض الحسنه مهر», «شعبه
// مرکزی», «بانک سامان»): they never end a name on their own.
const AMBIGUOUS_PLACE = new Set('مهر نور سامان کوثر بهار قدس مرکزی دنا ری جم بن دیر نیر اوج'.split(' '));

/**
 * Whether words[i] ends a specific place name («کردستان», «خراسان رضوی», «رودبار جنوب»)
 * that does not go on into the next word(s): after it the body's name is complete.
 */
function endsPlace(words: string[], i: number): boolean {
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
function enumerationGoesOn(words: string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + 6); k++) {
    const raw = words[k]!;
    const f = fold(raw.replace(/[،,]$/, ''));
    if (f === 'و')
      return (
        k > from && k + 1 < words.length && !STOP.has(fold(words[k + 1]!)) && !INNER_HEAD.test(fold(words[k + 1]!))
      );
    if (STOP.has(f) || isVerbToken(f) || INNER_HEAD.test(f) || /^\d/.test(f)) return false;
  }
  return false;
}

// A count before a head («۵۴ شرکت تعاونی», «سه بانک») counts bodies of a kind; «مصوب» before
// a body («آئین نامه … مصوب ۱۳۴۶ کمیسیون مشترک») names who passed a cited rule, not an actor.
const COUNT_BEFORE = /(?:^|\s)(?:\d+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|ده|چند|تعدادی)\s*$/;
const ENACTED_BEFORE = /مصوب(?:\s+(?:سال\s+)?[\d/]+)?\s*$/;
// Number words right after a head («شورای دو شهر»): a count of bodies, not a name.
const NUMBER_WORD = /^(?:دو|سه|چهار|پنج|شش|هفت|هشت)$/;
// State companies carry a public-service word or a province/region qualifier in their name
// («شرکت شهرک‌های صنعتی استان», «شرکت توزیع نیروی برق», «شرکت ملی پخش …»); a company with a
// brand name («شرکت پارس پلیمر سپاهان») is a firm the meeting talks about, not a body.
const PUBLIC_COMPANY =
  /(?:^|\s)(?:ملی|دولتی|شهرک|شهرکهای|شهرک های|توزیع|نیروی|برق|آب|فاضلاب|آبفا|گاز|مخابرات|پخش|نفت|پالایش|راه\s*آهن|پست|عمران|مادر\s+تخصصی|استان|منطقه|منطقه\s*ای|شهرستان)(?:\s|$)/;
// A working group or committee named by a single field and nothing else («کارگروه اشتغال»,
// «کمیته اشتغال»): the kind of group (every province and county has one), not a named body.
const GENERIC_GROUP = /^(?:کارگروه|کمیته)\s+[^\s،,]+$/;
// Bodies in a sentence that forms them («… تشکیل میشوند») do not exist yet.
const FORMED_LATER = /تشکیل\s*(?:می\s*شوند|خواهند\s+شد|می\s*گردند)/;

/** Words allowed after a known bank/fund name: its branch or place qualifiers. */
const AFTER_FUNDING_NAME = /^(?:شعبه|شعب|مدیریت|سرپرستی|استان|شهرستان|شهر|در)$/;

function isPlaceWord(w: string): boolean {
  const f = fold(w);
  return PLACE_WORDS.has(f) || PLACE_KEYS.has(compactKey(w)) || PLACE_WORD_KEYS.has(f) || f === 'در';
}

/** A named body in running text. */
export interface OrganisationMention {
  name: string;
  index: number;
  /** End of the phrase in the text (to tell nested mentions). */
  end: number;
}

/** Canonical name of a body for the few official renamings the text abbreviates. */
export function canonicalOrganisation(name: string): string {
  const k = compactKey(name).replace(/[،,]/g, '');
  // The ministry merged in 1390: «وزارت کار/رفاه/تعاون» all mean the same ministry.
  if (/^وزارت(?:کار|رفاه|تعاون)/.test(k)) return 'وزارت تعاون، کار و رفاه اجتماعی';
  // «شورای شهر X» is the short form of «شورای اسلامی شهر X».
  if (/^شورای\s+شهر(?:\s|$)/.test(fold(name))) return name.replace(/^شورای\s+شهر/, 'شورای اسلامی شهر');
  return name;
}

// «(اداره کل|سازمان|…) STEM (استان) (PROVINCE)»: a provincial agency by its stem.
const AGENCY_FORMS = PROVINCIAL_AGENCIES.map((a) => ({
  canonical: a.canonical,
  stems: [a.canonical, ...a.aliases].map((v) => compactKey(v).replace(/[،,]/g, '')),
}));
const AGENCY_HEAD_KEYS = ['', ...AGENCY_HEADS.map((h) => compactKey(h))].sort((a, b) => b.length - a.length);

/**
 * The registry's canonical name of a provincial agency written with a head, «استان» or the
 * province's name around its stem («اداره کل بهزیستی استان فارس» → «بهزیستی»); null for any
 * other name, a county office («… شهرستان X») included.
 */
export function canonicalAgency(name: string): string | null {
  const k = compactKey(name).replace(/[،,]/g, '');
  for (const a of AGENCY_FORMS)
    for (const stem of a.stems)
      for (const head of AGENCY_HEAD_KEYS) {
        if (!k.startsWith(head + stem)) continue;
        const rest = k.slice(head.length + stem.length);
        if (rest === '' || rest === 'استان' || PLACE_KEYS.has(rest) || PLACE_KEYS.has(rest.replace(/^استان/, '')))
          return rest.startsWith('استان') || rest === '' || !COUNTY_KEYS.has(rest) ? a.canonical : null;
      }
  return null;
}

/** Organisation phrases starting with a head word, in text order (light-folded text in, as written out). */
export function findOrganisationMentions(text: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const head = m[0];
    const headIsAgency = AGENCY_RE.test(fold(head).replace(/\s+/g, ' ')) || AGENCY_RE.test(head);
    const before = fold(text.slice(Math.max(0, m.index - 12), m.index));
    if (headIsAgency && ROLE_BEFORE.test(before)) continue;
    // «این بنیاد», «همین صندوق» refer back; «بعنوان بانک تخصصی» describes: not names.
    if (/(?:^|\s)(?:این|آن|همین|همان|هر|بعنوان|عنوان)\s*$/.test(before)) continue;
    if (COUNT_BEFORE.test(before) || ENACTED_BEFORE.test(fold(text.slice(Math.max(0, m.index - 30), m.index))))
      continue;
    const restRaw = text.slice(m.index + head.length, m.index + head.length + 160);
    const rest = restRaw.split(/[\n.:؛()«»"*|+]|\s-\s|\s–\s/)[0]!;
    const ws = rest.trim() === '' ? [] : tidy(rest).split(' ');
    // Plurals are generic mentions («بانک های عامل», «کمیته های تخصصی»).
    if (/^(?:ها|های|هایی)$/.test(fold(ws[0] ?? '').replace(/[،,]$/, ''))) continue;
    if (NUMBER_WORD.test(fold(ws[0] ?? ''))) continue;
    const name: string[] = [head];
    const headKey = fold(head).replace(/\s+/g, ' ');
    const complete = COMPLETE_HEADS.get(headKey);
    const institution = INSTITUTION.test(headKey) || headKey === 'پست بانک';
    const council = /^(?:کمیته|کارگروه|شورای|ستاد|کمیسیون|قرارگاه)$/.test(headKey);
    // «هیئت مدیره», «هیئت همراه»: boards and delegations, not bodies; «هیئت حل اختلاف …»,
    // «هیئت تشخیص»: the stage a case is referred to, not a participant.
    if (
      /^هی[ئا]ت$/.test(head) &&
      /^(?:مدیره|رئیسه|رییسه|امنا|امناء|همراه|عامل|دولت|وزیران|اعزامی|تحریریه|منصفه|حل|تشخیص|بدوی|تجدیدنظر|تجدید)$/.test(
        fold(ws[0] ?? '').replace(/[،,]$/, ''),
      )
    )
      continue;
    let enumerating = false;
    // A bank, fund or foundation from the gazetteer: its known name, then only a branch or
    // place qualifier («بانک صادرات علل عدم تحقق …» is «بانک صادرات»).
    let knownUntil = -1;
    if (/^(?:بانک|صندوق|بنیاد|پست بانک)$/.test(headKey)) {
      const probe = fold(text.slice(m.index, m.index + head.length + 160).split(/[\n.:؛()«»"*|+]/)[0]!);
      const hit = findFundingMentions(probe).find((h) => h.index === 0);
      if (hit) knownUntil = tidy(probe.slice(0, hit.end)).split(' ').length - head.split(/\s+/).length;
    }
    for (let i = 0; i < ws.length && name.length < (council ? 16 : 12); i++) {
      const w = ws[i]!;
      const bare = w.replace(/[،,]$/, '');
      const f = fold(bare);
      if (f === '') break;
      if (
        knownUntil >= 0 &&
        i >= knownUntil &&
        !isPlaceWord(bare) &&
        !AFTER_FUNDING_NAME.test(f) &&
        !(i > 0 && /^(?:شعبه|شعب)$/.test(fold(ws[i - 1]!)))
      )
        break;
      if (complete && !isPlaceWord(bare) && !complete.has(f)) break;
      if (institution && i > 0 && (INNER_HEAD.test(f) || INNER_HEAD.test(`${f} ${fold(ws[i + 1] ?? '')}`))) break;
      if (f === 'و') {
        const next = fold((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        if (AND_CONTINUES.has(next) || (enumerating && !STOP.has(next) && !INNER_HEAD.test(next))) {
          enumerating = false;
          name.push(w);
          continue;
        }
        break;
      }
      if (f === 'در' && /^(استان|شهرستان)$/.test(fold(ws[i + 1] ?? ''))) {
        name.push(w);
        continue;
      }
      // «شورای هماهنگی مدیران (کل) دستگاههای …»: the managers a council is made of are part of its name.
      const managersOf =
        council &&
        f === 'مدیران' &&
        i <= 1 &&
        ws[i + 1] !== undefined &&
        !STOP.has(fold(ws[i + 1]!)) &&
        !isVerbToken(fold(ws[i + 1]!));
      if (!managersOf && (STOP.has(f) || isVerbToken(f) || /^\d/.test(f))) break;
      // «تامین میشود», «پرداخت خواهد شد», «اعطا گردید»: the word is the first half of a verb.
      const nextF = fold(ws[i + 1] ?? '');
      if (w === bare && isVerbToken(nextF) && !COPULA.test(nextF)) break;
      if (w !== bare) {
        // A comma continues only inside enumerated names («تعاون، کار و رفاه»); it is kept as written.
        const next = fold((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        const listed = council && enumerationGoesOn(ws, i + 1);
        if (!AND_CONTINUES.has(next) && !/^(فرهنگی|اجتماعی|سلامت|امنیتی|اشتغال)$/.test(next) && !listed) {
          name.push(bare);
          break;
        }
        if (listed) enumerating = true;
        name.push(w);
        continue;
      }
      name.push(bare);
      // After «استان»/«شهرستان» only a place may follow; after a place the name is complete.
      const nextBare = fold((ws[i + 1] ?? '').replace(/[،,]$/, ''));
      if (
        /^(?:استان|شهرستان)$/.test(f) &&
        nextBare !== '' &&
        nextBare !== 'در' &&
        !isPlaceWord(ws[i + 1]!.replace(/[،,]$/, ''))
      )
        break;
      if (endsPlace(ws, i) && nextBare !== 'و') break;
    }
    // «… در استان» with no place after it: the qualifier is not part of the name.
    while (
      name.length > 1 &&
      /^(?:در|استان|شهرستان)$/.test(fold(name[name.length - 1]!)) &&
      fold(name[name.length - 2]!) === 'در'
    )
      name.length -= 1;
    while (name.length > 1 && fold(name[name.length - 1]!) === 'در') name.length -= 1;
    const phrase = tidy(name.join(' ')).replace(/[،,\s]+$/, '');
    const pws = phrase.split(' ');
    const headWords = head.split(/\s+/).length;
    const onlyPlace = pws.length > headWords && pws.slice(headWords).every((w) => isPlaceWord(w));
    if (onlyPlace && !complete && headWords === 1 && knownUntil < 0) continue;
    // A bare head is a mention only for bodies that are complete on their own.
    if (
      pws.length === 1 &&
      !/^(استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|بهزیستی|صمت|آبفا|دامپزشکی|دادگستری)$/.test(fold(phrase))
    )
      continue;
    // Head plus generic modifiers or place words only («کارگروه مربوطه», «بانک عامل»).
    const tail = pws.slice(headWords).map((w) => fold(w));
    if (
      tail.length > 0 &&
      tail.every((w) => GENERIC_MOD.has(w) || PLACE_WORDS.has(w)) &&
      tail.some((w) => GENERIC_MOD.has(w))
    )
      continue;
    if (headKey === 'شرکت' && !PUBLIC_COMPANY.test(fold(phrase).replace(/[،,]/g, ' '))) continue;
    if (GENERIC_GROUP.test(fold(phrase))) continue;
    // The rest of the sentence forms the bodies it names («… و شورای پیشرفت محله تشکیل میشوند»).
    const sentence = text.slice(m.index, m.index + 400).split(/[.!؟\n]/)[0]!;
    if (FORMED_LATER.test(fold(sentence))) continue;
    // End of the phrase in the text: walk the kept words through the raw continuation.
    let cursor = 0;
    for (const w of pws.slice(headWords)) {
      const at = restRaw.indexOf(w, cursor);
      if (at < 0) break;
      cursor = at + w.length;
    }
    out.push({ name: phrase, index: m.index, end: m.index + head.length + cursor });
  }
  // «بانک‌های ملی، سپه و رفاه کارگران»: a plural «بانک» with a list of banks names each bank.
  const plural = /بانک[\s\u200c]*(?:ها|های)\s/g;
  for (let m = plural.exec(text); m; m = plural.exec(text)) {
    const probe = fold(text.slice(m.index, m.index + 160).split(/[\n.:؛()«»"*|]/)[0]!);
    for (const hit of findFundingMentions(probe).filter((h) => h.index <= 10 && /^بانک/.test(h.canonical))) {
      if (!out.some((o) => o.name === hit.canonical && o.index === m!.index))
        out.push({ name: hit.canonical, index: m.index, end: m.index + hit.end });
    }
  }
  out.sort((a, b) => a.index - b.index);
  // Nested mentions: a sub-unit with its parent inside («معاونت … استانداری X») stands for
  // the parent; otherwise the inner mention is part of the outer name and is dropped.
  const kept: OrganisationMention[] = [];
  for (const mention of out) {
    const outer = kept.find((k) => mention.index > k.index && mention.index < k.end);
    if (!outer) {
      kept.push(mention);
      continue;
    }
    if (SUB_UNIT.test(fold(outer.name)) && PARENT_HEAD.test(fold(mention.name))) {
      kept.splice(kept.indexOf(outer), 1, mention);
    }
  }
  return kept;
}

const CONVENING_RE =
  /(?:جلسه|نشست|صورتجلسه|صورت\s*جلسه)\s+(?:رسمی\s+|هم\s*اندیشی\s+|همآندیشی\s+)?(?:\([^()\n]{1,15}\)\s+)?((?:قرارگاه|شورای|شورا|کارگروه|ستاد|کمیسیون|کمیته)[^\n]*)/;

/** The convening body from the title / session sentence. */
export function findConveningBody(title: string | null, text: string): string | null {
  const sources = [title ?? '', text.slice(0, 3000)];
  for (const src of sources) {
    const m = CONVENING_RE.exec(src);
    if (!m) continue;
    const mention = findOrganisationMentions(m[1]!)[0];
    if (mention) return mention.name;
  }
  return null;
}

// Letterhead bodies are separated by « - », or follow each other on one line when the
// header lines were joined («استانداری گیلان معاونت سیاسی …»): each head starts a body.
const LETTERHEAD_SPLIT = /\s+-\s+|\s+(?=(?:معاونت|اداره\s+کل|وزارت)\s)/;

/** Parent offices from letterhead lines («وزارت …», «اداره کل …», «معاونت … - اداره کل …»). */
function letterheadOrganisations(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // Letterhead lines joined into one («استانداری گیلان معاونت سیاسی …»): each head starts a body.
    for (const part of line.split(LETTERHEAD_SPLIT)) {
      const p = tidy(part.replace(/[*#]/g, ' '));
      if (
        /^(وزارت|اداره|معاونت|سازمان|استانداری|فرمانداری|شهرداری|بنیاد|بانک|صندوق)/.test(fold(p)) &&
        p.split(' ').length <= 12
      )
        out.push(p);
    }
  }
  return out;
}

/**
 * Letterhead printed once at the top: the first non-empty lines, before any sentence, that
 * consist only of body names (separated by « - »).
 */
function topLetterhead(text: string): string[] {
  const out: string[] = [];
  const lines = text
    .split('\n')
    .map((l) => tidy(l.replace(/[*#]/g, ' ')))
    .filter(Boolean);
  for (const line of lines.slice(0, 4)) {
    if (line.split(' ').length > 16 || /[.:؟]/.test(line)) continue;
    const parts = line.split(LETTERHEAD_SPLIT);
    if (parts.every((p) => /^(وزارت|اداره|معاونت|سازمان|استانداری|فرمانداری|شهرداری)/.test(fold(p))))
      out.push(...parts);
  }
  return out;
}

/** Office that publishes the text («به گزارش روابط عمومی X»). */
function publisher(text: string): string | null {
  const m = /روابط\s*عمومی\s+/.exec(text.slice(0, 3000));
  if (!m) return null;
  const mention = findOrganisationMentions(text.slice(m.index + m[0].length, m.index + m[0].length + 200))[0];
  return mention && mention.index === 0 ? mention.name : null;
}

/**
 * The convening body's secretariat: «دبیرخانه کارگروه (X)» or the office of its secretary
 * («مدیرکل X و دبیر قرارگاه»).
 */
function secretariat(text: string): string[] {
  const out: string[] = [];
  const a = /دبیرخانه\s+(?:کارگروه|شورا|شورای|قرارگاه|ستاد|کمیسیون|کمیته)[^()\n]{0,40}\(([^)\n]{4,80})\)/.exec(text);
  if (a) {
    const mention = findOrganisationMentions(tidy(a[1]!))[0];
    if (mention) out.push(mention.name);
  }
  const b =
    /(?:مدیر\s*کل|مدیرکل|رئیس|رییس|مدیر)\s+((?:دفتر|اداره\s+کل|اداره|معاونت)\s+[^\n.،]{3,60}?)\s+و\s+دبیر\s+(?:قرارگاه|کارگروه|شورا|شورای|ستاد|کمیسیون|کمیته)/.exec(
      text,
    );
  if (b) out.push(tidy(b[1]!.replace(/[*#]/g, ' ')));
  return out;
}

/** The governorate that chairs or hosts the meeting. */
function hostGovernorate(text: string): string | null {
  const head = text.slice(0, 4000);
  const chair = re(
    '',
  )`به\s*ریاست\s+(?:جناب\s+)?(?:آقای\s+)?(?:دکتر\s+)?(?:[${L}]+\s+){0,2}?(استاندار|فرماندار)(?![${L}])`.exec(head);
  if (chair) return chair[1] === 'استاندار' ? 'استانداری' : 'فرمانداری';
  const place = re('')`(?:سالن|محل|ساختمان)[^\n.]{0,50}?(?<![${L}])(استانداری|فرمانداری)(?![${L}])`.exec(head);
  if (place) return place[1]!;
  const at = re('')`(?<![${L}])در\s+((?:استانداری|فرمانداری)(?:\s+(?:شهرستان\s+)?[${L}]+)?)\s+(?:برگزار|تشکیل)`.exec(
    head,
  );
  return at ? at[1]! : null;
}

/**
 * The office of the official a news item quotes in its lede («مدیرکل تعاون، کار و رفاه اجتماعی
 * ایلام گفت: …» → «اداره کل تعاون، کار و رفاه اجتماعی ایلام»): the item speaks for that office.
 * Only a director-general's office is implied; a governor or mayor quoted in the lede does not
 * make the governorate a body of the item.
 */
function ledeOffice(text: string): string | null {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^date\s/.test(l) && /(?:گفت|اظهار|افزود|:)/.test(l));
  if (!first) return null;
  const m = re(
    '',
  )`^(?:[^\s:]+\s*[-–]\s*){0,3}(?:[${L}\u200c]+\s*[،,]\s*)?(?:مدیر\s*کل|مدیرکل)\s+(.{3,80}?)\s*(?:گفت|اظهار|افزود|تصریح|:)`.exec(
    first,
  );
  if (!m) return null;
  const field = tidy(m[1]!.replace(/[،,]\s*$/, ''));
  // «مدیرکل کمیته امداد …», «مدیرکل دفتر … استانداری X»: the body is named, found as a mention.
  // An agency's bare name («راه و شهرسازی», «فنی و حرفه ای») after the role is the office's field.
  const head = new RegExp(`^(?:${HEADS})(?![${LETTER}])`).exec(field);
  if ((head && !AGENCY_RE.test(fold(head[0]))) || /^(?:دفتر|حوزه)\s/.test(fold(field))) return null;
  const mention = findOrganisationMentions(`اداره کل ${field}`)[0];
  return mention && mention.index === 0 ? mention.name : null;
}

/** Words that name an office's field («تعاون کار رفاه اجتماعی»), for matching a ministry. */
function fieldWords(name: string): Set<string> {
  return new Set(
    fold(canonicalOrganisation(name))
      .replace(/[،,]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !isPlaceWord(w) && !/^(وزارت|اداره|کل|استان|شهرستان|امور|سازمان)$/.test(w)),
  );
}

function bodyKey(name: string): string {
  return compactKey(name.replace(/محترم|\(?\s*ره\s*\)?\s*$/g, ' ')).replace(/[،,()]/g, '');
}

/** A body's name without trailing place qualifiers, and the place (compact key, '' if none). */
function coreAndPlace(name: string): { core: string[]; place: string } {
  const ws = fold(name.replace(/محترم|[()]/g, ' ').replace(re('')`(?<![${L}])ره$`, ' '))
    .replace(/[،,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const placeParts: string[] = [];
  // Glued «شهرمیانه»: the city name after «شهر».
  let end = ws.length;
  for (;;) {
    let cut = 0;
    for (let n = Math.min(3, end - 1); n >= 1; n--) {
      const key = ws.slice(end - n, end).join('');
      if (PLACE_KEYS.has(key) || (key.startsWith('شهر') && PLACE_KEYS.has(key.slice(3)))) {
        cut = n;
        placeParts.unshift(key.replace(/^شهر(?=.)/, (m) => (PLACE_KEYS.has(key) ? m : '')));
        break;
      }
      if (n === 1 && /^(?:در|استان|شهرستان|شهر)$/.test(key)) cut = 1;
    }
    if (cut === 0 || end - cut < 1) break;
    end -= cut;
  }
  return { core: ws.slice(0, end), place: placeParts.filter((p) => p !== 'کشور' || true).join('') };
}

/**
 * Same body: one name extends the other (places aside, as long as the places agree), they
 * differ only in the office head word, or one's words are all in the other's.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const ka = bodyKey(a);
  const kb = bodyKey(b);
  if (ka.length < 3 || kb.length < 3) return false;
  if (ka.startsWith(kb) || kb.startsWith(ka)) return true;
  const strip = (k: string) => k.replace(/^(?:ادارهکل|اداره|دفتر|مدیریت)/, '');
  const sa = strip(ka);
  const sb = strip(kb);
  if (sa !== ka && sb !== kb && sa.length >= 6 && sa === sb) return true;
  const pa = coreAndPlace(a);
  const pb = coreAndPlace(b);
  if (pa.place && pb.place && pa.place !== pb.place) return false;
  if (pa.core.length < 2 || pb.core.length < 2 || pa.core[0] !== pb.core[0]) return false;
  const ca = pa.core.join('');
  const cb = pb.core.join('');
  if (ca.startsWith(cb) || cb.startsWith(ca)) return true;
  // Word subset («کارگروه اشتغال و سرمایه گذاری» ⊂ «کارگروه تخصصی اشتغال و سرمایه گذاری»).
  const [small, large] = pa.core.length <= pb.core.length ? [pa.core, pb.core] : [pb.core, pa.core];
  const content = small.slice(1).filter((w) => w !== 'و');
  return content.length >= 2 && small.every((w) => large.includes(w));
}

/**
 * Organisations of a document, convening body first, one entry per body.
 */
export function findOrganisations(input: {
  text: string;
  title: string | null;
  letterhead: string[];
  short: boolean;
}): string[] {
  const list: string[] = [];
  const convening = findConveningBody(input.title, input.text);
  if (convening) list.push(convening);
  const heads = [...letterheadOrganisations(input.letterhead), ...topLetterhead(input.text)];
  // Letterhead: the office (اداره کل) before the ministry, the order the archive uses.
  heads.sort((a, b) => Number(/^وزارت/.test(fold(a))) - Number(/^وزارت/.test(fold(b))));
  list.push(...heads);
  const mentions = findOrganisationMentions(input.text);
  // Internal units («معاونت امور مالی», «دفتر شورا») are not bodies of their own.
  if (input.short) {
    for (const m of mentions) {
      if (SUB_UNIT.test(fold(m.name)) && !/^اداره/.test(fold(m.name))) continue;
      // The parent a council is named after («کمیسیون … شورای اسلامی شهر», «شورای هماهنگی
      // مدیران دستگاههای اجرایی وزارت کار»), named again on its own: part of the council's name.
      const key = bodyKey(m.name);
      if (
        !coreAndPlace(m.name).place &&
        list.some(
          (k) =>
            /^(?:شورای|کارگروه|کمیسیون|کمیته|ستاد|قرارگاه)\s/.test(fold(k)) &&
            bodyKey(k).length > key.length &&
            bodyKey(k).includes(key),
        )
      )
        continue;
      list.push(m.name);
    }
  } else {
    const pub = publisher(input.text);
    if (pub) list.push(pub);
    list.push(...secretariat(input.text));
    const host = hostGovernorate(input.text);
    if (host) list.push(host);
    // The ministry of an office already listed («اداره کل تعاون …» → «وزارت تعاون …»).
    const offices = list.filter((o) => /^اداره\s+کل/.test(fold(o)));
    for (const m of mentions) {
      if (!/^وزارت/.test(fold(m.name))) continue;
      const fw = fieldWords(m.name);
      if (offices.some((o) => [...fieldWords(o)].some((w) => fw.has(w)))) list.push(m.name);
    }
  }
  const lede = ledeOffice(input.text);
  if (lede) list.push(lede);
  // City council minutes that the mayor attends deal with the municipality («شهرداری»).
  if (
    list.length > 0 &&
    /^(?:کمیسیون\s.*)?شورای\s+اسلامی\s+شهر/.test(fold(list[0]!)) &&
    re('')`(?<![${L}])شهردار(?![${L}])`.test(input.text)
  )
    list.push('شهرداری');
  const kept: string[] = [];
  for (const raw of list) {
    const o = canonicalOrganisation(raw);
    if (bodyKey(o).length < 3) continue;
    const at = kept.findIndex((x) => sameOrganisation(x, o));
    if (at < 0) {
      kept.push(o);
      continue;
    }
    // The same office named once with a bare «استان» and once with the province: keep the
    // place-qualified name («اداره کل X استان» → «اداره کل X کردستان»).
    const was = coreAndPlace(kept[at]!);
    const now = coreAndPlace(o);
    if (now.place && !was.place && now.core.join('') === was.core.join('')) kept[at] = o;
  }
  return kept;
}
