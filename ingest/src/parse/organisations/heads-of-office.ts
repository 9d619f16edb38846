/**
 * Judicial and police offices named only through the official who heads them: «رئیس دادگستری
 * شهرستان X» names «دادگستری شهرستان X», «رئیس کل دادگستری استان Y» the province's «دادگستری کل
 * استان Y», «دادستان عمومی و انقلاب Z» the prosecutor's office «دادستانی عمومی و انقلاب Z»,
 * «فرمانده انتظامی شهرستان» the county's «فرماندهی انتظامی شهرستان». These heads are no head words
 * of the mention reader (a role before an agency's name is read as a person's post), yet each
 * official stands for one office, a body of the document. Pure.
 */
import { compactKey, fold } from '../fold.ts';
import { AR_LETTER } from '../../text/chars.ts';
import { PLACE_KEYS, nameWords, type OrganisationMention } from './words.ts';

const NOT_LETTER = `(?![${AR_LETTER}\\u200c])`;
// The official, and the office his title stands for.
const OFFICIALS: readonly { re: RegExp; office: (general: boolean) => string; needsQualifier: boolean }[] = [
  {
    // «رئیس دادگستری», «رئیس کل دادگستری», «رییس دادگستری کل استان».
    re: new RegExp(`(?<![${AR_LETTER}])(?:رئیس|رییس|ریيس)\\s+(کل\\s+)?دادگستری(\\s+کل)?${NOT_LETTER}`, 'g'),
    office: (general) => (general ? 'دادگستری کل' : 'دادگستری'),
    needsQualifier: true,
  },
  {
    // «دادستان عمومی و انقلاب (شهرستان) X», «دادستان شهرستان X»; «دادستان کل کشور» is national.
    re: new RegExp(`(?<![${AR_LETTER}])دادستان(\\s+کل)?(\\s+عمومی\\s+و\\s+انقلاب)?${NOT_LETTER}`, 'g'),
    office: () => 'دادستانی',
    needsQualifier: true,
  },
  {
    // «فرمانده انتظامی شهرستان», «فرمانده نیروی انتظامی استان X».
    re: new RegExp(`(?<![${AR_LETTER}])فرمانده\\s+(?:نیروی\\s+)?انتظامی${NOT_LETTER}`, 'g'),
    office: () => 'فرماندهی انتظامی',
    needsQualifier: true,
  },
];

/**
 * The level and place after an official's title: «شهرستان|استان» and a place of one to three
 * words, or a place alone; '' when neither follows.
 */
function levelAndPlace(line: string): string[] {
  const ws = nameWords(line).map((w) => w.replace(/[،,]+$/, ''));
  const out: string[] = [];
  let i = 0;
  if (/^(?:شهرستان|استان)$/.test(fold(ws[0] ?? ''))) out.push(ws[i++]!);
  for (let n = 3; n >= 1; n--) {
    const part = ws.slice(i, i + n);
    if (part.length === n && PLACE_KEYS.has(compactKey(part.join(' '))) && fold(part.join(' ')) !== 'کشور') {
      out.push(...part);
      break;
    }
  }
  return out;
}

/** Offices named through their head, as «office level place», in text order. */
export function findOfficesByHead(text: string): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (const o of OFFICIALS) {
    o.re.lastIndex = 0;
    for (let m = o.re.exec(text); m; m = o.re.exec(text)) {
      const end = m.index + m[0].length;
      const line = text.slice(end, end + 80).split(/[\n\t.:؛«»()]/)[0]!;
      // «دادستان کل کشور» is the national prosecutor; «دادستان محترم» is the person.
      if (/^\s*کشور/.test(fold(line))) continue;
      const where = levelAndPlace(line);
      const general = Boolean(m[1]) || Boolean(m[2] && /کل/.test(m[2]));
      const court = m[2] && /انقلاب/.test(m[2]) ? ' عمومی و انقلاب' : '';
      if (o.needsQualifier && where.length === 0 && !court) continue;
      const name = [`${o.office(general)}${court}`, ...where].join(' ');
      let cursor = 0;
      for (const w of where) cursor = line.indexOf(w, cursor) + w.length;
      out.push({ name, index: m.index, end: end + cursor });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
