// @ts-check
// The bare Astro site the benchmark compares the project's build with: Astro's
// defaults, no integrations. Folders come from the benchmark (bench/baseline/site.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? 'dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? 'node_modules/.astro',
  trailingSlash: 'always',
  // Vite's dependency cache with Astro's, not in the source tree.
  vite: { cacheDir: `${process.env.BASELINE_CACHE_DIR ?? 'node_modules/.astro'}/vite` },
});
