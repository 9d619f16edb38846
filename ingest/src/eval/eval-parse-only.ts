/**
 * Parse-only evaluation: reads each corpus text, display-normalizes it and runs the
 * structure parser, without the storage pipeline. Usage:
 *   node --import tsx ingest/src/eval/eval-parse-only.ts <corpus dir> [--failures]
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocument } from '../parse/index.ts';
import { toDisplay } from '../text/index.ts';
import { formatReport, runEval } from './run-eval.ts';
import type { PredictedRecord } from './score.ts';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: eval-parse-only.ts <corpus dir> [--failures]');
    process.exit(2);
  }
  const report = await runEval(dir, {
    async ingest(paths) {
      const out = new Map<string, PredictedRecord>();
      for (const p of paths) {
        const text = toDisplay(await readFile(p, 'utf8'));
        out.set(basename(p).replace(/\.txt$/, ''), parseDocument(text, { filename: basename(p) }));
      }
      return out;
    },
  });
  console.log(formatReport(report, { failures: process.argv.includes('--failures') }));
}

await main();
