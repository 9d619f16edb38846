/**
 * Entry of an extraction worker process (spawned by worker-pool.ts). It takes one job at a
 * time, extracts and parses the file, and sends progress and the result back. OCR requests go
 * to the parent's shared Tesseract pool: pages are decoded and cropped here, recognized there.
 * The parent bounds this process's memory and time and kills it when a bound is crossed.
 */
import { SanadError } from '../errors.ts';
import { prepareOcrImage, type OcrEngine, type RawGray } from '../extract/ocr-pool.ts';
import type { OcrRequestOptions, OcrResult } from '../extract/index.ts';
import { extractAndParse } from './extract-parse.ts';
import type { FromWorker, SerializedError, ToWorker } from './protocol.ts';

function send(msg: FromWorker): void {
  process.send!(msg);
}

let nextReq = 1;
const pendingOcr = new Map<number, { resolve: (r: OcrResult) => void; reject: (e: Error) => void }>();

class RemoteOcr implements OcrEngine {
  constructor(readonly size: number) {}

  async recognize(image: Buffer | Uint8Array | RawGray, options: OcrRequestOptions = {}): Promise<OcrResult> {
    const prepared = await prepareOcrImage(image);
    const req = nextReq++;
    return new Promise<OcrResult>((resolve, reject) => {
      pendingOcr.set(req, { resolve, reject });
      send({ type: 'ocr', req, image: prepared, options });
    });
  }
}

function serialize(err: unknown): SerializedError {
  if (err instanceof SanadError) return { code: err.code, message: err.message, domain: true };
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { code: 'internal_error', message, domain: false };
}

async function runJob(msg: Extract<ToWorker, { type: 'job' }>): Promise<void> {
  try {
    const output = await extractAndParse(msg.input, {
      ocr: new RemoteOcr(msg.ocrSize),
      limits: msg.limits,
      onProgress: (progress) => send({ type: 'progress', id: msg.id, progress }),
    });
    send({ type: 'done', id: msg.id, output });
  } catch (err) {
    send({ type: 'failed', id: msg.id, error: serialize(err) });
  }
}

process.on('message', (msg: ToWorker) => {
  if (msg.type === 'job') {
    void runJob(msg);
  } else if (msg.type === 'ocr-result') {
    const p = pendingOcr.get(msg.req);
    pendingOcr.delete(msg.req);
    if (!p) return;
    if (msg.result) p.resolve(msg.result);
    else p.reject(new Error(msg.error ?? 'OCR failed'));
  }
});
// The parent went away: nothing left to work for.
process.on('disconnect', () => process.exit(0));
