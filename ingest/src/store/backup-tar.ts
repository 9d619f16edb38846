import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { BackupError } from '../errors.ts';

/**
 * The tar side of backups, on `tar-stream`: a gzip tar writer that streams
 * files with a sha256 of what it packed, and a reader that hands every entry to
 * a callback and turns tar-stream's and zlib's plain errors into
 * {@link BackupError} codes (BAD_HEADER, TRUNCATED, CORRUPT).
 */

/** One entry of the archive being read: its header, the stream of its bytes. */
export interface TarEntry {
  name: string;
  size: number;
  /** tar-stream's type: `file`, `directory`, `symlink`, `link`, … */
  type: string;
  body: AsyncIterable<Buffer>;
}

/** A gzip tar being written to a file. */
export class TarWriter {
  private readonly pack = tar.pack();
  private readonly done: Promise<void>;

  constructor(file: string) {
    this.done = pipeline(
      this.pack,
      // Level 1: originals (PDF, JPEG) are mostly compressed already and deflate is
      // the bottleneck (measured: ~26 MB/s at level 1 or 6 on incompressible data,
      // ~88 MB/s stored); the SQLite snapshot still shrinks well at level 1.
      zlib.createGzip({ level: 1 }),
      fs.createWriteStream(file, { flags: 'w', mode: 0o600 }),
    );
    // Observed by finish() or abort(); never an unhandled rejection meanwhile.
    this.done.catch(() => undefined);
  }

  /** Adds an in-memory entry. */
  async addBuffer(name: string, data: Buffer): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.pack.entry({ name, size: data.length, mtime: new Date(), type: 'file', mode: 0o644 }, data, (err) =>
        err ? reject(err) : resolve(),
      );
    });
  }

  /**
   * Streams the file at `abs` as entry `name` of `size` bytes (the header is
   * written first, so the size is promised up front) and returns its sha256.
   */
  async addFile(name: string, abs: string, size: number, mtime: Date): Promise<string> {
    const hash = createHash('sha256');
    const sink = this.pack.entry({ name, size, mtime, type: 'file', mode: 0o644 });
    // Errors of the entry are the pack's too: they surface through finish() or abort().
    sink.on('error', () => undefined);
    const written = new Promise<void>((resolve, reject) => {
      sink.on('finish', () => resolve());
      sink.on('close', () => reject(new Error(`tar entry ${name} closed before it was written`)));
    });
    written.catch(() => undefined);
    let read = 0;
    for await (const chunk of fs.createReadStream(abs, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      read += chunk.length;
      if (read > size) break;
      hash.update(chunk);
      if (!sink.write(chunk)) await Promise.race([new Promise((r) => sink.once('drain', () => r(undefined))), written]);
    }
    // The header already promised `size` bytes; originals are immutable, so a
    // change here means something outside Sanad is writing into the store.
    if (read !== size) {
      throw new BackupError('FILE_CHANGED', `${name} changed size while it was being backed up`);
    }
    sink.end(() => undefined);
    await written;
    return hash.digest('hex');
  }

  /** Writes the end-of-archive marker and waits until the file is written. */
  async finish(): Promise<void> {
    this.pack.finalize();
    await this.done;
  }

  /** Stops writing after an error; the caller removes the partial file. */
  async abort(err: unknown): Promise<void> {
    this.pack.destroy(err instanceof Error ? err : new Error(String(err)));
    await this.done.catch(() => undefined);
  }
}

/**
 * Reads the gzip tar at `file` and calls `onEntry` for each entry in order;
 * `onEntry` must consume `body` (or throw). Ends when the archive ends.
 */
export async function readTar(file: string, onEntry: (entry: TarEntry) => Promise<void>): Promise<void> {
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  const extract = tar.extract();
  // The first error anywhere in the chain is the one worth reporting: the
  // entry being read only sees "Stream was destroyed".
  let cause: unknown = null;
  const fail = (err: unknown): void => {
    cause ??= err;
  };
  source.on('error', (err) => gunzip.destroy(err));
  gunzip.on('error', (err) => {
    fail(err);
    extract.destroy(err);
  });
  extract.on('error', fail);
  source.pipe(gunzip).pipe(extract);
  try {
    for await (const entry of extract) {
      const h = entry.header;
      await onEntry({
        name: h.name,
        size: h.size ?? 0,
        type: h.type ?? 'file',
        body: entry as AsyncIterable<Buffer>,
      });
      // An entry the callback only looked at (a directory) must still be drained.
      entry.resume();
    }
  } catch (err) {
    throw asBackupError(err instanceof BackupError ? err : (cause ?? err), file);
  } finally {
    source.destroy();
    gunzip.destroy();
    extract.destroy();
  }
}

function asBackupError(err: unknown, file: string): unknown {
  if (err instanceof BackupError) return err;
  if (err && typeof err === 'object' && 'code' in err && String(err.code).startsWith('Z_')) {
    return new BackupError('CORRUPT', `${file} is not a valid gzip file or is damaged`, { cause: err });
  }
  const message = err instanceof Error ? err.message : '';
  if (message.startsWith('Invalid tar header')) {
    return new BackupError('BAD_HEADER', `damaged tar header in ${file}: ${message}`, { cause: err });
  }
  if (message === 'Unexpected end of data' || message === 'Premature close') {
    return new BackupError('TRUNCATED', `${file} ends inside an entry (truncated backup)`, { cause: err });
  }
  return err;
}
