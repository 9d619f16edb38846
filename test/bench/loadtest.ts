/**
 * HTTP load test of the search API: `npm run loadtest -- [--json] [--duration 30] [--connections 50] [--data-dir DIR]`.
 *
 * Starts the real server (`server/src/main.ts`) on 127.0.0.1 (loopback only)
 * with a temp data dir and the demo archive (or an existing `--data-dir`),
 * then N concurrent clients search a fixed mixed set of Persian queries
 * (plain words, variant spellings, phrases, filters, sorts, resolutions) for
 * the given time. Reports throughput and latency; any error or non-2xx answer
 * fails the run (exit 1). With --json: one `{"name","value"}` object per line.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { childEnv } from '@sanad/ingest/config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The fixed query mix (paths under /api). */
const QUERIES: string[] = [
  ...[
    'اشتغال',
    'تسهیلات اشتغال',
    'صندوق کارآفرینی امید',
    'بانک توسعه تعاون',
    'شورای شهر',
    'میلیارد تومان',
    'روستایی',
    'مصوبات جلسه',
    'میکنند',
    'می کنند',
    'اشتقال', // typo
    'كارگروه', // Arabic kaf
    '"قرارگاه اجتماعی"',
    'استانداری -خبر',
    'مسکن',
    'ک', // one letter, prefix search
  ].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
  `/api/search?q=${encodeURIComponent('اشتغال')}&sort=date_desc`,
  `/api/search?q=&kind=minutes&perPage=50`,
  `/api/search?q=${encodeURIComponent('تسهیلات')}&from=1401/01/01&to=1402/12/29`,
  `/api/search?q=${encodeURIComponent('جلسه')}&page=2&perPage=5`,
  `/api/resolutions?q=${encodeURIComponent('اشتغال')}`,
  `/api/resolutions?q=&perPage=50`,
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ReturnType<typeof spawn>, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return ((await res.json()) as { documents: number }).documents;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy in time');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      'data-dir': { type: 'string' },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0 && duration <= 600) || !(connections > 0 && connections <= 1000)) {
    process.stderr.write('--duration must be 1..600 seconds and --connections 1..1000\n');
    return 2;
  }
  const tmp = values['data-dir'] ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-loadtest-'));
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : tmp!;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: childEnv({
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SANAD_DEMO: '1',
      LOG_LEVEL: 'warn',
      OCR_WORKERS: '1',
      NODE_ENV: 'production',
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const documents = await waitForHealth(url, child, 180_000);
    if (!values.json)
      process.stderr.write(`server up with ${documents} documents; ${connections} clients for ${duration}s…\n`);
    // Warm up (engine caches, vocabulary, JIT) so the figures describe the steady state.
    for (const p of QUERIES) {
      const res = await fetch(`${url}${p}`);
      if (!res.ok) throw new Error(`warm-up ${p} answered ${res.status}`);
      await res.arrayBuffer();
    }
    const result = await autocannon({
      url,
      connections,
      duration,
      requests: QUERIES.map((p) => ({ method: 'GET' as const, path: p })),
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    const metrics: [string, number][] = [
      ['loadtest.documents', documents],
      ['loadtest.connections', connections],
      ['loadtest.duration_s', duration],
      ['loadtest.requests_total', result.requests.total],
      ['loadtest.throughput_rps', Math.round(result.requests.average * 10) / 10],
      ['loadtest.latency_p50_ms', result.latency.p50],
      ['loadtest.latency_p99_ms', result.latency.p99],
      ['loadtest.latency_max_ms', result.latency.max],
      ['loadtest.errors', errors],
    ];
    if (values.json) {
      for (const [name, value] of metrics) process.stdout.write(`${JSON.stringify({ name, value })}\n`);
    } else {
      for (const [name, value] of metrics) process.stdout.write(`${name.padEnd(28)} ${value}\n`);
    }
    if (errors > 0) {
      process.stderr.write(
        `FAILED: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`loadtest failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
