/**
 * Pure parts of the Meilisearch commitments index (the ledger): settings, records, filter
 * expressions and the reading of sums from facet distributions. Unit-tested without a server.
 *
 * Meilisearch has no sum aggregation. Totals and summaries come from "pair" facets instead:
 * each record carries `sum_<field>` values `key|toman` (toman empty when the commitment has no
 * readable amount; `sum_all` has `*|toman`), and the facet distribution of a pair field gives,
 * for every distinct (key, toman) pair, how many matches have it — Σ toman × count is the exact
 * sum over every match, in the same round trip as the hits.
 */
import type { DocumentRecord } from '../../schema.ts';
import {
  COMMITMENT_FACETS,
  COMMITMENT_FILTERS,
  checkDue,
  commitmentDocFields,
  commitmentDue,
  commitmentFacets,
  commitmentMetaText,
  commitmentToman,
  type CommitmentFilters,
  type CommitmentHit,
  type CommitmentSort,
  type CommitmentSummaryBy,
  type CommitmentSummaryRow,
} from '../commitments.ts';
import { dateNumber, foldTerm, keyTerms } from '../fts-records.ts';
import { QueryError } from '../search-engine.ts';
import {
  commonSettings,
  filterString,
  safeKey,
  type MeiliIndexSettings,
  type MeiliSettingsOptions,
} from './meili-settings.ts';

export const COMMITMENT_SEARCHABLE = ['body', 'meta', 'fold'] as const;
/** Pair facets: summaries by party, year, county, and the totals (`all`). */
export const SUM_FIELDS = ['sum_party', 'sum_year', 'sum_county', 'sum_all'] as const;
export type SumField = (typeof SUM_FIELDS)[number];
export const SUM_OF: Record<CommitmentSummaryBy | 'all', SumField> = {
  party: 'sum_party',
  year: 'sum_year',
  county: 'sum_county',
  all: 'sum_all',
};
/**
 * Distinct values a facet distribution may return (`maxValuesPerFacet` of this index). Pair facets
 * need every distinct (key, toman) pair of the matches, so this stays far above any list shown:
 * with `sortFacetValuesBy: count` a distribution cut at the limit would drop the rarest pairs,
 * and one that reaches it is reported as an error rather than summed short (sumPairs). The
 * listed facets are cut to the engine's maxValuesPerFacet (100) by the adapter itself.
 */
export const MAX_FACET_VALUES = 100_000;

/**
 * Settings of the commitments index: the shared ones (sort-first ranking, count-sorted facets,
 * exact totals, «.» kept: meili-settings.ts) with room for every pair. `ord` is filterable so a
 * re-indexed document's leftover records are deleted after its new ones are added.
 */
export function commitmentIndexSettings(o: MeiliSettingsOptions = {}): MeiliIndexSettings {
  return {
    ...commonSettings({ ...o, maxValuesPerFacet: MAX_FACET_VALUES }),
    searchableAttributes: [...COMMITMENT_SEARCHABLE],
    filterableAttributes: ['docId', 'ord', ...COMMITMENT_FILTERS, 'dnum', 'due', ...SUM_FIELDS],
    sortableAttributes: ['dnum', 'toman', 'due', 'docId', 'ord'],
    displayedAttributes: ['cid', 'record'],
    distinctAttribute: null,
  };
}

export interface CommitmentRecord {
  cid: string;
  docId: string;
  /** Place of the commitment in its document (tie-break of every order). */
  ord: number;
  body: string;
  meta: string;
  fold: string;
  party: string[];
  county: string[];
  organisation: string[];
  year: string[];
  province: string[];
  /** Absent when the document is undated / the sum unreadable / no due date: sorts last. */
  dnum?: number;
  toman?: number;
  due?: number;
  sum_party: string[];
  sum_year: string[];
  sum_county: string[];
  sum_all: string[];
  record: Omit<CommitmentHit, 'snippet'>;
}

/** `key|toman` for a pair facet. */
export function pairValue(key: string, toman: number | null): string {
  return `${key}|${toman === null ? '' : String(toman)}`;
}

/** Commitment records of a document. */
export function commitmentRecords(doc: DocumentRecord): CommitmentRecord[] {
  const dnum = dateNumber(doc.date);
  const fields = commitmentDocFields(doc);
  return doc.commitments.map((c, i) => {
    const body = keyTerms(c.text);
    const meta = keyTerms(commitmentMetaText(c));
    const all = body.concat(meta);
    const f = commitmentFacets(c, doc);
    const toman = commitmentToman(c);
    const due = commitmentDue(c);
    return {
      cid: safeKey(`${doc.id}-c${i}`),
      docId: doc.id,
      ord: i,
      body: body.join(' '),
      meta: meta.join(' '),
      fold: all
        .map(foldTerm)
        .filter((t, j) => t !== all[j])
        .join(' '),
      party: f.party,
      county: f.county,
      organisation: f.organisation,
      year: f.year,
      province: f.province,
      ...(dnum ? { dnum } : {}),
      ...(toman !== null ? { toman } : {}),
      ...(due ? { due } : {}),
      sum_party: f.party.map((k) => pairValue(k, toman)),
      sum_year: f.year.map((k) => pairValue(k, toman)),
      sum_county: f.county.map((k) => pairValue(k, toman)),
      sum_all: [pairValue('*', toman)],
      record: { ...c, ...fields },
    };
  });
}

/**
 * Filter expression of a ledger request. `except` leaves one facet's own selection out
 * (disjunctive counts of that facet); `today` is the due bound as `yyyymmdd`.
 */
export function buildCommitmentFilter(
  f: CommitmentFilters = {},
  today: string | undefined,
  except?: string,
): string | undefined {
  const parts: string[] = [];
  for (const name of COMMITMENT_FILTERS) {
    if (name === except) continue;
    const vals = f[name];
    if (vals === undefined) continue;
    if (!Array.isArray(vals) || vals.some((x) => typeof x !== 'string'))
      throw new QueryError(`filter ${name} must be a list of strings`);
    if (vals.length > 0) parts.push(`${name} IN [${vals.map(filterString).join(', ')}]`);
  }
  for (const [bound, op] of [
    [f.from, '>='],
    [f.to, '<='],
  ] as const) {
    if (bound === undefined || bound === '') continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(bound)) throw new QueryError('from and to must be ISO dates yyyy-mm-dd');
    parts.push(`dnum ${op} ${dateNumber(bound)}`);
  }
  const d = checkDue(f, today);
  if (d.due === 'passed') parts.push(`due < ${d.today}`);
  else if (d.due === 'upcoming') parts.push(`due >= ${d.today}`);
  return parts.length > 0 ? parts.map((p) => `(${p})`).join(' AND ') : undefined;
}

const TIES = ['dnum:desc', 'docId:asc', 'ord:asc'];

/** Meilisearch `sort` for a ledger order (undefined: relevance). Records lacking the field sort last. */
export function commitmentSortSpec(sort: CommitmentSort, positive: boolean): string[] | undefined {
  switch (sort) {
    case 'relevance':
      return positive ? undefined : TIES;
    case 'date_desc':
      return TIES;
    case 'date_asc':
      return ['dnum:asc', 'docId:asc', 'ord:asc'];
    case 'amount_desc':
      return ['toman:desc', ...TIES];
    case 'due_asc':
      return ['due:asc', ...TIES];
  }
}

/** Rows from a pair facet's distribution: count and toman sum per key. */
export function sumPairs(dist: Record<string, number> | undefined): CommitmentSummaryRow[] {
  const entries = Object.entries(dist ?? {});
  if (entries.length >= MAX_FACET_VALUES) throw new QueryError('too many distinct amounts to sum; narrow the filter');
  const rows = new Map<string, CommitmentSummaryRow>();
  for (const [pair, count] of entries) {
    if (count <= 0) continue;
    const cut = pair.lastIndexOf('|');
    if (cut < 0) continue;
    const key = pair.slice(0, cut);
    const t = pair.slice(cut + 1);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, count: 0, toman: 0 }));
    r.count += count;
    if (t !== '') r.toman += Number(t) * count;
  }
  return [...rows.values()];
}

/** Totals over every match from the `sum_all` distribution. */
export function totalsOf(dist: Record<string, number> | undefined): { toman: number; withAmount: number } {
  let toman = 0;
  let withAmount = 0;
  for (const [pair, count] of Object.entries(dist ?? {})) {
    const t = pair.slice(pair.lastIndexOf('|') + 1);
    if (t === '' || count <= 0) continue;
    toman += Number(t) * count;
    withAmount += count;
  }
  return { toman, withAmount };
}

/** The facets the main ledger query asks for. */
export const LEDGER_FACETS: string[] = [...COMMITMENT_FACETS, 'sum_all'];
