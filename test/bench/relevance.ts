/**
 * Search relevance on a labelled corpus: `node --import tsx test/bench/relevance.ts [corpus dir] [--json]`
 * (default ../shared/corpus). Every `*.txt` under the directory becomes a trivial record
 * (id = file name without .txt, text = toDisplay(file), one page) indexed by the FTS5 engine in a
 * temp directory; each query of queries.jsonl, and spelling variants of it (Arabic ي/ك, ZWNJ
 * removed or turned into a space, Persian/ASCII digits), is scored by recall@10 and nDCG@10.
 */
import fs from 'node:fs';
import { blankRecord } from '../helpers/records.ts';
import os from 'node:os';
import path from 'node:path';
import type { SearchEngine } from '../../ingest/src/search/search-engine.ts';
import { SqliteFts5Engine } from '../../ingest/src/search/fts5/sqlite-fts5.engine.ts';
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import { parseDocument } from '../../ingest/src/parse/index.ts';
import { toDisplay } from '../../ingest/src/text/index.ts';

export function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTxt(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

export function record(file: string, parsed: boolean): DocumentRecord {
  const id = path.basename(file, '.txt');
  const text = toDisplay(fs.readFileSync(file, 'utf8'));
  const base = trivial(id, file, text);
  if (!parsed) return base;
  const p = parseDocument(text);
  return {
    ...base,
    ...p,
    resolutions: p.resolutions.map((r, i) => ({ ...r, id: `${id}:${r.number ?? `r${i}`}` })),
    commitments: p.commitments.map((c, i) => ({ ...c, id: `${id}:c${i + 1}` })),
  };
}

function trivial(id: string, file: string, text: string): DocumentRecord {
  return blankRecord(id, [text], {
    source: { filename: path.basename(file), mime: 'text/plain', sha256: id, bytes: text.length },
    ingestedAt: new Date(0).toISOString(),
  });
}

/** Spelling variants of a query a user (or another keyboard) might type. */
export function queryVariants(q: string): { kind: string; q: string }[] {
  const v: { kind: string; q: string }[] = [{ kind: 'as given', q }];
  const add = (kind: string, s: string) => {
    if (!v.some((x) => x.q === s)) v.push({ kind, q: s });
  };
  add('arabic ي ك', q.replace(/ی/g, 'ي').replace(/ک/g, 'ك'));
  add('ZWNJ removed', q.replace(/\u200c/g, ''));
  add('ZWNJ as space', q.replace(/\u200c/g, ' '));
  add(
    'persian digits',
    q.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!),
  );
  add(
    'ascii digits',
    q.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))),
  );
  return v;
}

function ndcgAt10(ranked: string[], relevant: Set<string>): number {
  let dcg = 0;
  ranked.slice(0, 10).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(10, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface RelevanceResult {
  queries: number;
  recallAt10: number;
  ndcgAt10: number;
  variantQueries: number;
  variantRecallAt10: number;
  variantNdcgAt10: number;
  failures: { q: string; kind: string; missing: string[]; top: string[] }[];
}

/** Index a corpus and score its queries with an engine (FTS5 in a temp dir by default). */
export async function runRelevance(
  corpus: string,
  opts: { parsed?: boolean; makeEngine?: (dir: string) => SearchEngine } = {},
): Promise<RelevanceResult> {
  const makeEngine = opts.makeEngine;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-relevance-'));
  const engine = makeEngine ? makeEngine(tmp) : new SqliteFts5Engine({ path: path.join(tmp, 'search.db') });
  try {
    await engine.init();
    await engine.clear();
    await engine.index(listTxt(corpus).map((f) => record(f, opts.parsed ?? false)));
    const lines = fs
      .readFileSync(path.join(corpus, 'queries.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const res: RelevanceResult = {
      queries: 0,
      recallAt10: 0,
      ndcgAt10: 0,
      variantQueries: 0,
      variantRecallAt10: 0,
      variantNdcgAt10: 0,
      failures: [],
    };
    for (const line of lines) {
      const { q, relevant } = JSON.parse(line) as { q: string; relevant: string[] };
      const rel = new Set(relevant);
      for (const v of queryVariants(q)) {
        const r = await engine.search({ q: v.q, perPage: 10 });
        const top = r.hits.map((h) => h.id);
        const found = relevant.filter((id) => top.includes(id));
        const recall = found.length / relevant.length;
        const ndcg = ndcgAt10(top, rel);
        if (v.kind === 'as given') {
          res.queries++;
          res.recallAt10 += recall;
          res.ndcgAt10 += ndcg;
        }
        res.variantQueries++;
        res.variantRecallAt10 += recall;
        res.variantNdcgAt10 += ndcg;
        if (recall < 1)
          res.failures.push({ q: v.q, kind: v.kind, missing: relevant.filter((id) => !top.includes(id)), top });
      }
    }
    res.recallAt10 /= res.queries;
    res.ndcgAt10 /= res.queries;
    res.variantRecallAt10 /= res.variantQueries;
    res.variantNdcgAt10 /= res.variantQueries;
    return res;
  } finally {
    await engine.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const corpus = args.find((a) => !a.startsWith('--')) ?? path.resolve('../shared/corpus');
  // trivial records (text only) and records through the structure parser (dates, kind, places…)
  for (const [mode, parsed] of [
    ['text', false],
    ['parsed', true],
  ] as const) {
    const r = await runRelevance(corpus, { parsed });
    const figures = {
      [`relevance_${mode}_recall_at_10`]: r.recallAt10,
      [`relevance_${mode}_ndcg_at_10`]: r.ndcgAt10,
      [`relevance_${mode}_variants_recall_at_10`]: r.variantRecallAt10,
      [`relevance_${mode}_variants_ndcg_at_10`]: r.variantNdcgAt10,
    };
    if (!json) console.log(`${mode} records: ${r.queries} queries, ${r.variantQueries} with spelling variants`);
    for (const [name, value] of Object.entries(figures)) {
      if (json) console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000 }));
      else console.log(`${name.padEnd(40)} ${value.toFixed(3)}`);
    }
    if (!json)
      for (const f of r.failures)
        console.log(`  miss [${f.kind}] ${f.q}: missing ${f.missing.join(', ')}; top ${f.top.join(', ')}`);
  }
}
