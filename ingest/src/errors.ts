/**
 * The one domain error of Sanad: a stable, machine-readable `code`, a message
 * written for a person (English; the web app shows Persian text per code), an
 * optional `cause` and, for invalid input, `details` per field. Nothing here
 * knows about HTTP: the server maps codes to statuses in one place
 * (server/src/middleware/error-handler.ts).
 */
/** Codes of request-level failures (bad input, missing things, credentials, limits). */
export type RequestErrorCode =
  | 'bad_request'
  | 'bad_query'
  | 'bad_multipart'
  | 'unexpected_field'
  | 'not_found'
  | 'original_missing'
  | 'unauthorized'
  | 'invalid_token'
  | 'forbidden'
  | 'unsupported_type'
  | 'file_too_large'
  | 'too_many_files'
  | 'too_many_parts'
  | 'too_many_fields'
  | 'payload_too_large'
  | 'precondition_failed'
  | 'range_not_satisfiable'
  | 'rate_limited'
  | 'job_finished'
  | 'corrupt_record'
  | 'search_unavailable'
  | 'internal_error';

/**
 * Codes a failed ingest job carries: those of extract/errors.ts (`ExtractErrorCode`:
 * empty_file, unsupported, corrupt_pdf, …) and of the pipeline (not_a_file, unsupported_type).
 */
export type IngestErrorCode = string;

/** Codes of backup and restore failures (CLI only). */
export type BackupErrorCode =
  | 'NO_STORE'
  | 'NOT_A_BACKUP'
  | 'UNSUPPORTED_VERSION'
  | 'BAD_HEADER'
  | 'BAD_SIZE'
  | 'BAD_ENTRY'
  | 'BAD_MANIFEST'
  | 'NAME_TOO_LONG'
  | 'UNSAFE_PATH'
  | 'TRUNCATED'
  | 'CORRUPT'
  | 'CORRUPT_DATABASE'
  | 'NO_MANIFEST'
  | 'MISSING_ENTRY'
  | 'UNEXPECTED_ENTRY'
  | 'CHECKSUM_MISMATCH'
  | 'FILE_CHANGED'
  | 'TARGET_NOT_EMPTY';

/** One invalid field of a request. */
export interface ErrorDetail {
  field: string;
  message: string;
}

export interface SanadErrorOptions {
  cause?: unknown;
  details?: ErrorDetail[];
}

export class SanadError<C extends string = string> extends Error {
  override name = 'SanadError';
  readonly code: C;
  readonly details?: ErrorDetail[];

  constructor(code: C, message: string, options?: SanadErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.details) this.details = options.details;
  }
}

/**
 * The error of the ingest pipeline: a file that cannot be ingested; the job
 * fails with its code and message and the original is kept.
 */
export class IngestError extends SanadError<IngestErrorCode> {
  override name = 'IngestError';
}

/** A query or filter the search engine cannot accept. */
export class QueryError extends SanadError<'bad_query'> {
  override name = 'QueryError';
  constructor(message: string, options?: SanadErrorOptions) {
    super('bad_query', message, options);
  }
}

/** A backup file that is malformed, tampered with or does not match its manifest. */
export class BackupError extends SanadError<BackupErrorCode> {
  override name = 'BackupError';
}
