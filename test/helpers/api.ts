import fs from 'node:fs';
import path from 'node:path';

/** Helpers for API tests over HTTP (fetch, FormData). */

export interface UploadFile {
  name: string;
  data: Uint8Array | string;
  type?: string;
}

export interface JobView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  file?: string;
  documentId?: string;
  error?: string;
  errorCode?: string;
  progress: Record<string, unknown>;
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** POST /api/documents with one multipart `file` part per file. */
export async function upload(
  baseUrl: string,
  files: UploadFile[],
  headers: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  for (const f of files) {
    const bytes = typeof f.data === 'string' ? new TextEncoder().encode(f.data) : new Uint8Array(f.data);
    form.append('file', new Blob([bytes], { type: f.type ?? 'application/octet-stream' }), f.name);
  }
  return fetch(`${baseUrl}/api/documents`, { method: 'POST', body: form, headers });
}

/** Poll jobs until none is queued or running (or time runs out). */
export async function waitForJobs(
  baseUrl: string,
  ids: string[],
  headers: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<JobView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await Promise.all(
      ids.map(async (id) => (await (await fetch(`${baseUrl}/api/jobs/${id}`, { headers })).json()) as JobView),
    );
    if (jobs.every((j) => j.status === 'done' || j.status === 'failed')) return jobs;
    if (Date.now() > deadline) throw new Error(`jobs not finished in time: ${JSON.stringify(jobs)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Number of stored originals (content-addressed files) under a data dir. */
export function countOriginals(dataDir: string): number {
  const files = path.join(dataDir, 'files');
  if (!fs.existsSync(files)) return 0;
  let n = 0;
  for (const d of fs.readdirSync(files)) {
    const sub = path.join(files, d);
    if (fs.statSync(sub).isDirectory()) n += fs.readdirSync(sub).length;
  }
  return n;
}

/** Files left in the uploads dir (temp files of uploads in flight). */
export function countUploads(dataDir: string): number {
  const dir = path.join(dataDir, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

const LETTERS = 'بپتجچخدرزژسشصطعغفقکگلمنوی';

/**
 * A made-up Persian word, distinct for each `i` in 0..25 and never a real word or
 * affix form. Any two differ in three separated letters, beyond the engines'
 * typo budget (two edits from nine letters), so each matches only itself.
 */
export function uniqueWord(i: number): string {
  if (i < 0 || i >= 26) throw new RangeError('uniqueWord: 0 ≤ i < 26');
  const a = LETTERS[i]!;
  const b = LETTERS[(i * 7 + 3) % 26]!;
  const c = LETTERS[(i * 11 + 5) % 26]!;
  return `ژرف${a}ا${b}و${c}ند`;
}

const COUNTIES = ['جیرفت', 'فسا', 'نیشابور', 'رشت', 'یاسوج', 'گچساران', 'کرمانشاه', 'همدان'];

/**
 * A small minutes-like Persian text that carries `uniqueWord(i)`, with a Jalali
 * date and a resolutions section. `paragraphs` pads it (bigger files take longer to ingest).
 */
export function persianMinutes(i: number, paragraphs = 3): string {
  const county = COUNTIES[i % COUNTIES.length]!;
  const day = String((i % 28) + 1).padStart(2, '0');
  const body = Array.from(
    { length: paragraphs },
    (_, k) =>
      `بند ${k + 1}: گزارش اقدامات انجام شده در شهرستان ${county} درباره طرح ${uniqueWord(i)} ارائه شد و اعضا درباره اشتغال جوانان، تسهیلات بانکی و زیرساخت‌های روستایی گفت‌وگو کردند.`,
  ).join('\n\n');
  return `جمهوری اسلامی ایران
فرمانداری شهرستان ${county}

موضوع: صورتجلسه شماره ${i + 1} کارگروه اشتغال شهرستان ${county}

تاریخ: ۱۴۰۲/۰۳/${day}

${body}

مصوبات:
۱- فرمانداری ${county} مکلف است گزارش طرح ${uniqueWord(i)} را تا پایان خرداد ارائه کند.
`;
}
