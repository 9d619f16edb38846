/**
 * Search latency while hostile files are worked: a real server over a generated archive
 * (`--hostile-docs`, default 5 000 records), caps raised so a 2 000-page blank PDF (rendered and
 * OCRed page by page) and a 49 MB HTML page are really processed, and `/api/search` timed
 * over HTTP, one query after another, for `--hostile-seconds` (default 60) while both jobs run.
 * Reports p50/p95/max of the search round trip (and, as a baseline on the same machine at
 * the same moment, p50/p95 before the files are uploaded), `/api/health` and the server's peak
 * RSS. Both jobs are cancelled at the end (DELETE /api/jobs/:id).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../ingest/src/archive.ts';
import { loadConfig } from '../../ingest/src/config.ts';
import type { DocumentRecord } from '../../ingest/src/schema.ts';
import { bearer, upload } from '../helpers/api.ts';
import { hugeHtml, manyPagePdf } from '../helpers/hostile-files.ts';
import { startServer, tempDir, watchHealth } from '../helpers/server.ts';
import { generateArchive } from './generate.ts';

const ADMIN = 'admin-token-for-bench';
const QUERIES = ['صورتجلسه', 'مقرر گردید', 'بانک توسعه تعاون', 'آرد و نان', 'میز خدمت', '۱۴۰۲', 'شورای برنامه‌ریزی'];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10 : NaN;
}

async function seed(dataDir: string, docs: number): Promise<void> {
  const archive = await openArchive(loadConfig({ DATA_DIR: dataDir, OCR_WORKERS: '1' }));
  try {
    let batch: DocumentRecord[] = [];
    for (const d of generateArchive({ docs })) {
      batch.push(d);
      if (batch.length === 500) {
        archive.store.putDocuments(batch);
        await archive.engine.index(batch);
        batch = [];
      }
    }
    if (batch.length) {
      archive.store.putDocuments(batch);
      await archive.engine.index(batch);
    }
  } finally {
    await archive.close();
  }
}

export async function* runHostileBench(opts: { docs?: number; seconds?: number } = {}): AsyncGenerator<{
  name: string;
  value: number;
}> {
  const dataDir = tempDir('sanad-bench-hostile-');
  await seed(dataDir, opts.docs ?? 5000);
  const server = await startServer({
    DATA_DIR: dataDir,
    ADMIN_TOKEN: ADMIN,
    OCR_WORKERS: '2',
    MAX_UPLOAD_MB: '60',
    MAX_PDF_PAGES: '5000',
    MAX_HTML_MB: '60',
    MAX_HTML_ELEMENTS: '100000000',
    EXTRACT_MEMORY_MB: '4096',
  });
  const health = watchHealth(server, 200);
  let i = 0;
  /** Time searches one after another until `until` (ms since epoch). */
  const searchUntil = async (until: number, each?: (n: number) => Promise<void>): Promise<number[]> => {
    const times: number[] = [];
    while (Date.now() < until) {
      const q = QUERIES[i++ % QUERIES.length]!;
      const t = performance.now();
      const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&perPage=20`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`search answered ${res.status}`);
      times.push(performance.now() - t);
      await each?.(times.length);
    }
    return times;
  };
  try {
    // Baseline on the same machine, same moment: no file being worked.
    const idle = await searchUntil(Date.now() + ((opts.seconds ?? 60) * 1000) / 4);
    const ids: string[] = [];
    for (const f of [
      { name: 'blank-2000.pdf', data: manyPagePdf(2000) },
      { name: 'huge-49mb.html', data: hugeHtml(49) },
    ]) {
      const res = await upload(server.url, [f], bearer(ADMIN));
      ids.push(((await res.json()) as { jobs: { id: string }[] }).jobs[0]!.id);
    }
    const running = async (): Promise<number> => {
      let n = 0;
      for (const id of ids) {
        const j = (await (await fetch(`${server.url}/api/jobs/${id}`)).json()) as { status: string };
        if (j.status === 'running' || j.status === 'queued') n++;
      }
      return n;
    };
    // Give the workers a moment to get going, then time searches while both files are worked.
    await new Promise((r) => setTimeout(r, 5000));
    const times = await searchUntil(Date.now() + (opts.seconds ?? 60) * 1000);
    const busyAtEnd = await running();
    for (const id of ids) await fetch(`${server.url}/api/jobs/${id}`, { method: 'DELETE', headers: bearer(ADMIN) });
    const samples = await health.stop();
    yield { name: 'idle_search_p50_ms', value: pct(idle, 50) };
    yield { name: 'idle_search_p95_ms', value: pct(idle, 95) };
    yield { name: 'hostile_search_queries', value: times.length };
    yield { name: 'hostile_search_p50_ms', value: pct(times, 50) };
    yield { name: 'hostile_search_p95_ms', value: pct(times, 95) };
    yield { name: 'hostile_search_max_ms', value: pct(times, 100) };
    yield {
      name: 'hostile_health_p95_ms',
      value: pct(
        samples.map((s) => s.ms),
        95,
      ),
    };
    yield {
      name: 'hostile_health_max_ms',
      value: pct(
        samples.map((s) => s.ms),
        100,
      ),
    };
    yield { name: 'hostile_server_peak_rss_mb', value: Math.round(Math.max(...samples.map((s) => s.rss)) / 1e6) };
    yield { name: 'hostile_jobs_still_running', value: busyAtEnd };
  } finally {
    await health.stop().catch(() => undefined);
    await server.stop();
    fs.rmSync(path.resolve(dataDir), { recursive: true, force: true });
  }
}
