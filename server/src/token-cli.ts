#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@sanad/ingest/config.ts';
import { ArchiveStore } from '@sanad/ingest/store/store.ts';

/**
 * `npm run token -- create <name> [--read]` prints a new API token once (only
 * its hash is stored); `list` shows names and scopes; `revoke <id|name>`.
 * Uses the same DATA_DIR as the server; safe while the server runs (SQLite WAL).
 */

const USAGE = `Usage:
  npm run token -- create <name> [--read]   new token (write scope unless --read); printed once
  npm run token -- list                     tokens (names and scopes, never secrets)
  npm run token -- revoke <id or name>      remove a token`;

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { read: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const [cmd, name] = positionals;
  let dataDir: string;
  try {
    dataDir = loadConfig().dataDir;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (cmd === 'create' && name && name.length <= 100) {
    const store = new ArchiveStore(dataDir);
    try {
      const scope = values.read ? 'read' : 'write';
      const { id, token } = store.createToken(name, scope);
      if (values.json) process.stdout.write(`${JSON.stringify({ id, name, scope, token })}\n`);
      else process.stdout.write(`${token}\n`);
      if (!values.json) process.stderr.write(`Token «${name}» (${scope}) created; it is shown only this once.\n`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (cmd === 'list') {
    const store = new ArchiveStore(dataDir);
    try {
      const tokens = store.listTokens();
      if (values.json) process.stdout.write(`${JSON.stringify(tokens)}\n`);
      else for (const t of tokens) process.stdout.write(`${t.id}\t${t.scope}\t${t.createdAt}\t${t.name}\n`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (cmd === 'revoke' && name) {
    const store = new ArchiveStore(dataDir);
    try {
      const n = store.revokeToken(name);
      process.stderr.write(n > 0 ? `Revoked ${n} token(s).\n` : 'No such token.\n');
      return n > 0 ? 0 : 1;
    } finally {
      store.close();
    }
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
