/**
 * Browser side of the upload page: send each file with XMLHttpRequest (fetch has no upload
 * progress) and follow its ingest job until it is done or failed.
 */
import type { JobStatus } from './api.ts';
import { errorText } from './error-messages.ts';
import { warningsSummary } from './page-warnings.ts';

export const TOKEN_KEY = 'sanad-admin-token';

export interface UploadItem {
  key: string;
  file: File;
  /** uploading → the bytes are on their way; then the job's own status. */
  phase: 'waiting' | 'uploading' | 'queued' | 'running' | 'done' | 'failed';
  /** 0..1 of the current phase (upload bytes, then ingest progress). */
  fraction: number;
  stage: string | null;
  page: number | null;
  pages: number | null;
  jobId: string | null;
  documentId: string | null;
  /** Persian, from the error code (never the API's English message). */
  error: string | null;
  /** Whether trying again can help (a transient failure); a damaged or unsupported file cannot. */
  retryable: boolean;
  /** Persian, when the document was stored but some of its pages could not be read (well). */
  warning?: string | null;
}

/** A refused or failed upload: the API's error code and HTTP status (0: the server was not reached). */
export class UploadError extends Error {
  constructor(
    readonly code: string | null,
    readonly status: number,
  ) {
    super(errorText(code, status).message);
  }
}

/** Persian labels of the pipeline stages the server reports. */
export const STAGE_LABEL: Record<string, string> = {
  queued: 'در صف',
  'duplicate-check': 'بررسی تکراری بودن',
  'detect-type': 'تشخیص نوع پرونده',
  extract: 'استخراج متن',
  'text-layer': 'خواندن لایهٔ متن',
  render: 'آماده‌سازی تصویر صفحه',
  ocr: 'نویسه‌خوانی (OCR)',
  read: 'خواندن متن',
  parse: 'تحلیل ساختار',
  record: 'ساختن رکورد',
  persist: 'ذخیره',
  index: 'نمایه‌سازی',
  done: 'پایان',
};

function errorCode(xhr: XMLHttpRequest): string | null {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: unknown } };
    if (typeof body.error?.code === 'string') return body.error.code;
  } catch {
    // not JSON: the status decides
  }
  return null;
}

/** POST one file to /api/documents, reporting upload progress; resolves with its jobs. */
export function sendFile(
  file: File,
  token: string,
  onProgress: (fraction: number) => void,
): Promise<{ id: string; file: string; status: string }[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          const body = JSON.parse(xhr.responseText) as { jobs?: { id: string; file: string; status: string }[] };
          resolve(body.jobs ?? []);
        } catch {
          reject(new UploadError('internal_error', xhr.status));
        }
      } else reject(new UploadError(errorCode(xhr), xhr.status));
    };
    xhr.onerror = () => reject(new UploadError('unavailable', 0));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Follow a job until it is done or failed, calling `onUpdate` with each state. */
export async function followJob(
  id: string,
  token: string,
  onUpdate: (job: JobStatus) => void,
  intervalMs = 600,
): Promise<JobStatus> {
  let failures = 0;
  for (;;) {
    let job: JobStatus | null = null;
    try {
      const res = await fetch(`/api/jobs/${encodeURIComponent(id)}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      });
      if (res.ok) job = (await res.json()) as JobStatus;
      else if (res.status === 404) return { id, status: 'failed', errorCode: 'original_missing' };
    } catch {
      // a dropped poll is retried below
    }
    if (job) {
      failures = 0;
      onUpdate(job);
      if (job.status === 'done' || job.status === 'failed') return job;
    } else if (++failures > 20) {
      return { id, status: 'failed', errorCode: 'unavailable' };
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

let counter = 0;

/** A fresh row for a chosen file. */
export function newItem(file: File): UploadItem {
  counter += 1;
  return {
    key: `${Date.now()}-${counter}`,
    file,
    phase: 'waiting',
    fraction: 0,
    stage: null,
    page: null,
    pages: null,
    jobId: null,
    documentId: null,
    error: null,
    retryable: false,
  };
}

/**
 * Upload one file and follow its job to the end, updating `item` in place (the page holds it
 * in reactive state). Resolves to 'unauthorized' when the token was refused, so the page can
 * ask for it again.
 */
export async function processItem(item: UploadItem, token: string): Promise<'ok' | 'failed' | 'unauthorized'> {
  item.phase = 'uploading';
  item.fraction = 0;
  item.error = null;
  item.retryable = false;
  let jobs: { id: string; file: string; status: string }[];
  try {
    jobs = await sendFile(item.file, token, (f) => (item.fraction = f));
  } catch (err) {
    const code = err instanceof UploadError ? err.code : 'internal_error';
    const status = err instanceof UploadError ? err.status : undefined;
    fail(item, code, status);
    return status === 401 || status === 403 ? 'unauthorized' : 'failed';
  }
  const job = jobs[0];
  if (!job) {
    fail(item, 'internal_error');
    return 'failed';
  }
  item.jobId = job.id;
  item.phase = 'queued';
  item.fraction = 0;
  const last = await followJob(job.id, token, (j) => {
    item.phase = j.status;
    item.stage = j.progress?.stage ?? null;
    item.page = j.progress?.page ?? null;
    item.pages = j.progress?.pages ?? null;
    item.fraction = j.status === 'done' ? 1 : (j.progress?.fraction ?? item.fraction);
  });
  if (last.status !== 'done') {
    // A job's failure is about the file (HTTP 422 had it been a request) unless its code says otherwise.
    fail(item, last.errorCode ?? null, 422);
    return 'failed';
  }
  item.phase = 'done';
  item.documentId = last.documentId ?? null;
  item.warning = warningsSummary(last.warnings);
  item.fraction = 1;
  return 'ok';
}

/** Mark an item failed with the Persian sentence for its error code. */
function fail(item: UploadItem, code: string | null, status?: number): void {
  const text = errorText(code, status);
  item.phase = 'failed';
  item.error = text.message;
  item.retryable = text.retry;
}

/** Files accepted by the ingest pipeline (the server decides; this only guides the picker). */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.txt,.md,.html,.htm,.docx';
