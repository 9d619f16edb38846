/**
 * What both search engines derive from a `DocumentRecord`: search-key terms, passages,
 * facet values and the metadata text. Pure (no IO), shared by the FTS5 and Meilisearch
 * adapters so that both index exactly the same keys.
 */
import type { DocumentRecord, Resolution } from '../schema.ts';
import { pluralFold, searchTokenGroups, searchTokens } from '../text/index.ts';
import type { FacetName } from '../schema.ts';
import { facetBody } from '../parse/organisations/index.ts';

// Engine terms are the search-key tokens split on anything that is not a letter, digit,
// mark, private-use character or '.' (decimals stay whole: «12.5»), lower-cased. FTS5's unicode61
// tokenizer (configured with `categories 'L* N* Co M*' tokenchars '.'`) splits there too. Charabia
// (Meilisearch) treats '.' and ZWNJ as separators by default: terms never hold ZWNJ (the search key
// joins or splits at it) and hold '.' only inside decimals, which the Meilisearch indexes keep whole
// with `nonSeparatorTokens: ['.']` (meili/meili-behaviours.ts 10). So the terms we compute in JS
// (for typo candidates, snippets, concatenations) are exactly the index's terms in both engines.
const NON_TERM = /[^\p{L}\p{N}\p{M}\p{Co}.]+/u;

/** Split canonical search-key tokens into engine terms. */
export function termsOfTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!NON_TERM.test(t)) {
      out.push(t.toLowerCase());
      continue;
    }
    for (const part of t.split(NON_TERM)) if (part) out.push(part.toLowerCase());
  }
  return out;
}

/** Engine terms of a display text (same function at index and query time). */
export function keyTerms(text: string): string[] {
  return termsOfTokens(searchTokens(text));
}

/**
 * Engine terms of a text grouped by written word: `[term]`, or for a compound (any written
 * form, see `searchTokenGroups`) `[part, part, joined]`. Queries search a compound as one word.
 */
export function keyTermGroups(text: string): string[][] {
  return searchTokenGroups(text)
    .map((g) => termsOfTokens(g))
    .filter((g) => g.length > 0);
}

const foldCache = new Map<string, string>();
/** Plural-folded term (memoised: the same words recur across an archive). */
export function foldTerm(term: string): string {
  let f = foldCache.get(term);
  if (f === undefined) {
    f = pluralFold(term).toLowerCase();
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(term, f);
  }
  return f;
}

/** Target and hard maximum of words per passage (a page longer than this is split). */
export const PASSAGE_WORDS = 400;
const PASSAGE_MAX_WORDS = 520;

export interface Passage {
  /** 0-based position of the passage in the document. */
  seq: number;
  /** Page number in the original, null when the record has no pages. */
  page: number | null;
  /** Display text (as stored in the record, whitespace kept). */
  display: string;
}

const SENTENCE_END = /[.!?؟؛:]["»)]*$/;

/** Split one page's text into chunks of at most ~PASSAGE_WORDS words, preferring paragraph and sentence ends. */
export function splitText(text: string, target = PASSAGE_WORDS, max = PASSAGE_MAX_WORDS): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  // Fast path: most pages are short.
  const approxWords = trimmed.length / 5;
  if (approxWords < target * 0.8) {
    const n = trimmed.split(/\s+/).length;
    if (n <= target) return [trimmed];
  }
  const out: string[] = [];
  const re = /\S+/g;
  let chunkStart = 0; // char offset where the current chunk starts
  let count = 0;
  let cut = -1; // char offset just after a good break (sentence or paragraph end)
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(trimmed)) !== null) {
    const wordEnd = m.index + m[0].length;
    if (count >= target * 0.75 && trimmed.slice(prevEnd, m.index).includes('\n')) cut = prevEnd;
    count++;
    if (count >= target * 0.75 && SENTENCE_END.test(m[0])) cut = wordEnd;
    if ((count >= target && cut > chunkStart) || count >= max) {
      const end = count >= target && cut > chunkStart ? cut : wordEnd;
      out.push(trimmed.slice(chunkStart, end).trim());
      chunkStart = end;
      count = trimmed.slice(end, wordEnd).trim() === '' ? 0 : trimmed.slice(end, wordEnd).trim().split(/\s+/).length;
      cut = -1;
    }
    prevEnd = wordEnd;
  }
  const rest = trimmed.slice(chunkStart).trim();
  if (rest) out.push(rest);
  return out;
}

/** The passages of a document: each page, long pages split. */
export function documentPassages(doc: DocumentRecord): Passage[] {
  const out: Passage[] = [];
  const pages = doc.pages.length > 0 ? doc.pages : [{ number: null as number | null, text: doc.text }];
  for (const p of pages) {
    const chunks = splitText(p.text);
    if (chunks.length === 0 && out.length === 0 && p === pages[pages.length - 1]) chunks.push('');
    for (const c of chunks) out.push({ seq: out.length, page: p.number, display: c });
  }
  if (out.length === 0) out.push({ seq: 0, page: null, display: '' });
  return out;
}

/** Distinct trimmed non-empty values, in first-seen order (facet values of a record). */
export function uniq(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const t = v?.trim();
    if (t) seen.add(t);
  }
  return [...seen];
}

/** Jalali year of a record ('1401'), from dateJalali. */
export function jalaliYear(doc: Pick<DocumentRecord, 'dateJalali'>): string | null {
  const m = /^(\d{4})/.exec(doc.dateJalali ?? '');
  return m ? m[1]! : null;
}

/** `yyyymmdd` as an integer for range filters and sorting, 0 when unknown. */
export function dateNumber(iso: string | null | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

/**
 * Facet values of a document. `speaker` holds the speakers' names and the chair;
 * `funding` the document's funding bodies and its resolutions'.
 */
export function documentFacets(doc: DocumentRecord): Record<FacetName, string[]> {
  const year = jalaliYear(doc);
  return {
    kind: [doc.kind],
    // One facet value per body however the text names it (parse/organisations/facet.ts).
    organisation: uniq(doc.organisations.map((o) => facetBody(o, doc.province))),
    province: uniq([doc.province]),
    county: uniq(doc.counties),
    // The chair is «name (role)»: the facet holds the person once, by name.
    speaker: uniq([...doc.speakers.map((s) => s.name), doc.chair?.replace(/\s*\(.*$/s, '') ?? null]),
    funding: uniq([...doc.fundingBodies, ...doc.resolutions.flatMap((r) => r.fundingBodies)]),
    year: year ? [year] : [],
  };
}

/** Facet values of a resolution (the commitments view). */
export function resolutionFacets(r: Resolution): { responsible: string[]; funding: string[] } {
  return { responsible: uniq([...r.responsible, ...r.supervisor]), funding: uniq(r.fundingBodies) };
}

/** The kind's Persian name is searchable: «صورتجلسه» finds minutes that never name themselves so. */
const KIND_WORDS: Record<DocumentRecord['kind'], string | null> = { minutes: 'صورتجلسه', news: 'خبر', other: null };

/**
 * Searchable metadata of a document (kind name, speakers, organisations, places, funding, people,
 * Jalali year): indexed in its own column so a name or a year matches every passage of the document.
 */
export function documentMetaText(doc: DocumentRecord): string {
  const parts = [
    KIND_WORDS[doc.kind],
    ...doc.organisations,
    doc.province,
    ...doc.counties,
    doc.chair,
    ...doc.speakers.flatMap((s) => [s.name, s.role]),
    ...doc.fundingBodies,
    ...doc.peopleMentioned,
    doc.place,
    jalaliYear(doc),
  ];
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(' \n ');
}

/** Searchable text of a resolution besides its own text (who, funding). */
export function resolutionMetaText(r: Resolution): string {
  return [...r.responsible, ...r.supervisor, ...r.fundingBodies, r.deadline]
    .filter((p): p is string => !!p && p.trim() !== '')
    .join(' \n ');
}

/** The resolutions whose text belongs to a given passage (by page; unpaged ones go to the first). */
export function resolutionsOfPassage(doc: DocumentRecord, passages: Passage[], p: Passage): Resolution[] {
  const firstOfPage = passages.find((q) => q.page === p.page) === p;
  if (!firstOfPage) return [];
  const pages = new Set(passages.map((q) => q.page));
  return doc.resolutions.filter((r) => (r.page == null || !pages.has(r.page) ? p.seq === 0 : r.page === p.page));
}
