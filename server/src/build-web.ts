import { buildWebIfStale } from './web-build.ts';

/** `npm start` / `npm run build`: build the web app when it is missing or stale (`--force`: always). */
buildWebIfStale({ force: process.argv.includes('--force') }).catch((err: unknown) => {
  process.stderr.write(`web build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
