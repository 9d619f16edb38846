import { readHead } from '@sanad/ingest/file-head.ts';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import type { RequestHandler } from 'express';
import type { ArchiveStore, JobRow } from '@sanad/ingest/store/store.ts';
import { SanadError } from '@sanad/ingest/errors.ts';
import { detectType } from '@sanad/ingest/extract/index.ts';
import { sanitizeFilename } from './filename.ts';

/** Temp names of uploads in flight; anything with this prefix at start-up is left over from a crash. */
const UPLOAD_PREFIX = 'upload-';
/** Most files in one request. */
export const MAX_FILES_PER_UPLOAD = 100;

export const SUPPORTED_TYPES_MESSAGE =
  'Upload a PDF, an image (PNG, JPEG, TIFF, WebP), an HTML page, a DOCX or a UTF-8 text file.';

/**
 * Multer streaming uploads to `DATA_DIR/uploads` under generated names (the
 * client's filename never touches the file system). Filenames in part headers
 * are read as UTF-8, which is what browsers and undici send for Persian names.
 */
export function uploadMiddleware(store: ArchiveStore, maxBytes: number): RequestHandler {
  const parse = multer({
    storage: multer.diskStorage({
      destination: store.uploadsDir,
      filename: (_req, _file, cb) => cb(null, `${UPLOAD_PREFIX}${randomUUID()}`),
    }),
    defParamCharset: 'utf8',
    limits: {
      fileSize: maxBytes,
      files: MAX_FILES_PER_UPLOAD,
      fields: 20,
      fieldSize: 64 * 1024,
      parts: MAX_FILES_PER_UPLOAD + 20,
      headerPairs: 200,
    },
  }).array('file', MAX_FILES_PER_UPLOAD);
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      // Busboy reports a malformed body (missing boundary, cut-off part…) as a plain Error
      // without a code; system errors (ENOSPC…) carry one and stay 500s.
      if (err instanceof Error && !(err instanceof multer.MulterError) && !('code' in err) && !('status' in err)) {
        next(new SanadError('bad_multipart', 'The upload is not valid multipart/form-data.', { cause: err }));
        return;
      }
      next(err);
    });
  };
}

/**
 * Remove temp files left by a crash (called once at start-up, before listening):
 * every upload in flight, and `putFile` copies older than an hour (a CLI ingest
 * sharing the data dir may be writing a fresh one right now).
 */
export function cleanStaleUploads(store: ArchiveStore, now = Date.now()): number {
  let n = 0;
  for (const name of fs.readdirSync(store.uploadsDir)) {
    const file = path.join(store.uploadsDir, name);
    try {
      const stale =
        name.startsWith(UPLOAD_PREFIX) || (name.startsWith('.put-') && now - fs.statSync(file).mtimeMs > 3_600_000);
      if (!stale) continue;
      fs.rmSync(file, { force: true });
      n++;
    } catch {
      // Gone meanwhile (renamed into place by a concurrent ingest): nothing to clean.
    }
  }
  return n;
}

/**
 * The first bytes of a file for type detection. When the head is cut short, a
 * UTF-8 sequence split at the cut is dropped so a long text file still reads as text.
 */

export interface AcceptedUpload {
  job: JobRow;
  file: string;
}

/**
 * Check every uploaded file (not empty, a type the archive reads, decided by
 * content), then keep each original and queue one job per file. All or
 * nothing: if one file is refused nothing is stored. Temp files are always removed.
 */
export async function acceptUploads(store: ArchiveStore, files: Express.Multer.File[]): Promise<AcceptedUpload[]> {
  try {
    if (files.length === 0) {
      throw new SanadError('bad_request', 'Send one or more files in the multipart field "file".');
    }
    const checked = files.map((f) => {
      const name = sanitizeFilename(f.originalname);
      if (f.size === 0) throw new SanadError('empty_file', `The file «${name}» is empty.`);
      const type = detectType(readHead(f.path, f.size), name);
      if (!type) {
        throw new SanadError(
          'unsupported_type',
          `The file «${name}» is not a type Sanad can read. ${SUPPORTED_TYPES_MESSAGE}`,
        );
      }
      return { f, name, mime: type.mime };
    });
    const accepted: AcceptedUpload[] = [];
    for (const c of checked) {
      // Keep the original first: a job never exists without its bytes.
      const stored = await store.putFile(c.f.path);
      const job = store.createJob({ filename: c.name, sha256: stored.sha256, bytes: stored.bytes, mime: c.mime });
      accepted.push({ job, file: c.name });
    }
    return accepted;
  } finally {
    for (const f of files) fs.rmSync(f.path, { force: true });
  }
}
