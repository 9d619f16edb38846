/**
 * Facet lists from per-value counts, shared by every FTS5 search path: the most frequent values
 * first (ties by value) or, for years, newest first; the top `max` chosen with a bounded heap,
 * not by sorting every value (organisations and speakers have thousands); selected values are
 * always listed (count 0 when nothing has them).
 */
import type { FacetValues } from './fts-facets.ts';
import { topK } from './fts-paging.ts';

export interface FacetEntry {
  value: string;
  count: number;
}

export interface FacetFilter {
  facet: number;
  values: string[];
}

/** Value ids with a count > 0, grouped by facet index (other facets ignored). */
function countedByFacet(values: FacetValues, counts: Int32Array, facets: readonly number[]): Map<number, number[]> {
  const lists = new Map<number, number[]>(facets.map((f) => [f, []]));
  const facetOf = values.facetOf;
  for (let v = 0; v < counts.length; v++) if (counts[v]! > 0) lists.get(facetOf[v]!)?.push(v);
  return lists;
}

/**
 * Lists of the given facets. `byValueDesc` facets (years) are listed newest value first;
 * the others by count.
 */
export function facetLists(
  values: FacetValues,
  counts: Int32Array,
  facets: readonly number[],
  max: number,
  selected: readonly FacetFilter[],
  byValueDesc: (facet: number) => boolean = () => false,
): Map<number, FacetEntry[]> {
  const text = values.text;
  const out = new Map<number, FacetEntry[]>();
  for (const [facet, l] of countedByFacet(values, counts, facets)) {
    let top: number[];
    if (byValueDesc(facet)) {
      l.sort((a, b) => (text[a]! < text[b]! ? 1 : text[a]! > text[b]! ? -1 : 0));
      top = l.slice(0, max);
    } else {
      const keys = Float64Array.from(l, (v) => -counts[v]!);
      top = topK(l.length, max, keys, (a, b) => (text[l[a]!]! < text[l[b]!]! ? -1 : 1)).map((j) => l[j]!);
    }
    const list = top.map((v) => ({ value: text[v]!, count: counts[v]! }));
    const listed = new Set(list.map((x) => x.value));
    for (const s of selected.find((x) => x.facet === facet)?.values ?? []) {
      if (listed.has(s)) continue;
      const vid = values.id(facet, s);
      list.push({ value: s, count: vid === undefined ? 0 : counts[vid]! });
      listed.add(s);
    }
    out.set(facet, list);
  }
  return out;
}
