/**
 * One facet value per body, whatever form a document names it in: the registry's stem of a
 * provincial agency, a bank or fund without its branch or place, and any other body without a
 * trailing «استان» or the name of the document's own province. Record fields keep the form the
 * text wrote; only the facet folds the forms together. Pure.
 */
import { findFundingMentions } from '../funding.ts';
import { compactKey, fold, tidy } from '../fold.ts';
import { canonicalAgency } from './canonical.ts';
import { PLACE_KEYS, isPlaceWord } from './words.ts';

// What may follow a registry name of a bank or fund and still be that bank or fund: its branch,
// the place, or the official tail «انقلاب اسلامی» («بنیاد مسکن انقلاب اسلامی استان»).
const FUNDER_TAIL = /^(?:شعبه|شعب|مدیریت|سرپرستی|استان|شهرستان|انقلاب|اسلامی|مرکزی)$/;

function funderFacet(name: string): string | null {
  const f = fold(tidy(name));
  const hit = findFundingMentions(f).find((h) => h.index === 0);
  if (!hit) return null;
  const rest = f.slice(hit.end).trim();
  if (rest === '' || rest.split(/\s+/).every((w) => isPlaceWord(w) || FUNDER_TAIL.test(w))) return hit.canonical;
  return null;
}

// Spellings of one word: «کار گروه» is «کارگروه», «هیات/هیأت» is «هیئت», «اموراجتماعی» is «امور اجتماعی».
function spelling(name: string): string {
  return name
    .replace(/(?<![\p{L}])امور(?=\p{L}{3})/gu, 'امور ')
    .replace(/(?<![\p{L}])کار\s+گروه(?![\p{L}])/gu, 'کارگروه')
    .replace(/(?<![\p{L}])هی(?:ا|أ)ت(?![\p{L}])/gu, 'هیئت');
}

// Honorifics are no part of a facet value («امام (ره)», «حضرت امام» → «امام»).
function withoutHonorifics(name: string): string {
  return tidy(name.replace(/\(\s*(?:ره|ع|س|عج|ص)\s*\)/g, ' ').replace(/(?<![\p{L}])(?:ره|حضرت)(?![\p{L}])/gu, ' '));
}

// An office head that names no body of its own: «اداره کل X», «اداره X», «مدیریت X», «دفتر X»
// is the office of X wherever the text writes it with another head or none.
const OFFICE_HEAD = /^(?:اداره\s+کل|اداره|مدیریت|دفتر)\s+/;

/** A body's facet value; `province` is the document's province (its name may close the body's name). */
export function facetBody(name: string, province: string | null): string {
  let written = spelling(withoutHonorifics(name));
  // «… شهرستان» with no county after it: the kind of office, as «… استان» is.
  written = written.replace(/\s+شهرستان$/, '');
  // «فرمانداری شهرستان X» is «فرمانداری X».
  written = written.replace(/^فرمانداری\s+شهرستان\s+(?=\S)/, 'فرمانداری ');
  // «شورای اسلامی شهرمیانه»: the city glued to «شهر».
  written = written.replace(/^(شورای\s+اسلامی\s+)شهر(?=\S)(\S+)$/, (m, head: string, city: string) =>
    PLACE_KEYS.has(compactKey(city)) ? `${head}شهر ${city}` : m,
  );
  // A bare «استانداری» of a document from X is «استانداری X».
  if (/^استانداری$/.test(fold(written)) && province) return `استانداری ${tidy(province)}`;
  const agency = canonicalAgency(written);
  if (agency) return agency;
  const funder = funderFacet(written);
  if (funder) return funder;
  const ws = tidy(written).split(' ');
  const folded = ws.map((w) => fold(w));
  let end = ws.length;
  const prov = province ? fold(tidy(province)).split(' ') : [];
  // «… استان فارس» or «… فارس» of a document from فارس.
  if (prov.length > 0 && end - prov.length >= 2 && prov.every((w, i) => folded[end - prov.length + i] === w))
    end -= prov.length;
  if (folded[end - 1] === 'استان') end -= 1;
  // At least two words stay: «ستاد تسهیل … استان» → «ستاد تسهیل …», never «استانداری زنجان» → «استانداری».
  const body = end >= 2 && end < ws.length ? ws.slice(0, end).join(' ') : tidy(written);
  // «اداره کل امور اجتماعی و فرهنگی» / «دفتر امور اجتماعی و فرهنگی»: the office by its field, when
  // the field is two words at least (never «اداره برق» → «برق»).
  const head = OFFICE_HEAD.exec(fold(body));
  if (head) {
    const field = body.split(' ').slice(head[0].trim().split(/\s+/).length);
    if (field.filter((w) => fold(w) !== 'و').length >= 2 && !OFFICE_HEAD.test(fold(field.join(' ')) + ' '))
      return field.join(' ');
  }
  return body;
}
