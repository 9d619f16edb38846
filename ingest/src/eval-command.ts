import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openLocalArchive } from './archive.ts';
import { formatReport, runEval, FIELD_ORDER, type EvalReport } from './eval/run-eval.ts';
import { ingestFile } from './pipeline.ts';
import type { DocumentRecord } from './schema.ts';

/**
 * `npm run eval -- [--json] [--failures] [--misses F1,F2] [--baseline F] [--update-baseline] <corpus dir>`:
 * ingests a labelled corpus into a temporary archive through the real
 * pipeline and engine, then prints per-field precision/recall/F1 and search
 * relevance. `--misses speakers,resolutions` prints, per document, only those fields' misses
 * (gold not found) and extras (found, not in the gold). With `--baseline`, exits 1 when a figure drops below its recorded
 * level (CI uses this); `--update-baseline` records the current figures.
 */

interface Baseline {
  fields: Record<string, Record<string, number>>;
  relevance?: { recallAt10: number; ndcgAt10: number };
}

/** Figures may wobble in the last digit; a real regression is larger than this. */
const TOLERANCE = 0.005;

export function baselineOf(report: EvalReport): Baseline {
  const fields: Baseline['fields'] = {};
  for (const set of report.sets) {
    fields[set.name] = Object.fromEntries(Object.entries(set.fields).map(([k, v]) => [k, round(v.f1)]));
  }
  return {
    fields,
    ...(report.relevance
      ? { relevance: { recallAt10: round(report.relevance.recallAt10), ndcgAt10: round(report.relevance.ndcgAt10) } }
      : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Every figure that fell below its recorded level. */
export function compareToBaseline(report: EvalReport, base: Baseline): string[] {
  const now = baselineOf(report);
  const drops: string[] = [];
  for (const [set, fields] of Object.entries(base.fields)) {
    for (const [field, before] of Object.entries(fields)) {
      const after = now.fields[set]?.[field] ?? 0;
      if (after < before - TOLERANCE) drops.push(`${set}.${field}: F1 ${after} < ${before}`);
    }
  }
  if (base.relevance) {
    const r = now.relevance ?? { recallAt10: 0, ndcgAt10: 0 };
    if (r.recallAt10 < base.relevance.recallAt10 - TOLERANCE)
      drops.push(`recall@10 ${r.recallAt10} < ${base.relevance.recallAt10}`);
    if (r.ndcgAt10 < base.relevance.ndcgAt10 - TOLERANCE)
      drops.push(`nDCG@10 ${r.ndcgAt10} < ${base.relevance.ndcgAt10}`);
  }
  return drops;
}

export async function runEvalCommand(args: string[], env: { tmpRoot: string }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      failures: { type: 'boolean' },
      misses: { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
    },
  });
  const corpus = positionals[0];
  if (!corpus) {
    process.stderr.write(
      'Usage: npm run eval -- [--json] [--failures] [--misses F1,F2] [--baseline F] [--update-baseline] <corpus dir>\n',
    );
    return 2;
  }
  const dataDir = fs.mkdtempSync(path.join(env.tmpRoot, 'sanad-eval-'));
  const archive = await openLocalArchive(dataDir);
  const goldIdOf = new Map<string, string>();
  try {
    const report = await runEval(corpus, {
      async ingest(paths) {
        const out = new Map<string, DocumentRecord>();
        for (const p of paths) {
          const goldId = path.basename(p).replace(/\.txt$/, '');
          try {
            const r = await ingestFile(p, archive);
            out.set(goldId, r.record);
            goldIdOf.set(r.id, goldId);
          } catch (err) {
            process.stderr.write(`eval: ${p}: ${err instanceof Error ? err.message : String(err)}\n`);
          }
        }
        return out;
      },
      async search(q) {
        const res = await archive.engine.search({ q, perPage: 10, page: 1 });
        return res.hits.map((h) => goldIdOf.get(h.id) ?? h.id);
      },
    });
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ ...report, failures: values.failures ? report.failures : undefined })}\n`,
      );
    } else {
      const misses = values.misses?.split(',').map((f) => f.trim());
      process.stdout.write(
        `${formatReport(report, { failures: values.failures === true || !!misses, fields: misses })}\n`,
      );
    }
    if (values.baseline) {
      const file = values.baseline;
      if (values['update-baseline']) {
        fs.writeFileSync(file, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
        process.stderr.write(`baseline written to ${file}\n`);
        return 0;
      }
      if (!fs.existsSync(file)) {
        process.stderr.write(`no baseline at ${file}; run with --update-baseline to record one\n`);
        return 1;
      }
      const drops = compareToBaseline(report, JSON.parse(fs.readFileSync(file, 'utf8')) as Baseline);
      if (drops.length > 0) {
        process.stderr.write(`eval regressed below the recorded baseline:\n${drops.map((d) => `  ${d}`).join('\n')}\n`);
        return 1;
      }
      process.stderr.write(`eval: no field below the baseline (${FIELD_ORDER.length} fields checked per set)\n`);
    }
    return 0;
  } finally {
    await archive.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
