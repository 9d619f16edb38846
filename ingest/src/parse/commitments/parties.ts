/**
 * Who is bound by a commitment clause: funding bodies (canonical names from the funding
 * registry), public bodies and officials («شهرداری تهران», «استاندار», «وزارت کشور»). Names
 * come out as written (light-folded, honorifics dropped) unless the funding registry knows
 * them. Recipients («به ۵۲ طرح», «برای شرکت‌های تعاونی») are not parties. Pure.
 */
import { findOrganisationMentions } from '../organisations/index.ts';
import { fold, lightFold, tidy } from '../fold.ts';
import { canonicalFundingBody, findFundingMentions } from '../funding.ts';
import { re, WB_END, WB_START } from '../boundary.ts';

/** A party mention inside a clause (offsets into the clause). */
export interface PartyMention {
  name: string;
  index: number;
  end: number;
}

const HONORIFIC = /(?:^|\s)(?:جناب|آقای|اقای|سرکار|خانم|محترم|دکتر|مهندس)(?=\s|$)/g;

/**
 * A party name as written: honorifics and a trailing «(ره)»/«استان» comma dropped, funding bodies
 * canonical. Provincial agencies stay as written («اداره کل نوسازی مدارس استان کرمان»); the party
 * facet folds them to one value each (search/commitments.ts).
 */
export function canonicalParty(name: string): string {
  const clean = tidy(
    lightFold(name)
      .replace(/\((?:ره|ع|س)\)/g, '')
      .replace(HONORIFIC, ' '),
  ).replace(/[،,:\s]+$/, '');
  const funder = canonicalFundingBody(fold(clean));
  if (funder && startsWithFunder(clean, funder)) return funder;
  return clean;
}

// A body «of» a funder («مدیریت صندوق X», «شعبه بانک Y») is that funder; a ministry that
// merely contains a bank's words is not.
function startsWithFunder(name: string, funder: string): boolean {
  const f = fold(name);
  const head = fold(funder).split(' ')[0]!;
  const at = f.indexOf(head);
  if (at < 0) return true;
  return /^(?:|(?:مدیریت|مدیر|مدیرعامل|مدیر\s+عامل|رئیس|رییس|شعبه|شعب|نماینده|معاون|معاونت)\s+)$/.test(f.slice(0, at));
}

// Official roles and bodies the organisation finder leaves out.
const ROLE_HEAD = re(
  'g',
)`${WB_START}(?:استانداری|فرمانداری|شهرداری|بخشداری|دهیاری|استاندار|فرماندار(?:ان)?|شهردار|بخشدار|دهیار|وزیر|رئیس\s+جمهور|رییس\s+جمهور|معاون\s+اول|وزرای|وزارت|دولت|هیات\s+وزیران|هیأت\s+وزیران|هیات\s+دولت|مجلس|کمیسیون|کارگروه|قرارگاه|ستاد|دبیرخانه|دستگاه(?:\s*ها|\s*های)?\s+اجرا[یئ]ی|کلیه\s+(?:دستگاه|بانک|اعضا)\S*|بانک(?:\s*ها|\s*های)\s+عامل|صدا\s*و\s*سیما|بانک\s+مرکزی|ریاست\s+شورا|شورا|راه[\s\u200c]*[اآ]هن|نیروی\s+انتظامی|فرماندهی\s+انتظامی|هلال\s+احمر|اموزش\s+و\s+پرورش|آموزش\s+و\s+پرورش|تامین\s+اجتماعی|تأمین\s+اجتماعی|جهاد\s+کشاورزی|منابع\s+طبیعی|بهزیستی|دادگستری|قوه\s+قضاییه|مجلس\s+شورای\s+اسلامی)${WB_END}`;
// Units of a body named by their function («مدیریت امور مالی», «واحد وصول مطالبات صندوق», «یگان
// حفاظت منابع طبیعی»): the unit's name runs on over the parent body it may end with.
const UNIT_HEAD = re(
  'g',
)`${WB_START}(?:(?:مدیریت|اداره|دفتر)\s+امور|یگان\s+(?:حفاظت|ویژه|امداد)|واحد\s+(?:وصول|حقوقی|مالی|حراست|بازرسی|اعتبارات|فناوری|پشتیبانی|امور|خدمات|اجرایی))${WB_END}`;
// Words that end a party phrase.
const STOP = new Set(
  'و نسبت با در جهت به برای ضمن از را تا که نیز هم پس ظرف طی بر مبنی درباره پیرامون هر امسال تاکنون اکنون سال گفت افزود ایجاد اجرا پرداخت اختصاص تخصیص موظف مکلف ملزم متعهد اعلام اماده امادگی همکاری حمایت است بود شد شده کرد کرده می خواهد اقدام باید بایستی اظهار تصریح خواست ابلاغ تشکیل تاکید بیان عنوان اشاره ادامه خبر هستند هست میباشد میباشند مبلغ مبالغ همچنین ضمنا'
    .split(' ')
    .map((w) => fold(w)),
);
// Light verbs: the word before one is the noun of a compound verb, not part of a name.
const LIGHT_VERB =
  /^ن?(?:نمود|نماید|نمایند|کرد|کند|کنند|شد|شود|شوند|گردید|گردد|داد|دهد|داشت|دارد|نمودند|کردند|کرده|نموده|شده|گردیده|داده|خواهد|خواهند)$/;

function rolePhrase(text: string, index: number, head: string): string {
  const words = tidy(text.slice(index + head.length, index + head.length + 120).split(/[.:؛()«»\n]/)[0]!).split(' ');
  const out = [head];
  // «بانک‌های عامل فهرست متقاضیان …»: «عامل» closes the name but for its place («… عامل استان X»).
  if (/عامل$/.test(fold(head)) && !/^(?:استان|شهرستان)$/.test(fold(words[0] ?? ''))) return head;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!w) continue;
    const bare = w.replace(/[،,]+$/, '');
    const f = fold(bare);
    const next = fold((words[k + 1] ?? '').replace(/[،,.]+$/, ''));
    if (STOP.has(f) || /\d/.test(f) || f.startsWith('می') || LIGHT_VERB.test(next) || LIGHT_VERB.test(f)) break;
    out.push(bare);
    if (/[،,]$/.test(w) || out.length >= 6) break;
  }
  return out.join(' ');
}

// Words before a mention that make it a recipient or a beneficiary rather than the party, or what
// is built («برای راه‌اندازی کارخانه X», «احداث بیمارستان Y»).
// Also the news source («به گزارش روابط عمومی X») and a frame («در راستای تفاهم‌نامه X»).
const RECIPIENT_BEFORE =
  /(?:^|\s)(?:به|برای|با|در|بین\s+|در\s+اختیار|به\s+حساب|جهت|مشتریان|متقاضیان|مددجویان|اعضای|کارکنان|تحت\s+پوشش|روابط\s+عمومی|گزارش|راستای(?:\s+تفاهم\s*نامه)?|با\s+(?:حمایت|همکاری|مشارکت|هماهنگی|حضور)|(?:راه\s*اندازی|احداث|ساخت|تکمیل|تجهیز|بازسازی|نوسازی))\s*$/;
// …unless an agent marker precedes: «از سوی», «توسط», «از طرف», «از محل», «از طریق».
// «به پیشنهاد شورا», «به درخواست X», «به دعوت X», «به نقل از X»: who proposed, asked,
// invited or is quoted is not who is bound.
const NEWS_SOURCE_BEFORE = /(?:گزارش|روابط\s+عمومی|نقل\s+از)\s*$/;
const PROPOSER_BEFORE = /(?:^|\s)(?:به|با)\s+(?:پیشنهاد|درخواست|دعوت|نقل\s+از)\s*$/;
// («… اختصاص داده که اجرای آن با شرکت X است»: who carries it out is bound too.)
const AGENT_BEFORE =
  /(?:از\s+سوی|از\s+طرف|توسط|از\s+محل|از\s+طریق|میان|بین|با\s+مسئولیت|اجرای\s+(?:ان|انها|این\s+\S+)\s+با)\s*$/;
// («پرونده‌های معرفی‌شده بهزیستی»: the referrer named right after the participle, too.)
const REFERRER_BEFORE = /(?:معرفی|ارسال|ارجاع|تایید|تأیید|ثبت)\s*شده(?:\s+(?:از\s+سوی|از\s+طرف|توسط))?\s*$/;
// «… به حساب سازمان مدیریت حمل و نقل مسافر شهرداری کرمانشاه واریز می‌شود»: a body inside the account
// the money goes to.
const ACCOUNT_OF = /(?:^|\s)به\s+حساب\s+(?:[^\s.،:]+\s+){0,6}$/;
const VERB_IN_NAME = /\s(?:می|نمی|درمی|بکن|بکنند|استفاده|کنند|نمایند)(?:\s|$)/;
// A mention followed by a speech verb is who speaks, not who is bound; so is X in «X از پرداخت …
// توسط بانک Y خبر داد» when another body is named.
const SPEAKS_AFTER =
  /^\s*(?:(?!(?:است|بود|شد|باشد)(?:\s|$))[^\s]+\s+){0,3}?(?:گفت|افزود|تصریح|اظهار|تاکید|تأکید|بیان\s+(?:کرد|داشت)|خاطرنشان|یادآور|با\s*(?:بیان|اشاره|تاکید|تأکید)\s|(?:(?:نیز|هم)\s+)?از\s+(?:پرداخت|اعطای|تخصیص|اختصاص|اجرای|ایجاد|احداث|افتتاح|تصویب|امضای|انعقاد)\s[^.]{0,200}خبر\s+(?:داد|دادند))/;

/** Party mentions of a clause, in text order, recipients left out. */
export function partyMentions(clause: string, withRecipients = false): PartyMention[] {
  const light = lightFold(clause);
  const folded = fold(light);
  const found: PartyMention[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && f.index < e);
  // Funding mentions never overlap but for the members of one bank list, which share a span.
  for (const m of findFundingMentions(folded)) found.push({ name: m.canonical, index: m.index, end: m.end });
  for (const m of findOrganisationMentions(light)) {
    if (overlaps(m.index, m.end)) continue;
    found.push({ name: canonicalParty(m.name), index: m.index, end: m.end });
  }
  UNIT_HEAD.lastIndex = 0;
  for (let m = UNIT_HEAD.exec(light); m; m = UNIT_HEAD.exec(light)) {
    const end = m.index + rolePhrase(light, m.index, m[0]).length;
    if (found.some((f) => f.index < m!.index && m!.index < f.end)) continue;
    for (let k = found.length - 1; k >= 0; k--)
      if (found[k]!.index >= m.index && found[k]!.end <= end) found.splice(k, 1);
    if (!overlaps(m.index, end)) found.push({ name: canonicalParty(light.slice(m.index, end)), index: m.index, end });
  }
  ROLE_HEAD.lastIndex = 0;
  for (let m = ROLE_HEAD.exec(light); m; m = ROLE_HEAD.exec(light)) {
    const name = rolePhrase(light, m.index, m[0]);
    if (overlaps(m.index, m.index + name.length)) continue;
    found.push({ name: canonicalParty(name), index: m.index, end: m.index + name.length });
  }
  // «بنیاد برکت ستاد اجرایی فرمان امام»: a funder named right after another is its parent
  // organisation, not a second party.
  const funders = found.filter((f) => findFundingMentions(fold(f.name)).length > 0).sort((a, b) => a.index - b.index);
  for (let k = 1; k < funders.length; k++) {
    const prev = funders[k - 1]!;
    if (prev.index === funders[k]!.index) continue;
    if (/^\s*$/.test(light.slice(prev.end, funders[k]!.index))) found.splice(found.indexOf(funders[k]!), 1);
  }
  // «مددجویان کمیته امداد و بهزیستی»: a name listed right after a recipient is a recipient too.
  const dropped: PartyMention[] = [];
  const kept = found
    .sort((a, b) => a.index - b.index)
    .filter((p) => {
      const keep = keepMention(p);
      if (!keep) dropped.push(p);
      return keep;
    });
  function keepMention(p: PartyMention): boolean {
    const prev = dropped[dropped.length - 1];
    // («به گزارش روابط عمومی بانک X، بانک X …»: after the news source's comma comes the subject.)
    if (
      !withRecipients &&
      prev &&
      /^\s*(?:و|،|,)\s*$/.test(light.slice(prev.end, p.index)) &&
      !NEWS_SOURCE_BEFORE.test(fold(light.slice(Math.max(0, prev.index - 30), prev.index)))
    )
      return false;
    // «صندوق درمی آورند»: a head word followed by a verb is no name.
    if (VERB_IN_NAME.test(fold(p.name))) return false;
    const before = fold(light.slice(Math.max(0, p.index - 30), p.index));
    if (/(?:^|\s)(?:این|همین|آن)\s*$/.test(before)) return false;
    // «در هفته دولت», «روز شورا»: the name of a week or a day, not a body.
    if (/(?:^|\s)(?:هفته|روز|سالروز|دهه)\s*$/.test(before)) return false;
    if (PROPOSER_BEFORE.test(before)) return false;
    // «به طرح‌های معرفی‌شده از سوی کارگروه X پرداخت می‌کنیم»: who introduced or sent the cases is not who pays.
    if (!withRecipients && REFERRER_BEFORE.test(before)) return false;
    if (!withRecipients && ACCOUNT_OF.test(fold(light.slice(Math.max(0, p.index - 80), p.index)))) return false;
    return withRecipients || AGENT_BEFORE.test(before) || !RECIPIENT_BEFORE.test(before);
  }
  const bound = kept.filter((p) => !SPEAKS_AFTER.test(fold(light.slice(p.end, p.end + 240))));
  return (bound.length > 0 ? bound : kept).sort((a, b) => a.index - b.index);
}

const APPROVED_AFTER = /^[^.]{0,60}?(?:به\s+تصویب\s+(?:رسید|رسیدند)|(?:تصویب|مصوب)\s+(?:شد|شدند|گردید|گردیدند))/;

/** «… در کارگروه اشتغال استان به تصویب رسید»: the body a clause says approved it, or null. */
export function approvingBody(clause: string): string | null {
  const light = lightFold(clause);
  for (const m of partyMentions(clause, true)) {
    const before = fold(light.slice(Math.max(0, m.index - 20), m.index));
    if (/(?:^|\s)در\s+(?:جلسه\s+|نشست\s+)?$/.test(before) && APPROVED_AFTER.test(fold(light.slice(m.end))))
      return m.name;
  }
  return null;
}

/** Distinct names, keeping the first of two that contain one another. */
export function distinctParties(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const k = fold(n).replace(/\s+/g, '');
    if (!k) continue;
    if (out.some((o) => fold(o).replace(/\s+/g, '') === k)) continue;
    out.push(n);
  }
  return out;
}

/** «این صندوق», «این بانک», «بانک مذکور»: the head word a clause refers back to, if any. */
export function backReference(folded: string): string | null {
  // «به این صندوق‌ها»: a recipient referred back to is not the party.
  const m = re(
    '',
  )`(?:^|\s)(?<!(?:^|\s)(?:به|برای|از)\s)(?:این|همین|آن)\s+(بانک|صندوق|بنیاد|سازمان|اداره|شرکت|نهاد|کمیته|ستاد|وزارتخانه|موسسه|مدیریت|نیروگاه)${WB_END}`.exec(
    folded,
  );
  if (m) return m[1]!;
  // «… به بانک کشاورزی فرستاده‌ایم که بانک مذکور …».
  const named = re(
    '',
  )`(?:^|\s)(?<!(?:^|\s)(?:به|برای|از)\s)(بانک|صندوق|بنیاد|سازمان|موسسه)\s+(?:مذکور|مزبور|یاد\s*شده)${WB_END}`.exec(
    folded,
  );
  return named ? named[1]! : null;
}

/**
 * Supervising bodies written in a decision's text: «با نظارت X», «ناظر: X», «نظارت … بر عهده
 * X», «X ضمن هماهنگی و نظارت لازم …».
 */
export function textSupervisors(text: string): string[] {
  const light = lightFold(text);
  const out: string[] = [];
  for (const m of partyMentions(text, true)) {
    const before = fold(light.slice(Math.max(0, m.index - 60), m.index));
    const after = fold(light.slice(m.end, m.end + 60));
    if (
      /(?:با\s+نظارت|ناظر\s*:?|نظارت\s+[^.]{0,40}(?:با|بر\s*عهده))\s*$/.test(before) ||
      // «X نظارت بر قیمت‌ها را تشدید کند»: supervision is X's task (the object), not X's role.
      (/^\s*(?:ضمن\s+)?(?:هماهنگی\s+و\s+)?نظارت(?:\s|$)/.test(after) &&
        !/^\s*نظارت\s+بر\s+[^.،]{1,40}\s+را(?:\s|$)/.test(after))
    )
      out.push(m.name);
  }
  return distinctParties(out);
}
