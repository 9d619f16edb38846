/**
 * Structure parser of Sanad: turns a document's display text into a `ParsedDocument`
 * (kind, title, meeting number, date, organisations, places, people, resolutions, funding
 * bodies, amounts). Pure: no IO; the data it needs lives in ./data as modules.
 */
import type { Amount, ParsedDocument, Resolution } from '../schema.ts';
import { findAmounts } from '../text/index.ts';
import { compactKey, fold, lightFold } from './fold.ts';
import { findFundingBodies, findFundingMentions } from './funding.ts';
import { withoutSiteFurniture } from './furniture.ts';
import { letterheadLines, stripPageHeaders } from './headers.ts';
import { findOrganisations, withResponsibleUnits } from './organisations/index.ts';
import { countyNames, detectProvince, placeFold } from './places.ts';
import { findCommitments } from './commitments/index.ts';
import { withReliefFunders } from './commitments/relief-funders.ts';
import { findResolutions } from './resolutions/index.ts';
import { findChair, findPeopleMentioned, findSpeakers } from './speakers/index.ts';
import { detectKind, findDocumentDate, findMeetingNumber, findMeetingTime, findPlace } from './structure.ts';
import { findTitle, restoreZwnj } from './title.ts';
import { L, re } from './boundary.ts';

export { stripPageHeaders, letterheadLines } from './headers.ts';
export { countyNames, detectProvince, findCounties } from './places.ts';
export { findFundingBodies, findFundingMentions } from './funding.ts';
export { findSpeakers, findChair, findPeopleMentioned, familyName, sameName } from './speakers/index.ts';
export { findResolutions, splitBodies, subjectBodies, textDeadline } from './resolutions/index.ts';
export { detectKind, findDocumentDate, findMeetingNumber } from './structure.ts';
export { findTitle, isDateLine } from './title.ts';
export { findOrganisations } from './organisations/index.ts';
export { fold, compactKey } from './fold.ts';
export { findCommitments, canonicalParty, dueDate } from './commitments/index.ts';

/**
 * Version of the structure parser. Bump it whenever a change to `parse/` changes what
 * `parseDocument` returns, so stored records made by an older parser can be found and
 * re-derived (`npm run reparse`).
 */
export const PARSER_VERSION = '2026.12.18';

/** Options of {@link parseDocument}. */
export interface ParseOptions {
  /** Pages of the original, to give each resolution its page number. */
  pages?: { number: number; text: string }[];
  filename?: string;
  /** Metadata from the source (HTML title, publication date) used when the text has none. */
  hints?: { title?: string | null; publishedAt?: string | null };
}

/**
 * Documents shorter than this (characters) are excerpts, short news or one-page minutes: every
 * named body counts as an organisation (a one-page record names a body only to give it a task or
 * a report). About one typed page; multi-page minutes name dozens of bodies in passing.
 */
const SHORT_DOCUMENT = 3000;

/**
 * Whether every named body counts as an organisation of the document: short documents, and
 * news reported by an outlet at any length (an agency's article lists the bodies it names). A
 * press release of an office («به گزارش روابط عمومی X») and long minutes keep their core bodies.
 */
function everyBodyCounts(text: string, kind: string): boolean {
  if (text.length < SHORT_DOCUMENT) return true;
  return kind === 'news' && !/روابط\s*عمومی/.test(text.slice(0, 3000));
}

/** Money amounts, one per distinct written form (spaces ignored). */
export function extractAmounts(text: string): Amount[] {
  const seen = new Set<string>();
  const out: Amount[] = [];
  for (const a of findAmounts(text)) {
    if (!re('')`[\d۰-۹٠-٩]|[${L}]{2,}\s`.test(a.text.replace(/(?:تومان|ریال)ی?$/, ''))) continue;
    const key = compactKey(a.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: a.text, toman: a.toman });
  }
  return out;
}

/**
 * A body cut before its name ends («صندوق حمایت» of «صندوق حمایت از توسعه … کشاورزی»: the
 * organisation reader stops at «از») is the bank or fund, as the text writes it, whose name it begins.
 */
function completeFunders(organisations: string[], folded: string): string[] {
  const mentions = findFundingMentions(folded).map((m) => folded.slice(m.index, m.end));
  const out: string[] = [];
  for (const o of organisations) {
    const key = `${fold(o)} `;
    const full = mentions.find((m) => m.startsWith(key)) ?? o;
    if (!out.some((x) => compactKey(x) === compactKey(full))) out.push(full);
  }
  return out;
}

function pageOf(text: string, pages: { number: number; text: string }[] | undefined): number | null {
  if (!pages || pages.length === 0) return null;
  const probe = compactKey(text).slice(0, 30);
  if (probe.length < 6) return null;
  for (const p of pages) if (compactKey(p.text).includes(probe)) return p.number;
  const shortProbe = probe.slice(0, 15);
  for (const p of pages) if (compactKey(p.text).includes(shortProbe)) return p.number;
  return null;
}

/**
 * Parse display text into the record fields that depend on the text alone.
 * The text may still carry OCR noise, Arabic ي/ك, joined words and Arabic-Indic digits.
 */
export function parseDocument(text: string, opts: ParseOptions = {}): ParsedDocument {
  const letterhead = letterheadLines(text);
  const page = stripPageHeaders(text);
  // Tags, share buttons and related headlines at the foot of a news page are not content.
  const body = withoutSiteFurniture(page);
  const stripped = lightFold(body);
  const folded = fold(stripped);
  const kind = detectKind(stripped);
  let title = findTitle(stripped, kind);
  if (title) title = restoreZwnj(title, text);
  if (!title && opts.hints?.title) title = opts.hints.title;
  const date = findDocumentDate(stripped, kind);
  let dateJalali = date?.jalali ?? null;
  let iso = date?.iso ?? null;
  if (!iso && opts.hints?.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(opts.hints.publishedAt)) {
    iso = opts.hints.publishedAt.slice(0, 10);
    dateJalali = findDocumentDate(`date ${iso}`, 'news')?.jalali ?? null;
  }
  // A province named only in the letterhead, which repeats as a page header and is stripped from
  // the body («اداره کل بهزیستی استان …» on every page), is still the document's province.
  const province = detectProvince(folded) ?? detectProvince(fold(lightFold(text)));
  const fundingBodies = findFundingBodies(folded);
  const speakers = findSpeakers(stripped, kind);
  const resolutionsRaw = findResolutions(stripped, kind);
  // The size of the page as published (furniture included) tells an excerpt from a full record.
  const short = everyBodyCounts(lightFold(page), kind);
  const resolutions: Omit<Resolution, 'id'>[] = resolutionsRaw.map((r) => {
    const scope = [r.text, ...r.responsible].join(' ');
    return {
      number: r.number,
      text: r.text,
      responsible: r.responsible,
      supervisor: r.supervisor,
      deadline: r.deadline,
      fundingBodies: findFundingBodies(fold(scope)),
      amounts: extractAmounts(r.text),
      page: pageOf(r.text, opts.pages),
    };
  });
  const commitments = findCommitments({ text, kind, date: iso, resolutions, pages: opts.pages });
  return {
    kind,
    title,
    meetingNumber: kind === 'minutes' || /جلسه|نشست/.test(title ?? '') ? findMeetingNumber(stripped) : null,
    date: iso,
    dateJalali,
    meetingTime: kind === 'minutes' ? findMeetingTime(stripped) : null,
    place: kind === 'minutes' ? findPlace(stripped) : null,
    // The bodies named, then (where every named body counts) the internal units a resolution
    // binds («معاونت درمان دانشگاه»).
    organisations: withResponsibleUnits(
      completeFunders(findOrganisations({ text: stripped, title, letterhead, short }), folded),
      short ? resolutions.flatMap((r) => [...r.responsible, ...r.supervisor]) : [],
    ),
    province,
    // From the text before the light fold turns ZWNJ into a space: «داراب» inside «سلیمان‌داراب»
    // and «شلمان» inside «شلمان‌رود» are no places.
    counties: countyNames(placeFold(body)),
    chair: findChair(stripped, speakers),
    speakers,
    peopleMentioned: findPeopleMentioned(stripped, speakers),
    resolutions,
    commitments,
    fundingBodies: withReliefFunders(fundingBodies, commitments),
    amounts: extractAmounts(stripped),
    parserVersion: PARSER_VERSION,
  };
}
