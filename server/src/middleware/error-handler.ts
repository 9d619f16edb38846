import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { SanadError, type RequestErrorCode } from '@sanad/ingest/errors.ts';
import type { ApiErrorBody } from '@sanad/ingest/schema.ts';

/** HTTP status of every request-level code: the one place codes become statuses. */
const STATUS: Record<RequestErrorCode, number> = {
  bad_request: 400,
  bad_query: 400,
  bad_multipart: 400,
  unexpected_field: 400,
  not_found: 404,
  original_missing: 404,
  unauthorized: 401,
  invalid_token: 401,
  forbidden: 403,
  unsupported_type: 415,
  file_too_large: 413,
  too_many_files: 413,
  too_many_parts: 413,
  too_many_fields: 413,
  payload_too_large: 413,
  precondition_failed: 412,
  range_not_satisfiable: 416,
  rate_limited: 429,
  job_finished: 409,
  corrupt_record: 500,
  search_unavailable: 503,
  internal_error: 500,
};

/** Ingest codes that can reach a request (an upload refused before a job exists). */
const INGEST_STATUS: Record<string, number> = { empty_file: 400 };

/** The HTTP status for a domain error code (ingest codes of a failed file: 422). */
export function httpStatus(code: string): number {
  return STATUS[code as RequestErrorCode] ?? INGEST_STATUS[code] ?? 422;
}

/** multer's own error codes → domain errors. */
const MULTER: Record<string, [RequestErrorCode, string]> = {
  LIMIT_FILE_SIZE: ['file_too_large', 'The file is larger than the upload limit.'],
  LIMIT_FILE_COUNT: ['too_many_files', 'Too many files in one upload.'],
  LIMIT_PART_COUNT: ['too_many_parts', 'Too many parts in the upload.'],
  LIMIT_FIELD_COUNT: ['too_many_fields', 'Too many fields in the upload.'],
  LIMIT_UNEXPECTED_FILE: ['unexpected_field', 'Files must be sent in the multipart field "file".'],
  LIMIT_FIELD_KEY: ['bad_request', 'A field name is too long.'],
  LIMIT_FIELD_VALUE: ['bad_request', 'A field value is too long.'],
  MISSING_FIELD_NAME: ['bad_multipart', 'A multipart part has no field name.'],
  INVALID_FIELD_NAME: ['bad_multipart', 'A multipart field name is not valid.'],
  LIMIT_FIELD_NESTING: ['bad_multipart', 'A multipart field name is nested too deeply.'],
  LIMIT_FIELD_ARRAY_INDEX: ['bad_multipart', 'A multipart field name has too large an index.'],
  STREAM_DESTROYED: ['bad_multipart', 'The upload was interrupted.'],
};

/** Client-error statuses of Express's parsers and `send` that keep their own code. */
const HTTP_CODES: Record<number, RequestErrorCode> = {
  404: 'not_found',
  412: 'precondition_failed',
  413: 'payload_too_large',
  416: 'range_not_satisfiable',
};

/** Errors thrown by Express's body parsers and `send` (http-errors) carry a status and `expose`. */
interface HttpLikeError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Any thrown value → the domain error it stands for (unknown errors: `internal_error`). */
export function toSanadError(err: unknown): SanadError {
  if (err instanceof SanadError) return err;
  if (err instanceof multer.MulterError) {
    const [code, message] = MULTER[err.code] ?? ['bad_multipart', 'The upload is not valid multipart/form-data.'];
    return new SanadError(code, message, { cause: err });
  }
  if (err instanceof Error) {
    const e = err as HttpLikeError;
    if (e.type === 'entity.too.large') {
      return new SanadError('payload_too_large', 'The request body is too large.', { cause: err });
    }
    const status = e.status ?? e.statusCode;
    if (status !== undefined && status < 500 && e.expose !== false) {
      return new SanadError(HTTP_CODES[status] ?? 'bad_request', e.message || 'Bad request.', { cause: err });
    }
  }
  return new SanadError('internal_error', 'Something went wrong on the server.', { cause: err });
}

/** The one error middleware: domain errors become `{error:{code,message}}`; anything else a logged, generic 500. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  const e = toSanadError(err);
  const status = httpStatus(e.code);
  if (status >= 500) req.log?.error({ err }, 'request failed');
  else req.log?.info({ code: e.code, status }, e.message);
  if (res.headersSent) {
    res.end();
    return;
  }
  const body: ApiErrorBody = {
    error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) },
  };
  res.status(status).json(body);
};

export const notFoundApi: RequestHandler = (_req, res) => {
  const body: ApiErrorBody = { error: { code: 'not_found', message: 'No such API endpoint.' } };
  res.status(404).json(body);
};

/** The last handler: a path nothing serves. */
export const notFound: RequestHandler = (_req, res) => {
  const body: ApiErrorBody = { error: { code: 'not_found', message: 'Nothing is served at this address.' } };
  res.status(404).json(body);
};
