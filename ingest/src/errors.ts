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

/** No credentials, or credentials that are not valid (401; the client should send a token). */
export class UnauthorizedError extends AppError {
  constructor(message = 'A valid token is required.', code = 'unauthorized') {
    super(401, code, message);
  }
}

/** Valid credentials that do not allow this action (403). */
export class ForbiddenError extends AppError {
  constructor(message = 'This token does not allow this action.', code = 'forbidden') {
    super(403, code, message);
  }
}

/** The upload is of a type the archive cannot read (415). */
export class UnsupportedTypeError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(415, 'unsupported_type', message, options);
  }
}
