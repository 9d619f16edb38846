/**
 * Facet lists of the Meilisearch adapter: the values Meilisearch returned (the most frequent,
 * sortFacetValuesBy count: meili-behaviours.ts 6), plus every selected value with its real count.
 */
import type { MeiliApi, MultiSearchQuery } from './meili-api.ts';
import { distEntries, type Strategy } from './meili-search.ts';

/** Listed values of one facet: top `max` by count (year: by value, newest first), selected values always. */
export function facetList(
  dist: Record<string, number> | undefined,
  selected: readonly string[],
  exact: Map<string, number>,
  max: number,
  byValueDesc = false,
): { value: string; count: number }[] {
  const l = distEntries(dist);
  if (byValueDesc) l.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  else l.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  const top = l.slice(0, max);
  for (const s of selected)
    if (!top.some((x) => x.value === s))
      top.push({ value: s, count: l.find((x) => x.value === s)?.count ?? exact.get(s) ?? 0 });
  return top;
}

/**
 * Counts of selected values missing from their disjunctive list: the main query's own list
 * holds them (every main hit has a selected value); only when both lists were cut at `max` is a
 * count query sent. Facet → value → count.
 */
export async function selectedCounts(
  api: MeiliApi,
  max: number,
  picks: { name: string; values: readonly string[]; disj?: Record<string, number>; main?: Record<string, number> }[],
  countFilter: (name: string, value: string) => string | undefined,
  uid: string,
  q: string,
  strategy: Strategy,
): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  const queries: MultiSearchQuery[] = [];
  const keys: [string, string][] = [];
  const full = (d?: Record<string, number>) => Object.keys(d ?? {}).length >= max;
  for (const p of picks) {
    const m = new Map<string, number>();
    out.set(p.name, m);
    for (const v of p.values) {
      if (p.disj?.[v] !== undefined) continue;
      if (p.main?.[v] !== undefined) m.set(v, p.main[v]);
      else if (full(p.disj) && full(p.main)) {
        keys.push([p.name, v]);
        queries.push({
          indexUid: uid,
          q,
          matchingStrategy: strategy,
          filter: countFilter(p.name, v),
          page: 1,
          hitsPerPage: 0,
        });
      }
    }
  }
  if (queries.length > 0) {
    const res = await api.multiSearch(queries);
    keys.forEach(([n, v], i) => out.get(n)!.set(v, res[i]!.totalHits ?? 0));
  }
  return out;
}
