import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes, createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import { BackupError } from '../errors.ts';
import type { BackupManifest } from '../schema.ts';
import {
  DB_NAME,
  FILES_DIR,
  MANIFEST_ENTRY,
  MARKER_ENTRY,
  SEARCH_DB_NAME,
  UPLOADS_DIR,
  checkEntryName,
  checkFormat,
  isNotFound,
  parseJson,
  parseManifest,
  tableCounts,
  verifyAgainstManifest,
  type SeenEntry,
} from './backup-layout.ts';
import { readTar } from './backup-tar.ts';

/** Entries a data directory may hold that do not make it "non-empty". */
const IGNORABLE_IN_EMPTY_DIR = new Set(['lost+found', '.DS_Store']);
/** Upper bound on the marker and the manifest, which are read into memory. */
const MAX_JSON_ENTRY = 64 << 20;

/** What {@link restoreArchive} restored. */
export interface RestoreResult {
  documents: number;
  files: number;
  manifest: BackupManifest;
}

/** Options of {@link restoreArchive}. */
export interface RestoreOptions {
  /**
   * Replace the store in a data directory that already holds one. The old
   * `sanad.db`, `files/`, `uploads/` and `search.db` are removed, but only after
   * the new content has been extracted and verified, so a failed restore leaves
   * the old data as it was.
   */
  force?: boolean;
}

/**
 * Restores a backup written by {@link backupArchive} into `dataDir`.
 * Refuses a data directory that already holds anything unless `force` is set.
 * Every entry is checked against the manifest (sha256, size, nothing missing,
 * nothing extra), names are checked for path traversal, and the restored
 * database must pass `PRAGMA integrity_check` and have the row counts recorded
 * at backup time. The search index is not restored: the caller reindexes.
 * Stop the server before restoring: it holds the old database open.
 */
export async function restoreArchive(
  inFile: string,
  dataDir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  await fsp.mkdir(dataDir, { recursive: true });
  const existing = (await fsp.readdir(dataDir)).filter((n) => !IGNORABLE_IN_EMPTY_DIR.has(n));
  if (existing.length > 0 && !options.force) {
    throw new BackupError(
      'TARGET_NOT_EMPTY',
      `${dataDir} is not empty (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}); ` +
        'restore into an empty directory or pass --force to replace its archive',
    );
  }
  const staging = path.join(dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  await fsp.mkdir(staging);
  try {
    const { manifest, seen } = await extractTo(inFile, staging);
    verifyAgainstManifest(manifest, seen);
    const documents = checkDatabase(path.join(staging, DB_NAME), manifest);
    await fsp.mkdir(path.join(staging, FILES_DIR), { recursive: true });
    await swapIntoPlace(staging, dataDir);
    return { documents, files: manifest.files.length, manifest };
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
  }
}

async function extractTo(
  inFile: string,
  staging: string,
): Promise<{ manifest: BackupManifest; seen: Map<string, SeenEntry> }> {
  const seen = new Map<string, SeenEntry>();
  let manifest: BackupManifest | null = null;
  let first = true;
  await readTar(inFile, async (entry) => {
    if (entry.type === 'directory') {
      checkEntryName(entry.name.replace(/\/$/, ''), true);
      return;
    }
    if (entry.type !== 'file') {
      throw new BackupError('BAD_ENTRY', `entry ${JSON.stringify(entry.name)} is not a regular file`);
    }
    const name = checkEntryName(entry.name, false);
    if (seen.has(name) || (name === MANIFEST_ENTRY && manifest)) {
      throw new BackupError('BAD_ENTRY', `duplicate entry ${name}`);
    }
    if (first && name !== MARKER_ENTRY) {
      throw new BackupError('NOT_A_BACKUP', `${inFile} is not a Sanad backup (first entry is ${name})`);
    }
    first = false;
    if (name === MARKER_ENTRY || name === MANIFEST_ENTRY) {
      if (entry.size > MAX_JSON_ENTRY) throw new BackupError('BAD_ENTRY', `${name} is implausibly large`);
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(chunk);
      const json = parseJson(name, Buffer.concat(chunks));
      if (name === MARKER_ENTRY) checkFormat(json);
      else manifest = parseManifest(json);
      seen.set(name, { bytes: entry.size, sha256: '' });
      return;
    }
    const dest = path.join(staging, ...name.split('/'));
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    const hash = createHash('sha256');
    let bytes = 0;
    async function* hashed(): AsyncGenerator<Buffer> {
      for await (const chunk of entry.body) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    }
    await pipeline(Readable.from(hashed()), fs.createWriteStream(dest, { flags: 'wx' }));
    if (bytes !== entry.size) throw new BackupError('TRUNCATED', `backup ends inside ${name}`);
    seen.set(name, { bytes, sha256: hash.digest('hex') });
  });
  if (!manifest) throw new BackupError('NO_MANIFEST', 'backup has no manifest (truncated or not a Sanad backup)');
  return { manifest, seen };
}

function checkDatabase(dbPath: string, manifest: BackupManifest): number {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      throw new BackupError('CORRUPT_DATABASE', `restored database fails integrity_check: ${String(result)}`);
    const tables = tableCounts(db);
    for (const [name, count] of Object.entries(manifest.tables)) {
      if (tables[name] !== count) {
        throw new BackupError(
          'CORRUPT_DATABASE',
          `table ${name} has ${tables[name] ?? 'no'} rows, manifest says ${count}`,
        );
      }
    }
    // The store runs in WAL mode; switching back now leaves the restored file as the server expects it.
    db.pragma('journal_mode = WAL');
    return tables['documents'] ?? 0;
  } finally {
    db.close();
  }
}

/**
 * Moves the verified staging content into `dataDir`. Old content goes aside
 * first and is deleted last; the derived search index is removed so a stale
 * index never answers for a different archive.
 */
async function swapIntoPlace(staging: string, dataDir: string): Promise<void> {
  const trash = path.join(dataDir, `.restore-old-${randomBytes(6).toString('hex')}`);
  await fsp.mkdir(trash);
  try {
    const aside = [DB_NAME, `${DB_NAME}-wal`, `${DB_NAME}-shm`, FILES_DIR, UPLOADS_DIR];
    for (const name of aside) await renameIfExists(path.join(dataDir, name), path.join(trash, name));
    for (const name of [SEARCH_DB_NAME, `${SEARCH_DB_NAME}-wal`, `${SEARCH_DB_NAME}-shm`]) {
      await fsp.rm(path.join(dataDir, name), { force: true });
    }
    await fsp.rename(path.join(staging, DB_NAME), path.join(dataDir, DB_NAME));
    for (const name of [`${DB_NAME}-wal`, `${DB_NAME}-shm`]) {
      await renameIfExists(path.join(staging, name), path.join(dataDir, name));
    }
    await fsp.rename(path.join(staging, FILES_DIR), path.join(dataDir, FILES_DIR));
    await fsp.mkdir(path.join(dataDir, UPLOADS_DIR), { recursive: true });
  } finally {
    await fsp.rm(trash, { recursive: true, force: true });
  }
}

async function renameIfExists(from: string, to: string): Promise<void> {
  try {
    await fsp.rename(from, to);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}
