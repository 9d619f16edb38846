/**
 * One facet value per body, whatever form a document names it in: the registry's stem of a
 * provincial agency, a bank or fund without its branch or place, and any other body without a
 * trailing «استان» or the name of the document's own province. Record fields keep the form the
 * text wrote; only the facet folds the forms together. Pure.
 */
import { findFundingMentions } from '../funding.ts';
import { fold, tidy } from '../fold.ts';
import { canonicalAgency } from './canonical.ts';
import { isPlaceWord } from './words.ts';

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

/** A body's facet value; `province` is the document's province (its name may close the body's name). */
export function facetBody(name: string, province: string | null): string {
  const agency = canonicalAgency(name);
  if (agency) return agency;
  const funder = funderFacet(name);
  if (funder) return funder;
  const ws = tidy(name).split(' ');
  const folded = ws.map((w) => fold(w));
  let end = ws.length;
  const prov = province ? fold(tidy(province)).split(' ') : [];
  // «… استان فارس» or «… فارس» of a document from فارس.
  if (prov.length > 0 && end - prov.length >= 2 && prov.every((w, i) => folded[end - prov.length + i] === w))
    end -= prov.length;
  if (folded[end - 1] === 'استان') end -= 1;
  // At least two words stay: «ستاد تسهیل … استان» → «ستاد تسهیل …», never «استانداری زنجان» → «استانداری».
  return end >= 2 && end < ws.length ? ws.slice(0, end).join(' ') : name;
}
