/**
 * The document search over the FTS5 index: candidates (fts-matcher.ts) or, for an empty query,
 * every live document; one filter and facet-count pass over typed arrays; the page chosen with
 * a bounded heap; only the page's passages inflated and snippeted.
 */
import { queryMatcher } from '../fts-match.ts';
import { hasPositive, parseQuery } from '../query-parser.ts';
import {
  FACETS,
  QueryError,
  type FacetCounts,
  type FacetName,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type SortOrder,
} from '../search-engine.ts';
import { buildSnippet } from '../snippet.ts';
import { unpackText } from './fts-pack.ts';
import { makeSelection, type Selection } from './fts-facets.ts';
import type { FtsIndex } from './fts-index.ts';
import type { FtsMatcher } from './fts-matcher.ts';
import { ROW_SPAN } from './fts-schema.ts';
import { facetLists, type FacetFilter } from './facet-lists.ts';
import { dateKey, hitScore, relevanceKey, type Candidate } from './ranking.ts';
import { isRanged } from '../date-range.ts';
import { checkPaging, checkRange, elapsedMs, facetFilters, outOfRange, type DateRange, topK } from './fts-paging.ts';

const YEAR = FACETS.indexOf('year');

export function searchDocuments(
  ix: FtsIndex,
  matcher: FtsMatcher,
  req: SearchRequest,
  maxValuesPerFacet: number,
): SearchResponse {
  const t0 = performance.now();
  ix.sync();
  const { page, perPage, k, offset } = checkPaging(req.page, req.perPage);
  const sort: SortOrder = req.sort ?? 'relevance';
  if (!['relevance', 'date_desc', 'date_asc'].includes(sort))
    throw new QueryError('sort must be relevance, date_desc or date_asc');
  const f = req.filters ?? {};
  const range = checkRange(f);
  const selFilters = facetFilters(FACETS.map((name, i) => [i, f[name], name] as const));
  const sel = makeSelection(ix.values, selFilters);
  const q = parseQuery(req.q ?? '');
  const extra = new Set<string>();
  const positive = hasPositive(q);
  const excluded = matcher.excludedDocs(q);
  const counts = new Int32Array(ix.values.size);
  const dates = ix.docs.date;
  const asc = sort === 'date_asc';
  let total: number;
  let pageItems: Candidate[];
  const left = { undated: 0 };

  if (!positive) {
    // Listing: filter and count in document order (sequential memory access: ~6× faster
    // than in date order at 100 000 documents), then walk the cached date order for the page.
    const { order, dated, live } = ix.dateOrder();
    const pass = filterAndCount(ix, live, live.length, excluded, range, sel, counts, left);
    total = pass.length;
    const ok = new Uint8Array(ix.docs.capacity + 1);
    for (let i = 0; i < pass.length; i++) ok[pass[i]!] = 1;
    const first: number[] = [];
    const visit = (slot: number) => {
      if (ok[slot]) first.push(slot);
    };
    if (asc) {
      for (let i = dated - 1; i >= 0 && first.length < k; i--) visit(order[i]!);
      for (let i = dated; i < order.length && first.length < k; i++) visit(order[i]!);
    } else for (let i = 0; i < order.length && first.length < k; i++) visit(order[i]!);
    pageItems = first.slice(offset).map((d) => ({ docno: d, tier: 0, score: 0, row: d * ROW_SPAN }));
  } else {
    const cands = matcher.candidates(q, extra);
    const holds = sort === 'relevance' ? matcher.phraseBoost(q, cands) : null;
    const matched = filterAndCount(ix, cands.docno, cands.n, excluded, range, sel, counts, left, true);
    total = matched.length;
    const docno = cands.docno;
    // candidate index → document date key: undated last either way
    const dk = (i: number) => dateKey(dates[docno[i]!]!, asc);
    const keys = new Float64Array(total);
    if (sort !== 'relevance') for (let j = 0; j < total; j++) keys[j] = dk(matched[j]!);
    else
      for (let j = 0; j < total; j++) {
        const i = matched[j]!;
        keys[j] = relevanceKey(cands.tier[i]!, cands.score[i]!);
      }
    const order =
      sort !== 'relevance'
        ? topK(total, k, keys, (a, b) => docno[matched[b]!]! - docno[matched[a]!]!)
        : topK(
            total,
            k,
            keys,
            (a, b) => dk(matched[a]!) - dk(matched[b]!) || docno[matched[b]!]! - docno[matched[a]!]!,
          );
    let occ: Map<number, number> | null = null;
    const occurrences = () => (occ ??= matcher.occurrenceRows(q));
    // a document of one passage shows that passage either way: no occurrence pass for it
    const several = (d: number) =>
      ((ix.st('SELECT npassages FROM docs WHERE docno = ?').pluck().get(d) as number | undefined) ?? 0) > 1;
    pageItems = order.slice(offset, k).map((j) => {
      const i = matched[j]!;
      const tier = cands.tier[i]!;
      // a document holding the query's words as a unit shows (and links to) that occurrence
      const d = docno[i]!;
      const holder = holds !== null && d < holds.length && holds[d] === 1 && several(d);
      const row = (holder ? occurrences().get(d) : undefined) ?? cands.row[i]!;
      return { docno: d, tier, score: cands.score[i]!, row };
    });
  }

  const marker = positive ? queryMatcher(q, extra) : null;
  return {
    total,
    page,
    perPage,
    tookMs: elapsedMs(t0),
    hits: pageItems.map((c) => documentHit(ix, c, marker)),
    facets: facetCounts(ix, counts, selFilters, maxValuesPerFacet),
    ...(isRanged(range) ? { undated: left.undated } : {}),
  };
}

/**
 * The filter and facet-count pass over a list of document numbers, in one tight loop over
 * typed arrays: drops dead, excluded and out-of-range documents, counts facet values under
 * disjunctive faceting (see `countItem` in fts-facets.ts) and returns the passing entries, in
 * input order — their positions in `list` when `positions`, otherwise the document numbers.
 * `left.undated` counts the undated documents that pass every filter but the date range.
 */
function filterAndCount(
  ix: FtsIndex,
  list: Int32Array,
  n: number,
  excluded: Uint8Array | null,
  range: DateRange,
  sel: Selection,
  counts: Int32Array,
  left: { undated: number },
  positions = false,
): Int32Array {
  const items = ix.docs;
  const dates = items.date;
  const alive = items.alive;
  const cap = items.capacity;
  const vals = items.vals;
  const facetOf = ix.values.facetOf;
  const bits = sel.bits;
  const active = sel.active;
  const ranged = range.from !== 0 || range.to !== 0;
  const out = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const d = list[i]!;
    if (d >= cap || !alive[d]) continue;
    if (excluded !== null && d < excluded.length && excluded[d]) continue;
    const b = items.begin(d);
    const e = b + items.length(d);
    let fail = 0;
    if (active !== 0) {
      let pass = 0;
      for (let j = b; j < e; j++) pass |= bits[vals[j]!]!;
      fail = active & ~pass;
    }
    if (ranged && outOfRange(dates[d]!, range)) {
      if (fail === 0 && dates[d] === 0) left.undated++;
      continue;
    }
    if (fail === 0) {
      for (let j = b; j < e; j++) counts[vals[j]!]!++;
      out[m++] = positions ? i : d;
    } else if ((fail & (fail - 1)) === 0) {
      const fct = 31 - Math.clz32(fail);
      for (let j = b; j < e; j++) {
        const v = vals[j]!;
        if (facetOf[v] === fct) counts[v]!++;
      }
    }
  }
  return out.subarray(0, m);
}

type HitRow = [string, SearchHit['kind'], string | null, string | null, string | null, string, string | null, string];

function documentHit(ix: FtsIndex, c: Candidate, marker: ReturnType<typeof queryMatcher>): SearchHit {
  const d = ix
    .st('SELECT id, kind, title, date, date_jalali, organisations, province, counties FROM docs WHERE docno = ?')
    .raw()
    .get(c.docno) as HitRow;
  const p = ix.st('SELECT page, display FROM passage_text WHERE rowid = ?').raw().get(c.row) as
    [number | null, Buffer] | undefined;
  return {
    id: d[0],
    kind: d[1],
    title: d[2],
    date: d[3],
    dateJalali: d[4],
    organisations: JSON.parse(d[5]) as string[],
    province: d[6],
    counties: JSON.parse(d[7]) as string[],
    // only the hits of the page shown are decompressed and snippeted
    snippet: p ? buildSnippet(unpackText(p[1]), marker) : '',
    page: p?.[0] ?? null,
    score: hitScore(c.tier, c.score),
  };
}

function facetCounts(ix: FtsIndex, counts: Int32Array, selected: FacetFilter[], max: number): FacetCounts {
  const lists = facetLists(
    ix.values,
    counts,
    FACETS.map((_, i) => i),
    max,
    selected,
    (f) => f === YEAR,
  );
  const out = {} as FacetCounts;
  FACETS.forEach((name, i) => (out[name as FacetName] = lists.get(i) ?? []));
  return out;
}
