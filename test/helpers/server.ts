import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '@sanad/ingest/config.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningServer {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  logs: string[];
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL (crash) and wait for exit. */
  kill(): Promise<void>;
}

export function tempDir(prefix = 'sanad-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Start the real server (`server/src/main.ts`) as a child process on a free
 * port and resolve once it listens.
 */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 120_000): Promise<RunningServer> {
  const dataDir = env.DATA_DIR ?? tempDir();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: childEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      SANAD_DEMO: '0',
      LOG_LEVEL: 'info',
      OCR_WORKERS: '1',
      ...env,
      DATA_DIR: dataDir,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Never leave a server that did not come up running behind the test.
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${logs.join('')}`));
    }, timeoutMs);
    let buf = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      logs.push(s);
      buf += s;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          const j = JSON.parse(line) as { msg?: string; url?: string };
          if (j.msg === 'Sanad is listening' && j.url) {
            clearTimeout(timer);
            resolve(j.url);
          }
        } catch {
          // not a JSON log line
        }
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
  return {
    url,
    dataDir,
    proc,
    logs,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (proc.exitCode === null) proc.kill('SIGKILL');
      await exited;
    },
  };
}

/** Run the CLI (`ingest/src/cli.ts`) and collect its output. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'ingest/src/cli.ts', ...args], {
      cwd: ROOT,
      env: childEnv({ OCR_WORKERS: '1', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface HealthSample {
  at: number;
  ms: number;
  ok: boolean;
  rss: number;
}

/** Sample /api/health latency and the server's RSS from a separate process until `stop()`. */
export function watchHealth(server: RunningServer, intervalMs = 100): { stop(): Promise<HealthSample[]> } {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/health-monitor.ts', server.url, String(server.proc.pid), String(intervalMs)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  proc.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    async stop() {
      proc.kill('SIGTERM');
      await exited;
      return out
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => JSON.parse(l) as HealthSample);
    },
  };
}
