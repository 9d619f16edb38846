import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { BackupError } from '../errors.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupManifestSchema,
  BackupMarkerSchema,
  type BackupManifest,
  type ManifestEntry,
} from '../schema.ts';

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
 * The tar code is our own (about 150 lines) rather than a dependency so the
 * reader can be strict: only regular files, only the names above, no links, no
 * `..`, no absolute paths, no duplicates.
 */

export { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest, type ManifestEntry } from '../schema.ts';
export { BackupError } from '../errors.ts';

const DB_NAME = 'sanad.db';
const SEARCH_DB_NAME = 'search.db';
const FILES_DIR = 'files';
const UPLOADS_DIR = 'uploads';
const MARKER_ENTRY = 'sanad-backup.json';
const MANIFEST_ENTRY = 'manifest.json';
const BLOCK = 512;
/** Entries a data directory may hold that do not make it "non-empty". */
const IGNORABLE_IN_EMPTY_DIR = new Set(['lost+found', '.DS_Store']);

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

    async function* entries(): AsyncGenerator<Buffer> {
      const marker = Buffer.from(
        JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: manifest.createdAt }) + '\n',
      );
      yield* bufferEntry(MARKER_ENTRY, marker);

      const db = await fsp.stat(snapshot);
      const dbHash = createHash('sha256');
      yield* fileEntry(DB_NAME, snapshot, db.size, db.mtime, dbHash);
      manifest.database = { path: DB_NAME, bytes: db.size, sha256: dbHash.digest('hex') };

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
        const hash = createHash('sha256');
        const name = `${FILES_DIR}/${rel}`;
        yield* fileEntry(name, abs, st.size, st.mtime, hash);
        const sha256 = hash.digest('hex');
        const base = path.posix.basename(rel);
        if (/^[0-9a-f]{64}$/.test(base) && base !== sha256) corrupt.push(rel);
        manifest.files.push({ path: name, bytes: st.size, sha256 });
        manifest.counts.files += 1;
        manifest.counts.bytes += st.size;
      }
      yield* bufferEntry(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1) + '\n'));
      yield Buffer.alloc(BLOCK * 2); // end-of-archive marker
    }

    await pipeline(
      Readable.from(entries(), { objectMode: false }),
      // Level 1: originals (PDF, JPEG) are mostly compressed already and deflate is
      // the bottleneck (measured: ~26 MB/s at level 1 or 6 on incompressible data,
      // ~88 MB/s stored); the SQLite snapshot still shrinks well at level 1.
      zlib.createGzip({ level: 1 }),
      fs.createWriteStream(partial, { flags: 'w', mode: 0o600 }),
    );
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

/** Row counts of every ordinary table (schema-agnostic: the backup copies the whole database). */
function tableCounts(db: Database.Database): Record<string, number> {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) {
    counts[name] = db
      .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
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

function* bufferEntry(name: string, data: Buffer): Generator<Buffer> {
  yield encodeTarHeader({ name, size: data.length, mtime: new Date(), type: 'file' });
  yield data;
  const pad = padding(data.length);
  if (pad) yield Buffer.alloc(pad);
}

async function* fileEntry(
  name: string,
  abs: string,
  size: number,
  mtime: Date,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<Buffer> {
  yield encodeTarHeader({ name, size, mtime, type: 'file' });
  let read = 0;
  for await (const chunk of fs.createReadStream(abs, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (read > size) break;
    hash.update(chunk);
    yield chunk;
  }
  // The header already promised `size` bytes; originals are immutable, so a
  // change here means something outside Sanad is writing into the store.
  if (read !== size) {
    throw new BackupError('FILE_CHANGED', `${name} changed size while it was being backed up`);
  }
  const pad = padding(size);
  if (pad) yield Buffer.alloc(pad);
}

// ----------------------------------------------------------------- restore

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

interface SeenEntry {
  bytes: number;
  sha256: string;
}

async function extractTo(
  inFile: string,
  staging: string,
): Promise<{ manifest: BackupManifest; seen: Map<string, SeenEntry> }> {
  const source = fs.createReadStream(inFile);
  const gunzip = zlib.createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  const reader = new ByteReader(source.pipe(gunzip)[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const seen = new Map<string, SeenEntry>();
  let manifest: BackupManifest | null = null;
  let first = true;
  try {
    for (;;) {
      const block = await reader.read(BLOCK);
      if (!block) throw new BackupError('TRUNCATED', 'backup ends before the end-of-archive marker');
      if (isZeroBlock(block)) break;
      const header = decodeTarHeader(block);
      if (header.type === 'dir') {
        checkEntryName(header.name.replace(/\/$/, ''), true);
        continue;
      }
      if (header.type !== 'file') {
        throw new BackupError('BAD_ENTRY', `entry ${JSON.stringify(header.name)} is not a regular file`);
      }
      const name = checkEntryName(header.name, false);
      if (seen.has(name) || (name === MANIFEST_ENTRY && manifest)) {
        throw new BackupError('BAD_ENTRY', `duplicate entry ${name}`);
      }
      if (first && name !== MARKER_ENTRY) {
        throw new BackupError('NOT_A_BACKUP', `${inFile} is not a Sanad backup (first entry is ${name})`);
      }
      if (name === MARKER_ENTRY || name === MANIFEST_ENTRY) {
        if (header.size > 64 << 20) throw new BackupError('BAD_ENTRY', `${name} is implausibly large`);
        const data = await reader.read(header.size);
        if (!data) throw new BackupError('TRUNCATED', `backup ends inside ${name}`);
        await reader.skip(padding(header.size));
        const json = parseJson(name, data);
        if (name === MARKER_ENTRY) checkFormat(json);
        else manifest = parseManifest(json);
        seen.set(name, { bytes: header.size, sha256: '' });
      } else {
        const dest = path.join(staging, ...name.split('/'));
        await fsp.mkdir(path.dirname(dest), { recursive: true });
        const hash = createHash('sha256');
        const ws = fs.createWriteStream(dest, { flags: 'wx' });
        await pipeline(Readable.from(reader.stream(header.size, hash)), ws);
        await reader.skip(padding(header.size));
        seen.set(name, { bytes: header.size, sha256: hash.digest('hex') });
      }
      first = false;
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    if (err && typeof err === 'object' && 'code' in err && String(err.code).startsWith('Z_')) {
      throw new BackupError('CORRUPT', `${inFile} is not a valid gzip file or is damaged`, { cause: err });
    }
    throw err;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (!manifest) throw new BackupError('NO_MANIFEST', 'backup has no manifest (truncated or not a Sanad backup)');
  return { manifest, seen };
}

function verifyAgainstManifest(manifest: BackupManifest, seen: Map<string, SeenEntry>): void {
  const expected = new Map<string, ManifestEntry>([[DB_NAME, manifest.database]]);
  for (const f of manifest.files) expected.set(f.path, f);
  for (const [name, want] of expected) {
    const got = seen.get(name);
    if (!got) throw new BackupError('MISSING_ENTRY', `${name} is listed in the manifest but missing from the backup`);
    if (got.bytes !== want.bytes || got.sha256 !== want.sha256) {
      throw new BackupError('CHECKSUM_MISMATCH', `${name} does not match its checksum in the manifest`);
    }
  }
  for (const name of seen.keys()) {
    if (name !== MARKER_ENTRY && name !== MANIFEST_ENTRY && !expected.has(name)) {
      throw new BackupError('UNEXPECTED_ENTRY', `${name} is in the backup but not in its manifest`);
    }
  }
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

function parseJson(name: string, data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (err) {
    throw new BackupError('BAD_ENTRY', `${name} is not valid JSON`, { cause: err });
  }
}

function checkFormat(json: unknown): void {
  const o = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (o.format !== BACKUP_FORMAT) throw new BackupError('NOT_A_BACKUP', 'not a Sanad backup');
  if (typeof o.version === 'number' && o.version > BACKUP_VERSION) {
    throw new BackupError('UNSUPPORTED_VERSION', `backup format version ${String(o.version)} is newer than this Sanad`);
  }
  if (!BackupMarkerSchema.safeParse(json).success) throw new BackupError('NOT_A_BACKUP', 'not a Sanad backup');
}

function parseManifest(json: unknown): BackupManifest {
  checkFormat(json);
  const r = BackupManifestSchema.safeParse(json);
  if (!r.success || r.data.database.path !== DB_NAME) {
    throw new BackupError('BAD_MANIFEST', 'manifest is malformed', r.success ? undefined : { cause: r.error });
  }
  for (const f of r.data.files) {
    if (!f.path.startsWith(`${FILES_DIR}/`)) throw new BackupError('BAD_MANIFEST', `manifest lists ${f.path}`);
    checkEntryName(f.path, false);
  }
  return r.data;
}

// ------------------------------------------------------------- tar (ustar)

/** A decoded tar header (only what the backup format uses). */
export interface TarHeader {
  name: string;
  size: number;
  mtime: Date;
  type: 'file' | 'dir' | 'other';
}

/**
 * Checks a tar entry name against the backup layout and path traversal:
 * relative POSIX path, no empty, `.` or `..` segment, no backslash, no NUL or
 * control characters, and only `sanad-backup.json`, `sanad.db`,
 * `manifest.json` or something under `files/`. Returns the name.
 */
export function checkEntryName(name: string, isDir: boolean): string {
  const bad = (why: string): never => {
    throw new BackupError('UNSAFE_PATH', `unsafe entry name ${JSON.stringify(name)}: ${why}`);
  };
  if (name.length === 0) bad('empty');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) bad('absolute path');
  if (name.includes('\\')) bad('backslash');
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) bad('control character');
  }
  const parts = name.split('/');
  for (const p of parts) {
    if (p === '' || p === '.' || p === '..') bad(`segment ${JSON.stringify(p)}`);
  }
  const top = parts[0];
  if (isDir) {
    if (top !== FILES_DIR) bad('unexpected directory');
  } else if (parts.length === 1) {
    if (name !== MARKER_ENTRY && name !== DB_NAME && name !== MANIFEST_ENTRY) bad('unexpected file');
  } else if (top !== FILES_DIR) {
    bad('outside files/');
  }
  return name;
}

/** Encodes a ustar header block. Sizes of 8 GiB and more use the GNU base-256 form. */
export function encodeTarHeader(h: { name: string; size: number; mtime: Date; type: 'file' | 'dir' }): Buffer {
  const buf = Buffer.alloc(BLOCK);
  const name = Buffer.from(h.name, 'utf8');
  if (name.length > 100) {
    // Split into ustar prefix (155) + name (100) at a slash.
    const cut = h.name.lastIndexOf('/', h.name.length - 1);
    const prefix = Buffer.from(h.name.slice(0, cut), 'utf8');
    const rest = Buffer.from(h.name.slice(cut + 1), 'utf8');
    if (cut < 0 || prefix.length > 155 || rest.length > 100) {
      throw new BackupError('NAME_TOO_LONG', `tar entry name too long: ${h.name}`);
    }
    rest.copy(buf, 0);
    prefix.copy(buf, 345);
  } else {
    name.copy(buf, 0);
  }
  writeOctal(buf, 100, 8, h.type === 'dir' ? 0o755 : 0o644);
  writeOctal(buf, 108, 8, 0);
  writeOctal(buf, 116, 8, 0);
  writeSize(buf, h.type === 'dir' ? 0 : h.size);
  writeOctal(buf, 136, 12, Math.max(0, Math.floor(h.mtime.getTime() / 1000)));
  buf.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  buf[156] = h.type === 'dir' ? 0x35 : 0x30;
  buf.write('ustar\u000000', 257, 'latin1');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += buf[i]!;
  buf.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 'latin1');
  return buf;
}

/** Decodes and checks (checksum, magic) a ustar header block. */
export function decodeTarHeader(buf: Buffer): TarHeader {
  if (buf.length !== BLOCK) throw new BackupError('BAD_HEADER', 'short tar header');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : buf[i]!;
  const stored = parseOctal(buf, 148, 8);
  if (stored !== sum) throw new BackupError('BAD_HEADER', 'tar header checksum mismatch (damaged backup)');
  if (buf.toString('latin1', 257, 262) !== 'ustar') throw new BackupError('BAD_HEADER', 'not a ustar archive');
  const name = cString(buf, 0, 100);
  const prefix = cString(buf, 345, 155);
  const flag = String.fromCharCode(buf[156]!);
  const type = flag === '0' || flag === '\u0000' ? 'file' : flag === '5' ? 'dir' : 'other';
  return {
    name: prefix ? `${prefix}/${name}` : name,
    size: readSize(buf),
    mtime: new Date(parseOctal(buf, 136, 12) * 1000),
    type,
  };
}

function writeOctal(buf: Buffer, off: number, len: number, value: number): void {
  buf.write(value.toString(8).padStart(len - 1, '0') + '\u0000', off, len, 'latin1');
}

function writeSize(buf: Buffer, size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new BackupError('BAD_SIZE', `bad size ${size}`);
  if (size < 8 ** 11) {
    writeOctal(buf, 124, 12, size);
    return;
  }
  // GNU base-256: high bit of the first byte set, big-endian binary in the rest.
  buf.fill(0, 124, 136);
  buf[124] = 0x80;
  let v = BigInt(size);
  for (let i = 135; i > 124; i--) {
    buf[i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

function readSize(buf: Buffer): number {
  if (buf[124]! & 0x80) {
    let v = BigInt(buf[124]! & 0x7f);
    for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(buf[i]!);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError('BAD_HEADER', 'entry too large');
    return Number(v);
  }
  return parseOctal(buf, 124, 12);
}

function parseOctal(buf: Buffer, off: number, len: number): number {
  // Octal fields end in NUL and/or space; some writers also pad with leading spaces.
  const s = buf
    .toString('latin1', off, off + len)
    .split('\u0000')[0]!
    .trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new BackupError('BAD_HEADER', `bad octal field ${JSON.stringify(s)}`);
  return parseInt(s, 8);
}

function cString(buf: Buffer, off: number, len: number): string {
  const end = buf.indexOf(0, off);
  return buf.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function isZeroBlock(buf: Buffer): boolean {
  for (const b of buf) if (b !== 0) return false;
  return true;
}

function isNotFound(err: unknown): boolean {
  return !!err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT';
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await fsp.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Pull-based reader over a stream of chunks: exact reads without buffering whole entries. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    return true;
  }

  /** Exactly `n` bytes, or null at end of input. */
  async read(n: number): Promise<Buffer | null> {
    while (this.buf.length < n) if (!(await this.fill())) return null;
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  async skip(n: number): Promise<void> {
    if (n === 0) return;
    if (!(await this.read(n))) throw new BackupError('TRUNCATED', 'backup ends inside an entry');
  }

  /** Yields the next `n` bytes in chunks, feeding `hash`. */
  async *stream(n: number, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) {
        throw new BackupError('TRUNCATED', 'backup ends inside an entry');
      }
      const take = Math.min(left, this.buf.length);
      const chunk = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      left -= take;
      hash.update(chunk);
      yield chunk;
    }
  }
}
