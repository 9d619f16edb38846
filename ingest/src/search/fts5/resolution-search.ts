/**
 * The resolution search over `res_fts`: the same query compilation, exclusions, date range,
 * facet selection and facet lists as the document search, over resolution items (whose filters
 * may also test their document's facets).
 */
import type { Resolution } from '../../schema.ts';
import { queryMatcher } from '../fts-match.ts';
import { hasPositive, parseQuery } from '../query-parser.ts';
import type { ResolutionHit, ResolutionSearchRequest, ResolutionSearchResponse } from '../search-engine.ts';
import { buildSnippet } from '../snippet.ts';
import { unpackText } from './fts-pack.ts';
import { countItem, failMask, makeSelection } from './fts-facets.ts';
import type { FtsIndex } from './fts-index.ts';
import { runFts, type FtsMatcher } from './fts-matcher.ts';
import { FACET_INDEX, RES_FUNDING, RES_RESPONSIBLE, RES_WEIGHTS, docnoOf } from './fts-schema.ts';
import { facetLists } from './facet-lists.ts';
import type { QueryCompiler } from './query-compiler.ts';
import { dateKey, relevanceKey } from './ranking.ts';
import { checkPaging, checkRange, elapsedMs, facetFilters, outOfRange, topK } from './fts-paging.ts';

interface ResCand {
  rowid: number;
  tier: number;
  score: number;
}

export interface ResolutionSearchDeps {
  ix: FtsIndex;
  matcher: FtsMatcher;
  compiler: QueryCompiler;
  relaxBelow: number;
  maxValuesPerFacet: number;
}

export function searchResolutions(deps: ResolutionSearchDeps, req: ResolutionSearchRequest): ResolutionSearchResponse {
  const { ix, matcher, compiler } = deps;
  const t0 = performance.now();
  ix.sync();
  const { page, perPage, k, offset } = checkPaging(req.page, req.perPage);
  const f = req.filters ?? {};
  const range = checkRange(f);
  const filters = facetFilters([
    [RES_RESPONSIBLE, f.responsible, 'responsible'],
    [RES_FUNDING, f.funding, 'funding'],
    [FACET_INDEX.get('organisation')!, f.organisation, 'organisation'],
    [FACET_INDEX.get('county')!, f.county, 'county'],
  ]);
  const sel = makeSelection(ix.values, filters);
  const q = parseQuery(req.q ?? '');
  ix.ensureRes();
  const positive = hasPositive(q);
  const extra = new Set<string>();

  const cands: ResCand[] = [];
  if (positive) {
    const seen = new Set<number>();
    const runRes = (expr: string, tier: number) => {
      const rows = runFts(
        () =>
          ix.st(`SELECT rowid, bm25(res_fts, ${RES_WEIGHTS}) FROM res_fts WHERE res_fts MATCH ?`).raw().all(expr) as [
            number,
            number,
          ][],
      );
      for (const [rowid, score] of rows) {
        if (seen.has(rowid)) continue;
        seen.add(rowid);
        cands.push({ rowid, tier, score });
      }
    };
    const strict = compiler.groupExprs(q, false, extra).join(' AND ');
    runRes(strict, 0);
    if (cands.length < deps.relaxBelow) {
      const loose = compiler.groupExprs(q, true, extra).join(' AND ');
      if (loose !== strict) runRes(loose, 1);
    }
  } else {
    for (let s = 0; s < ix.res.capacity; s++)
      if (ix.res.alive[s]) cands.push({ rowid: ix.res.keyOf(s), tier: 0, score: 0 });
  }
  const excludedDocs = matcher.excludedDocs(q);
  const counts = new Int32Array(ix.values.size);
  const matched: ResCand[] = [];
  for (const c of cands) {
    const slot = ix.res.slotOf(c.rowid);
    if (slot < 0) continue;
    const docno = docnoOf(c.rowid);
    if (excludedDocs !== null && docno < excludedDocs.length && excludedDocs[docno]) continue;
    if (outOfRange(ix.res.date[slot]!, range)) continue;
    const fail = failMask(ix.res, slot, sel, { items: ix.docs, slot: ix.docs.slotOf(docno) });
    countItem(ix.res, slot, fail, ix.values, counts);
    if (fail === 0) matched.push(c);
  }
  const dk = (c: ResCand) => dateKey(ix.res.date[ix.res.slotOf(c.rowid)]!);
  const keys = Float64Array.from(matched, (c) => (positive ? relevanceKey(c.tier, c.score) : dk(c)));
  const order = positive
    ? topK(
        matched.length,
        k,
        keys,
        (a, b) => dk(matched[a]!) - dk(matched[b]!) || matched[a]!.rowid - matched[b]!.rowid,
      )
    : topK(matched.length, k, keys, (a, b) => matched[a]!.rowid - matched[b]!.rowid);
  const marker = positive ? queryMatcher(q, extra) : null;
  const hits: ResolutionHit[] = order.slice(offset, k).map((i) => resolutionHit(ix, matched[i]!.rowid, marker));
  const lists = facetLists(ix.values, counts, [RES_RESPONSIBLE, RES_FUNDING], deps.maxValuesPerFacet, filters);
  return {
    total: matched.length,
    page,
    perPage,
    tookMs: elapsedMs(t0),
    hits,
    facets: { responsible: lists.get(RES_RESPONSIBLE) ?? [], funding: lists.get(RES_FUNDING) ?? [] },
  };
}

interface DocRow {
  id: string;
  title: string | null;
  date: string | null;
  date_jalali: string | null;
  organisations: string;
  counties: string;
}

function resolutionHit(ix: FtsIndex, rowid: number, marker: ReturnType<typeof queryMatcher>): ResolutionHit {
  const r = JSON.parse(
    unpackText(ix.st('SELECT record FROM res WHERE rowid = ?').pluck().get(rowid) as Buffer),
  ) as Resolution;
  const d = ix
    .st('SELECT id, title, date, date_jalali, organisations, counties FROM docs WHERE docno = ?')
    .get(docnoOf(rowid)) as DocRow;
  return {
    ...r,
    documentId: d.id,
    documentTitle: d.title,
    date: d.date,
    dateJalali: d.date_jalali,
    organisations: JSON.parse(d.organisations) as string[],
    counties: JSON.parse(d.counties) as string[],
    snippet: buildSnippet(r.text, marker, 60),
  };
}
