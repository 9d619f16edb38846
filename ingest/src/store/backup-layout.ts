import fsp from 'node:fs/promises';
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
 * The layout of a backup archive and the checks on it: which entry names may
 * appear (and path traversal), the format marker, the manifest (zod schema)
 * and the comparison of what was read with what the manifest lists.
 */

export const DB_NAME = 'sanad.db';
export const SEARCH_DB_NAME = 'search.db';
export const FILES_DIR = 'files';
export const UPLOADS_DIR = 'uploads';
export const MARKER_ENTRY = 'sanad-backup.json';
export const MANIFEST_ENTRY = 'manifest.json';

/** What restore read of one entry. */
export interface SeenEntry {
  bytes: number;
  sha256: string;
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

export function verifyAgainstManifest(manifest: BackupManifest, seen: Map<string, SeenEntry>): void {
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

export function parseJson(name: string, data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (err) {
    throw new BackupError('BAD_ENTRY', `${name} is not valid JSON`, { cause: err });
  }
}

export function checkFormat(json: unknown): void {
  const o = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (o.format !== BACKUP_FORMAT) throw new BackupError('NOT_A_BACKUP', 'not a Sanad backup');
  if (typeof o.version === 'number' && o.version > BACKUP_VERSION) {
    throw new BackupError('UNSUPPORTED_VERSION', `backup format version ${String(o.version)} is newer than this Sanad`);
  }
  if (!BackupMarkerSchema.safeParse(json).success) throw new BackupError('NOT_A_BACKUP', 'not a Sanad backup');
}

export function parseManifest(json: unknown): BackupManifest {
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

/** Row counts of every ordinary table (schema-agnostic: the backup copies the whole database). */
export function tableCounts(db: Database.Database): Record<string, number> {
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

export function isNotFound(err: unknown): boolean {
  return !!err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT';
}

export async function fsyncFile(file: string): Promise<void> {
  const fh = await fsp.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
