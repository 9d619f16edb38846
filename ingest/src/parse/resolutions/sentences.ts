/**
 * Resolutions from decision sentences in running text: «مقرر گردید/شد», «مصوب شد», reported
 * decisions («به تصویب رسید», «اختصاص یافت») and obligations («X موظف است»). Pure.
 */
import { fold, tidy } from '../fold.ts';
import { L, re, WB_END, WB_START } from '../boundary.ts';
import { textDeadline } from './deadline.ts';
import { isBodyHead, namedBodyAt, unitBefore } from './parties.ts';
import { addresseeBodies } from './references.ts';
import { subjectBodies } from './subject.ts';
import type { ParsedResolution } from './types.ts';
import { previousSentenceStart, sentenceBounds, type SentenceRules } from '../sentences.ts';

export const WORD_END = new RegExp(`^${WB_END}`);
// «مقرر گردید/شد/شده است»، «مصوب شد»، «مقرر و مصوب شد»; «ضمناً/همچنین مقرر است …» opening a
// sentence (a closing decision of minutes or a letter; «مقرر است» alone is often a plan in news).
export const DECISION = re(
  'g',
)`(?:به\s+اتفاق\s+آراء?\s+)?(?:مقرر\s*(?:و\s+مصوب\s+)?(?:گردید|شد|شده\s+است|شده|گرديد)|مصوب\s+(?:و\s+مقرر\s+)?(?:شد|گردید)|(?<=(?:^|[\n.])[ \t]*(?:ضمنا\u064B?|همچنین)\s*[،,]?\s*)مقرر\s+است)(?![${L}])`;
// «X موظف است/شد/اند», «X موظفند», «X مکلف است/شد», «X را مکلف کرد».
export const OBLIGE = re(
  'g',
)`(?:را\s+مکلف\s+(?:کرد|کردند|نمود)|(?:موظف|مکلف|ملزم)\s*(?:است|هستند|شد|شدند|به|گردید|گردیدند|اند|می\s*باشد|می\s*باشند)(?![${L}])|(?:موظفند|مکلفند)(?![${L}]))`;

// Decisions reported in prose: «به تصویب رسید», «تصویب شد», «قرار شد», «موافقت شد», an agreement
// signed («تفاهم‌نامه … به امضا رسید»), credit allocated («… اختصاص یافت», «در نظر گرفته شد»), a
// request referred to the body that must act («درخواست اهالی … به شرکت گاز استان ارجاع شد»).
export const REPORTED = re(
  'g',
)`${WB_START}(?:به\s+تصویب\s+(?:رسید|رسیدند)|تصویب\s+(?:شد|گردید)|قرار\s+شد|موافقت\s+(?:شد|گردید)|(?:اختصاص|تخصیص)\s+(?:یافت|داده\s+شد)|در\s*نظر\s+گرفته\s+شد|اعلام\s+آمادگی\s+(?:کرد|نمود)|ارجاع\s+(?:شد|گردید))`;

// «مصوباتی به شرح ذیل به تصویب رسید», «موارد زیر مقرر شد»: a sentence that announces a list.
export const ANNOUNCES_LIST = /(?:مصوبات|مصوباتی|موارد|مواردی|تصمیمات|تصمیماتی)\s+(?:ب(?:ه)?\s*شرح\s+)?(?:ذیل|زیر)/;

/** Decision verbs in running text, in order: {@link DECISION} and {@link REPORTED}. */
export function decisionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const rx of [DECISION, REPORTED]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) if (WORD_END.test(text.slice(m.index + m[0].length))) out.push(m);
  }
  return out.sort((a, b) => a.index - b.index);
}

// A decision's sentence: what follows a colon starts one («موارد زیر: …»), «؛» joins its parts
// («مقرر شد؛ …»), and it may be wrapped over short lines of a table cell or a scanned column.
const DECISION_SENTENCE: SentenceRules = { colon: true, semicolonJoins: true, lineBreaks: 'short-lines' };

// Words that show an item holds a decision.
export const DECISION_WORD =
  /مقرر|مصوب|تصویب|موافقت|مخالفت|مکلف|موظف|الزام|ملزم|گردد|گردید|شود|نماید|نمایند|قرار\s+گرفت/;
// Present-tense verb endings after which a new decision may start without a full stop.
export const CLAUSE_END = /^(?:گیرد|گیرند|گردد|گردند|شود|شوند|نماید|نمایند|دهد|دهند|کند|کنند|دارد|دارند|آورد|آورند)$/;

/**
 * Split run-on decisions that lost their line breaks or full stops: a clause ending in a
 * present-tense verb followed directly by a body starting the next decision
 * («… مورد بررسی قرار گیرد شهرداری نسبت به … اقدام نماید»).
 */
export function splitRunOn(text: string): string[] {
  const ws = text.split(' ');
  const out: string[] = [];
  let cur: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    cur.push(ws[i]!);
    const next = ws[i + 1];
    if (
      next !== undefined &&
      cur.length >= 4 &&
      CLAUSE_END.test(fold(ws[i]!)) &&
      isBodyHead(fold(next)) &&
      ws.slice(i + 2).some((w) => CLAUSE_END.test(fold(w.replace(/[.،]+$/, ''))))
    ) {
      out.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length > 0) out.push(cur.join(' '));
  return out;
}

// «مقرر شد غرفه های منتخب میادین میوه و تره بار، خرما را … عرضه کنند»: the subject of the
// decision set off by «،» before an object with «را» and a verb of its own.
const COMMA_SUBJECT = re(
  '',
)`(?:مقرر\s*(?:گردید|شد)|قرار\s+شد)\s+((?:[${L}]+\s+){1,7}[${L}]+)\s*[،,]\s+(?:[^\s،,.]+\s+){1,4}را\s+[^.،]*?(?:نمایند|نماید|کنند|کند|دهند|دهد)(?![${L}])`;
// Prepositions, demonstratives, and the words of a time, a limit or a rule set off by «،»
// («مقرر شد هفته آینده، …», «حداکثر ظرف یک هفته، …», «طبق مصوبه قبلی، …»): no subject.
const NOT_IN_SUBJECT = new Set(
  (
    'با در به از برای جهت که تا پس ضمن طی بر این آن ظرف حداکثر حداقل طبق مطابق براساس برابر بنابر حسب ' +
    'هفته ماه سال روز روزهای آینده امروز فردا پایان ابتدای تاریخ قبل بعد همزمان فورا بلافاصله ضمنا همچنین ' +
    'مجددا کتبا حتما بنابراین'
  )
    .split(' ')
    .map((w) => fold(w)),
);

/** The subject a decision sets off by «،» when no body word heads it. */
export function commaSubject(sentence: string): string[] {
  const m = COMMA_SUBJECT.exec(sentence);
  if (!m) return [];
  const ws = m[1]!.split(/\s+/);
  return ws.some((w) => NOT_IN_SUBJECT.has(fold(w))) ? [] : [tidy(m[1]!)];
}

/**
 * A second decision coordinated by «همچنین» inside one decision sentence: «مقرر شد … تحویل
 * نمایند، همچنین ضمن بازدید از … تمهیدات لازم اندیشیده شود». The second part is a resolution
 * of its own when it ends in a verb of its own (subjunctive or obligation).
 */
export function splitCoordinated(sentence: string): string[] {
  const m = /[،,]\s*(?:و\s+)?همچنین[،,]?\s+|\s+و\s+همچنین[،,]?\s+/.exec(sentence);
  if (!m || m.index < 20) return [sentence];
  const first = sentence.slice(0, m.index).trim();
  const second = sentence.slice(m.index + m[0].length).replace(/[\s.]+$/, '');
  const lastOf = (x: string) =>
    fold(
      x
        .replace(/[\s.،]+$/, '')
        .split(/\s+/)
        .pop() ?? '',
    );
  if (!CLAUSE_END.test(lastOf(first)) || !CLAUSE_END.test(lastOf(second)) || second.split(' ').length < 4)
    return [sentence];
  return [first, second];
}

/**
 * Where a decision starts in its sentence (which starts at `s`): the sentence start, unless the words before the verb hold
 * another finished clause (a list marker, a quote lead-in «گفت:», a narrated «… شد و»).
 */
export function decisionStart(text: string, s: number, verbAt: number): number {
  const before = text.slice(s, verbAt);
  // A narration ending in a past verb and «و»/«،» before the decision: start at the decision.
  OBLIGE.lastIndex = 0;
  if (OBLIGE.test(before)) return verbAt;
  const lead = /^\s*(?:[-•*]\s*)?(?:[\d۰-۹]{1,2}\s*[-.)ـ]\s*)?/.exec(before);
  const leadLen = lead ? lead[0].length : 0;
  // «در مصوبه اخیر هیات وزیران … عنوان شد و مبلغ … تخصیص یافت»: a sentence that reports what
  // a resolution says is one decision, narrated clauses included.
  if (OPENS_WITH_RESOLUTION.test(before.slice(leadLen))) return s + leadLen;
  // «از مهمترین نتایج این دیدار این بود که X …»: the decision starts after «این بود که».
  const that = /(?:^|\s)(?:این|آن)\s+(?:بود|است)\s+که\s+/.exec(before);
  if (that) return s + that.index + that[0].length;
  const narr =
    /(?:^|\s)(?:شد|گردید|بود|نمود|کرد|داشت|گرفت|رسید|گیرد|گردد|شود|نماید|نمایند|کند|کنند|دهد|دهند)\s*(?:و|،|,)\s+/g;
  let cut = -1;
  for (let m = narr.exec(before); m; m = narr.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) return s + cut;
  return s + leadLen;
}

// «پس از بحث (و بررسی)،» / «در این خصوص» before a decision: it decides a matter put earlier.
const AFTER_DEBATE = re(
  '',
)`^\s*(?:پس\s+از\s+(?:بحث|بررسی|تبادل\s+نظر)(?:\s+و\s+(?:بررسی|تبادل\s+نظر|گفتگو))?|در\s+این\s+(?:خصوص|زمینه|رابطه))\s*[،,]?\s*$`;
// A matter put before the meeting: «نامه شماره … مطرح شد», «درخواست … قرائت گردید».
const PRESENTED = re('')`(?:مطرح|قرائت|طرح)\s*(?:و\s+[^.؟!]{0,40}?)?(?:شد|گردید)${WB_END}`;

/**
 * «بند ۲: نامه شماره … سازمان X مبنی بر … مطرح شد. … پس از بحث، مقرر گردید …»: a decision
 * opening with «پس از بحث،» decides the matter put earlier on its line; the resolution starts
 * at that matter (its item label dropped).
 */
function matterStart(text: string, from: number, verbAt: number): number {
  if (!AFTER_DEBATE.test(text.slice(from, verbAt))) return from;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(lineStart, from);
  let at = 0;
  for (const piece of before.split(/(?<=[.؟!])\s+/)) {
    if (PRESENTED.test(piece)) {
      const label = /^\s*(?:بند\s*)?[\d۰-۹]{1,2}\s*[-:.)ـ]\s*/.exec(piece);
      return lineStart + before.indexOf(piece, at) + (label ? label[0].length : 0);
    }
    at += piece.length;
  }
  return from;
}

// A sentence opening on a resolution: «در مصوبه …», «طبق/بر اساس/به موجب مصوبه …».
const OPENS_WITH_RESOLUTION = re('')`^(?:در|طبق|بر\s*اساس|به\s+موجب)\s+مصوبه(?![${L}])`;

// Plural people («باغداران», «کشاورزان», «متقاضیان», «مالکان», «تولیدکنندگان»), optionally with
// «کلیه/همه/تمامی» in front and one qualifying word after.
const GROUP_WORD = re('')`^(?:[${L}]{3,}(?:ان|ین|گان)|[${L}]{2,}\s*(?:ها|های))$`;
// Place names that end like a plural («استان», «کردستان», «تهران», «کرمان»).
const PLACE_LIKE =
  /(?:ستان|^(?:تهران|اصفهان|کرمان|زنجان|گیلان|سمنان|همدان|مازندران|اذربایجان|ایران|لرستان|خراسان|اراکان))$/;
const PRONOUN = /^(?:ما|شما|آنها|ایشان|همه|اینها|آنان|اینان|دیگران)$/;

export function isGroupSubject(ws: string[]): boolean {
  const bare = ws.map((w) => fold(w.replace(/[،,:]+$/, ''))).filter(Boolean);
  const body = /^(?:کلیه|همه|تمامی|تمام)$/.test(bare[0] ?? '') ? bare.slice(1) : bare;
  return (
    body.length >= 1 &&
    body.length <= 2 &&
    GROUP_WORD.test(body[0]!) &&
    !PRONOUN.test(body[0]!) &&
    !PLACE_LIKE.test(body[0]!)
  );
}

/** Resolutions from decision sentences in running text. */
const REASON_LEAD = /^(?:[-•*\s\d۰-۹.)]*)(?:به\s*منظور|با\s+توجه\s+به|نظر\s+به|جهت|برای|در\s+راستای)\s/;

export function sentenceResolutions(text: string, taken: Array<[number, number]>): ParsedResolution[] {
  const out: ParsedResolution[] = [];
  const seen = new Set<number>();
  // Spans read as decisions («مقرر شد …» to the sentence end).
  const decided: Array<[number, number]> = [];
  for (const m of decisionMatches(text)) {
    const [s, e0] = sentenceBounds(text, m.index, DECISION_SENTENCE);
    // «مقرر گردید» ⏎ «شهرداری …» or «مقرر گردید:» ⏎ «…»: the decision goes on on the next line,
    // unless that line is a list item read already.
    let e = e0;
    const verbEnd = m.index + m[0].length;
    if (/^[\s:：،؛]*$/.test(text.slice(verbEnd, e0)) && /[\n؟?]/.test(text[e0] ?? '')) {
      const next = /^[؟?]?\s*(?=\S)/.exec(text.slice(e0));
      const at = e0 + (next ? next[0].length : 1);
      if (next && !taken.some(([a, b]) => at >= a && at < b)) e = sentenceBounds(text, at, DECISION_SENTENCE)[1];
    }
    if (taken.some(([a, b]) => m!.index >= a && m!.index < b) || seen.has(s)) continue;
    seen.add(s);
    decided.push([m.index, e]);
    // The resolution is the whole sentence: its reason or subject may come before the verb
    // («با توجه به …، مقرر گردید …», «به منظور …، شهرداری موظف است …»).
    const from = matterStart(text, decisionStart(text, s, m.index), m.index);
    const whole = tidy(text.slice(from, e));
    // «موارد زیر مقرر شد:» announces a list; it is no decision of its own.
    const after = text.slice(m.index + m[0].length, e);
    if (/^\s*[:：]?\s*$/.test(after) && (/[:：]/.test(after) || tidy(text.slice(from, m.index)).split(' ').length <= 3))
      continue;
    if (whole.split(' ').length < 4 || ANNOUNCES_LIST.test(whole)) continue;
    splitRunOn(whole)
      .flatMap(splitCoordinated)
      .forEach((sentence, k) => {
        let responsible = subjectBodies(sentence);
        if (responsible.length === 0) responsible = commaSubject(sentence);
        // «دستور … به A، B و C مبنی بر …» ⏎ «مقرر شده است …»: the instructed parties, from the
        // same or the previous sentence.
        if (responsible.length === 0 && k === 0)
          responsible = addresseeBodies(text.slice(previousSentenceStart(text, s, DECISION_SENTENCE), m!.index));
        out.push({
          number: null,
          text: sentence,
          responsible,
          supervisor: [],
          deadline: textDeadline(sentence),
          index: m!.index + k,
        });
      });
  }
  const obliged = new Set<number>();
  OBLIGE.lastIndex = 0;
  for (let m = OBLIGE.exec(text); m; m = OBLIGE.exec(text)) {
    const [s, sentenceEnd] = sentenceBounds(text, m.index, DECISION_SENTENCE);
    // «X موظف شد … و مقرر شد Y …»: the obligation before a decision in the same sentence is
    // a resolution of its own, ending where the decision starts.
    if (
      taken.some(([a, b]) => m!.index >= a && m!.index < b) ||
      decided.some(([a, b]) => m!.index >= a && m!.index < b) ||
      obliged.has(s)
    )
      continue;
    obliged.add(s);
    const next = decided.find(([a]) => a > m!.index && a < sentenceEnd);
    const e = next ? text.slice(0, next[0]).replace(/[\s،,]*(?:و\s*)?$/, '').length : sentenceEnd;
    let clause = text.slice(s, m.index);
    // «با توجه به …، X موظف» and «name X را مکلف کرد»: the body starts at its head word; the
    // resolution is the whole sentence («به منظور …، شهرداری تهران موظف است …»).
    const ws = tidy(clause).split(' ');
    let head = ws.findIndex((w) => isBodyHead(fold(w)));
    // A unit named without a head word owns the head after it: «روابط عمومی شرکت مکلف گردید»,
    // «امور مالی شبکه موظف است».
    const named = namedBodyAt(ws);
    if (named && (head < 0 || named.from < head)) head = named.from;
    head = unitBefore(ws, head);
    // «باغداران موظف هستند …»: a group of people named in one to three words that open the
    // sentence (or a quote) is the subject too.
    if (head < 0 && isGroupSubject(ws)) head = 0;
    if (head < 0) continue;
    clause = ws.slice(head).join(' ');
    // Only a reason or purpose clause before the body belongs to the resolution («به منظور …،
    // X موظف است»); an opener («در پایان، X موظف شد») does not.
    const reason = head > 0 && REASON_LEAD.test(tidy(text.slice(s, m.index)));
    const sentence = tidy(
      (reason ? text.slice(decisionStart(text, s, m.index), m.index) : clause) + ' ' + text.slice(m.index, e),
    );
    out.push({
      number: null,
      text: sentence,
      responsible: [tidy(clause.replace(/\s+را$/, ''))],
      supervisor: [],
      deadline: textDeadline(sentence),
      index: s,
    });
  }
  return out;
}
