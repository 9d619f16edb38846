import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  encodeRecord,
  JobProgressSchema,
  upgradeRecord,
  type DocumentRecord,
  type DocumentSummary,
  type JobProgress,
  type JobStatus,
} from '../schema.ts';

export type { DocumentSummary, JobProgress, JobStatus } from '../schema.ts';

/**
 * The archive store: the system of record. SQLite (WAL) for records, jobs and
 * tokens; originals on disk under `files/`, content-addressed by sha256.
 * The search index is derived from it and can always be rebuilt.
 */

const MIGRATIONS: string[] = [
  // 1: documents and jobs
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     sha256 TEXT NOT NULL UNIQUE,
     filename TEXT NOT NULL,
     mime TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     date TEXT,
     record TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX documents_date ON documents(date);
   CREATE TABLE jobs (
     id TEXT PRIMARY KEY,
     status TEXT NOT NULL CHECK (status IN ('queued','running','done','failed')),
     filename TEXT NOT NULL,
     sha256 TEXT NOT NULL,
     mime TEXT,
     bytes INTEGER NOT NULL,
     document_id TEXT,
     error TEXT,
     error_code TEXT,
     progress TEXT NOT NULL DEFAULT '{}',
     attempts INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX jobs_status ON jobs(status, created_at);`,
  // 2: API tokens (stored hashed)
  `CREATE TABLE tokens (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     hash TEXT NOT NULL UNIQUE,
     scope TEXT NOT NULL CHECK (scope IN ('read','write')),
     created_at TEXT NOT NULL
   );`,
  // 3: the document list is ordered by ingest time
  `CREATE INDEX IF NOT EXISTS documents_ingested ON documents(ingested_at);`,
];

export interface JobRow {
  id: string;
  status: JobStatus;
  filename: string;
  sha256: string;
  mime: string | null;
  bytes: number;
  documentId: string | null;
  error: string | null;
  errorCode: string | null;
  progress: JobProgress;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

interface JobDbRow {
  id: string;
  status: JobStatus;
  filename: string;
  sha256: string;
  mime: string | null;
  bytes: number;
  document_id: string | null;
  error: string | null;
  error_code: string | null;
  progress: string;
  attempts: number;
  created_at: string;
  updated_at: string;
}

function toJob(r: JobDbRow): JobRow {
  return {
    id: r.id,
    status: r.status,
    filename: r.filename,
    sha256: r.sha256,
    mime: r.mime,
    bytes: r.bytes,
    documentId: r.document_id,
    error: r.error,
    errorCode: r.error_code,
    progress: JobProgressSchema.parse(JSON.parse(r.progress)),
    attempts: r.attempts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface StoredFile {
  sha256: string;
  bytes: number;
  path: string;
}

export const STORE_FILE = 'sanad.db';

export class ArchiveStore {
  readonly db: Database.Database;
  readonly filesDir: string;
  readonly uploadsDir: string;

  constructor(readonly dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.filesDir = path.join(dataDir, 'files');
    this.uploadsDir = path.join(dataDir, 'uploads');
    fs.mkdirSync(this.filesDir, { recursive: true });
    fs.mkdirSync(this.uploadsDir, { recursive: true });
    this.db = new Database(path.join(dataDir, STORE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      const sql = MIGRATIONS[v];
      if (sql === undefined) continue;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---------------------------------------------------------------- files

  /** Where the original with this sha256 lives. */
  filePath(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid sha256');
    return path.join(this.filesDir, sha256.slice(0, 2), sha256);
  }

  hasFile(sha256: string): boolean {
    return fs.existsSync(this.filePath(sha256));
  }

  /**
   * Keep an original before anything else happens: hash while copying into a
   * temp file, fsync, then rename into its content address (atomic; a second
   * copy of the same bytes is a no-op).
   */
  async putFile(sourcePath: string): Promise<StoredFile> {
    const tmp = path.join(this.uploadsDir, `.put-${randomUUID()}`);
    const hash = createHash('sha256');
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      const rs = fs.createReadStream(sourcePath);
      const ws = fs.createWriteStream(tmp, { flags: 'wx' });
      rs.on('data', (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
      });
      rs.on('error', reject);
      ws.on('error', reject);
      ws.on('finish', resolve);
      rs.pipe(ws);
    });
    const sha256 = hash.digest('hex');
    const dest = this.filePath(sha256);
    try {
      if (fs.existsSync(dest)) {
        fs.rmSync(tmp, { force: true });
      } else {
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        // Async fsync: flushing a large upload must not stall the server's event loop.
        const fh = await fs.promises.open(tmp, 'r');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
        fs.renameSync(tmp, dest);
      }
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      throw err;
    }
    return { sha256, bytes, path: dest };
  }

  removeFile(sha256: string): void {
    fs.rmSync(this.filePath(sha256), { force: true });
  }

  // ------------------------------------------------------------ documents

  getDocument(id: string): DocumentRecord | null {
    const row = this.db.prepare('SELECT record FROM documents WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? upgradeRecord(JSON.parse(row.record)) : null;
  }

  findBySha256(sha256: string): string | null {
    const row = this.db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: string } | undefined;
    return row?.id ?? null;
  }

  putDocument(doc: DocumentRecord): void {
    this.db
      .prepare(
        `INSERT INTO documents (id, sha256, filename, mime, bytes, date, record, ingested_at)
         VALUES (@id, @sha256, @filename, @mime, @bytes, @date, @record, @ingestedAt)
         ON CONFLICT(id) DO UPDATE SET filename=excluded.filename, mime=excluded.mime,
           date=excluded.date, record=excluded.record`,
      )
      .run({
        id: doc.id,
        sha256: doc.source.sha256,
        filename: doc.source.filename,
        mime: doc.source.mime,
        bytes: doc.source.bytes,
        date: doc.date,
        record: encodeRecord(doc),
        ingestedAt: doc.ingestedAt,
      });
  }

  /** Write several records in one transaction (reparse writes in batches). */
  putDocuments(docs: DocumentRecord[]): void {
    this.db.transaction((all: DocumentRecord[]) => {
      for (const d of all) this.putDocument(d);
    })(docs);
  }

  deleteDocument(id: string): DocumentRecord | null {
    const doc = this.getDocument(id);
    if (!doc) return null;
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    return doc;
  }

  /**
   * One page of document summaries, newest first (by ingest time) or by date.
   * The record JSON is parsed only for the rows of the page.
   */
  listDocuments(opts: { page?: number; perPage?: number; sort?: 'ingested_desc' | 'date_desc' | 'date_asc' } = {}): {
    total: number;
    documents: DocumentSummary[];
  } {
    const perPage = Math.max(1, Math.min(opts.perPage ?? 20, 500));
    const page = Math.max(1, opts.page ?? 1);
    const order =
      opts.sort === 'date_desc'
        ? 'date DESC, rowid DESC'
        : opts.sort === 'date_asc'
          ? 'date ASC, rowid ASC'
          : 'ingested_at DESC, rowid DESC';
    const rows = this.db
      .prepare(`SELECT record FROM documents ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(perPage, (page - 1) * perPage) as { record: string }[];
    return {
      total: this.countDocuments(),
      documents: rows.map((r) => {
        const d = upgradeRecord(JSON.parse(r.record));
        return {
          id: d.id,
          kind: d.kind,
          title: d.title,
          date: d.date,
          dateJalali: d.dateJalali,
          organisations: d.organisations,
          province: d.province,
          counties: d.counties,
          filename: d.source.filename,
          mime: d.source.mime,
          bytes: d.source.bytes,
          ingestedAt: d.ingestedAt,
        };
      }),
    };
  }

  countDocuments(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** Every document, in batches (constant memory for reindexing). */
  *iterateDocuments(batchSize = 200): Generator<DocumentRecord[]> {
    let after = '';
    const stmt = this.db.prepare('SELECT id, record FROM documents WHERE id > ? ORDER BY id LIMIT ?');
    for (;;) {
      const rows = stmt.all(after, batchSize) as { id: string; record: string }[];
      if (rows.length === 0) return;
      yield rows.map((r) => upgradeRecord(JSON.parse(r.record)));
      after = rows[rows.length - 1]!.id;
    }
  }

  // ----------------------------------------------------------------- jobs

  createJob(input: { filename: string; sha256: string; bytes: number; mime: string | null }): JobRow {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO jobs (id, status, filename, sha256, mime, bytes, created_at, updated_at)
         VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.filename, input.sha256, input.mime, input.bytes, now, now);
    return this.getJob(id)!;
  }

  getJob(id: string): JobRow | null {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobDbRow | undefined;
    return row ? toJob(row) : null;
  }

  /** Atomically take the oldest queued job (marks it running). */
  claimNextJob(): JobRow | null {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare(`SELECT * FROM jobs WHERE status = 'queued' ORDER BY created_at, rowid LIMIT 1`)
          .get() as JobDbRow | undefined;
        if (!row) return null;
        const now = new Date().toISOString();
        this.db
          .prepare(`UPDATE jobs SET status = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?`)
          .run(now, row.id);
        return this.getJob(row.id);
        // IMMEDIATE: take the write lock before reading, so two processes never claim the same job.
      })
      .immediate();
  }

  /** Jobs left `running` by a crash go back to the queue. Returns how many. */
  requeueInterrupted(): number {
    return this.db
      .prepare(`UPDATE jobs SET status = 'queued', updated_at = ? WHERE status = 'running'`)
      .run(new Date().toISOString()).changes;
  }

  /**
   * Put a running job back in the queue without counting the attempt (a
   * graceful stop interrupted it between steps; it resumes on the next start).
   */
  requeueJob(id: string): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'queued', attempts = max(attempts - 1, 0), updated_at = ?
         WHERE id = ? AND status = 'running'`,
      )
      .run(new Date().toISOString(), id);
  }

  /** Count one more attempt of a running job (its worker died and it will be retried). Returns the count. */
  countJobAttempt(id: string): number {
    this.db
      .prepare(`UPDATE jobs SET attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'running'`)
      .run(new Date().toISOString(), id);
    return this.getJob(id)?.attempts ?? 0;
  }

  /** Most recent jobs first (for the UI's upload list). */
  listJobs(opts: { status?: JobStatus; limit?: number } = {}): JobRow[] {
    const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
    const rows = (
      opts.status
        ? this.db
            .prepare('SELECT * FROM jobs WHERE status = ? ORDER BY created_at DESC, rowid DESC LIMIT ?')
            .all(opts.status, limit)
        : this.db.prepare('SELECT * FROM jobs ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit)
    ) as JobDbRow[];
    return rows.map(toJob);
  }

  /** Whether any job that has not finished still needs the original with this sha256. */
  hasPendingJobFor(sha256: string): boolean {
    return (
      this.db.prepare(`SELECT 1 FROM jobs WHERE sha256 = ? AND status IN ('queued','running') LIMIT 1`).get(sha256) !==
      undefined
    );
  }

  updateJobProgress(id: string, progress: JobProgress): void {
    this.db
      .prepare('UPDATE jobs SET progress = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(progress), new Date().toISOString(), id);
  }

  finishJob(id: string, documentId: string): void {
    this.db
      .prepare(
        `UPDATE jobs SET status = 'done', document_id = ?, error = NULL, error_code = NULL,
           progress = '{"stage":"done","fraction":1}', updated_at = ? WHERE id = ?`,
      )
      .run(documentId, new Date().toISOString(), id);
  }

  failJob(id: string, code: string, message: string): void {
    this.db
      .prepare(`UPDATE jobs SET status = 'failed', error = ?, error_code = ?, updated_at = ? WHERE id = ?`)
      .run(message, code, new Date().toISOString(), id);
  }

  countJobs(status?: JobStatus): number {
    const row = (
      status
        ? this.db.prepare('SELECT count(*) AS n FROM jobs WHERE status = ?').get(status)
        : this.db.prepare('SELECT count(*) AS n FROM jobs').get()
    ) as { n: number };
    return row.n;
  }

  // --------------------------------------------------------------- tokens

  static hashToken(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }

  /** Create an API token; only its hash is stored. Returns the token once. */
  createToken(name: string, scope: 'read' | 'write'): { id: string; token: string } {
    const id = randomUUID();
    const token = `sanad_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`;
    this.db
      .prepare('INSERT INTO tokens (id, name, hash, scope, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, name, ArchiveStore.hashToken(token), scope, new Date().toISOString());
    return { id, token };
  }

  /** Tokens without their secrets (only hashes are stored). */
  listTokens(): { id: string; name: string; scope: 'read' | 'write'; createdAt: string }[] {
    return this.db.prepare('SELECT id, name, scope, created_at AS createdAt FROM tokens ORDER BY created_at').all() as {
      id: string;
      name: string;
      scope: 'read' | 'write';
      createdAt: string;
    }[];
  }

  /** Revoke a token by its id or name. Returns how many were removed. */
  revokeToken(idOrName: string): number {
    return this.db.prepare('DELETE FROM tokens WHERE id = ? OR name = ?').run(idOrName, idOrName).changes;
  }

  /** The scope of a token from the tokens table, or null. */
  tokenScope(token: string): 'read' | 'write' | null {
    const row = this.db.prepare('SELECT scope FROM tokens WHERE hash = ?').get(ArchiveStore.hashToken(token)) as
      { scope: 'read' | 'write' } | undefined;
    return row?.scope ?? null;
  }
}
