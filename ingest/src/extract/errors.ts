import { SanadError } from '../errors.ts';

/**
 * The error of the extract adapters (the domain error with the extract codes). `code` is stable (the server maps it to an API
 * error), `message` is plain English a user can act on.
 */
export type ExtractErrorCode =
  | 'empty_file'
  | 'unsupported'
  | 'corrupt_pdf'
  | 'encrypted_pdf'
  | 'corrupt_image'
  | 'corrupt_docx'
  | 'too_large'
  | 'too_many_pages'
  | 'html_too_large'
  | 'html_too_many_elements'
  | 'docx_too_large'
  | 'image_too_large'
  | 'no_text'
  /** Every page has ink but OCR read none of it (the pages carry `page_unreadable`). */
  | 'unreadable_scan'
  | 'aborted';

export class ExtractError extends SanadError<ExtractErrorCode> {
  override name = 'ExtractError';
}

/** Throw `aborted` if the signal fired (checked between pages, where work can stop cleanly). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExtractError('aborted', 'Text extraction was cancelled.', { cause: signal.reason });
}
