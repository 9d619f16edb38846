/**
 * Both engines side by side: `node --import tsx test/bench/meili-compare.ts [corpus dir]
 * [--contract vitest-report.json]`. Run by scripts/meili-contract.sh against the pinned
 * Meilisearch (MEILI_URL, SEARCH_ENGINE=meilisearch); without MEILI_URL only the SQLite column is
 * filled. Prints the contract suite's results per engine (from vitest's JSON report) and the
 * relevance eval (test/bench/relevance.ts: recall@10, nDCG@10, with spelling variants) per engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../ingest/src/config.ts';
import { meiliContractEngine } from '../contract/meili-contract-engine.ts';
import { runRelevance, type RelevanceResult } from './relevance.ts';

interface VitestReport {
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

/** passed/failed/skipped per engine, from the suite names («… contract: sqlite», «search behaviours (meilisearch) …»). */
export function contractCounts(report: VitestReport): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const file of report.testResults)
    for (const t of file.assertionResults) {
      const engine = /meilisearch/.test(t.fullName) ? 'meilisearch' : /sqlite/.test(t.fullName) ? 'sqlite' : null;
      if (!engine) continue;
      const c = out.get(engine) ?? { passed: 0, failed: 0, skipped: 0 };
      const k = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
      c[k] = (c[k] ?? 0) + 1;
      out.set(engine, c);
    }
  return out;
}

const row = (name: string, a: string, b: string) => `${name.padEnd(36)} ${a.padStart(12)} ${b.padStart(12)}`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const ci = args.indexOf('--contract');
  const reportFile = ci >= 0 ? args[ci + 1] : undefined;
  const corpus = args.find((a, i) => !a.startsWith('--') && i !== ci + 1) ?? path.resolve('../shared/corpus');
  const config = loadConfig();
  const meili = config.engine === 'meilisearch' && !!config.meiliUrl;
  let failed = 0;

  console.log(row('', 'sqlite', 'meilisearch'));
  if (reportFile) {
    const counts = contractCounts(JSON.parse(fs.readFileSync(reportFile, 'utf8')) as VitestReport);
    for (const k of ['passed', 'failed', 'skipped'] as const) {
      const v = (e: string) => String(counts.get(e)?.[k] ?? 0);
      console.log(row(`contract tests ${k}`, v('sqlite'), v('meilisearch')));
    }
    failed += (counts.get('sqlite')?.failed ?? 0) + (counts.get('meilisearch')?.failed ?? 0);
  }
  if (!fs.existsSync(path.join(corpus, 'queries.jsonl'))) {
    console.log(`relevance: no queries.jsonl under ${corpus} (pass the labelled corpus directory)`);
    return failed > 0 ? 1 : 0;
  }
  for (const parsed of [false, true]) {
    const mode = parsed ? 'parsed' : 'text';
    const sqlite = await runRelevance(corpus, { parsed });
    const other: RelevanceResult | null = meili
      ? await runRelevance(corpus, { parsed, makeEngine: () => meiliContractEngine() })
      : null;
    const f = (r: RelevanceResult | null, k: keyof RelevanceResult) => (r ? (r[k] as number).toFixed(3) : 'not run');
    console.log(row(`relevance ${mode}: queries`, String(sqlite.queries), other ? String(other.queries) : 'not run'));
    for (const k of ['recallAt10', 'ndcgAt10', 'variantRecallAt10', 'variantNdcgAt10'] as const)
      console.log(row(`relevance ${mode}: ${k}`, f(sqlite, k), f(other, k)));
    if (other)
      for (const x of other.failures.slice(0, 20))
        console.log(`  meilisearch miss [${x.kind}] ${x.q}: missing ${x.missing.join(', ')}; top ${x.top.join(', ')}`);
  }
  if (!meili)
    console.log('meilisearch: NOT RUN (set MEILI_URL and SEARCH_ENGINE=meilisearch; see scripts/meili-contract.sh)');
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
