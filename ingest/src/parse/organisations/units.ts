/**
 * Internal units made responsible: a unit that a resolution binds («معاونت درمان دانشگاه»,
 * «امور حقوقی», «واحد بهداشت محیط», «مدیریت امور مالی») is a body of the document, though a
 * unit named in passing is not (index.ts). Pure.
 */
import { compactKey, fold, tidy } from '../fold.ts';
import { sameOrganisation } from './document.ts';
import { PLACE_KEYS, PLACE_WORD_KEYS, STOP, isPlaceWord, isVerbToken, wordKey } from './words.ts';

// Heads of the units inside a body (deputyships, directorates, offices, secretariats, sections,
// affairs): «توسط دبیرخانه شورا جمع‌بندی شود» binds the council's secretariat.
const UNIT_HEAD = /^(?:معاونت|مدیریت|دفتر|دبیرخانه|واحد|امور|روابط\s+عمومی|کمیسیون|اداره(?!\s+کل))\s/;
// Plural unit names («معاونت‌ها», «واحدهای …») are groups, not a unit.
const PLURAL = /^(?:[^\s]+\s*(?:ها|های))(?:\s|$)/;

/** Whether a responsible entry is the name of one internal unit, written cleanly. */
export function isUnitName(name: string): boolean {
  const f = fold(tidy(name));
  if (!UNIT_HEAD.test(f) || PLURAL.test(f)) return false;
  const ws = f.replace(/[،,]/g, ' ').split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 8) return false;
  // A clean name: no stop word (but «و»), verb or number, and not cut at «و».
  if (ws[ws.length - 1] === 'و') return false;
  // «مدیریت و تحول اداری» is the end of «دفتر بهبود مدیریت و تحول اداری» cut at «و»: a unit's
  // name never goes on with «و» right after its head.
  if (ws[1] === 'و') return false;
  return ws.slice(1).every((w) => w === 'و' || (!STOP.has(wordKey(w)) && !isVerbToken(wordKey(w)) && !/\d/.test(w)));
}

// Local administrations named together with their places («فرمانداری‌های رودسر، املش و لنگرود»):
// bound by a resolution they are a party of the record, unlike a generic group («دستگاه‌های
// اجرایی», «بانک‌های عامل»). Without places («بخشداری‌ها») the sets' labels disagree; not listed.
const TERRITORIAL_PLURAL = /^(?:بخشداری|دهیاری|فرمانداری|شهرداری)\s*های\s+\S/;

/** Whether a responsible entry names the county's local administrations together. */
export function isTerritorialPlural(name: string): boolean {
  const f = fold(tidy(name)).replace(/\u200c/g, ' ');
  if (!TERRITORIAL_PLURAL.test(f)) return false;
  const ws = f.replace(/[،,]/g, ' ').split(/\s+/).filter(Boolean);
  // The places themselves follow: named places, with «و» and level words («بخش», «شهرستان»)
  // between them; «شهرداری‌های شهرستان» alone names none, «… بخش مرکزی پسماند …» goes on past them.
  // «دهیاری های …» or «دهیاریهای …» (the plural written joined).
  const places = ws.slice(/^(?:ها|های)$/.test(ws[1] ?? '') ? 2 : 1);
  return (
    ws.length <= 8 &&
    // A district's name after «بخش» («دهیاری‌های بخش مرکزی») names no place of the county: the
    // group is the district's villages, generic like «دهیاری‌ها».
    places.some((w, i) => places[i - 1] !== 'بخش' && (PLACE_KEYS.has(compactKey(w)) || PLACE_WORD_KEYS.has(w))) &&
    places.every((w) => w === 'و' || w === 'بخش' || (w !== 'در' && isPlaceWord(w)))
  );
}

/**
 * The document's organisations with the internal units its resolutions bind appended, in the
 * order the resolutions name them; a unit already listed (same body) is not repeated.
 */
export function withResponsibleUnits(organisations: string[], responsible: string[]): string[] {
  const out = [...organisations];
  for (const r of responsible) {
    const name = tidy(r);
    if (!isUnitName(name) && !isTerritorialPlural(name)) continue;
    if (out.some((o) => sameOrganisation(o, name))) continue;
    out.push(name);
  }
  return out;
}
