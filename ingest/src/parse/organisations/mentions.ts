/** Named bodies in running text: phrases from a head word to where the name ends. Pure. */
import { compactKey, fold, foldWithMap, sourceSpan, tidy } from '../fold.ts';
import { findFundingMentions } from '../funding.ts';
import { sentenceEnd } from '../sentences.ts';
import { parseNumber } from '../../text/numbers.ts';
import { findMinistries } from './ministries.ts';
import { findBodiesByOfficialTitle } from './titles.ts';
import type { OrganisationMention } from './words.ts';
import {
  AFTER_FUNDING_NAME,
  AGENCY_RE,
  AND_CONTINUES,
  COMPLETE_HEADS,
  COPULA,
  COUNT_BEFORE,
  ENACTED_BEFORE,
  FORMED_BY_ITEM,
  FORMED_LATER,
  GENERIC_GROUP,
  GENERIC_MOD,
  HEAD_RE,
  INNER_HEAD,
  INSTITUTION,
  LAW_TITLE_BEFORE,
  NUMBER_WORD,
  NUMBERED_BEFORE,
  PARENT_HEAD,
  PLACE_KEYS,
  PLACE_WORDS,
  PLURAL_OFFICES_BEFORE,
  PUBLIC_COMPANY,
  ROLE_BEFORE,
  STOP,
  STOP_COMPOUND,
  ACTION_NOUN,
  SUB_UNIT,
  endsPlace,
  enumerationGoesOn,
  isPlaceWord,
  andGoesOnToPlace,
  isVerbToken,
  nameWords,
  placeWordsFrom,
  wordKey,
} from './words.ts';

// Marks that end a name: line ends, table cells (tabs), stops, colons, quotes, brackets other
// than an honorific's («(ره)», «(ع)»), and a dash between spaces.
const HONORIFIC = /^\((?:ره|ع|س|عج|ص)\)$/;
// Words before a hospital or faculty that make it the object of a project: its ward or building,
// building or equipping it, or a proposal or pursuit of founding it («پیگیری ایجاد دانشکده …»;
// a founding agreed on names the new body).
const PROJECT_BEFORE =
  /(?:^|\s)(?:بخش(?:\s+[^\s]+){0,2}|ساختمان|پروژه|طرح|احداث|تکمیل|تجهیز|توسعه|بازسازی|نوسازی|مرمت|(?:پیشنهاد|پیگیری|درخواست|لزوم|ضرورت|مطالعه|امکان\s*سنجی)\s+(?:تشکیل|ایجاد|تاسیس|تأسیس|راه\s*اندازی)|بهره\s*برداری\s+از|افتتاح)\s*$/;
const PLANT_BUILT_BEFORE = /(?:^|\s)(?:راه\s*اندازی|ایجاد|تاسیس|تأسیس|ساخت|احداث)\s*$/;
// Words that may follow an agency's bare name: its level, branch or region, or «و» and its field.
const AGENCY_QUALIFIER = /^(?:و|کل|مرکز|ناحیه|منطقه|شعبه|بخش|جمهوری|حکومتی|اسلامی)$/;
const NAME_END_MARK = /[\n\t.:؛«»"*|+؟?!]|\((?!(?:ره|ع|س|عج|ص)\))|(?<!\((?:ره|ع|س|عج|ص))\)|\s[-–—]\s|-{2,}|ـ{2,}/;

/**
 * Whether the text before an agency's name is a plural office head («مدیریت‌های», «ادارات»): the
 * agency's offices everywhere, a group. A resolution binding them («الزام ادارات صمت شهرستانها
 * به …», «ادارات … موظفند») makes them a party of the record, as with named local administrations.
 */
function pluralOffices(before: string): boolean {
  const m = PLURAL_OFFICES_BEFORE.exec(before);
  if (!m) return false;
  return !/(?:^|\s)(?:الزام|ملزم|مکلف|موظف|توسط)\s+(?:(?:کلیه|تمامی|همه)\s+)?$/.test(before.slice(0, m.index + 1));
}

/** A named body in running text. */
export type { OrganisationMention } from './words.ts';
/** A head word's key: folded, one space; «کار گروه» is «کارگروه», a glued «شورایعالی» is «شورای». */
function headKey0(head: string): string {
  const k = fold(head).replace(/\s+/g, ' ');
  return k === 'کار گروه' ? 'کارگروه' : k === 'شورایعالی' ? 'شورای' : k;
}

/** Organisation phrases starting with a head word, in text order (light-folded text in, as written out). */
export function findOrganisationMentions(text: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  // Boards of a body («هیات مدیره سازمان X»): the body inside is named too.
  const boards = new Set<OrganisationMention>();
  const ministries = findMinistries(text);
  // A ministry named through its minister is a body of the document (findOrganisations), not a
  // mention of the body in its sentence (the minister is the party there).
  for (const mm of ministries) if (!mm.byMinister) out.push({ name: mm.name, index: mm.index, end: mm.end });
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const head = m[0];
    if (ministries.some((mm) => mm.index === m!.index)) continue;
    // «وزیر راه و شهرسازی»: the field inside a minister's title is the ministry's, named as such
    // by findOrganisations; no body of its own.
    if (ministries.some((mm) => mm.byMinister && mm.index < m!.index && m!.index < mm.end)) continue;
    const headIsAgency = AGENCY_RE.test(fold(head).replace(/\s+/g, ' ')) || AGENCY_RE.test(head);
    const before = fold(text.slice(Math.max(0, m.index - 12), m.index));
    if (headIsAgency && ROLE_BEFORE.test(before)) continue;
    // «دانشکده کشاورزی و منابع طبیعی», «رشته منابع طبیعی»: an agency's field in the name of a
    // faculty or a discipline.
    if (
      headIsAgency &&
      /(?:^|\s)(?:دانشکده|پژوهشکده|رشته|گروه\s+آموزشی)(?:(?:\s+[^\s]+){1,2}\s+و)?\s*$/.test(
        fold(text.slice(Math.max(0, m.index - 40), m.index)),
      )
    )
      continue;
    // «معاون وزیر نیرو در امور آب»: the portfolio of a deputy or adviser, not the water office.
    if (
      headIsAgency &&
      /(?:^|\s)(?:معاون|مشاور|دستیار)(?:\s+[^\s]+){0,3}\s+در\s*$/.test(
        fold(text.slice(Math.max(0, m.index - 40), m.index)),
      )
    )
      continue;
    const before30 = fold(text.slice(Math.max(0, m.index - 30), m.index));
    // «سالن شورای فرمانداری», «سالن شورای بیمارستان»: the council chamber, a room.
    if (/^شورای?$/.test(fold(head)) && /(?:^|\s)سالن\s*$/.test(before)) continue;
    // A hospital, faculty or school as the object of a project («بخش دیالیز بیمارستان X», «تکمیل
    // ساختمان بیمارستان Y», «تشکیل دانشکده Z»): a building or a plan, not a party of the record.
    if (/^(?:بیمارستان|دانشکده|آموزشگاه|درمانگاه|کارخانه)$/.test(fold(head)) && PROJECT_BEFORE.test(before30)) continue;
    // A factory being set up or built («برای راه‌اندازی کارخانه فرآوری سنگ …») is a project too.
    if (fold(head) === 'کارخانه' && PLANT_BUILT_BEFORE.test(before30)) continue;
    // «کارشناس(ان) رسمی دادگستری»: a profession's title, not the judiciary.
    if (/کارشناس(?:ان)?\s+رسمی\s*$/.test(fold(text.slice(Math.max(0, m.index - 20), m.index)))) continue;
    // «خبرگزاری صداوسیما …» is an outlet.
    if (/خبرگزاری\s*$/.test(before)) continue;
    // «این بنیاد», «همین صندوق» refer back; «بعنوان بانک تخصصی» describes: not names.
    if (/(?:^|\s)(?:این|آن|همین|همان|هر|بعنوان|عنوان)\s*$/.test(before)) continue;
    if (
      // An item number at a line start («۴ـ شبکه …» once the tatweel is dropped) is not a count.
      (COUNT_BEFORE.test(before) && !NUMBERED_BEFORE.test(before) && !/(?:^|\n)\s*\d{1,2}\s*$/.test(before)) ||
      ENACTED_BEFORE.test(fold(text.slice(Math.max(0, m.index - 30), m.index))) ||
      LAW_TITLE_BEFORE.test(before30) ||
      (/^(?:کارگروه|کمیته|ستاد|کمیسیون|شورای|قرارگاه)$/.test(headKey0(head)) && FORMED_BY_ITEM.test(before30)) ||
      ((headIsAgency || /^(?:جهاد کشاورزی|میراث فرهنگی|بهزیستی|هلال احمر)$/.test(headKey0(head))) &&
        pluralOffices(fold(text.slice(Math.max(0, m.index - 60), m.index))))
    )
      continue;
    const restRaw = text.slice(m.index + head.length, m.index + head.length + 160);
    const rest = restRaw.split(NAME_END_MARK)[0]!;
    const ws = nameWords(rest);
    // Plurals are generic mentions («بانک های عامل», «کمیته های تخصصی»).
    if (/^(?:ها|های|هایی)$/.test(wordKey(ws[0] ?? '').replace(/[،,]$/, ''))) continue;
    if (NUMBER_WORD.test(wordKey(ws[0] ?? ''))) continue;
    const first = wordKey(ws[0] ?? '').replace(/[،,]$/, '');
    // «وزارت خانه‌های …» is the common noun (ministries); «اداره صندوق‌ها», «اداره زندگی»: running
    // something, not an office.
    if (headKey0(head) === 'وزارت' && /^خانه/.test(first)) continue;
    if (
      headKey0(head) === 'اداره' &&
      (/(?:ها|های|هایی)$/.test(first) || /^(?:ها|های)$/.test(wordKey(ws[1] ?? '')) || first === 'زندگی')
    )
      continue;
    // «بانک اطلاعات(ی) …», «بانک داده»: a database, not a bank.
    if (headKey0(head) === 'بانک' && /^(?:اطلاعات|اطلاعاتی|داده|داده‌ها|دادههای|داده‌های|ژن)$/.test(first)) continue;
    // The cabinet: «هیئت وزیران», «هیئت دولت».
    if (/^هی[ئا]ت$/.test(head) && /^(?:وزیران|دولت)$/.test(first)) {
      const end = m.index + head.length + restRaw.indexOf(ws[0]!) + ws[0]!.replace(/[،,]$/, '').length;
      out.push({ name: 'هیات وزیران', index: m.index, end });
      continue;
    }
    // «دانشگاه پیگیری وصول …», «دانشگاه نقشه‌های …»: an action noun or a plural right after a
    // university or hospital opens the predicate; their names go on with a field or a place.
    if (
      /^(?:دانشگاه|دانشکده|بیمارستان)$/.test(headKey0(head)) &&
      (ACTION_NOUN.has(first) || /(?:ها|های)$/.test(first) || /^(?:ها|های)$/.test(wordKey(ws[1] ?? '')))
    )
      continue;
    const board = /^هی[ئا]ت$/.test(head) && /^(?:مدیره|رئیسه|رییسه|امنا|امناء|امنای)$/.test(first);
    // A board counts only with the body it governs after it («هیات رئیسه شورای …»); «هیات امنای X»
    // names its X.
    if (
      board &&
      first !== 'امنای' &&
      !INNER_HEAD.test(fold(ws[1] ?? '')) &&
      !INNER_HEAD.test(`${fold(ws[1] ?? '')} ${fold(ws[2] ?? '')}`)
    )
      continue;
    const name: string[] = [head];
    const headKey = headKey0(head);
    const complete = COMPLETE_HEADS.get(headKey);
    const institution = INSTITUTION.test(headKey) || headKey === 'پست بانک';
    const council = /^(?:کمیته|کارگروه|شورای|ستاد|کمیسیون|قرارگاه)$/.test(headKey);
    // «هیئت مدیره», «هیئت همراه»: boards and delegations, not bodies; «هیئت حل اختلاف …»,
    // «هیئت تشخیص»: the stage a case is referred to, not a participant.
    if (
      !board &&
      /^هی[ئا]ت$/.test(head) &&
      /^(?:مدیره|رئیسه|رییسه|امنا|امناء|همراه|عامل|اعزامی|تحریریه|منصفه|حل|تشخیص|بدوی|تجدیدنظر|تجدید|علمی)$/.test(first)
    )
      continue;
    let enumerating = false;
    // A bank, fund or foundation from the gazetteer: its known name, then only a branch or
    // place qualifier («بانک صادرات علل عدم تحقق …» is «بانک صادرات»).
    let knownUntil = -1;
    let exact = false;
    if (/^(?:بانک|صندوق|بنیاد|پست بانک)$/.test(headKey)) {
      const raw = text.slice(m.index, m.index + head.length + 160).split(/[\n.:؛()«»"*|+]/)[0]!;
      const probe = foldWithMap(raw);
      const hit = findFundingMentions(probe.text).find((h) => h.index === 0);
      // Words of the known name as the loop counts them (a ZWNJ stays inside a word).
      if (hit) {
        const written = raw.slice(0, sourceSpan(probe, 0, hit.end)[1]);
        knownUntil = nameWords(written).length - head.split(/\s+/).length;
        // Written exactly as the registry names it: the name runs through its own stop words.
        exact = compactKey(written) === compactKey(hit.canonical);
      }
    }
    for (let i = 0; i < ws.length && name.length < (council ? 16 : 12); i++) {
      const w = ws[i]!;
      const bare = w.replace(/[،,]$/, '');
      const f = wordKey(bare);
      if (f === '') break;
      // The registry's name of a bank or fund goes on whatever its words («صندوق حمایت از توسعه …»).
      if (exact && i < knownUntil) {
        name.push(bare);
        continue;
      }
      // «امام خمینی (ره)», «امام علی (ع)»: the honorific stays in the name.
      if (HONORIFIC.test(bare)) {
        if (i > 0) name.push(bare);
        continue;
      }
      if (
        knownUntil >= 0 &&
        i >= knownUntil &&
        !isPlaceWord(bare) &&
        !AFTER_FUNDING_NAME.test(f) &&
        !(i > 0 && /^(?:شعبه|شعب)$/.test(wordKey(ws[i - 1]!)))
      )
        break;
      // An agency named without its head noun («تأمین اجتماعی», «منابع طبیعی») is the subject of
      // «تأمین اجتماعی مطالبات را … خواسته»: the word before «را», unless a place, level or branch
      // of the agency, is the object.
      if (
        headIsAgency &&
        i === 0 &&
        bare === w &&
        wordKey(ws[1] ?? '') === 'را' &&
        !isPlaceWord(bare) &&
        !AGENCY_QUALIFIER.test(f)
      )
        break;
      // «… دانشگاه خواسته است», «… بانک رسیده بود»: a past participle with its auxiliary is the verb.
      if (/[تد]ه$/.test(f) && /^(?:است|اند|بود|بودند)$/.test(wordKey(ws[i + 1] ?? ''))) break;
      // A numbered region or district («منطقه ۳», «ناحیه ۲») ends the name with its number; a
      // municipality's district also with its number in words («شهرداری منطقه دو موظف است …»),
      // where other bodies' regions go on («هیات امنای منطقه سه پژوهشی»).
      if (
        i > 0 &&
        /^(?:منطقه|ناحیه)$/.test(wordKey(ws[i - 1]!)) &&
        (/^\d+$/.test(f) || (headKey === 'شهرداری' && Number.isInteger(parseNumber(bare) ?? NaN)))
      ) {
        name.push(bare);
        break;
      }
      if (complete && !isPlaceWord(bare) && !complete.has(f)) {
        // A place of two or three words («شهرداری شاهین شهر») completes the name.
        const n = placeWordsFrom(ws, i);
        if (n === 0) break;
        name.push(...ws.slice(i, i + n).map((x) => x.replace(/[،,]$/, '')));
        break;
      }
      // A head in the plural is the field the body serves («سازمان همیاری شهرداری‌های استان»).
      const plural = /^(?:ها|های)$/.test(wordKey(ws[i + 1] ?? '')) || /(?:ها|های)$/.test(f);
      // «اداره کل حفاظت محیط زیست»: what a body protects is part of its name, not another body.
      const protects = i > 0 && /^(?:حفاظت|حمایت|صیانت)$/.test(wordKey(ws[i - 1]!));
      if (
        institution &&
        i > 0 &&
        !plural &&
        !protects &&
        (INNER_HEAD.test(f) || INNER_HEAD.test(`${f} ${wordKey(ws[i + 1] ?? '')}`))
      )
        break;
      // «سازمان و مدیریت …»: a name never goes on with «و» right after its head.
      // A complete name goes on with «و» only where its own name does («شبکه بهداشت و درمان»).
      if (f === 'و' && (complete ? !complete.has(f) : i === 0)) break;
      if (f === 'و') {
        const next = wordKey((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        if (
          AND_CONTINUES.has(next) ||
          complete?.has(next) ||
          (enumerating && !STOP.has(next) && !INNER_HEAD.test(next)) ||
          andGoesOnToPlace(ws, i + 1)
        ) {
          enumerating = false;
          name.push(w);
          continue;
        }
        break;
      }
      if (f === 'در' && /^(استان|شهرستان)$/.test(wordKey(ws[i + 1] ?? ''))) {
        // An institution's province is part of its name without «در» («صندوق کارآفرینی امید در
        // استان سمنان» is «… امید استان سمنان»); a council's «در استان» is its own wording.
        if (!institution || i === 0) name.push(w);
        continue;
      }
      // «شورای هماهنگی مدیران (کل) دستگاههای …»: the managers a council is made of are part of its name.
      const managersOf =
        council &&
        f === 'مدیران' &&
        i <= 1 &&
        ws[i + 1] !== undefined &&
        !STOP.has(wordKey(ws[i + 1]!)) &&
        !isVerbToken(wordKey(ws[i + 1]!));
      // «گفت وگوی», «گفت و گوی», «هم اندیشی»: a noun, the stop word and its other half are kept.
      const second = STOP_COMPOUND.get(f)?.exec(`${wordKey(ws[i + 1] ?? '')} ${wordKey(ws[i + 2] ?? '')} `);
      if (second) {
        const parts = second[0].trim().split(' ').length;
        name.push(w, ...ws.slice(i + 1, i + 1 + parts));
        i += parts;
        continue;
      }
      // «شورای حفاظت از منابع آب», «کمیته حمایت از …»: a council named for protecting something goes
      // on through «از» to what it protects.
      if (
        council &&
        f === 'از' &&
        i > 0 &&
        /^(?:حفاظت|حمایت|صیانت|پیشگیری|جلوگیری|دفاع)$/.test(wordKey(ws[i - 1]!)) &&
        !STOP.has(wordKey(ws[i + 1] ?? 'از'))
      ) {
        name.push(w);
        continue;
      }
      if (!managersOf && (STOP.has(f) || isVerbToken(f) || /^\d/.test(f))) break;
      // «معاونت عمرانی پیگیری لازم …», «وزارت متبوع تامین اعتبار …»: an action noun after the
      // first word of a name opens the predicate.
      if (i > 0 && ACTION_NOUN.has(f)) break;
      // «… یک ماه», «… دو هفته»: a period in words after the name.
      if (/^(?:یک|دو|سه|چهار|پنج|شش|ده|پانزده)$/.test(f) && /^(?:ماه|هفته|روز|سال)/.test(wordKey(ws[i + 1] ?? '')))
        break;
      // «دفتر فنی دانشگاه نقشه‌های …»: a plural after the university or hospital a unit belongs to
      // is the object of the sentence.
      if (
        i > 0 &&
        /^(?:دانشگاه|دانشکده|بیمارستان)$/.test(wordKey(ws[i - 1]!)) &&
        (/(?:ها|های)$/.test(f) || /^(?:ها|های)$/.test(wordKey(ws[i + 1] ?? '')))
      )
        break;
      // An indefinite plural («رهنمودهایی», «اقداماتی») is never part of a name.
      if (/هایی$/.test(f)) break;
      // «تامین میشود», «پرداخت خواهد شد», «اعطا گردید»: the word is the first half of a verb.
      const nextF = wordKey(ws[i + 1] ?? '');
      if (w === bare && isVerbToken(nextF) && !COPULA.test(nextF)) break;
      if (w !== bare) {
        // A comma continues only inside enumerated names («تعاون، کار و رفاه»); it is kept as written.
        const next = wordKey((ws[i + 1] ?? '').replace(/[،,]$/, ''));
        // Councils and chambers list their fields («اتاق بازرگانی، صنایع، معادن و کشاورزی»).
        const listed = (council || headKey === 'اتاق') && enumerationGoesOn(ws, i + 1);
        // A factory is named for its product; a comma after it lists other trades («کارخانه خوراک
        // دام، صنایع تبدیلی، …»).
        if (headKey === 'کارخانه') {
          name.push(bare);
          break;
        }
        if (!AND_CONTINUES.has(next) && !/^(فرهنگی|اجتماعی|سلامت|امنیتی|اشتغال)$/.test(next) && !listed) {
          name.push(bare);
          break;
        }
        if (listed) enumerating = true;
        name.push(w);
        continue;
      }
      name.push(bare);
      // «کمیسیون فرهنگی شورا»: the council a committee belongs to closes its name.
      if (f === 'شورا') break;
      // After «استان»/«شهرستان» only a place may follow; after a place the name is complete.
      const nextBare = wordKey((ws[i + 1] ?? '').replace(/[،,]$/, ''));
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
    // «وزارت/دادستانی کشور» are national bodies; «مرکزی» is the province only after «استان»
    // («بانک مرکزی», «شورای مرکزی»).
    const tailKey = fold(pws.slice(headWords).join(' '));
    const onlyPlace =
      pws.length > headWords &&
      pws.slice(headWords).every((w) => isPlaceWord(w)) &&
      !(tailKey === 'مرکزی' || (tailKey === 'کشور' && /^(?:وزارت|دادستانی)$/.test(headKey)));
    // A university named by its city alone («دانشگاه تبریز», «دانشگاه قم») is a body; other heads
    // with only a place («بانک استان», «سازمان قم») name none.
    const cityUniversity =
      headKey === 'دانشگاه' &&
      pws.length === headWords + 1 &&
      !PLACE_WORDS.has(fold(pws[headWords]!)) &&
      PLACE_KEYS.has(compactKey(pws[headWords]!));
    if (onlyPlace && !complete && headWords === 1 && knownUntil < 0 && !cityUniversity) continue;
    // A bare head is a mention only for bodies that are complete on their own.
    if (
      pws.length === 1 &&
      !/^(استانداری|فرمانداری|بخشداری|دهیاری|شهرداری|بهزیستی|صمت|آبفا|دامپزشکی|دادگستری|دادستانی)$/.test(fold(phrase))
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
    // «پلیس راه» alone also names a place on a road («جایگاه CNG پلیس راه»); the road police is
    // named with its county or province («پلیس راه شهرستان»).
    if (headKey === 'پلیس' && pws.length === 2 && wordKey(pws[1]!) === 'راه') continue;
    if (headKey === 'شرکت' && !PUBLIC_COMPANY.test(fold(phrase).replace(/[،,]/g, ' '))) continue;
    // A factory named only by its product («کارخانه خوراک دام», «طرح توسعه کارخانه فرآوری روی») is a
    // kind of plant; a factory of a body is named with its place («کارخانه نوآوری … البرز»).
    if (headKey === 'کارخانه' && !pws.slice(headWords).some((w) => PLACE_KEYS.has(compactKey(w.replace(/[،,]$/, '')))))
      continue;
    if (headWords === 1 && GENERIC_GROUP.test(fold(phrase))) continue;
    // The rest of the sentence forms the bodies it names («… و شورای پیشرفت محله تشکیل میشوند»).
    const sentence = text.slice(m.index, sentenceEnd(text, m.index, { limit: 400 }));
    if (FORMED_LATER.test(fold(sentence))) continue;
    // End of the phrase in the text: walk the kept words through the raw continuation.
    let cursor = 0;
    for (const w of pws.slice(headWords)) {
      const at = restRaw.indexOf(w, cursor);
      if (at < 0) break;
      cursor = at + w.length;
    }
    const mention = { name: phrase, index: m.index, end: m.index + head.length + cursor };
    out.push(mention);
    if (board) boards.add(mention);
  }
  // «بانک‌های ملی، سپه و رفاه کارگران»: a plural «بانک» with a list of banks names each bank.
  // «۷ بانک عاملی (ملی، سپه، … و ملت)» too.
  const plural = /بانک[\s\u200c]*(?:ها|های)\s|بانک(?:[\s\u200c]*(?:ها|های))?\s*عامل(?:ی)?\s*\(/g;
  for (let m = plural.exec(text); m; m = plural.exec(text)) {
    // The bracket that opens the list is not its end.
    const probe = fold(
      (
        text.slice(m.index, m.index + m[0].length).replace('(', ' ') + text.slice(m.index + m[0].length, m.index + 160)
      ).split(/[\n.:؛()«»"*|]/)[0]!,
    );
    // The banks of the first list after the head («… عامل (استان) (از جمله/شامل) ملی، …»).
    const banks = findFundingMentions(probe).filter((h) => /^بانک/.test(h.canonical));
    const first = banks[0]?.index ?? Infinity;
    for (const hit of banks.filter((h) => h.index === first && first <= 40)) {
      if (!out.some((o) => o.name === hit.canonical && o.index === m!.index))
        out.push({ name: hit.canonical, index: m.index, end: m.index + hit.end });
    }
  }
  out.push(...findBodiesByOfficialTitle(text));
  out.sort((a, b) => a.index - b.index);
  // Nested mentions: a sub-unit with its parent inside («معاونت … استانداری X») stands for
  // the parent; otherwise the inner mention is part of the outer name and is dropped.
  const kept: OrganisationMention[] = [];
  for (const mention of out) {
    const outer = kept.find((k) => mention.index > k.index && mention.index < k.end);
    if (!outer || boards.has(outer)) {
      kept.push(mention);
      continue;
    }
    if (SUB_UNIT.test(fold(outer.name)) && PARENT_HEAD.test(fold(mention.name))) {
      kept.splice(kept.indexOf(outer), 1, mention);
    }
  }
  return kept;
}
