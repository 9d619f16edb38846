import { defineConfig } from 'vitest/config';

/**
 * Test tiers by folder (one `npm test` runs them all):
 * unit (pure, next to the code), contract (one suite, every engine),
 * integration (pipeline and API over HTTP on temp data dirs, real OCR),
 * e2e (a real server and Debian's Chromium through playwright-core).
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['ingest/src/**/*.test.ts', 'server/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The web app's pure $lib logic, with SvelteKit's aliases from web/vite.config.ts.
        extends: './web/vite.config.ts',
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
