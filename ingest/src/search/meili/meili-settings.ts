/**
 * Pure parts of the Meilisearch adapter: index settings, record shapes and filter expressions.
 * Unit-tested without a server.
 */
import type { DocumentRecord, Resolution } from '../../schema.ts';
import {
  dateNumber,
  documentFacets,
  documentMetaText,
  documentPassages,
  foldTerm,
  keyTerms,
  resolutionFacets,
  resolutionMetaText,
  resolutionsOfPassage,
} from '../fts-records.ts';
import { checkRange, dateRangeClauses, undatedLeftOutClause } from '../date-range.ts';
import { FACETS, QueryError, type FacetName, type ResolutionFilters, type SearchFilters } from '../search-engine.ts';

/** Searchable attributes of passage records, in ranking order (title > meta = resol > body > fold). */
export const PASSAGE_SEARCHABLE = ['title', 'meta', 'resol', 'body', 'fold'] as const;
export const RESOLUTION_SEARCHABLE = ['body', 'meta', 'fold'] as const;

export interface MeiliIndexSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  displayedAttributes: string[];
  rankingRules: string[];
  distinctAttribute: string | null;
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy?: Record<string, 'count' | 'alpha'> };
  pagination: { maxTotalHits: number };
  nonSeparatorTokens?: string[];
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnNumbers: boolean;
  };
  localizedAttributes: { locales: string[]; attributePatterns: string[] }[];
}

export interface MeiliSettingsOptions {
  /** Facet values returned per facet (the most frequent: sortFacetValuesBy count). Default 100. */
  maxValuesPerFacet?: number;
  /** Cap of `totalHits`; must exceed the archive's document count for exact totals. Default 10 000 000. */
  maxTotalHits?: number;
}

/** Default `pagination.maxTotalHits`: totals stay exact up to this many documents (meili-behaviours.ts 5). */
export const DEFAULT_MAX_TOTAL_HITS = 10_000_000;

/** Settings every index shares (passages, resolutions, commitments). */
export const commonSettings = (o: MeiliSettingsOptions) => ({
  // `sort` first: a date sort orders the whole result; without a sort parameter it is inert
  // and the relevancy rules decide (meili-behaviours.ts 1).
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  // The most frequent values, not the alphabetically first (meili-behaviours.ts 6).
  faceting: { maxValuesPerFacet: o.maxValuesPerFacet ?? 100, sortFacetValuesBy: { '*': 'count' as const } },
  pagination: { maxTotalHits: o.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
  // Search keys hold «.» only inside decimals («12.5»): keep it in the token as FTS5 does (behaviour 10).
  nonSeparatorTokens: ['.'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true },
  // One locale: charabia skips language detection and always applies the Persian normaliser.
  localizedAttributes: [{ locales: ['pes'], attributePatterns: ['*'] }],
});

/** Settings of the passages index (one record per passage, distinct on the document). */
export function passageIndexSettings(o: MeiliSettingsOptions = {}): MeiliIndexSettings {
  return {
    ...commonSettings(o),
    searchableAttributes: [...PASSAGE_SEARCHABLE],
    // docId + seq: stale passages of a re-indexed document are deleted by filter after the new ones are added
    filterableAttributes: ['docId', 'seq', ...FACETS, 'dnum'],
    sortableAttributes: ['dnum'],
    displayedAttributes: ['pid', 'docId', 'seq', 'page', 'display', 'hit'],
    distinctAttribute: 'docId',
  };
}

/** Settings of the resolutions index. */
export function resolutionIndexSettings(o: MeiliSettingsOptions = {}): MeiliIndexSettings {
  return {
    ...commonSettings(o),
    searchableAttributes: [...RESOLUTION_SEARCHABLE],
    filterableAttributes: ['docId', 'seq', 'responsible', 'funding', 'organisation', 'county', 'dnum'],
    sortableAttributes: ['dnum'],
    displayedAttributes: ['rid', 'docId', 'record', 'hit'],
    distinctAttribute: null,
  };
}

/** Meilisearch primary keys allow [A-Za-z0-9_-]: hex-encode anything else. */
export function safeKey(s: string): string {
  return /^[A-Za-z0-9_-]{1,400}$/.test(s) ? s : `x${Buffer.from(s, 'utf8').toString('hex')}`.slice(0, 511);
}

const foldText = (terms: string[]) =>
  terms
    .map(foldTerm)
    .filter((f, i) => f !== terms[i])
    .join(' ');

/** The hit fields stored with every record (returned without another lookup). */
export interface StoredHit {
  id: string;
  kind: DocumentRecord['kind'];
  title: string | null;
  date: string | null;
  dateJalali: string | null;
  organisations: string[];
  province: string | null;
  counties: string[];
}

export interface PassageRecord extends Record<FacetName, unknown> {
  pid: string;
  docId: string;
  seq: number;
  page: number | null;
  title: string;
  meta: string;
  resol: string;
  body: string;
  fold: string;
  display: string;
  dnum: number | null;
  hit: StoredHit;
}

/** What a hit shows of its document, stored on every record of it. */
function storedHit(doc: DocumentRecord): StoredHit {
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    date: doc.date,
    dateJalali: doc.dateJalali,
    organisations: doc.organisations,
    province: doc.province,
    counties: doc.counties,
  };
}

/** Passage records of a document (search keys + display text + facet fields). */
export function passageRecords(doc: DocumentRecord): PassageRecord[] {
  const passages = documentPassages(doc);
  const facets = documentFacets(doc);
  const titleTerms = keyTerms(doc.title ?? '');
  const metaTerms = keyTerms(documentMetaText(doc));
  const dnum = dateNumber(doc.date) || null;
  const hit = storedHit(doc);
  return passages.map((p) => {
    const body = keyTerms(p.display);
    const resol = resolutionsOfPassage(doc, passages, p).flatMap((r) => keyTerms(r.text));
    return {
      pid: safeKey(`${doc.id}-${p.seq}`),
      docId: doc.id,
      seq: p.seq,
      page: p.page,
      title: titleTerms.join(' '),
      meta: metaTerms.join(' '),
      resol: resol.join(' '),
      body: body.join(' '),
      fold: foldText([...titleTerms, ...metaTerms, ...resol, ...body]),
      display: p.display,
      dnum,
      hit,
      ...facets,
    };
  });
}

export interface ResolutionRecord {
  rid: string;
  docId: string;
  /** Position of the resolution in its document. */
  seq: number;
  body: string;
  meta: string;
  fold: string;
  responsible: string[];
  funding: string[];
  organisation: string[];
  county: string[];
  dnum: number | null;
  record: Resolution;
  hit: StoredHit;
}

/** Resolution records of a document. */
export function resolutionRecords(doc: DocumentRecord): ResolutionRecord[] {
  const dnum = dateNumber(doc.date) || null;
  const hit = storedHit(doc);
  return doc.resolutions.map((r, i) => {
    const body = keyTerms(r.text);
    const meta = keyTerms(resolutionMetaText(r));
    const f = resolutionFacets(r);
    return {
      rid: safeKey(`${doc.id}-r${i}`),
      docId: doc.id,
      seq: i,
      body: body.join(' '),
      meta: meta.join(' '),
      fold: foldText([...body, ...meta]),
      responsible: f.responsible,
      funding: f.funding,
      organisation: doc.organisations,
      county: doc.counties,
      dnum,
      record: r,
      hit,
    };
  });
}

/** A string literal in a Meilisearch filter: double-quoted, `\` and `"` escaped. */
export function filterString(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attr IN [...]` per selected facet (OR within), ANDed; an empty list selects nothing. */
function facetClauses(
  filters: Partial<Record<string, string[] | undefined>>,
  names: readonly string[],
  except?: string,
): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (name === except) continue;
    const vals = filters[name];
    if (vals === undefined) continue;
    if (!Array.isArray(vals) || vals.some((x) => typeof x !== 'string'))
      throw new QueryError(`filter ${name} must be a list of strings`);
    if (vals.length === 0) continue;
    out.push(`${name} IN [${vals.map(filterString).join(', ')}]`);
  }
  return out;
}

/** Date-range clauses shared with the SQLite engine (search/date-range.ts): undated documents only with `undated: 'include'`. */
function dateClauses(f: { from?: string; to?: string; undated?: string }): string[] {
  return dateRangeClauses(checkRange(f));
}

/**
 * Filter expression for the passages index. `except` leaves one facet's own selection out
 * (disjunctive facet counts for that facet).
 */
export function buildSearchFilter(f: SearchFilters = {}, except?: FacetName, extra: string[] = []): string | undefined {
  const parts = [
    ...facetClauses(f as Record<string, string[] | undefined>, FACETS, except),
    ...dateClauses(f),
    ...extra,
  ];
  return parts.length > 0 ? parts.map((p) => `(${p})`).join(' AND ') : undefined;
}

/**
 * Filter of the undated documents a date range left out (every other filter kept), to count
 * them for `SearchResponse.undated`; undefined when the request has no range or includes them.
 */
export function buildUndatedFilter(f: SearchFilters = {}, extra: string[] = []): string | undefined {
  const clause = undatedLeftOutClause(checkRange(f));
  if (clause === null) return undefined;
  const parts = [...facetClauses(f as Record<string, string[] | undefined>, FACETS), clause, ...extra];
  return parts.map((p) => `(${p})`).join(' AND ');
}

/** Filter expression for the resolutions index. */
export function buildResolutionFilter(
  f: ResolutionFilters = {},
  except?: string,
  extra: string[] = [],
): string | undefined {
  const parts = [
    ...facetClauses(
      f as Record<string, string[] | undefined>,
      ['responsible', 'funding', 'organisation', 'county'],
      except,
    ),
    ...dateClauses(f),
    ...extra,
  ];
  return parts.length > 0 ? parts.map((p) => `(${p})`).join(' AND ') : undefined;
}

/**
 * A `q` with exclusions as Meilisearch `-word` (they drop the RECORD holding them). Right for
 * indexes whose record is the unit a user excludes (commitments); the passages index excludes
 * whole documents instead (meili-search.ts).
 */
export function meiliQueryString(q: {
  terms: { term: string }[];
  phrases: string[][];
  excluded: string[][];
  prefixLast: boolean;
}): string {
  const parts: string[] = [];
  // Negative words first: Meilisearch ignores everything after its 10th query term (meili-behaviours.ts 3).
  for (const e of q.excluded) parts.push(e.length === 1 ? `-${e[0]!}` : `-"${e.join(' ')}"`);
  for (const p of q.phrases) parts.push(`"${p.join(' ')}"`);
  // Plain terms last, so Meilisearch's prefix rule applies to the user's last word only.
  parts.push(...q.terms.map((t) => t.term));
  return parts.join(' ') + (q.prefixLast ? '' : ' ');
}
