/** Messages between the server (or CLI) and an extraction worker process, over Node IPC (advanced serialization). */
import type { ExtractLimits, OcrRequestOptions, OcrResult } from '../extract/index.ts';
import type { PreparedOcrImage } from '../extract/ocr-pool.ts';
import type { WorkInput, WorkOutput, WorkProgress } from './extract-parse.ts';

export interface SerializedError {
  code: string;
  message: string;
  /** True for errors the file caused (a cap, a damaged file); false for a bug in Sanad. */
  domain: boolean;
}

export type ToWorker =
  | { type: 'job'; id: number; input: WorkInput; limits: ExtractLimits; ocrSize: number }
  | { type: 'ocr-result'; req: number; result?: OcrResult; error?: string };

export type FromWorker =
  | { type: 'progress'; id: number; progress: WorkProgress }
  | { type: 'ocr'; req: number; image: PreparedOcrImage; options: OcrRequestOptions }
  | { type: 'done'; id: number; output: WorkOutput }
  | { type: 'failed'; id: number; error: SerializedError };
