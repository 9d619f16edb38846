/**
 * Evaluation runner: reads a gold corpus directory, asks the pipeline to ingest its texts,
 * scores every record (score.ts) and, when a search function is given, the ranking of the
 * queries in queries.jsonl. Reads the corpus from disk; the pipeline is injected.
 *
 * Layout accepted: `<dir>/<set>/*.txt + gold.jsonl` for each set (e.g. seeds/, real/) plus
 * `<dir>/queries.jsonl`, or a directory that directly holds `*.txt + gold.jsonl`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { addCounts, rankingMetrics, scoreDocument, toScore, type GoldRecord, type PredictedRecord } from './score.ts';
import type { FieldCounts, FieldFailure, FieldScore } from './match.ts';
import { COMMITMENT_FIELDS } from './commitment-score.ts';

/** What the runner needs from the application. */
export interface EvalDeps {
  /** Ingest the files; returns records keyed by gold id (file name without `.txt`). */
  ingest(paths: string[]): Promise<Map<string, PredictedRecord>>;
  /** Search; returns gold ids ranked best first. */
  search?(q: string): Promise<string[]>;
}

export interface EvalSetReport {
  name: string;
  documents: number;
  fields: Record<string, FieldScore>;
}

export interface EvalReport {
  sets: EvalSetReport[];
  /** All sets together. */
  overall: Record<string, FieldScore>;
  /** Per-document failures for debugging. */
  failures: { set: string; id: string; failures: FieldFailure[] }[];
  /** Ids with a gold record but no ingested record. */
  missingDocuments: string[];
  relevance: {
    queries: number;
    recallAt10: number;
    ndcgAt10: number;
    mrr: number;
    perQuery: { q: string; recall: number; ndcg: number; rr: number }[];
  } | null;
}

/** Field order of the report table. */
export const FIELD_ORDER = [
  'date',
  'kind',
  'province',
  'counties',
  'organisations',
  'speakers',
  'resolutions',
  'responsible',
  'deadlines',
  'funding',
  'amounts',
  'title',
  'meeting_number',
  'chair',
  ...COMMITMENT_FIELDS,
];

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The sets (directories with gold.jsonl) of a corpus directory. */
export async function findSets(corpusDir: string): Promise<{ name: string; dir: string }[]> {
  if (await isFile(join(corpusDir, 'gold.jsonl'))) return [{ name: basename(corpusDir), dir: corpusDir }];
  const sets: { name: string; dir: string }[] = [];
  for (const entry of (await readdir(corpusDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory() && (await isFile(join(corpusDir, entry.name, 'gold.jsonl'))))
      sets.push({ name: entry.name, dir: join(corpusDir, entry.name) });
  }
  return sets;
}

/** Run the evaluation. */
export async function runEval(corpusDir: string, deps: EvalDeps): Promise<EvalReport> {
  const sets = await findSets(corpusDir);
  if (sets.length === 0) throw new Error(`no gold.jsonl under ${corpusDir}`);
  const report: EvalReport = { sets: [], overall: {}, failures: [], missingDocuments: [], relevance: null };
  const overall: Record<string, FieldCounts> = {};
  for (const set of sets) {
    const gold = await readJsonl<GoldRecord>(join(set.dir, 'gold.jsonl'));
    const paths = gold.map((g) => join(set.dir, `${g.id}.txt`));
    const existing: string[] = [];
    for (const p of paths) if (await isFile(p)) existing.push(p);
    const records = await deps.ingest(existing);
    const counts: Record<string, FieldCounts> = {};
    for (const g of gold) {
      const pred = records.get(g.id);
      if (!pred) {
        report.missingDocuments.push(g.id);
        continue;
      }
      const s = scoreDocument(pred, g);
      addCounts(counts, s.counts);
      if (s.failures.length) report.failures.push({ set: set.name, id: g.id, failures: s.failures });
    }
    addCounts(overall, counts);
    report.sets.push({
      name: set.name,
      documents: gold.length,
      fields: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, toScore(v)])),
    });
  }
  report.overall = Object.fromEntries(Object.entries(overall).map(([k, v]) => [k, toScore(v)]));
  const queriesPath = join(corpusDir, 'queries.jsonl');
  if (deps.search && (await isFile(queriesPath))) {
    const queries = await readJsonl<{ q: string; relevant: string[] }>(queriesPath);
    const perQuery: { q: string; recall: number; ndcg: number; rr: number }[] = [];
    for (const q of queries) perQuery.push({ q: q.q, ...rankingMetrics(await deps.search(q.q), q.relevant, 10) });
    const mean = (f: (x: (typeof perQuery)[number]) => number) =>
      perQuery.length ? perQuery.reduce((s, x) => s + f(x), 0) / perQuery.length : 0;
    report.relevance = {
      queries: perQuery.length,
      recallAt10: mean((x) => x.recall),
      ndcgAt10: mean((x) => x.ndcg),
      mrr: mean((x) => x.rr),
      perQuery,
    };
  }
  return report;
}

const pct = (x: number) => x.toFixed(3);

/** The report as a plain-text table (one block per set plus overall), with failures when asked. */
export function formatReport(report: EvalReport, opts: { failures?: boolean; fields?: string[] } = {}): string {
  const lines: string[] = [];
  const blocks: [string, Record<string, FieldScore>][] = [
    ...report.sets.map((s) => [`${s.name} (${s.documents} docs)`, s.fields] as [string, Record<string, FieldScore>]),
  ];
  if (report.sets.length > 1) blocks.push(['overall', report.overall]);
  for (const [name, fields] of blocks) {
    lines.push(`== ${name}`);
    lines.push('field               P      R      F1     tp/fp/fn');
    for (const f of [...FIELD_ORDER, ...Object.keys(fields).filter((k) => !FIELD_ORDER.includes(k))]) {
      const s = fields[f];
      if (!s) continue;
      lines.push(`${f.padEnd(18)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${s.tp}/${s.fp}/${s.fn}`);
    }
  }
  if (report.relevance) {
    const r = report.relevance;
    lines.push(
      `== relevance (${r.queries} queries): recall@10 ${pct(r.recallAt10)}  nDCG@10 ${pct(r.ndcgAt10)}  MRR ${pct(r.mrr)}`,
    );
  }
  if (report.missingDocuments.length) lines.push(`missing records: ${report.missingDocuments.join(', ')}`);
  if (opts.failures) {
    for (const d of report.failures) {
      // Only the asked fields (a field's sub-keys too: «commit_parties @ …»).
      const fs = opts.fields
        ? d.failures.filter((f) => opts.fields!.some((n) => f.field.split(' ')[0] === n))
        : d.failures;
      if (fs.length === 0) continue;
      lines.push(`-- ${d.set}/${d.id}`);
      for (const f of fs)
        lines.push(`   ${f.field}: missing [${f.missing.join(' | ')}] extra [${f.extra.join(' | ')}]`);
    }
  }
  return lines.join('\n');
}
