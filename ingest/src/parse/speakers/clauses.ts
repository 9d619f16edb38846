/** The subject clause of a speech verb: sentence start, openers and bylines stripped, «ROLE، Name». Pure. */
import { fold } from '../fold.ts';
import { NAME_GOES_ON_WORDS, foldedSet } from '../lexicon.ts';
import {
  BODY_WORD,
  NOT_NAME,
  cleanRole,
  familyName,
  given,
  isRoleHead,
  prefixes,
  stops,
  stripTitles,
  titleSet,
  words,
} from './words.ts';

// Openers before the subject: «به گزارش …،», fixed adverbs, and any short adverbial phrase
// closed by «،» («در ابتدای جلسه،», «در بخش دیگری از جلسه،», «پس از قرائت قرآن،») that holds
// no title or role (in «در ادامه آقای X رئیس اداره صنعت، معدن …» the «،» is inside the role).
// A date closed by «،» after the opener: «به گزارش فارس از رشت، ۲ شهریور ۱۴۰۲، X افزود», also with
// its day («امروز پنجشنبه ۲۹ شهریور ۱۴۰۳، X … گفت»).
export const LEAD_IN =
  /^(?:[-•*\s]+)?(?:(?:به گزارش[^،,:]*[،,:]\s*)|(?:(?:(?:امروز|دیروز|روز)\s+)?(?:(?:یک|دو|سه|چهار|پنج)?[\s\u200c]?شنبه\s+|جمعه\s+)?[0-9۰-۹]{1,2}\s+(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)(?:\s*ماه)?(?:\s+[0-9۰-۹]{2,4})?\s*[،,]\s*)|(?:(?:در|پس\s+از|بعد\s+از)\s+(?:(?!آقای|اقای|خانم|جناب|دکتر|مهندس|مدیر|معاون|رئیس|رییس|استاندار|فرماندار|شهردار|نماینده|دبیر|سرپرست)[^،,:\n]){1,40}?[،,]\s*)|(?:در ادامه(?:\s+(?:این|همین))?\s+(?:جلسه|نشست)|در ادامه نیز|در ادامه|در (?:این|همین) (?:جلسه|نشست|بازدید|سفر|مراسم|دیدار|همایش)|در پایان|در ابتدا(?:ی\s+(?:این\s+|همین\s+)?(?:جلسه|نشست))?|سپس|ابتدا|همچنین|پس از آن|پس از ایشان)\s+)*/;

// A dateline or byline of up to five words closed by a dash at the start of a clause.
export const DATELINE = /^\s*(?:[^\s\-–—]+\s+){0,4}[^\s\-–—]+\s*[-–—]\s*(?=\S)/;

// A news outlet as a byline («کرمان - ایرنا - ROLE گفت», «خبرگزاری فارس – ROLE …»): never a
// person, so the role after its dash does not make it «name – role». Tested on folded text.
const OUTLET = new RegExp(
  `^(?:خبرگزاری\\s+)?(?:${[
    'ایرنا',
    'ایسنا',
    'ایلنا',
    'ایکنا',
    'فارس',
    'مهر',
    'تسنیم',
    'برنا',
    'پانا',
    'شبستان',
    'صدا و سیما',
    'صداوسیما',
    'باشگاه خبرنگاران جوان',
    'خبرگزاری',
  ]
    .map((w) => fold(w).replace(/ /g, '\\s*'))
    .join('|')})$`,
);

// Only the fixed openers (no «…،» adverbial phrase); longest first.
export const LEAD_IN_FIXED =
  /^(?:[-•*\s]+)?(?:(?:در ادامه(?:\s+(?:این|همین))?\s+(?:جلسه|نشست)|در ادامه نیز|در ادامه|در (?:این|همین) (?:جلسه|نشست|بازدید|سفر|مراسم|دیدار|همایش)|در پایان(?:\s+(?:این\s+)?(?:جلسه|نشست))?|در ابتدا(?:ی\s+(?:این\s+|همین\s+)?(?:جلسه|نشست))?|سپس|ابتدا|همچنین|پس از آن|پس از ایشان)[،,]?\s+)*/;

// Words that continue a body's name after its inner «،» («تعاون، کار و رفاه اجتماعی»,
// «صنعت، معدن و تجارت»): a clause starting with one is still inside the «به گزارش» opener.
export const NAME_GOES_ON = foldedSet(`${NAME_GOES_ON_WORDS} و`);

/**
 * The clause without its openers. «به گزارش X،» ends at the «،» after X's name, which may
 * itself hold «،» («به گزارش روابط عمومی اداره کل تعاون، کار و رفاه اجتماعی کردستان، …»).
 */
export function stripLeadIn(clause: string): string {
  // «اقتصاد۲۴-X گفت», «محبوبه کباری - X رئیس … افزود»: a dateline or byline before a dash,
  // unless the dash separates a name from its role («سپهوند – فرماندار …»).
  // «کرج - ۲۸ شهریور ۱۴۰۲ - ROLE …»: a place and a date, each closed by its dash; a dated
  // byline is no name, so the role after its dash does not make it «name – role».
  // An outlet or a date before it makes the next segment a byline too («خبرگزاری ایرنا – خرم‌آباد
  // – ROLE …»).
  let known = false;
  for (let k = 0; k < 3; k++) {
    const byline = DATELINE.exec(clause);
    if (!byline) break;
    const dated = /[0-9۰-۹]/.test(byline[0]);
    const outlet = OUTLET.test(fold(byline[0].replace(/[-–—\s]+$/, '').trim()));
    if (!dated && !outlet && !known && isRoleHead(words(clause.slice(byline[0].length))[0] ?? '')) break;
    known = dated || outlet;
    clause = clause.slice(byline[0].length);
  }
  let out = clause.replace(LEAD_IN, '');
  // «در ادامه این جلسه محمد فلاحتفتی، مدیر …»: the «،» closes a name, not an adverbial phrase.
  const consumed = words(clause.slice(0, clause.length - out.length));
  if (consumed.some((w) => given.has(fold(w.replace(/[،,]+$/, ''))))) out = clause.replace(LEAD_IN_FIXED, '');
  if (!/^(?:[-•*\s]+)?به\s+گزارش/.test(clause)) return out;
  for (let k = 0; k < 4 && NAME_GOES_ON.has(fold(words(out)[0] ?? '').replace(/[،,]$/, '')); k++) {
    const comma = out.search(/[،,]/);
    if (comma < 0) break;
    out = out.slice(comma + 1).replace(LEAD_IN, '');
  }
  return out;
}

export const NAME_WORD = /^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u0626\u0624\u200c]+$/;

/**
 * A name set off by «،» after a role: «مدیر شعب بانک رفاه استان، یوسفی، گفت»,
 * «دبیر ستاد، مهندس حمید صالحی، گزارشی … ارائه کرد». The segment is a name when it is
 * titled or led by a given name, or when it is one or two bare words closed by «،» or ending
 * the subject. A segment that goes on with a body's name («تعاون، کار و رفاه اجتماعی») is not.
 */
export function appositiveName(roleWords: string[]): { name: string; role: string | null } | null {
  const segs: string[][] = [[]];
  const closed: boolean[] = [];
  for (const w of roleWords) {
    const bare = w.replace(/[،,]+$/, '');
    if (bare) segs[segs.length - 1]!.push(bare);
    if (/[،,]$/.test(w)) {
      closed[segs.length - 1] = true;
      segs.push([]);
    }
  }
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k]!;
    if (seg.length === 0) continue;
    const titled = titleSet.has(fold(seg[0]!));
    const body = stripTitles(seg);
    const last = k === segs.length - 1 || segs.slice(k + 1).every((x) => x.length === 0);
    if (body.length === 0 || body.length > 4) continue;
    if (
      body.some(
        (w) =>
          !NAME_WORD.test(w) ||
          stops.has(fold(w)) ||
          NOT_NAME.has(fold(w)) ||
          isRoleHead(w) ||
          BODY_WORD.test(fold(w)) ||
          fold(w) === 'و',
      )
    )
      continue;
    const ledByGiven = given.has(fold(body[0]!)) || prefixes.has(fold(body[0]!));
    if (!titled && !ledByGiven && !(body.length <= 2 && (closed[k] || last))) continue;
    // A bare word closed by «،» could be the next word of a body's name; names are not
    // followed by more of the role.
    if (!titled && !ledByGiven && !last && segs.slice(k + 1).some((x) => x.length > 0 && isRoleHead(x[0]!))) continue;
    const name = familyName(body);
    if (name.length < 2) continue;
    return {
      name,
      role: cleanRole(
        segs
          .slice(0, k)
          .map((x) => x.join(' '))
          .join('، '),
      ),
    };
  }
  return null;
}
