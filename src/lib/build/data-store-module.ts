/**
 * Keeps the content data store out of the page bundle. Astro hands the store
 * to the pages through a virtual module whose code is the whole of
 * `data-store.json` as one string literal (`export default JSON.parse("…")`).
 * At 50,000 articles that file is about 250 MB: Rollup reads, checks and
 * bundles it, and the rendering process then keeps the bundle's source (the
 * literal again) in memory while it renders every page. Measured on the
 * 50,000-article benchmark corpus: the process grew from about 2.3 GB after
 * the content sync to 3.8 GB while Vite bundled that module (29 s), and still
 * held 3.1 GB while rendering; with this integration Vite takes 0.6 s, the
 * process peaks at 2.6 GB and renders at about 1.9 GB, and the 122,527 pages
 * are byte for byte the same.
 *
 * During `astro build` this plugin answers for that module first with
 * code that reads the same file when the bundle runs: the store reaches the
 * pages exactly as before (Astro's loader parses the same JSON), but never
 * passes through Rollup or a source string. The bundle runs only inside the
 * build, on the machine that wrote the file, so the absolute path is safe.
 * Where the file is missing (Astro's chunked storage, an Astro that stores it
 * elsewhere) Astro's own module is used, unchanged.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module for the data store, as Vite resolves its id (`astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** Where Astro writes the store in a build: the cache folder (astro/dist/content/paths.js). */
const DATA_STORE_FILE = 'data-store.json';

/** Module code that parses the store file when it runs. */
export function dataStoreModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The load hook: the module's code for Astro's store id when the store file exists, else nothing (Astro answers). */
export function loadDataStore(id: string, file: string): { code: string; map: { mappings: string } } | null {
  if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return null;
  return { code: dataStoreModuleCode(file), map: { mappings: '' } };
}

/**
 * The Vite plugin, for `astro build` only (astro.config.mjs adds it): its
 * load hook runs before Astro's own (`order: 'pre'`) for the same module.
 */
export function dataStoreFilePlugin(cacheDir: URL) {
  const file = fileURLToPath(new URL(DATA_STORE_FILE, cacheDir));
  return {
    name: 'data-store-from-file',
    apply: 'build' as const,
    load: { order: 'pre' as const, handler: (id: string) => loadDataStore(id, file) },
  };
}
