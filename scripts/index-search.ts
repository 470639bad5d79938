/**
 * Builds the site's search index (the last step of `npm run build`).
 *
 *   tsx scripts/index-search.ts                 Korean-augmented index → <outDir>/pagefind
 *   tsx scripts/index-search.ts --plain --out dist-plain/pagefind
 *                                               plain Pagefind index of the same pages (for comparison)
 *   tsx scripts/index-search.ts --also-plain dist-plain/pagefind
 *                                               both at once (one extraction pass)
 *   --json                                      print the figures as JSON as well
 *
 * Folders come from src/lib/project-paths.ts (DIGEST_CONTENT_DIR, DIGEST_OUT_DIR,
 * DIGEST_DATA_DIR); result URLs respect BASE_PATH like astro.config.mjs.
 */
import { parseArgs } from 'node:util';
import { projectPaths } from '../src/lib/project-paths';
import { describeFigures, runIndex } from '../src/lib/search/run-index';

const { values } = parseArgs({
  options: {
    plain: { type: 'boolean', default: false },
    out: { type: 'string' },
    'also-plain': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

try {
  const result = await runIndex({
    paths: projectPaths(),
    base: process.env.BASE_PATH ?? '/',
    plain: values.plain,
    ...(values.out ? { out: values.out } : {}),
    ...(values['also-plain'] ? { alsoPlainOut: values['also-plain'] } : {}),
  });
  for (const figures of [result.augmented, result.plain]) {
    if (figures) for (const line of describeFigures(figures)) console.log(line);
  }
  if (values.json) console.log(JSON.stringify({ augmented: result.augmented, plain: result.plain }, null, 2));
} catch (error) {
  console.error(`index-search: ${(error as Error).message}`);
  process.exitCode = 1;
}
