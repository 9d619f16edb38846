#!/usr/bin/env node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { openArchive, reindexArchive } from './archive.ts';
import { backupArchive, restoreArchive } from './store/backup.ts';
import { SanadError } from './errors.ts';
import { ingestFile } from './pipeline.ts';
import { collectFiles, skippedSummary } from './collect-files.ts';
import { analyze } from './text/index.ts';
import { runEvalCommand } from './eval-command.ts';
import { runReextract, runReparse } from './reparse-command.ts';

/**
 * `sanad ingest|reindex|reparse|reextract|eval|normalize|backup|restore`. Uses the same
 * DATA_DIR and engine configuration as the server.
 */

const USAGE = `Usage:
  npm run ingest -- [--json] <files or folders…>   ingest files (recursively)
  npm run reindex                                  rebuild the search index from the archive
  npm run reparse -- [--all]                       re-derive records made by an older parser (no OCR)
  npm run reextract -- [ids…]                      re-run extraction from the kept originals
  npm run eval -- [--json] [--baseline F] [--update-baseline] <corpus dir>
  npm run normalize -- <text>                      show how Sanad reads a text
  npm run backup -- <file.tar.gz>                  consistent snapshot of the archive
  npm run restore -- [--force] <file.tar.gz>       restore a snapshot, then reindex`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function config(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof SanadError) return err.message;
  if (err instanceof Error) return `Internal error: ${err.message}`;
  return String(err);
}

async function cmdIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length === 0) fail(USAGE);
  const json = values.json === true;
  const archive = await openArchive(config());
  const { files, skipped } = collectFiles(positionals);
  if (json)
    for (const s of skipped)
      process.stdout.write(`${JSON.stringify({ file: s.file, status: 'skipped', reason: s.reason })}\n`);
  else if (skipped.length) process.stdout.write(`${skippedSummary(skipped)}\n`);
  const bar =
    !json && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: '{bar} {value}/{total} {file}', hideCursor: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0, { file: '' });
  let failed = 0;
  const counts = { ingested: 0, duplicate: 0, failed: 0 };
  try {
    for (const [i, f] of files.entries()) {
      bar?.update(i, { file: path.basename(f.file) });
      let line: { file: string; id?: string; status: 'ingested' | 'duplicate' | 'failed'; error?: string };
      if (f.error) {
        line = { file: f.file, status: 'failed', error: f.error };
      } else {
        try {
          const r = await ingestFile(f.file, archive);
          line = { file: f.file, id: r.id, status: r.status };
        } catch (err) {
          line = { file: f.file, status: 'failed', error: errorMessage(err) };
        }
      }
      counts[line.status]++;
      if (line.status === 'failed') failed++;
      if (json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else if (!bar || line.status === 'failed') {
        process.stdout.write(
          `${line.status.padEnd(9)} ${line.id ?? '-'} ${line.file}${line.error ? `: ${line.error}` : ''}\n`,
        );
      }
    }
    bar?.update(files.length, { file: '' });
  } finally {
    bar?.stop();
    await archive.close();
  }
  if (!json) {
    process.stdout.write(
      `${counts.ingested} ingested, ${counts.duplicate} duplicate, ${counts.failed} failed, ${skipped.length} skipped (${files.length} files)\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

async function cmdReindex(): Promise<number> {
  const archive = await openArchive(config());
  try {
    const n = await reindexArchive(archive, (done, total) => process.stderr.write(`\rreindexed ${done}/${total}`));
    process.stderr.write('\n');
    process.stdout.write(`reindexed ${n} documents into ${archive.engine.name}\n`);
  } finally {
    await archive.close();
  }
  return 0;
}

const STDIO = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };

async function withArchive(run: (a: Awaited<ReturnType<typeof openArchive>>) => Promise<number>): Promise<number> {
  const archive = await openArchive(config());
  try {
    return await run(archive);
  } finally {
    await archive.close();
  }
}

async function cmdNormalize(args: string[]): Promise<number> {
  const text = args.length > 0 ? args.join(' ') : fs.readFileSync(0, 'utf8');
  process.stdout.write(`${JSON.stringify(analyze(text), null, 2)}\n`);
  return 0;
}

async function cmdBackup(args: string[]): Promise<number> {
  const out = args[0] ?? fail(USAGE);
  const r = await backupArchive(config().dataDir, out);
  process.stdout.write(`backup written to ${out}: ${r.documents} documents, ${r.files} files, ${r.bytes} bytes\n`);
  return 0;
}

async function cmdRestore(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' } } });
  const file = positionals[0] ?? fail(USAGE);
  const cfg = config();
  const r = await restoreArchive(file, cfg.dataDir, { force: values.force === true });
  process.stdout.write(`restored ${r.documents} documents and ${r.files} files into ${cfg.dataDir}; reindexing…\n`);
  return cmdReindex();
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'ingest':
      return cmdIngest(rest);
    case 'reindex':
      return cmdReindex();
    case 'reparse':
    case 'reextract':
      return withArchive((a) => (cmd === 'reparse' ? runReparse : runReextract)(a, rest, STDIO));
    case 'eval':
      return runEvalCommand(rest, { tmpRoot: os.tmpdir() });
    case 'normalize':
      return cmdNormalize(rest);
    case 'backup':
      return cmdBackup(rest);
    case 'restore':
      return cmdRestore(rest);
    case undefined:
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${errorMessage(err)}\n`);
    process.exit(1);
  },
);
