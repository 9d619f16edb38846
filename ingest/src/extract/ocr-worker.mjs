// Entry of a Tesseract worker thread (OcrPool's `workerPath`): the stock tesseract.js worker,
// at a lower CPU priority than the server's event loop. On Linux a nice value belongs to a
// thread, so only this OCR thread yields; searches keep answering while pages are recognized.
import os from 'node:os';

try {
  os.setPriority(0, 10);
} catch {
  // not permitted here: the worker runs at normal priority
}
await import('tesseract.js/src/worker-script/node/index.js');
