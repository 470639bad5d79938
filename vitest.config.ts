import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `@/…` is `src/…`, as in tsconfig.json (Astro reads the tsconfig paths itself). */
const resolve = { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } };

/**
 * Two projects, both run by `npm test` (`vitest run`):
 *  - unit: every test outside tests/e2e, in parallel;
 *  - e2e: tests/e2e, one file at a time. Its global setup finds or installs
 *    Chromium (bench/lib/ensure-chromium.sh) and the files build their sites
 *    (ingest → astro build → search index) into a temp folder, one build at a
 *    time, shared between files.
 * `npx vitest run --project unit` runs only the fast tests.
 */
export default defineConfig({
  test: {
    teardownTimeout: 60_000,
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          // Generous: ingest tests load the morphological dictionary in each process and thread.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          // A test waits on a real browser; a beforeAll may run a full site build.
          testTimeout: 120_000,
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
});
