// The project's own astro.config.mjs with one change: the content-layer and
// Vite caches go to a folder per test build (DIGEST_E2E_ASTRO_CACHE_DIR), so a
// test build always starts cold, like CI, and never shares node_modules/.astro
// with a build someone else runs in the same checkout at the same time.
import config from '../../../astro.config.mjs';

const cacheDir = process.env.DIGEST_E2E_ASTRO_CACHE_DIR;

export default cacheDir ? { ...config, cacheDir } : config;
