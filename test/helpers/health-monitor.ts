/**
 * Watches a server from a separate process (so the test process's own work never inflates
 * the numbers): every `intervalMs` it times GET /api/health and reads the server's resident
 * memory from /proc. Prints one JSON line per sample.
 */
import fs from 'node:fs';

const [url, pidArg, intervalArg] = process.argv.slice(2);
const pid = Number(pidArg);
const intervalMs = Number(intervalArg ?? 100);

function rss(): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

for (;;) {
  const t = performance.now();
  let ok = false;
  try {
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    ok = res.ok;
  } catch {
    ok = false;
  }
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ at: Date.now(), ms, ok, rss: rss() })}\n`);
  await new Promise((r) => setTimeout(r, intervalMs));
}
