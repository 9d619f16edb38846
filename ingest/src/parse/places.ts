/**
 * Province and county detection from the gazetteer (data/gazetteer.ts). Works on folded
 * text (see fold.ts). Pure.
 */
import { PROVINCES } from './data/gazetteer.ts';
import { TOWNS } from './data/towns.ts';
import { GIVEN_NAMES } from './data/persons.ts';
import { fold, nameRegexSource as wordsSource } from './fold.ts';
import { AR_LETTER } from '../text/chars.ts';

interface CountyPattern {
  canonical: string;
  province: string;
  re: RegExp;
  /** Needs place context (common word, person name, or a province's namesake). */
  ambiguous: boolean;
  /** From the towns list: «نماینده X» does not make it a place («نماینده دبیران»). */
  town: boolean;
  /** Same name as a province: only a place with a direct trigger (شهر / شهرستان …). */
  provinceNamesake: boolean;
  /** First word of every spelling: a match needs one of them literally, so a cheap
   * `includes` skips the regex for the hundreds of counties a text never names. */
  probes: string[];
}

interface ProvincePattern {
  canonical: string;
  re: RegExp;
  needsContext: boolean;
}

// ZWNJ joins a word: «داراب» inside «سلیمان‌داراب» is no place (see placeFold).
const B = `(?<![${AR_LETTER}\\u200c])`;
const A = `(?![${AR_LETTER}\\u200c])`;

/** A place name as a pattern: its words apart, joined, or joined with a ZWNJ («نجف‌آباد»). */
function nameRegexSource(name: string): string {
  return wordsSource(name).replace(/\\s\*/g, '[\\s\\u200c]*');
}

/** Fold for place matching: like fold, but ZWNJ stays, so a name inside a joined word is not read. */
export function placeFold(text: string): string {
  return text
    .split('\u200c')
    .map((part) => fold(part))
    .join('\u200c');
}

const provincePatterns: ProvincePattern[] = PROVINCES.map((p) => ({
  canonical: p.name,
  needsContext: p.needsContext === true,
  re: new RegExp(`${B}(?:${[p.name, ...p.variants].map(nameRegexSource).join('|')})${A}`, 'g'),
}));

const provinceKeys = new Set(PROVINCES.map((p) => fold(p.name).replace(/\s+/g, '')));

// Province names of several words («کهگیلویه و بویراحمد», «سیستان و بلوچستان»): a county
// whose name is one of their words is not named when the whole province name is written.
const multiWordProvinceRe = new RegExp(
  `${B}(?:${PROVINCES.flatMap((p) => [p.name, ...p.variants])
    .filter((n) => /\s/.test(n.trim()))
    .map(nameRegexSource)
    .join('|')})${A}`,
  'g',
);

/** Spans of multi-word province names in a folded text. */
function provinceNameSpans(folded: string): [number, number][] {
  const out: [number, number][] = [];
  multiWordProvinceRe.lastIndex = 0;
  for (let m = multiWordProvinceRe.exec(folded); m; m = multiWordProvinceRe.exec(folded))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

// Towns the gazetteer lacks (data/towns.ts) count only with place context, like its «?» names:
// many are common words («شنبه», «آزادی»).
const placeSpecs = PROVINCES.map((p) => ({
  name: p.name,
  counties: [
    ...p.counties.map((spec) => ({ spec, town: false })),
    ...(TOWNS[p.name] ?? []).map((t) => ({ spec: `?${t}`, town: true })),
  ],
}));

const countyPatterns: CountyPattern[] = placeSpecs.flatMap((p) =>
  p.counties.map(({ spec, town }) => {
    const ambiguous = spec.startsWith('?');
    const forms = (ambiguous ? spec.slice(1) : spec).split('|');
    const canonical = forms[0]!;
    const namesake = provinceKeys.has(fold(canonical).replace(/\s+/g, ''));
    // A county glued to «شهر» («شهرمیانه») is common in converted text; a town is not read so
    // («داران» in «شهرداران»).
    const left = town ? `(?<![${AR_LETTER}\\u200c])` : `(?:(?<=^|[^${AR_LETTER}\\u200c]|شهر|شهرستان))`;
    return {
      canonical,
      province: p.name,
      ambiguous: ambiguous || namesake,
      provinceNamesake: namesake,
      town,
      probes: forms.map((f) => fold(f).trim().split(/\s+/)[0]!),
      re: new RegExp(`${left}(?:${forms.map(nameRegexSource).join('|')})${A}`, 'g'),
    };
  }),
);

// Context right before a name that makes it a place. Folded text; «های/ها» and «محترم» may sit between.
// A town may be described between «شهر» and its name («شهر سیل‌زده سیمرغ», «شهر مرزی …»).
const TRIGGER_BEFORE = new RegExp(
  `(?:شهرستان|فرمانداری|فرماندار|فرمانداران|شهرداری|شهردار|شهر(?:[\\s\\u200c]*(?:های|ها))?\\s+(?:سیل[\\s\\u200c]*زده|زلزله[\\s\\u200c]*زده|مرزی|محروم|بندری|ساحلی|تاریخی|گردشگری)|شهر|شورای اسلامی شهر|شورای شهر|امام جمعه|حوزه انتخابیه|مردم|نماینده)(?:\\s*(?:های|ها|ی))?(?:\\s*محترم)?\\s*$`,
);
// Context that makes a name NOT a county: it is a province, a village, a neighbourhood, a district
// (بخش, whose town has a بخشداری), an outlet, or a lake, wetland or river named after a town
// («دریاچه ارومیه», «تالاب انزلی»), or a bank named after a place («بانک پاسارگاد»).
const NOT_COUNTY_BEFORE =
  /(?:استان|استانداری|استاندار|استانهای|استان های|محله|محلات|روستای|روستا|دهستان|خبرگزاری|خلیج|بخش|بخشدار|بخشداری|دریاچه|تالاب|رودخانه|بانک)\s*$/;

// A province's namesake city inside the name of a body of that city: a university of medical
// sciences, a hospital («بیمارستان بعثت همدان»), a market, a port («بندر بوشهر»). Only for namesakes: other
// ambiguous names are common words («بیمارستان مهر»).
const NAMESAKE_TRIGGER = new RegExp(
  `(?:دانشگاه\\s*علوم\\s*پزشکی(?:\\s*و\\s*خدمات\\s*بهداشتی(?:\\s*و)?\\s*درمانی)?|بیمارستان(?:\\s+(?!(?:در|و|به|از|با)\\s)[${AR_LETTER}]{2,}){1,3}|بازار|بندر)\\s*$`,
);

// A name the document uses for a person («آقای دلفان», «دلفان (رئیس انجمن)») or a district
// («بخشداری معمولان», «بخش‌های مرکزی، شبانکاره و سعدآباد») is no county where it stands
// without a place trigger anywhere in the document («جاده پلدختر - معمولان», «جعفری - باوی»).
const PERSON_BEFORE = /(?:اقای|اقا|خانم|دکتر|مهندس|سرکار|سید|حجت\s*الاسلام(?:\s*و\s*المسلمین)?)\s*$/;
const ROLE_AFTER =
  /^\s*\(\s*(?:رئیس|رییس|مدیر|معاون|نماینده|عضو|دبیر|کارشناس|مسئول|مسیول|فرماندار|بخشدار|شهردار|دهیار|امام)/;
const DISTRICT_BEFORE = /(?:بخش|بخشداری|بخشدار)\s*$/;
// A given name right before a county's name makes it a family name: «علی‌اصغر دشتی».
const GIVEN_WORDS = new Set(GIVEN_NAMES.map((w) => fold(w)));
// Not a saint's name in a body's name: «بیمارستان امام رضا کرمانشاه».
function afterGivenName(before: string): boolean {
  const ws = before.trim().split(/\s+/);
  return GIVEN_WORDS.has(ws[ws.length - 1] ?? '') && !/^(?:امام|حضرت|ع|شهید)$/.test(ws[ws.length - 2] ?? '');
}
// A list of two or more names after «بخش‌های / دهستان‌های / روستاهای» names districts or
// villages; one name after «روستاهای» is the county the villages are in («روستاهای رامهرمز»),
// and «روستاهای شهرستان‌های …» lists counties.
const ITEM = `(?!شهر)[${AR_LETTER}]+(?:\\s+(?!و\\s)[${AR_LETTER}]+)?`;
const DISTRICT_LIST = new RegExp(
  `(?<![${AR_LETTER}])(?:بخش|روستا|دهستان)\\s*ها(?:ی)?\\s+${ITEM}(?:\\s*[،,]\\s*${ITEM})*\\s+و\\s+${ITEM}`,
  'g',
);

// «روستاهای فاروج و جاجرم»: villages of counties, when every name of the list is a county named
// outright (not a town, not a word): the villages of a county have names of their own.
const VILLAGES_HEAD = /^روستا\s*ها(?:ی)?\s+/;
const LIST_SEP = /^(?:\s*[،,]\s*|\s+و\s+)/;
function countiesOfVillages(spaced: string, m: RegExpMatchArray): boolean {
  const head = VILLAGES_HEAD.exec(m[0]);
  if (!head) return false;
  const end = m.index! + m[0].length;
  let at = m.index! + head[0].length;
  let names = 0;
  for (;;) {
    const rest = spaced.slice(at, end);
    const hit = countyPatterns
      .filter((p) => !p.ambiguous && !p.town && p.probes.some((w) => rest.startsWith(w)))
      .map((p) => new RegExp(`^(?:${p.re.source})`).exec(rest)?.[0].length ?? 0)
      .reduce((x, y) => Math.max(x, y), 0);
    if (hit === 0) return false;
    at += hit;
    names++;
    const sep = LIST_SEP.exec(spaced.slice(at, end));
    if (!sep) break;
    at += sep[0].length;
  }
  // The match may end one word past the last name («… و جاجرم از»), never past another item.
  return names >= 2 && !/[،,]|\sو\s/.test(spaced.slice(at, end));
}

// «شهرهای X، Y و Z»: one-word names separated by «،» and a last «و», closed by punctuation or a
// preposition/verb word. TOWN_ITEM reads the names back out of the match.
const TOWN_WORD = `[${AR_LETTER}][${AR_LETTER}\\u200c]*`;
const TOWN_LIST = new RegExp(
  `(?<![${AR_LETTER}])شهر[\\s\\u200c]*ها(?:ی)?\\s+${TOWN_WORD}(?:\\s*[،,]\\s*${TOWN_WORD})*\\s+و\\s+${TOWN_WORD}(?=\\s*(?:[.،,:؛()\\n]|$)|\\s+(?:به|در|را|از|با|که|تا|نیز|هم|است|بود|شد|شده|می)(?![${AR_LETTER}]))`,
  'g',
);
const TOWN_ITEM = new RegExp(`(?<=^|[\\s،,])(?!شهر[\\s\\u200c]*ها)(?!و(?![${AR_LETTER}]))${TOWN_WORD}`, 'g');
// Words of such a list that describe towns rather than name one.
const NOT_TOWN = new Set(
  'بزرگ کوچک مرزی محروم ساحلی جدید کشور استان مختلف دیگر همجوار اطراف تابعه منطقه روستاها روستاهای'.split(' '),
);

// A road between two places: «محور X - Y», «مسیر X – Y», «آزادراه X - Y».
const ROUTE = new RegExp(
  `(?:محور|مسیر|جاده|ازاد\\s*راه|بزرگراه|راه\\s*اهن)\\s+[${AR_LETTER}\\u200c]+(?:\\s+[${AR_LETTER}\\u200c]+)?\\s*[-–—]\\s*[${AR_LETTER}\\u200c]+(?:\\s+[${AR_LETTER}\\u200c]+)?`,
  'g',
);

// An industrial park's name: «شهرک صنعتی X», «شهرک‌های صنعتی Y و X».
const PARK_BEFORE = new RegExp(`شهرک\\s*(?:های\\s*)?صنعتی\\s+(?:[${AR_LETTER}]+\\s+و\\s+)?$`);

// A dash after a name at a line's start: a news dateline.
const DATELINE_AFTER = /^\s*[-–—]/;

// Words that follow «شورای اسلامی شهر» without being a place name.
const UNKNOWN_STOP = new Set(
  'و در با به از که را برای پس طی مورخ مورخه جلسه مصوبات تشکیل قرار گرفت نیز هم محترم های ها دو سه اعضای اعضا رئیس ریاست کمیسیون'.split(
    ' ',
  ),
);

/** A place mention in folded text. */
export interface PlaceMatch {
  canonical: string;
  province: string;
  index: number;
  end: number;
}

/**
 * Counties named as places in a (folded) text, canonical names in order of first mention.
 * Ambiguous names count after a trigger word or inside a list next to a confirmed place.
 */
export function findCounties(folded: string): PlaceMatch[] {
  type Cand = PlaceMatch & { ambiguous: boolean; namesake: boolean; confirmed: boolean; triggered: boolean };
  const cands: Cand[] = [];
  const provinceSpans = provinceNameSpans(folded);
  // Names the document uses for a person or a district (see PERSON_BEFORE).
  const notPlace = new Set<string>();
  const spaced = folded.replace(/\u200c/g, ' ');
  const districtLists = [...spaced.matchAll(DISTRICT_LIST)]
    .filter((m) => !countiesOfVillages(spaced, m))
    .map((m) => [m.index, m.index + m[0].length] as const);
  for (const p of countyPatterns) {
    if (!p.probes.some((w) => folded.includes(w))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      // Context words read with ZWNJ as a space («استان‌های», «شهرستان‌های»).
      const before = folded.slice(Math.max(0, m.index - 40), m.index).replace(/\u200c/g, ' ');
      const end = m.index + m[0].length;
      if (
        PERSON_BEFORE.test(before) ||
        afterGivenName(before) ||
        ROLE_AFTER.test(folded.slice(end, end + 30)) ||
        DISTRICT_BEFORE.test(before) ||
        districtLists.some(([s, e]) => m!.index >= s && end <= e)
      ) {
        notPlace.add(p.canonical);
        continue;
      }
      if (NOT_COUNTY_BEFORE.test(before)) continue;
      // Part of a province's name («بویراحمد» in «کهگیلویه و بویراحمد»): not a county.
      if (provinceSpans.some(([s, e]) => m!.index >= s && end <= e && e - s > end - m!.index)) continue;
      const triggered =
        (TRIGGER_BEFORE.test(before) && !(p.town && /نماینده(?:\s*(?:های|ها|ی))?(?:\s*محترم)?\s*$/.test(before))) ||
        (p.provinceNamesake && NAMESAKE_TRIGGER.test(before));
      cands.push({
        canonical: p.canonical,
        province: p.province,
        index: m.index,
        end: m.index + m[0].length,
        ambiguous: p.ambiguous,
        namesake: p.provinceNamesake,
        confirmed: !p.ambiguous || triggered,
        triggered,
      });
    }
  }
  // Longest match wins where matches overlap («سوادکوه شمالی» over «سوادکوه»).
  cands.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const kept: Cand[] = [];
  for (const c of cands) {
    if (kept.some((k) => c.index < k.end && k.index < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.index - b.index);
  // List propagation: «کوهرنگ، شهرکرد، سامان، اردل و بن». A province's namesake joins
  // only a list of counties of its own province («شهرکهای صنعتی ایلام، ایوان و دهلران»);
  // next to another province's places it stays a province («لرستان، ایلام و کرمانشاه»).
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < kept.length; i++) {
      const c = kept[i]!;
      if (c.confirmed) continue;
      const prev = kept[i - 1];
      const next = kept[i + 1];
      // Names in a list are separated by «،», «و», a dash or a cell/line break: two names side by
      // side with a bare space are a phrase («بافت فرسوده دوگنبدان محلات هدف …»).
      const sepRe = /^[\s،,؛\-–]*(?:و\s*)?$/;
      const sep = { test: (s: string) => sepRe.test(s) && /[،,؛و\-–\t\n]/.test(s) };
      // A county of another province named outright joins a namesake in a list of «،»/«و»
      // («به مراکز ایلام و اندیمشک»), not across a road's dash («محور سمنان - فیروزکوه»).
      const joins = (n: Cand | undefined, between: string) =>
        n !== undefined &&
        n.confirmed &&
        sep.test(between) &&
        (!c.namesake || (!n.namesake && (n.province === c.province || (!n.ambiguous && !/[-–]/.test(between)))));
      if (
        (prev !== undefined && joins(prev, folded.slice(prev.end, c.index))) ||
        (next !== undefined && joins(next, folded.slice(c.end, next.index)))
      ) {
        c.confirmed = true;
        changed = true;
      }
    }
  }
  // Places not in the gazetteer, named by a city council or mayor: «شهردار شهر زیارت»,
  // «شورای اسلامی شهر شریفیه».
  // After a council the word must close the phrase («… شهر شریفیه.»): «شورای شهر تصویب کرد» names no place.
  const unknown = new RegExp(
    `(?:(?:شهردار|شهرداری)\\s*شهر\\s+([${AR_LETTER}]{3,})(?![${AR_LETTER}\\u200c])|شورای\\s*(?:اسلامی\\s*)?شهر\\s+([${AR_LETTER}]{3,})(?=\\s*(?:[.،,:؛()\\n]|$|(?:برگزار|تشکیل|مورخ)(?![${AR_LETTER}]))))`,
    'g',
  );
  for (let m = unknown.exec(folded); m; m = unknown.exec(folded)) {
    const word = (m[1] ?? m[2])!;
    const index = m.index + m[0].length - word.length;
    if (UNKNOWN_STOP.has(word) || kept.some((k) => index < k.end && k.index < index + word.length)) continue;
    kept.push({
      canonical: word,
      province: '',
      index,
      end: index + word.length,
      ambiguous: false,
      namesake: false,
      confirmed: true,
      triggered: true,
    });
  }
  // A list of towns after «شهرهای» with a known place in it: every name in it is a town
  // («شهرهای رودهن، آبسرد و کیلان»), those the gazetteer lacks too.
  for (const m of folded.matchAll(TOWN_LIST)) {
    const items = [...m[0].matchAll(TOWN_ITEM)].map((t) => ({ word: t[0], index: m.index + t.index }));
    const overlaps = (i: number, j: number) => kept.some((k) => i < k.end && k.index < j);
    if (!items.some((t) => overlaps(t.index, t.index + t.word.length))) continue;
    for (const t of items) {
      const end = t.index + t.word.length;
      if (t.word.length < 3 || UNKNOWN_STOP.has(t.word) || NOT_TOWN.has(t.word) || overlaps(t.index, end)) continue;
      kept.push({
        canonical: t.word,
        province: '',
        index: t.index,
        end,
        ambiguous: false,
        namesake: false,
        confirmed: true,
        triggered: true,
      });
    }
  }
  kept.sort((a, b) => a.index - b.index);
  // Parallel phrases: «صندوق زنان سرایان … صندوق زنان درمیان» — an ambiguous name after the
  // same two words as a confirmed county is a county too.
  const lead = (c: Cand) =>
    folded
      .slice(Math.max(0, c.index - 40), c.index)
      .trim()
      .split(/\s+/)
      .slice(-2)
      .join(' ');
  const content = (l: string) =>
    l.split(' ').length === 2 && l.split(' ').every((w) => /^[\u0621-\u06cc]{3,}$/.test(w));
  const confirmedLeads = new Set(
    kept
      .filter((c) => c.confirmed && !c.namesake)
      .map(lead)
      .filter(content),
  );
  for (const c of kept) if (!c.confirmed && !c.namesake && confirmedLeads.has(lead(c))) c.confirmed = true;
  // A news dateline «همدان - خبرگزاری …:» names the province's namesake city. It is a place of
  // the item where the item names other counties of that province; alone it stands for the
  // province («ایلام- ایرنا- مدیرکل … استان گفت»).
  for (const c of kept) {
    if (c.confirmed || !c.namesake || !DATELINE_AFTER.test(folded.slice(c.end, c.end + 4))) continue;
    if (!/^[\s*#]*$/.test(folded.slice(folded.lastIndexOf('\n', c.index) + 1, c.index))) continue;
    if (kept.some((k) => k !== c && k.confirmed && !k.namesake && k.province === c.province)) c.confirmed = true;
  }
  // A road's far end in another province («محور سمنان - فیروزکوه», «مسیر شاهرود - مشهد» in an
  // item about Semnan) is where the road goes, not a place of the item, unless named elsewhere.
  const home = detectProvince(folded);
  const routes = home ? [...folded.matchAll(ROUTE)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  // So is an industrial park of the item's province named after a far county («شهرک صنعتی محمودآباد» in Qom).
  const onRoute = (c: Cand) =>
    routes.some(([s, e]) => c.index >= s && c.end <= e) ||
    PARK_BEFORE.test(folded.slice(Math.max(0, c.index - 40), c.index).replace(/\u200c/g, ' '));
  const away = new Set(
    kept
      .filter((c) => home && c.province !== '' && c.province !== home)
      .map((c) => c.canonical)
      .filter((name) => kept.filter((k) => k.canonical === name).every(onRoute)),
  );
  // A place of another province right before a county with only a space between is a locality
  // of that county: «مرکز دفن سراوان رشت» is Saravan of Rasht, not the county سراوان.
  const locality = (c: Cand, i: number) => {
    const next = kept[i + 1];
    return (
      !c.triggered &&
      next !== undefined &&
      next.confirmed &&
      next.province !== '' &&
      c.province !== '' &&
      next.province !== c.province &&
      /^[ \u200c]+$/.test(folded.slice(c.end, next.index))
    );
  };
  return kept
    .filter((c, i) => !locality(c, i))
    .filter((c) => c.confirmed && (c.triggered || !notPlace.has(c.canonical)) && !away.has(c.canonical))
    .map(({ canonical, province, index, end }) => ({ canonical, province, index, end }));
}

/** Distinct canonical county names in order of first mention. */
export function countyNames(folded: string): string[] {
  return [...new Set(findCounties(folded).map((c) => c.canonical))];
}

/**
 * The province a text is about: explicit province names weighted by context
 * («استانداری X», «استان X» count more; «تهران» bare counts little since it often means
 * the central government). Counties alone do not set the province. A text spread over several
 * provinces with none dominant has no province.
 */
export function detectProvince(folded: string): string | null {
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  for (const p of provincePatterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      const before = folded.slice(Math.max(0, m.index - 30), m.index);
      const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 12);
      let w: number;
      // A list after «استان‌های» names other provinces («مسافران از استان‌های اصفهان، خوزستان و
      // تهران»): the plural weighs like a bare name, the singular «استان X» names the item's own.
      if (/(?:استانداری|استاندار|استان)\s*$/.test(before)) w = 3;
      else if (p.needsContext) continue;
      else if (/(?:خبرگزاری|خلیج|زبان)\s*$/.test(before)) continue;
      else if (/(?:منطقه)\s*$/.test(before)) w = 0.5;
      else w = 1;
      void after;
      // «تهران» mostly stands for the central government («در تهران پیگیری شد»).
      if (p.canonical === 'تهران') w = w >= 3 ? 1 : 0.3;
      score.set(p.canonical, (score.get(p.canonical) ?? 0) + w);
      if (!first.has(p.canonical)) first.set(p.canonical, m.index);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, s] of score) {
    if (s > bestScore || (s === bestScore && best !== null && first.get(name)! < first.get(best)!)) {
      best = name;
      bestScore = s;
    }
  }
  // A national item that lists provinces («در استان‌های خراسان رضوی، خراسان جنوبی، … و یزد»)
  // is about none of them: three or more provinces and none with half the weight.
  const total = [...score.values()].reduce((x, y) => x + y, 0);
  if (score.size >= 3 && bestScore < total / 2) return null;
  return bestScore >= 1 ? best : null;
}
