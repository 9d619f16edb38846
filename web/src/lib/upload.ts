/**
 * Browser side of the upload page: send each file with XMLHttpRequest (fetch has no upload
 * progress) and follow its ingest job until it is done or failed.
 */
import type { JobStatus } from './api.ts';

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
  error: string | null;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
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

function errorMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  if (xhr.status === 401 || xhr.status === 403) return 'توکن مدیر پذیرفته نشد.';
  if (xhr.status === 413) return 'پرونده بزرگ‌تر از حد مجاز است.';
  return xhr.status ? `خطای سرور (${xhr.status})` : 'ارتباط با سرور برقرار نشد.';
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
          reject(new UploadError('پاسخ سرور خوانده نشد.', xhr.status));
        }
      } else reject(new UploadError(errorMessage(xhr), xhr.status));
    };
    xhr.onerror = () => reject(new UploadError('ارتباط با سرور برقرار نشد.', 0));
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
      else if (res.status === 404) return { id, status: 'failed', error: 'کار بارگذاری پیدا نشد.' };
    } catch {
      // a dropped poll is retried below
    }
    if (job) {
      failures = 0;
      onUpdate(job);
      if (job.status === 'done' || job.status === 'failed') return job;
    } else if (++failures > 20) {
      return { id, status: 'failed', error: 'وضعیت پردازش از سرور گرفته نشد.' };
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
  let jobs: { id: string; file: string; status: string }[];
  try {
    jobs = await sendFile(item.file, token, (f) => (item.fraction = f));
  } catch (err) {
    item.phase = 'failed';
    item.error = err instanceof Error ? err.message : String(err);
    return err instanceof UploadError && (err.status === 401 || err.status === 403) ? 'unauthorized' : 'failed';
  }
  const job = jobs[0];
  if (!job) {
    item.phase = 'failed';
    item.error = 'سرور کاری برای این پرونده نساخت.';
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
  item.phase = last.status === 'done' ? 'done' : 'failed';
  item.documentId = last.documentId ?? null;
  item.error = last.status === 'done' ? null : (last.error ?? 'پردازش ناموفق بود.');
  if (last.status === 'done') item.fraction = 1;
  return last.status === 'done' ? 'ok' : 'failed';
}

/** Files accepted by the ingest pipeline (the server decides; this only guides the picker). */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.txt,.md,.html,.htm,.docx';
