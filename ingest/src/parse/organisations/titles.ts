/**
 * Bodies named only through an official's title: «مدیر راهداری و حمل و نقل جاده‌ای شهرستان
 * تویسرکان گفت» names the county office «راهداری و حمل و نقل جاده‌ای شهرستان تویسرکان» although no
 * head word («اداره») is written. Only a registry agency's stem with its county or province named
 * counts; a stem that is a head word of its own («جهاد کشاورزی», «بهزیستی») is read as a mention
 * anyway. A director-general's title («مدیرکل هواشناسی استان گزارش داد») names the provincial
 * directorate «اداره کل X استان» even with a one-word stem: «مدیرکل» heads only such an office. Pure.
 */
import { PROVINCIAL_AGENCIES } from '../data/bodies.ts';
import { compactKey, fold } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';
import { HEAD_RE, PLACE_KEYS, nameWords, type OrganisationMention } from './words.ts';

// Officials who head a county or provincial office.
const TITLE = new RegExp(`(?<![${AR_LETTER}])(?:مدیر|رئیس|رییس|سرپرست)\\s+(?=[${AR_LETTER}])`, 'g');
// A director-general: «مدیرکل», «مدیر کل».
const GENERAL = new RegExp(`(?<![${AR_LETTER}])مدیر\\s*کل\\s+(?=[${AR_LETTER}])`, 'g');

// Registry stems written with at least two words, longest first («راهداری و حمل و نقل جاده ای»
// before «راهداری»): a one-word stem after a title is too often the field of a person's post.
const ALL_STEMS = PROVINCIAL_AGENCIES.flatMap((a) => [a.canonical, ...a.aliases])
  .map((s) => compactKey(s).replace(/[،,]/g, ''))
  .sort((a, b) => b.length - a.length);
const STEMS = PROVINCIAL_AGENCIES.flatMap((a) => [a.canonical, ...a.aliases])
  .filter((s) => s.trim().split(/\s+/).length >= 2)
  .map((s) => compactKey(s).replace(/[،,]/g, ''))
  .sort((a, b) => b.length - a.length);

const bare = (w: string) => w.replace(/[،,]+$/, '');

/** The stem, «شهرستان|استان» and the place that follow a title in `line`: words taken, or null. */
function officeWords(line: string, stems: string[], minStem: number, placeNeeded: boolean): string[] | null {
  const ws = nameWords(line);
  // The stem: the longest run of words whose compact key is a registry stem.
  let stemWords = 0;
  // A comma is a word's only inside the stem («صنعت، معدن و تجارت»); a comma after a stem word
  // that is a name of its own ends the line's name.
  for (let n = Math.min(8, ws.length); n >= minStem && stemWords === 0; n--) {
    if (ws.slice(0, n - 1).some((w) => /[،,]$/.test(w) && stems.includes(compactKey(bare(w))))) continue;
    if (stems.includes(compactKey(ws.slice(0, n).join(' ')).replace(/[،,]/g, ''))) stemWords = n;
  }
  if (stemWords === 0) return null;
  if (/[،,]$/.test(ws[stemWords - 1]!)) return null;
  // Then «شهرستان|استان» and a place named (one to three words).
  const level = fold(bare(ws[stemWords] ?? ''));
  if (!/^(?:شهرستان|استان)$/.test(level)) return null;
  let placeWords = 0;
  for (let n = 3; n >= 1 && placeWords === 0; n--)
    if (
      ws.length >= stemWords + 1 + n &&
      PLACE_KEYS.has(compactKey(bare(ws.slice(stemWords + 1, stemWords + 1 + n).join(' '))))
    )
      placeWords = n;
  if (placeWords === 0 && (placeNeeded || level !== 'استان')) return null;
  const words = ws.slice(0, stemWords + 1 + placeWords);
  return words.map((w, i) => (i === words.length - 1 ? bare(w) : w));
}

/**
 * Offices named by their official's title, the stem and the place as written. With `general`,
 * directorates named by their director-general instead («مدیرکل هواشناسی استان» → «اداره کل
 * هواشناسی استان»): a body of the document, though the sentence's party stays the official.
 */
export function findBodiesByOfficialTitle(text: string, general = false): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  const title = general ? GENERAL : TITLE;
  title.lastIndex = 0;
  for (let m = title.exec(text); m; m = title.exec(text)) {
    const start = m.index + m[0].length;
    const line = text.slice(start, start + 120).split(/[\n\t.:؛«»()]/)[0]!;
    // «مدیر کل …» is the director-general's title.
    if (!general && /^کل\s/.test(fold(line))) continue;
    // A head word right after an official's title is read by the mention reader; after
    // «مدیرکل» an agency's own head word («دامپزشکی») is the stem (the reader skips it there).
    HEAD_RE.lastIndex = 0;
    const head = HEAD_RE.exec(line);
    if (head && head.index === 0 && !general) continue;
    const words = general ? officeWords(line, ALL_STEMS, 1, false) : officeWords(line, STEMS, 2, true);
    if (!words) continue;
    // End in the text: walk the words through the line.
    let cursor = 0;
    for (const w of words) cursor = line.indexOf(w, cursor) + w.length;
    out.push({ name: (general ? ['اداره کل', ...words] : words).join(' '), index: start, end: start + cursor });
  }
  return out;
}
