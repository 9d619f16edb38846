import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupError } from '../errors.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from '../schema.ts';
import {
  DB_NAME,
  FILES_DIR,
  MANIFEST_ENTRY,
  MARKER_ENTRY,
  fsyncFile,
  isNotFound,
  tableCounts,
} from './backup-layout.ts';
import { TarWriter } from './backup-tar.ts';

/**
 * Backup and restore of the archive store: one `.tar.gz` holding a consistent
 * snapshot of `sanad.db` (SQLite online backup API, so the server keeps
 * running) and every original under `files/`, plus a manifest with the sha256
 * of each entry. The search index (`search.db` or Meilisearch) is not part of
 * a backup: it is derived data, rebuilt with `npm run reindex` after a restore.
 *
 * Archive layout (ustar, gzip):
 *   sanad-backup.json     format marker, first entry (fail fast on a wrong file)
 *   sanad.db              the SQLite snapshot
 *   files/<aa>/<sha256>   the originals
 *   manifest.json         last entry: counts, table row counts, sha256 of every entry
 *
 * The manifest comes last because the hashes are computed while streaming:
 * reading every original twice (hash pass, then copy pass) would double the IO
 * of a backup. Restore therefore extracts into a staging directory and only
 * swaps it into place once the manifest has been checked against what was read.
 *
 * The tar format itself is `tar-stream`'s (backup-tar.ts); the reader is kept
 * strict on top of it (backup-layout.ts): only regular files, only the names
 * above, no links, no `..`, no absolute paths, no duplicates.
 */

export { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type ManifestEntry } from '../schema.ts';
export { BackupError } from '../errors.ts';
export { checkEntryName } from './backup-layout.ts';
export { restoreArchive, type RestoreOptions, type RestoreResult } from './backup-restore.ts';

/** What {@link backupArchive} wrote. */
export interface BackupResult {
  /** Rows in the `documents` table of the snapshot (0 if there is no such table). */
  documents: number;
  /** Originals packed. */
  files: number;
  /** Size of the backup file written. */
  bytes: number;
  /**
   * Originals whose content no longer matches the sha256 in their name (bit rot or
   * a tampered store). They are still packed, with their real hash in the manifest,
   * but the operator should know.
   */
  corrupt: string[];
  /** Originals deleted between the database snapshot and the moment they were read. */
  vanished: string[];
}

// ------------------------------------------------------------------ backup

/**
 * Writes a consistent backup of the store in `dataDir` to `outFile` (gzip tar).
 * Safe while the server is running: the database is copied with SQLite's online
 * backup API, which reads a committed snapshot (WAL included) without blocking
 * writers. The file is written as `outFile.partial` and renamed at the end, so a
 * failed backup never leaves a truncated file under the final name.
 */
export async function backupArchive(dataDir: string, outFile: string): Promise<BackupResult> {
  const dbPath = path.join(dataDir, DB_NAME);
  if (!fs.existsSync(dbPath)) {
    throw new BackupError('NO_STORE', `no archive store at ${dbPath}`);
  }
  const outDir = path.dirname(path.resolve(outFile));
  await fsp.mkdir(outDir, { recursive: true });
  // The snapshot lives next to the output: that is where the operator made room,
  // and a container's /tmp may be small.
  const work = await fsp.mkdtemp(path.join(outDir, '.sanad-backup-'));
  const partial = `${outFile}.partial`;
  try {
    const snapshot = path.join(work, DB_NAME);
    const { tables, schemaVersion } = await snapshotDatabase(dbPath, snapshot);
    const originals = await listOriginals(path.join(dataDir, FILES_DIR));

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      schemaVersion,
      counts: { documents: tables['documents'] ?? 0, files: 0, bytes: 0 },
      tables,
      database: { path: DB_NAME, bytes: 0, sha256: '' },
      files: [],
    };
    const corrupt: string[] = [];
    const vanished: string[] = [];

    const tar = new TarWriter(partial);
    try {
      const marker = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: manifest.createdAt };
      await tar.addBuffer(MARKER_ENTRY, Buffer.from(JSON.stringify(marker) + '\n'));

      const db = await fsp.stat(snapshot);
      const dbHash = await tar.addFile(DB_NAME, snapshot, db.size, db.mtime);
      manifest.database = { path: DB_NAME, bytes: db.size, sha256: dbHash };

      for (const rel of originals) {
        const abs = path.join(dataDir, FILES_DIR, ...rel.split('/'));
        let st: fs.Stats;
        try {
          st = await fsp.stat(abs);
        } catch (err) {
          if (isNotFound(err)) {
            vanished.push(rel);
            continue;
          }
          throw err;
        }
        const name = `${FILES_DIR}/${rel}`;
        const sha256 = await tar.addFile(name, abs, st.size, st.mtime);
        const base = path.posix.basename(rel);
        if (/^[0-9a-f]{64}$/.test(base) && base !== sha256) corrupt.push(rel);
        manifest.files.push({ path: name, bytes: st.size, sha256 });
        manifest.counts.files += 1;
        manifest.counts.bytes += st.size;
      }
      await tar.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1) + '\n'));
      await tar.finish();
    } catch (err) {
      await tar.abort(err);
      throw err;
    }
    await fsyncFile(partial);
    await fsp.rename(partial, outFile);
    const { size } = await fsp.stat(outFile);
    return { documents: manifest.counts.documents, files: manifest.counts.files, bytes: size, corrupt, vanished };
  } catch (err) {
    await fsp.rm(partial, { force: true });
    throw err;
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}

async function snapshotDatabase(
  source: string,
  dest: string,
): Promise<{ tables: Record<string, number>; schemaVersion: number }> {
  // Read-write open on purpose: a read-only connection cannot open a WAL
  // database whose -shm file it may not create. Nothing is written through it.
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    // SQLite restarts a backup when another connection writes between steps.
    // After the first step, copy everything that is left in one step so a busy
    // server cannot keep the backup restarting; in WAL mode that step holds a
    // read snapshot only and does not block writers.
    await db.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const snap = new Database(dest, { fileMustExist: true });
  try {
    // Leave a self-contained file: fold any WAL content of the copy into it.
    snap.pragma('journal_mode = DELETE');
    return { tables: tableCounts(snap), schemaVersion: snap.pragma('user_version', { simple: true }) as number };
  } finally {
    snap.close();
  }
}

/** Relative POSIX paths of every regular file under `filesDir`, sorted. */
async function listOriginals(filesDir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (isNotFound(err)) return;
      throw err;
    }
    for (const e of entries) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), rel);
      else if (e.isFile()) out.push(rel);
      // Symlinks and other special files are not originals: the file store never makes them.
    }
  }
  await walk(filesDir, '');
  return out.sort();
}
