import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '@sanad/ingest/errors.ts';
import { QueryError } from '@sanad/ingest/search/search-engine.ts';

interface MulterLikeError extends Error {
  code?: string;
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const MULTER_CODES: Record<string, [number, string, string]> = {
  LIMIT_FILE_SIZE: [413, 'file_too_large', 'The file is larger than the upload limit.'],
  LIMIT_FILE_COUNT: [413, 'too_many_files', 'Too many files in one upload.'],
  LIMIT_PART_COUNT: [413, 'too_many_parts', 'Too many parts in the upload.'],
  LIMIT_FIELD_COUNT: [413, 'too_many_fields', 'Too many fields in the upload.'],
  LIMIT_UNEXPECTED_FILE: [400, 'unexpected_field', 'Files must be sent in the multipart field "file".'],
  LIMIT_FIELD_KEY: [400, 'bad_request', 'A field name is too long.'],
  LIMIT_FIELD_VALUE: [400, 'bad_request', 'A field value is too long.'],
  MISSING_FIELD_NAME: [400, 'bad_multipart', 'A multipart part has no field name.'],
  INVALID_FIELD_NAME: [400, 'bad_multipart', 'A multipart field name is not valid.'],
  LIMIT_FIELD_NESTING: [400, 'bad_multipart', 'A multipart field name is nested too deeply.'],
  LIMIT_FIELD_ARRAY_INDEX: [400, 'bad_multipart', 'A multipart field name has too large an index.'],
  STREAM_DESTROYED: [400, 'bad_multipart', 'The upload was interrupted.'],
};

/** The one error middleware: typed errors become `{error:{code,message}}`; anything else a logged, generic 500. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  let status = 500;
  let code = 'internal_error';
  let message = 'Something went wrong on the server.';
  let details: unknown;
  if (err instanceof AppError) {
    status = err.status;
    code = err.code;
    message = err.message;
    details = (err as AppError & { details?: unknown }).details;
  } else if (err instanceof QueryError) {
    status = 400;
    code = 'bad_query';
    message = err.message;
  } else if (err instanceof Error) {
    const e = err as MulterLikeError;
    const multer = e.code ? MULTER_CODES[e.code] : undefined;
    if (multer) {
      [status, code, message] = multer;
    } else if (e.type === 'entity.too.large') {
      status = 413;
      code = 'payload_too_large';
      message = 'The request body is too large.';
    } else if ((e.status ?? e.statusCode) !== undefined && (e.status ?? e.statusCode)! < 500 && e.expose !== false) {
      status = e.status ?? e.statusCode ?? 400;
      code = 'bad_request';
      message = e.message || 'Bad request.';
    } else if (e.message.includes('Multipart') || e.message.includes('multipart')) {
      status = 400;
      code = 'bad_multipart';
      message = 'The upload is not valid multipart/form-data.';
    }
  }
  if (status >= 500) req.log?.error({ err }, 'request failed');
  else req.log?.info({ code, status }, message);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(status).json({ error: { code, message, ...(details !== undefined ? { details } : {}) } });
};

export const notFoundApi: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: 'No such API endpoint.' } });
};
