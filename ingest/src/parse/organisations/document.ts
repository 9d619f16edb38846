/**
 * Document-level bodies: the convening body, letterhead offices, the publisher, the secretariat,
 * the host governorate, the lede's office, and when two names are the same body. Pure.
 */
import { compactKey, fold, tidy } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';
import { L, re } from '../boundary.ts';
import { canonicalAgency, canonicalOrganisation } from './canonical.ts';
import { findOrganisationMentions } from './mentions.ts';
import { AGENCY_RE, HEADS, PLACE_KEYS, STOP, isPlaceWord } from './words.ts';

export const CONVENING_RE =
  /(?:جلسه|نشست|صورتجلسه|صورت\s*جلسه)\s+(?:رسمی\s+|علنی\s+|عادی\s+|فوق\s*العاده\s+|مشترک\s+|هم\s*اندیشی\s+|همآندیشی\s+)?(?:\([^()\n]{1,15}\)\s+)?((?:قرارگاه|شورای|شورا|کارگروه|ستاد|کمیسیون|کمیته|هی[ئأا]ت\s+(?:امنای|مدیره|رئیسه|رییسه))[^\n]*)/;
// A record that opens with its body: «(مورخ …) کمیته X (…) بیمارستان با حضور … برگزار گردید».
const OPENS_WITH_BODY_RE =
  /^[^\n]{0,40}?((?:قرارگاه|شورای|کارگروه|ستاد|کمیسیون|کمیته)\s[^\n]{2,120}?)\s+(?:با\s+حضور|به\s+ریاست)[^\n]{0,300}?(?:برگزار|تشکیل)/;
// A group named by one field only («کمیته اورژانس»): generic as a mention, the body of its own meeting.
const ONE_FIELD_GROUP_RE = /^((?:کارگروه|کمیته)\s+[^\s،,.:()]{3,})/;

/** The convening body from the title / session sentence. */
export function findConveningBody(title: string | null, text: string): string | null {
  const sources = [title ?? '', text.slice(0, 3000)];
  for (const src of sources) {
    const m = CONVENING_RE.exec(src) ?? OPENS_WITH_BODY_RE.exec(src.trimStart());
    if (!m) continue;
    const mention = findOrganisationMentions(m[1]!)[0];
    if (mention) return mention.name;
    const group = ONE_FIELD_GROUP_RE.exec(fold(m[1]!));
    if (group && !STOP.has(group[1]!.split(/\s+/)[1]!)) return tidy(m[1]!).split(' ').slice(0, 2).join(' ');
  }
  return null;
}

// Letterhead bodies are separated by « - », or follow each other on one line when the
// header lines were joined («استانداری گیلان معاونت سیاسی …»): each head starts a body.
export const LETTERHEAD_SPLIT = /\s+[-–—]\s+|\s+(?=(?:معاونت|اداره\s+کل|وزارت)\s)/;

/** Parent offices from letterhead lines («وزارت …», «اداره کل …», «معاونت … - اداره کل …»). */
export function letterheadOrganisations(lines: string[]): string[] {
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
export function topLetterhead(text: string): string[] {
  const out: string[] = [];
  const lines = text
    .split('\n')
    .map((l) => tidy(l.replace(/[*#]/g, ' ')))
    .filter(Boolean);
  for (const line of lines.slice(0, 4)) {
    if (line.split(' ').length > 16 || /[.:؟]/.test(line)) continue;
    const parts = line.split(LETTERHEAD_SPLIT);
    // An office of the body above it («استانداری یزد» / «دفتر فنی استانداری») is printed as a body too.
    if (
      parts.every((p) => /^(وزارت|اداره|معاونت|سازمان|استانداری|فرمانداری|شهرداری|دفتر|مدیریت)(?:\s|$)/.test(fold(p)))
    )
      out.push(...parts);
  }
  return out;
}

/** Office that publishes the text («به گزارش روابط عمومی X»). */
export function publisher(text: string): string | null {
  const m = /روابط\s*عمومی\s+/.exec(text.slice(0, 3000));
  if (!m) return null;
  const mention = findOrganisationMentions(text.slice(m.index + m[0].length, m.index + m[0].length + 200))[0];
  return mention && mention.index === 0 ? mention.name : null;
}

/**
 * The convening body's secretariat: «دبیرخانه کارگروه (X)» or the office of its secretary
 * («مدیرکل X و دبیر قرارگاه»).
 */
export function secretariat(text: string): string[] {
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
export function hostGovernorate(text: string): string | null {
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
 * ایلام گفت: …», also after the outlet's «به گزارش X از Y،» → «اداره کل تعاون، کار و رفاه
 * اجتماعی ایلام»): the item speaks for that office.
 * Only a director-general's office is implied; a governor or mayor quoted in the lede does not
 * make the governorate a body of the item.
 */
export function ledeOffice(text: string): string | null {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^date\s/.test(l) && /(?:گفت|اظهار|افزود|:)/.test(l));
  if (!first) return null;
  const m = re(
    '',
  )`^(?:[^\s:]+\s*[-–]\s*){0,3}(?:به\s+گزارش\s+[^،,:\n]{3,60}[،,]\s*)?(?:[${L}\u200c]+\s*[،,]\s*)?(?:مدیر\s*کل|مدیرکل)\s+(.{3,120}?)\s*(?:گفت|اظهار|افزود|تصریح|:)`.exec(
    first,
  );
  if (!m) return null;
  const field = tidy(m[1]!.replace(/[،,]\s*$/, ''));
  // «مدیرکل کمیته امداد …», «مدیرکل دفتر … استانداری X»: the body is named, found as a mention.
  // An agency's bare name («راه و شهرسازی», «فنی و حرفه ای») after the role is the office's field.
  const head = new RegExp(`^(?:${HEADS})(?![${AR_LETTER}])`).exec(field);
  if ((head && !AGENCY_RE.test(fold(head[0]))) || /^(?:دفتر|حوزه)\s/.test(fold(field))) return null;
  const mention = findOrganisationMentions(`اداره کل ${field}`)[0];
  return mention && mention.index === 0 ? mention.name : null;
}

/** Words that name an office's field («تعاون کار رفاه اجتماعی»), for matching a ministry. */
export function fieldWords(name: string): Set<string> {
  return new Set(
    fold(canonicalOrganisation(name))
      .replace(/[،,]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !isPlaceWord(w) && !/^(وزارت|اداره|کل|استان|شهرستان|امور|سازمان)$/.test(w)),
  );
}

export function bodyKey(name: string): string {
  return compactKey(name.replace(/محترم|\(?\s*ره\s*\)?\s*$/g, ' ')).replace(/[،,()]/g, '');
}

/** A body's name without trailing place qualifiers, and the place (compact key, '' if none). */
export function coreAndPlace(name: string): { core: string[]; place: string } {
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
  // «دادسرای» and «دادستانی» name the same prosecutor's office.
  const strip = (k: string) => k.replace(/^(?:ادارهکل|اداره|دفتر|مدیریت|شبکه|دادستانی|دادسرای|دادسرا)/, '');
  const sa = strip(ka);
  const sb = strip(kb);
  if (sa !== ka && sb !== kb && sa.length >= 6 && sa === sb) return true;
  // An office or network named with and without its head («مدیریت جهاد کشاورزی شهرستان» / «جهاد
  // کشاورزی شهرستان», «شبکه دامپزشکی X» / «دامپزشکی»).
  const extends_ = (x: string, y: string) => x.length >= 6 && y.length >= 6 && (x.startsWith(y) || y.startsWith(x));
  if ((sa !== ka && extends_(sa, kb)) || (sb !== kb && extends_(sb, ka))) return true;
  const pa = coreAndPlace(a);
  const pb = coreAndPlace(b);
  if (pa.place && pb.place && pa.place !== pb.place) return false;
  // A county office («اداره نوسازی مدارس شهرستان») and the provincial directorate («اداره کل نوسازی
  // مدارس استان کرمان») are two bodies.
  const level = (n: string) =>
    /(?:^|\s)شهرستان(?:\s|$)/.test(fold(n)) ? 'county' : /(?:^|\s)استان(?:\s|$)/.test(fold(n)) ? 'province' : null;
  if (level(a) && level(b) && level(a) !== level(b)) return false;
  // «فرمانداری مهران» / «فرمانداری شهرستان مهران»: the same head and the same place.
  if (pa.place && pa.place === pb.place && pa.core.length > 0 && pa.core.join('') === pb.core.join('')) return true;
  // One provincial agency under two heads («سازمان جهاد کشاورزی X» / «جهاد کشاورزی X»).
  const agency = canonicalAgency(a);
  if (agency !== null && agency === canonicalAgency(b)) return true;
  if (pa.core.length < 2 || pb.core.length < 2 || pa.core[0] !== pb.core[0]) return false;
  const ca = pa.core.join('');
  const cb = pb.core.join('');
  if (ca.startsWith(cb) || cb.startsWith(ca)) return true;
  // Word subset («کارگروه اشتغال و سرمایه گذاری» ⊂ «کارگروه تخصصی اشتغال و سرمایه گذاری»).
  const [small, large] = pa.core.length <= pb.core.length ? [pa.core, pb.core] : [pb.core, pa.core];
  const content = small.slice(1).filter((w) => w !== 'و');
  return content.length >= 2 && small.every((w) => large.includes(w));
}
