/**
 * The read side of the Meilisearch adapter: turns a SearchRequest into multi-search round trips.
 *
 * 1. Exclusions (only when the query has `-word`): the documents holding an excluded word or
 *    phrase anywhere (phrase queries on the passages index, distinct docIds, paged), filtered out
 *    of every later query with `docId NOT IN [...]` — Meilisearch's own `-word` would drop only
 *    the passage (meili-behaviours.ts 4). When the query has more than 10 terms, the same round
 *    trip counts each term's documents to choose the 10 that are sent (meili-query.ts).
 * 2. The main query with `matchingStrategy: 'all'`, plus one query per filtered facet for
 *    disjunctive counts (its own selection left out).
 * 3. Only when fewer than RELAX_BELOW documents matched and the query has function words: the
 *    unfiltered strict count (when filters or exclusions applied); if it is below RELAX_BELOW too,
 *    step 2 again without the function words (the SQLite engine's rule: a document may miss only
 *    function words; every word that carries meaning stays required).
 * Totals are exact (`page`/`hitsPerPage`, maxTotalHits above the archive size: behaviour 5).
 */
import type { MeiliApi, MultiSearchQuery } from './meili-api.ts';
import { RELAX_BELOW } from './meili-behaviours.ts';
import {
  termsToCount,
  exclusionQueries,
  needsFrequencies,
  relaxedQuery,
  strictQuery,
  termQuery,
} from './meili-query.ts';
import { filterString } from './meili-settings.ts';
import type { ParsedQuery } from '../query-parser.ts';
import { hasPositive } from '../query-parser.ts';

type Res = Awaited<ReturnType<MeiliApi['multiSearch']>>[number];
export type Strategy = 'all';

/** Page size of the exclusion look-up (docIds per request). */
const EXCLUDE_PAGE = 1000;

export interface PlannedQuery {
  /** The `q` sent (strict or relaxed). */
  q: string;
  strategy: Strategy;
  /** Extra filter clauses (the exclusion). */
  extra: string[];
}

/** Runs one search's round trips over an index. */
export class MeiliSearchPlanner {
  constructor(
    private readonly api: MeiliApi,
    private readonly passagesUid: string,
    private readonly maxTotalHits: number,
  ) {}

  /**
   * Step 1: the exclusion clause and, for long queries, term frequencies (one round trip; more
   * only to page through a very common excluded word).
   */
  async prepare(parsed: ParsedQuery): Promise<{ extra: string[]; freq: Map<string, number> | undefined }> {
    const excl = exclusionQueries(parsed);
    const terms = needsFrequencies(parsed) ? termsToCount(parsed) : [];
    if (excl.length === 0 && terms.length === 0) return { extra: [], freq: undefined };
    const queries: MultiSearchQuery[] = [
      ...excl.map((q) => this.exclusionQuery(q, 1)),
      ...terms.map((t) => this.countQuery(termQuery(t))),
    ];
    const res = await this.api.multiSearch(queries);
    const ids = new Set<string>();
    const more: MultiSearchQuery[] = [];
    excl.forEach((q, i) => {
      const r = res[i]!;
      for (const h of r.hits) ids.add(h.docId as string);
      const total = Math.min(r.totalHits ?? 0, this.maxTotalHits);
      for (let p = 2; (p - 1) * EXCLUDE_PAGE < total; p++) more.push(this.exclusionQuery(q, p));
    });
    if (more.length > 0)
      for (const r of await this.api.multiSearch(more)) for (const h of r.hits) ids.add(h.docId as string);
    const freq = terms.length > 0 ? new Map(terms.map((t, i) => [t.term, countOf(res[excl.length + i]!)])) : undefined;
    const extra = ids.size > 0 ? [`docId NOT IN [${[...ids].map(filterString).join(', ')}]`] : [];
    return { extra, freq };
  }

  /**
   * Step 3: the relaxed `q` (the query without its function words) when fewer than RELAX_BELOW
   * documents matched. `mainTotal` is the strict, filtered total; with filters or exclusions the
   * unfiltered strict count decides, as in the SQLite engine, so totals and facet counts stay
   * consistent when a filter changes.
   */
  async relaxation(
    parsed: ParsedQuery,
    freq: Map<string, number> | undefined,
    strictQ: string,
    mainTotal: number,
    filtered: boolean,
  ): Promise<string | null> {
    if (mainTotal >= RELAX_BELOW) return null;
    const relaxed = relaxedQuery(parsed, freq);
    if (relaxed === null || relaxed === strictQ) return null;
    if (filtered) {
      const [r] = await this.api.multiSearch([
        { indexUid: this.passagesUid, q: strictQ, matchingStrategy: 'all', page: 1, hitsPerPage: 0 },
      ]);
      if ((r!.totalHits ?? 0) >= RELAX_BELOW) return null;
    }
    return relaxed;
  }

  /** The strict `q` of a prepared query. */
  strict(parsed: ParsedQuery, freq: Map<string, number> | undefined): string {
    return hasPositive(parsed) ? strictQuery(parsed, freq) : '';
  }

  /** A count of records holding a term: no facets, no exhaustive distinct (cheap). */
  private countQuery(q: string): MultiSearchQuery {
    return { indexUid: this.passagesUid, q, matchingStrategy: 'all', limit: 0, attributesToRetrieve: [] };
  }

  /** One page of the documents holding an excluded word or phrase. */
  private exclusionQuery(q: string, page: number): MultiSearchQuery {
    return {
      indexUid: this.passagesUid,
      q,
      matchingStrategy: 'all',
      page,
      hitsPerPage: EXCLUDE_PAGE,
      attributesToRetrieve: ['docId'],
    };
  }
}

/** Records counted by a `limit: 0` query (estimated: enough to rank terms and to test > 0). */
function countOf(r: Res): number {
  return r.estimatedTotalHits ?? r.totalHits ?? 0;
}

/** A facet's values as listed by the API: the given order, zero counts dropped. */
export function distEntries(dist: Record<string, number> | undefined): { value: string; count: number }[] {
  return Object.entries(dist ?? {})
    .filter(([, n]) => n > 0)
    .map(([value, count]) => ({ value, count }));
}
