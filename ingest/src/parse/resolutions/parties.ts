/**
 * Who must act: responsible bodies and roles of a resolution (subject phrases, «توسط X», «بر عهده
 * X», senders of a quoted letter, instructed addressees) and the split of a cell into bodies. Pure.
 */
import { fold, tidy } from '../fold.ts';
import { re, WB_END, WB_START } from '../boundary.ts';
import {
  BODY_HEAD_WORDS,
  NAMED_BODIES,
  PARTY_QUANTIFIERS,
  DISTRIBUTIVE_HEAD_WORDS,
  NAME_GOES_ON_WORDS,
  OBJECT_NOUN_WORDS,
  ONE_WORD_BODY_WORDS,
  PARTY_ROLE_WORDS,
  SAME_BODY_LEADS,
  SUBJECT_STOP_WORDS,
  foldedSet,
} from '../lexicon.ts';
import { FUNDING_BODIES } from '../data/funding-bodies.ts';
import { JURISDICTION, PREDICATES, closesWithPlace, copulaAt, insideKnownNames } from './names.ts';

// Connectors dropped from the start of a body («با مشارکت نماینده فرمانداری»).
export const CONNECTOR = /^(?:با\s+(?:مشارکت|همکاری|حضور|هماهنگی|محوریت)|و|با|همکاری)\s+/;
// Words that start a new body inside an unseparated cell.
export const BODY_HEADS = foldedSet(BODY_HEAD_WORDS);
// Institutions named by one word: a new body may start right after them («فرمانداری شرکت …»).
export const ONE_WORD_BODIES = foldedSet(ONE_WORD_BODY_WORDS);
// After these words a head word belongs to the same body («حوزه مدیریت», «دفتر نماینده»).
export const NO_SPLIT_AFTER = new Set(
  // «مدیران شعب بانکهای عامل», «رئیس شعبه بانک ملی»: the bank owns the branches;
  // «شورای هماهنگی بانکها» is one council.
  [...BODY_HEADS, ...foldedSet(SAME_BODY_LEADS)],
);

// Person roles that head a responsible party («شهردار یزد», «استاندار کردستان», «اعضای شورا»).
export const ROLE_HEADS = foldedSet(PARTY_ROLE_WORDS);
// Heads whose complement can itself be coordinated: «نمایندگان شهرداری و فرمانداری» is one party.
export const DISTRIBUTIVE_HEADS = foldedSet(DISTRIBUTIVE_HEAD_WORDS);

/**
 * Whether a folded word is a body head, also in a plural written without ZWNJ or space
 * («بانکهای», «شرکتهای», «صندوقها»).
 */
export function isBodyHead(f: string): boolean {
  // «ادارهکل …»: scans and pasted text join «اداره کل» without a space or ZWNJ.
  if (BODY_HEADS.has(f) || ONE_WORD_BODIES.has(f) || /^ادار(?:ه|ات)کل$/.test(f)) return true;
  const stem = /^(.{3,}?)(?:ها|های|هایی)$/.exec(f);
  return stem !== null && (BODY_HEADS.has(stem[1]!) || ONE_WORD_BODIES.has(stem[1]!));
}

// Heads that start a second body only after «و»/«،» («مدیریت جهاد کشاورزی و امور آب»); inside
// a name they continue it («معاونت هماهنگی امور عمرانی»).
export const CONJ_ONLY_HEADS = new Set(['امور']);

export const NAMED = NAMED_BODIES.map((n) => fold(n).split(' '));

/**
 * A body named without a head word («صدا و سیما») or a quantified role («کلیه اعضاء») among
 * the first words of a subject.
 */
export function namedBodyAt(ws: string[]): { name: string; from: number } | null {
  for (let i = 0; i < Math.min(ws.length, 5); i++) {
    const f = fold(ws[i]!.replace(/[،,]+$/, ''));
    // «صدا و سیمای مرکز قم»: the name's last word may carry the ezafe «ی» before its unit.
    const at = (k: number) => fold((ws[i + k] ?? '').replace(/[،,]+$/, ''));
    for (const n of NAMED)
      if (n.every((w, k) => at(k) === w || (k === n.length - 1 && n.length > 1 && at(k) === `${w}ی`)))
        return {
          name: ws
            .slice(i, i + n.length)
            .join(' ')
            .replace(/[،,]+$/, ''),
          from: i,
        };
    if (PARTY_QUANTIFIERS.has(f) && ROLE_HEADS.has(fold(ws[i + 1] ?? '')) && !isBodyHead(fold(ws[i + 1] ?? '')))
      return { name: `${ws[i]} ${ws[i + 1]!.replace(/[،,]+$/, '')}`, from: i };
  }
  return null;
}

// «X انتخاب گردید», «X به عنوان حسابرس رسمی … (انتخاب|تعیین|معرفی) گردید» (the verb even misspelt).
export const ELECTED = re(
  '',
)`${WB_START}(?:انتخاب\s+(?:گردید|گردیدند|شد|شدند)|به\s+عنوان\s[^.\n]{0,80}?\s(?:گردید|گردیدند|شد|شدند))${WB_END}`;

/** The start of a unit headed by «امور» up to three words before the head at `head`, else `head`. */
export function unitBefore(ws: readonly string[], head: number): number {
  if (head <= 0) return head;
  // «واحد حقوقی صندوق …»: a section of the body; «۴۰ واحد مسکن» counts dwellings.
  const unit = ws.findIndex(
    (w, i) => CONJ_ONLY_HEADS.has(fold(w)) || (fold(w) === 'واحد' && (i === 0 || !COUNTS_UNITS.test(fold(ws[i - 1]!)))),
  );
  return unit >= 0 && unit < head && head - unit <= 3 ? unit : head;
}

const COUNTS_UNITS = /^(?:[\d۰-۹,.٫]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|چند|چندین|هر|تعداد)$/;

/** Whether a word starts a body or a person role. */
export function isPartyHead(word: string): boolean {
  const f = fold(word.replace(/[،,:؛]+$/, ''));
  return isBodyHead(f) || ROLE_HEADS.has(f) || ONE_WORD_BODIES.has(f) || CONJ_ONLY_HEADS.has(f);
}

// The first two words of a bank or fund of the registry whose head word comes second
// («پست بانک»): the pair starts one body.
const HEAD_SECOND = new Set(
  FUNDING_BODIES.flatMap((b) => [b.name, ...b.aliases])
    .map((n) => fold(n).split(' '))
    .filter((ws) => ws.length >= 2 && !isBodyHead(ws[0]!) && isBodyHead(ws[1]!))
    .map((ws) => `${ws[0]} ${ws[1]}`),
);

/**
 * Split a run of bodies at «،» and «و» only where the right side starts a new body or role
 * («شورای دو شهر و شهرداریها» → 2, «وزارت تعاون، کار و رفاه اجتماعی» → 1). After a
 * distributive head («نمایندگان شهرداری و فرمانداری») an institution on the right is part of
 * the same party; a person role («اعضای شورا و شهردار») is not.
 */
export function splitAtConjunctions(part: string): string[] {
  const ws = part
    .replace(/\s*[،,]\s*/g, ' ، ')
    .split(' ')
    .filter((w) => w !== '');
  const out: string[][] = [];
  let cur: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (
      (w === '،' || w === 'و') &&
      next !== undefined &&
      cur.length > 0 &&
      (isPartyHead(next) || HEAD_SECOND.has(`${fold(next)} ${fold(ws[i + 2] ?? '')}`))
    ) {
      const leftHead = fold(cur[0]!);
      const nextIsRole = ROLE_HEADS.has(fold(next));
      const distributive = DISTRIBUTIVE_HEADS.has(leftHead) && !nextIsRole;
      if (w === '،' || !distributive) {
        out.push(cur);
        cur = [];
        continue;
      }
    }
    cur.push(w);
  }
  if (cur.length > 0) out.push(cur);
  return out
    .map((x) =>
      x
        .join(' ')
        .replace(/\s+،/g, '،')
        .replace(/[،\s]+$/, '')
        .trim(),
    )
    .filter((x) => x !== '');
}

// Units of a body («معاونت X», «دفتر X») and the bodies they belong to («… دانشگاه Y»).
const UNIT_HEADS = new Set(['معاونت', 'مدیریت', 'دفتر', 'واحد', 'امور', 'حوزه']);
const PARENT_HEADS = new Set(
  ['دانشگاه', 'سازمان', 'شرکت', 'بانک', 'صندوق', 'وزارت', 'بنیاد', 'دانشکده', 'بیمارستان'].concat(
    // «معاونت فرهنگی و اجتماعی شهرداری ساری», «معاونت قضایی دادگستری کل استان»: a unit of a
    // municipality, a court or a governorate.
    ['شهرداری', 'استانداری', 'فرمانداری', 'بخشداری', 'دادگستری'],
  ),
);

/**
 * Split one responsible/supervisor cell into bodies: at «-----», « - », «/», at «،»/«و»
 * where a new body starts, and where a new body starts with a head word after a complete
 * one («فرمانداری کرج شهرداری کرج»).
 */
export function splitBodies(cell: string | null): string[] {
  if (!cell) return [];
  const out: string[] = [];
  const parts = cell.split(/\s*-{2,}\s*|\s+-\s+|\s*[؛]\s*(?=\S)|\s*\/\s*/).flatMap((p) => splitAtConjunctions(tidy(p)));
  for (let part of parts) {
    part = tidy(part).replace(CONNECTOR, '').trim();
    if (!part || /^[-–]+$/.test(part)) continue;
    const ws = part.split(' ');
    let cur: string[] = [];
    let titled = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const f = fold(w);
      const prev = i > 0 ? fold(ws[i - 1]!) : '';
      const rest = ws.slice(i);
      const restIsOnlyKol = rest.length <= 2 && fold(rest.join(' ')) === 'اداره کل';
      if (
        (cur.length >= 2 || (cur.length === 1 && ONE_WORD_BODIES.has(prev))) &&
        BODY_HEADS.has(f) &&
        // «سازمان مدیریت پسماند شهرداری», «معاونت بهداشتی شبکه», «امور مالی دانشگاه»: a head
        // word closing the cell with no name of its own is the parent of the unit before it;
        // «… فرمانداری کرج شهرداری کرج» starts a new one.
        !(i === ws.length - 1 && !ONE_WORD_BODIES.has(prev)) &&
        (!NO_SPLIT_AFTER.has(prev) || ONE_WORD_BODIES.has(prev)) &&
        !/[،,]$/.test(prev) &&
        !restIsOnlyKol &&
        // «سازمان آتش نشانی شهرداری کرج»: a municipality's organisation named with its city is one body.
        !(f === 'شهرداری' && fold(cur[0]!) === 'سازمان' && ws.length - i <= 2) &&
        // «بانک توسعه تعاون مدیریت استان کرمان»: a bank's regional management is the bank.
        !(
          f === 'مدیریت' &&
          /^(?:بانک|پست)/.test(fold(cur[0]!)) &&
          /^(?:استان|شعب|جنوب|شمال|شرق|غرب|مرکز|منطقه)/.test(fold(ws[i + 1] ?? ''))
        ) &&
        !(titled && (f === 'نماینده' || f === 'مدیر')) &&
        // «دفتر بهبود مدیریت و تحول اداری»: a head word coordinated with a field names a field.
        fold(ws[i + 1] ?? '') !== 'و' &&
        // «معاونت غذا و دارو دانشگاه علوم پزشکی شهرکرد»: a unit not yet closed by a place or an
        // institution belongs to the parent body named after it.
        !(
          UNIT_HEADS.has(fold(cur[0]!)) &&
          PARENT_HEADS.has(f) &&
          !cur.some((c) => closesWithPlace(c) || ONE_WORD_BODIES.has(fold(c)))
        ) &&
        // «پست بانک»: a registry name whose head word comes second is one body.
        !HEAD_SECOND.has(`${prev} ${f}`)
      ) {
        out.push(cur.join(' '));
        cur = [];
        titled = false;
      }
      if (f === 'جناب' || f === 'اقای') titled = true;
      cur.push(w);
    }
    if (cur.length > 0) out.push(cur.join(' '));
  }
  return out.map((b) => b.replace(/\s+\)/g, ')').replace(/\(\s+/g, '(').trim()).filter((b) => b.length >= 2);
}

// Words that end a subject phrase.
export const SUBJECT_STOPS = foldedSet(SUBJECT_STOP_WORDS);

// Words after which a number belongs to the body's name.
export const NUMBERED_UNIT = /^(?:منطقه|ناحیه|شماره|شعبه|واحد|کد|بند|تبصره|ماده)$/;

// Words that continue a ministry's name after its inner «،» («تعاون، کار و رفاه اجتماعی»).
export const NAME_GOES_ON = foldedSet(NAME_GOES_ON_WORDS);

// Nouns that start the object of a decision rather than continuing the body's name.
export const OBJECT_NOUNS = foldedSet(OBJECT_NOUN_WORDS);

export const SUBJECT_VERBS =
  /^(?:شد|شود|شوند|گردد|گردید|گردند|نماید|نمایند|نمود|کند|کنند|کرد|دهد|دهند|است|باشد|می|نمی|خواهد|خواهند|نخواهد)$/;

// A number word counting what follows.
const COUNT_WORD = /^(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|دوازده|بیست|صد|چند)$/;
// Counter nouns («یک دستگاه», «دو باب», «سه عدد», «ده نفر»).
const COUNTED = /^(?:دستگاه|عدد|باب|فقره|نفر|واحد|تن|کیلومتر|متر|هکتار|مورد|دست|قطعه|راس|جلد|نوبت|کلاس|پایگاه)$/;

/**
 * The body phrase starting at word `start`, up to a stop word, a verb or punctuation.
 * With `lists`, «،» continues the phrase (an enumeration of bodies) instead of ending it.
 */
export function partyPhrase(ws: string[], start: number, lists = false): string {
  const body: string[] = [];
  // Words inside a registry name («مدیریت و برنامه ریزی», «هیئت مدیره») continue the body.
  const inside = insideKnownNames(ws, start);
  for (let i = start; i < ws.length && body.length < (lists ? 24 : 12); i++) {
    const w = ws[i]!;
    const bare = w.replace(/[،,:؛؟]+$/, '');
    const fw = fold(bare);
    if (/^[:«»"()؛]$/.test(w) || (body.length > 0 && /^[«"]/.test(w))) break;
    if (inside.has(i) && bare !== '') {
      body.push(/[،,]$/.test(w) ? `${bare}،` : bare);
      if (/[:؛؟]$/.test(w)) break;
      continue;
    }
    if (body.length > 0 && (SUBJECT_STOPS.has(fw) || /^(?:موظف|مکلف)/.test(fw))) break;
    // «شهرداری ۲۰ درصد غرفه ها را …»: a number starts the object, except in a body's own
    // number («منطقه ۲ شهرداری», «شعبه ۱۴»).
    if (body.length > 0 && /[\d۰-۹٠-٩]/.test(fw) && !NUMBERED_UNIT.test(fold(body[body.length - 1]!))) break;
    // «شهرداری بروجن یک دستگاه گریدر …»: a number word counting what follows starts the object
    // («شهرداری منطقه یک» keeps its number).
    if (body.length > 0 && COUNT_WORD.test(fw) && COUNTED.test(fold((ws[i + 1] ?? '').replace(/[،,]+$/, '')))) break;
    // «دهیار آن را …», «شهرداری این طرح را …»: a demonstrative starts the object.
    if (body.length > 0 && /^(?:ان|این|انها|اینها)$/.test(fw)) break;
    // «امور مالی شبکه مبلغ ۱.۵ میلیارد ریال …»: an amount is never part of a body's name.
    if (body.length > 0 && /^(?:مبلغ|مبالغ)$/.test(fw)) break;
    // «شهرداری طرح ساماندهی را …»: an object noun after a complete body (but «کمیسیون طرح …»).
    if (body.length > 0 && OBJECT_NOUNS.has(fw)) {
      const prev = fold(body[body.length - 1]!);
      // A head closing a longer name is its parent («دفتر فنی دانشگاه نقشه‌های …»): the object starts.
      if (!(body.length === 1 && BODY_HEADS.has(prev) && !ONE_WORD_BODIES.has(prev))) break;
    }
    // «… پست بانک شهرستان پرونده‌های معرفی شده را», «شهرداری بوکان نرخ‌های جدید را»: a plural
    // noun after a closed name (a jurisdiction word, or a one-word institution and its place)
    // starts the object.
    if (body.length > 0 && !isPartyHead(bare) && isPlural(bare, ws[i + 1]) && closesName(body)) break;
    // «مدیرعامل پرداخت آن را …», «بانک کشاورزی استان پرداخت تسهیلات … را», «پلیس راهور شهرستان
    // اجرای آن را …»: an act after a closed name or a lone role opens the object.
    if (body.length > 0 && OBJECT_ACTS.has(fw) && (closesName(body) || loneRole(body))) break;
    // «… تشکیل گردد», «… انجام شود»: a compound verb ends the subject; so does a verb with its
    // full stop («… با مدیرعامل است.»). A place, a jurisdiction word or an institution's head
    // before the verb closes the name instead («… منابع طبیعی شهرستان می‌باشد», «… مطالبات صندوق
    // است»), and so does any word but a predicate before a copula («رئیس شورای اسلامی روستا
    // است», not «دبیرخانه مسئول است»); a head that is also an act before a light verb («… شورا
    // مدیریت شود») does not.
    if (
      body.length > 0 &&
      (SUBJECT_VERBS.test(fw.replace(/[.!]+$/, '')) ||
        (SUBJECT_VERBS.test(fold((ws[i + 1] ?? '').replace(/[.،,:؛!؟]+$/, ''))) &&
          !closesWithPlace(bare) &&
          !PARENT_HEADS.has(fw) &&
          !ONE_WORD_BODIES.has(fw) &&
          !(copulaAt(ws, i + 1) && !PREDICATES.has(fw))))
    )
      break;
    // «سازمان جهاد کشاورزی، اداره کل میراث فرهنگی و …»: a «،» followed by another body
    // continues an enumeration of subjects even outside list mode.
    const enumerates = lists || isPartyHead(ws[i + 1] ?? '') || NAME_GOES_ON.has(fold(ws[i + 1] ?? ''));
    if (bare === '') {
      // A detached «،» between listed bodies.
      if (enumerates && body.length > 0 && /^[،,]$/.test(w))
        body[body.length - 1] = `${body[body.length - 1]!.replace(/،$/, '')}،`;
      else if (body.length > 0) break;
      continue;
    }
    body.push(enumerates && /[،,]$/.test(w) ? `${bare}،` : bare);
    if (/[:؛؟]$/.test(w) || (!enumerates && /[،,]$/.test(w))) break;
  }
  // «توسط جمعیت هلال احمر شهرستان و با هماهنگی …»: a «و» before the stop joins no body.
  return tidy(trimObject(body, ws[start + body.length]).join(' ')).replace(/(?:[،\s]+|\s+و)+$/, '');
}

export { JURISDICTION };

// Acts a decision asks for, opening its object after the body («پرداخت», «اجرای», «ارائه»).
const OBJECT_ACTS = new Set(
  [...'معرفی ارسال ارائه اعلام ابلاغ تحویل پرداخت اجرا اجرای انجام تامین تأمین تهیه'.split(' ')].map((w) => fold(w)),
);

// A single role word («مدیرعامل», «دبیر»), not a body head.
function loneRole(body: readonly string[]): boolean {
  const f = fold(body[0]!.replace(/[،,]+$/, ''));
  return body.length === 1 && ROLE_HEADS.has(f) && !BODY_HEADS.has(f);
}

// A plural noun: «پرونده‌های», «نرخهای», or «پرونده» followed by a detached «های».
function isPlural(word: string, next: string | undefined): boolean {
  return /^[^\s]{2,}?\u200c?(?:ها|های|هایی)$/.test(word) || /^(?:ها|های|هایی)$/.test(fold(next ?? ''));
}

// Whether the words so far end a body's name: «… شهرستان», «… استان», «شهرداری بوکان».
function closesName(body: readonly string[]): boolean {
  const last = fold(body[body.length - 1]!.replace(/[،,]+$/, ''));
  if (JURISDICTION.has(last) || (body.length >= 2 && closesWithPlace(last))) return true;
  return body.length >= 2 && ONE_WORD_BODIES.has(fold(body[body.length - 2]!)) && !isPartyHead(last);
}

/**
 * A subject phrase that ran into an unmarked object up to «را» («بانکهای عامل استان پرونده ها
 * را …») ends at its last jurisdiction word.
 */
export function trimObject(body: string[], stop: string | undefined): string[] {
  if (stop === undefined || fold(stop) !== 'را') return body;
  let k = -1;
  // «دهیاریهای بخش مرکزی پسماند روستاها را»: a place word closes the name too.
  body.forEach((w, i) => {
    if (JURISDICTION.has(fold(w.replace(/[،,]+$/, ''))) || (i >= 1 && closesWithPlace(w))) k = i;
  });
  // «… استان یزد اعتبار تعدیل را»: the place named after the jurisdiction word is in the name.
  if (k >= 1 && k < body.length - 2 && closesWithPlace(body[k + 1]!)) k++;
  return k >= 1 && k < body.length - 1 ? body.slice(0, k + 1) : body;
}

/** Parties of a phrase, keeping only those that start with a body or role head word. */
export function parties(phrase: string): string[] {
  return splitBodies(phrase).filter((b) => isPartyHead(b.split(' ')[0]!));
}
