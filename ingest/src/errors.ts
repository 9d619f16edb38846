/**
 * Typed errors. `status` is the HTTP status the server answers with; `code`
 * is stable and machine-readable; the message is written for a person.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', options?: { cause?: unknown }) {
    super(404, 'not_found', message, options);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(400, 'bad_request', message);
  }
}

/** A file that cannot be ingested; the job fails with this reason and the original is kept. */
export class IngestError extends AppError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(422, code, message, options);
  }
}
