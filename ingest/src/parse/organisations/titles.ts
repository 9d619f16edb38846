/**
 * Bodies named only through an official's title: «مدیر راهداری و حمل و نقل جاده‌ای شهرستان
 * تویسرکان گفت» names the county office «راهداری و حمل و نقل جاده‌ای شهرستان تویسرکان» although no
 * head word («اداره») is written. Only a registry agency's stem with its county or province named
 * counts; a stem that is a head word of its own («جهاد کشاورزی», «بهزیستی») is read as a mention
 * anyway. Pure.
 */
import { PROVINCIAL_AGENCIES } from '../data/bodies.ts';
import { compactKey, fold } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';
import { HEAD_RE, PLACE_KEYS, nameWords, type OrganisationMention } from './words.ts';

// Officials who head a county or provincial office.
const TITLE = new RegExp(`(?<![${AR_LETTER}])(?:مدیر|رئیس|رییس|سرپرست)\\s+(?=[${AR_LETTER}])`, 'g');

// Registry stems written with at least two words, longest first («راهداری و حمل و نقل جاده ای»
// before «راهداری»): a one-word stem after a title is too often the field of a person's post.
const STEMS = PROVINCIAL_AGENCIES.flatMap((a) => [a.canonical, ...a.aliases])
  .filter((s) => s.trim().split(/\s+/).length >= 2)
  .map((s) => compactKey(s).replace(/[،,]/g, ''))
  .sort((a, b) => b.length - a.length);

/** Offices named by their official's title, the stem and the place as written. */
export function findBodiesByOfficialTitle(text: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const start = m.index + m[0].length;
    const line = text.slice(start, start + 120).split(/[\n\t.:؛«»()،,]/)[0]!;
    // A head word right after the title is read by the mention reader.
    HEAD_RE.lastIndex = 0;
    const head = HEAD_RE.exec(line);
    if (head && head.index === 0) continue;
    const ws = nameWords(line);
    // The stem: the longest run of words whose compact key is a registry stem.
    let stemWords = 0;
    for (let n = Math.min(8, ws.length); n >= 2 && stemWords === 0; n--)
      if (STEMS.includes(compactKey(ws.slice(0, n).join(' ')))) stemWords = n;
    if (stemWords === 0) continue;
    // Then «شهرستان|استان» and a place named (one to three words).
    if (!/^(?:شهرستان|استان)$/.test(fold(ws[stemWords] ?? ''))) continue;
    let placeWords = 0;
    for (let n = 3; n >= 1 && placeWords === 0; n--)
      if (
        ws.length >= stemWords + 1 + n &&
        PLACE_KEYS.has(compactKey(ws.slice(stemWords + 1, stemWords + 1 + n).join(' ')))
      )
        placeWords = n;
    if (placeWords === 0) continue;
    const words = ws.slice(0, stemWords + 1 + placeWords);
    // End in the text: walk the words through the line.
    let cursor = 0;
    for (const w of words) cursor = line.indexOf(w, cursor) + w.length;
    out.push({ name: words.join(' '), index: start, end: start + cursor });
  }
  return out;
}
