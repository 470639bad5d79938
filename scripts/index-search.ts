/**
 * Builds the site's search index: shards of consecutive editions, each its
 * own Pagefind index, reused from the shard cache when their articles did not
 * change (src/lib/search/shards.ts, README there).
 *
 *   tsx scripts/index-search.ts                 Korean-augmented index → <outDir>/pagefind
 *   tsx scripts/index-search.ts --prepare       the same in two halves, as `npm run build` runs it:
 *   tsx scripts/index-search.ts --prepared        --prepare reads the entries, plans the shards and writes
 *                                               the documents of the shards the cache lacks (plan:
 *                                               <cacheDir>/search-plan.json, or --documents FILE) while
 *                                               Astro builds; --prepared indexes them into the cache and
 *                                               writes <outDir>/pagefind
 *   --pages-after-stdin                         with --prepared: index the shards at once, but check the
 *                                               built pages and write the index only when standard input
 *                                               ends (`npm run build` closes it when astro build has finished)
 *   tsx scripts/index-search.ts --plain --out dist-plain/pagefind
 *                                               plain Pagefind index of the same pages, one index (for comparison)
 *   tsx scripts/index-search.ts --also-plain dist-plain/pagefind
 *                                               both
 *   --after-pages-if-large                      with --prepare: on a site with more articles than site.yaml
 *                                               `build.searchBesideAstroUpTo`, start only when standard input
 *                                               ends (astro build has finished), so the two steps do not hold
 *                                               their memory at the same time
 *   --background                                run at a lower CPU priority (nice 10), as `npm run build`
 *                                               does beside astro build, which has no time to spare
 *   --json                                      print the figures as JSON as well
 *
 * Folders come from src/lib/project-paths.ts (DIGEST_CONTENT_DIR, DIGEST_OUT_DIR,
 * DIGEST_DATA_DIR, DIGEST_CACHE_DIR); result URLs respect BASE_PATH like astro.config.mjs;
 * DIGEST_SEARCH_SHARD_SIZE sets the articles per shard.
 */
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { searchAfterPages } from '../src/lib/build/pipeline';
import { listEntryIds } from '../src/lib/ingest/entry-files';
import { projectPaths } from '../src/lib/project-paths';
import { loadSiteSettings } from '../src/lib/site/load-settings';
import { describeFigures, indexPrepared, prepareDocuments, runIndex } from '../src/lib/search/run-index';

const { values } = parseArgs({
  options: {
    plain: { type: 'boolean', default: false },
    out: { type: 'string' },
    'also-plain': { type: 'string' },
    json: { type: 'boolean', default: false },
    prepare: { type: 'boolean', default: false },
    prepared: { type: 'boolean', default: false },
    documents: { type: 'string' },
    'pages-after-stdin': { type: 'boolean', default: false },
    'after-pages-if-large': { type: 'boolean', default: false },
    background: { type: 'boolean', default: false },
  },
});

/** Settles when standard input ends; what comes through it is ignored. */
async function inputEnded(): Promise<void> {
  for await (const _ of process.stdin) {
    // nothing to read, only the end
  }
}

/** With --after-pages-if-large: waits for standard input to end when the site is past the setting. */
async function waitForPagesIfLarge(): Promise<void> {
  const paths = projectPaths();
  const articles = existsSync(paths.articlesDir) ? listEntryIds(paths.articlesDir).length : 0;
  const settings = loadSiteSettings(paths.dataDir).build;
  if (!searchAfterPages(articles, settings)) return;
  console.log(
    `search documents: ${articles} articles, more than build.searchBesideAstroUpTo (${settings.searchBesideAstroUpTo}): ` +
      'starting when astro build has finished',
  );
  const started = performance.now();
  await inputEnded();
  console.log(`search documents: waited ${((performance.now() - started) / 1000).toFixed(2)} s for astro build`);
}

if (values.background) {
  // Pagefind's service, started later, inherits the priority.
  try {
    setPriority(10);
  } catch {
    // not allowed here: run at the normal priority
  }
}

try {
  const base = process.env.BASE_PATH ?? '/';
  const file = values.documents ? { file: values.documents } : {};
  if (values.prepare) {
    if (values['after-pages-if-large']) await waitForPagesIfLarge();
    const started = performance.now();
    const prepared = prepareDocuments({ paths: projectPaths(), base, ...file });
    console.log(
      `search documents: ${prepared.pages} pages in ${prepared.shards} shard(s), ${prepared.stale} to index ` +
        `(${prepared.tokens} extra search tokens), ${((performance.now() - started) / 1000).toFixed(2)} s → ${prepared.file}`,
    );
  } else if (values.prepared) {
    const figures = await indexPrepared({
      paths: projectPaths(),
      base,
      ...file,
      ...(values.out ? { out: values.out } : {}),
      ...(values['pages-after-stdin'] ? { pagesBuilt: inputEnded() } : {}),
    });
    for (const line of describeFigures(figures)) console.log(line);
    if (values.json) console.log(JSON.stringify({ augmented: figures }, null, 2));
  } else {
    const result = await runIndex({
      paths: projectPaths(),
      base,
      plain: values.plain,
      ...(values.out ? { out: values.out } : {}),
      ...(values['also-plain'] ? { alsoPlainOut: values['also-plain'] } : {}),
    });
    for (const figures of [result.augmented, result.plain]) {
      if (figures) for (const line of describeFigures(figures)) console.log(line);
    }
    if (values.json) console.log(JSON.stringify({ augmented: result.augmented, plain: result.plain }, null, 2));
  }
} catch (error) {
  console.error(`index-search: ${(error as Error).message}`);
  process.exitCode = 1;
}
