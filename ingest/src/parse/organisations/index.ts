/**
 * Organisations: the convening body first (قرارگاه اجتماعی استان، شورای هماهنگی …،
 * کارگروه …، شورای اسلامی شهر …), then the parent offices from the letterhead
 * («وزارت …», «اداره کل …», «معاونت …»), then — in short documents (news items, excerpts),
 * where every named body is part of what the document is about — the other bodies named.
 * Long minutes mention dozens of bodies in passing; there only the core bodies are kept:
 * convening body, letterhead, the publishing office («روابط عمومی X»), the convening body's
 * secretariat, the governorate hosting or chairing the meeting, and the ministry the
 * publishing office belongs to. Pure.
 *
 * Conventions (from the archive's labelling rules):
 *  - generic mentions are not bodies: plurals («بانک های عامل», «کمیته های تخصصی») and
 *    heads with only a generic modifier («کارگروه مربوطه», «دستگاههای ذیربط»);
 *  - a sub-unit named with its parent («معاونت … استانداری مرکزی», «اداره سرپرستی شعب
 *    بانک X») counts as the parent;
 *  - one entry per body: a name that extends another («بانک توسعه تعاون استان») and
 *    offices that differ only in their head word («دفتر امور اجتماعی» / «اداره کل امور
 *    اجتماعی») are the same body;
 *  - the ministry of cooperatives, labour and welfare has one canonical name whatever
 *    short form the text uses («وزارت کار», «وزارت رفاه»).
 */
import { fold } from '../fold.ts';
import { L, re } from '../boundary.ts';
import { canonicalOrganisation } from './canonical.ts';
import {
  bodyKey,
  coreAndPlace,
  fieldWords,
  findConveningBody,
  hostGovernorate,
  ledeOffice,
  letterheadOrganisations,
  publisher,
  sameOrganisation,
  secretariat,
  topLetterhead,
} from './document.ts';
import { findOfficesByHead } from './heads-of-office.ts';
import { findOrganisationMentions } from './mentions.ts';
import { findMinistries } from './ministries.ts';
import { findBodiesByOfficialTitle } from './titles.ts';
import { SUB_UNIT } from './words.ts';

/**
 * Organisations of a document, convening body first, one entry per body.
 */
export function findOrganisations(input: {
  text: string;
  title: string | null;
  letterhead: string[];
  short: boolean;
}): string[] {
  const list: string[] = [];
  const convening = findConveningBody(input.title, input.text);
  if (convening) list.push(convening);
  const heads = [...letterheadOrganisations(input.letterhead), ...topLetterhead(input.text)];
  // Letterhead: the office (اداره کل) before the ministry, the order the archive uses.
  heads.sort((a, b) => Number(/^وزارت/.test(fold(a))) - Number(/^وزارت/.test(fold(b))));
  list.push(...heads);
  const mentions = findOrganisationMentions(input.text);
  // «وزیر X» names the ministry X among the bodies of the document.
  for (const mm of findMinistries(input.text))
    if (mm.byMinister && !mentions.some((o) => o.index <= mm.index && mm.index < o.end))
      mentions.push({ name: mm.name, index: mm.index, end: mm.end });
  // «مدیرکل X استان» names the directorate «اداره کل X استان», unless the text names the body
  // itself under its own head («سازمان صنعت، معدن و تجارت استان»).
  const named = [...mentions];
  for (const d of [...findBodiesByOfficialTitle(input.text, true), ...findOfficesByHead(input.text)])
    if (!named.some((o) => (o.index <= d.index && d.index < o.end) || sameOrganisation(o.name, d.name)))
      mentions.push(d);
  mentions.sort((a, b) => a.index - b.index);
  // Internal units («معاونت امور مالی», «دفتر شورا») are not bodies of their own.
  if (input.short) {
    for (const m of mentions) {
      if (SUB_UNIT.test(fold(m.name)) && !/^اداره/.test(fold(m.name))) continue;
      // The parent a council is named after («کمیسیون … شورای اسلامی شهر», «شورای هماهنگی
      // مدیران دستگاههای اجرایی وزارت کار»), named again on its own: part of the council's name.
      const key = bodyKey(m.name);
      if (
        !coreAndPlace(m.name).place &&
        list.some(
          (k) =>
            /^(?:شورای|کارگروه|کمیسیون|کمیته|ستاد|قرارگاه)\s/.test(fold(k)) &&
            ((bodyKey(k).length > key.length && bodyKey(k).includes(key)) ||
              findMinistries(k).some((mm) => mm.name === m.name)),
        )
      )
        continue;
      list.push(m.name);
    }
  } else {
    const pub = publisher(input.text);
    if (pub) list.push(pub);
    list.push(...secretariat(input.text));
    const host = hostGovernorate(input.text);
    if (host) list.push(host);
    // The ministry of an office already listed («اداره کل تعاون …» → «وزارت تعاون …»).
    const offices = list.filter((o) => /^اداره\s+کل/.test(fold(o)));
    for (const m of mentions) {
      if (!/^وزارت/.test(fold(m.name))) continue;
      const fw = fieldWords(m.name);
      if (offices.some((o) => [...fieldWords(o)].some((w) => fw.has(w)))) list.push(m.name);
    }
  }
  const lede = ledeOffice(input.text);
  if (lede) list.push(lede);
  // City council minutes that the mayor attends deal with the municipality («شهرداری»).
  if (
    list.length > 0 &&
    /^(?:کمیسیون\s.*)?شورای\s+اسلامی\s+شهر/.test(fold(list[0]!)) &&
    re('')`(?<![${L}])شهردار(?![${L}])`.test(input.text)
  )
    list.push('شهرداری');
  const kept: string[] = [];
  for (const raw of list) {
    const o = canonicalOrganisation(raw);
    if (bodyKey(o).length < 3) continue;
    const at = kept.findIndex((x) => sameOrganisation(x, o));
    if (at < 0) {
      kept.push(o);
      continue;
    }
    // The same office named once with a bare «استان» and once with the province: keep the
    // place-qualified name («اداره کل X استان» → «اداره کل X کردستان»).
    const was = coreAndPlace(kept[at]!);
    const now = coreAndPlace(o);
    // Likewise a short form and the full name with the province («اداره کل راهداری استان» /
    // «اداره کل راهداری و حمل و نقل جاده‌ای استان خراسان شمالی»): the full name.
    const extendsWords = now.core.length > was.core.length && was.core.every((w, i) => now.core[i] === w);
    if (now.place && !was.place && (now.core.join('') === was.core.join('') || extendsWords)) kept[at] = o;
    // A bank named once by its place and once by its branch («بانک X ملکان» / «بانک X شعبه ملکان»):
    // the branch is the body the record deals with.
    const branch = (n: string) =>
      fold(n)
        .split(/\s+/)
        .filter((w) => w !== 'شعبه');
    if (
      /(?:^|\s)شعبه(?:\s|$)/.test(fold(o)) &&
      !/(?:^|\s)شعبه(?:\s|$)/.test(fold(kept[at]!)) &&
      branch(o).join(' ') === branch(kept[at]!).join(' ')
    )
      kept[at] = o;
  }
  return kept;
}

export type { OrganisationMention } from './mentions.ts';
export { findOrganisationMentions } from './mentions.ts';
export { canonicalAgency, canonicalOrganisation } from './canonical.ts';
export { facetBody } from './facet.ts';
export { withResponsibleUnits } from './units.ts';
export { findConveningBody, sameOrganisation } from './document.ts';
export { isVerbToken } from './words.ts';
