import { searchKey } from '@sanad/ingest/text/index.ts';

/**
 * Filter a long facet list by what the user typed, compared by search key so «بانك» finds
 * «بانک» and ZWNJ or digits do not matter. Selected values always stay visible.
 */
export function filterFacetValues<T extends { value: string }>(
  values: readonly T[],
  typed: string,
  selected: readonly string[],
): T[] {
  const needle = searchKey(typed).replace(/ /g, '');
  if (!needle) return [...values];
  return values.filter((v) => selected.includes(v.value) || searchKey(v.value).replace(/ /g, '').includes(needle));
}
