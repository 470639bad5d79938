/**
 * Search relevance benchmark: runs bench/relevance/queries.yaml through the real
 * search page in Chromium, against the Korean-augmented index and a plain
 * Pagefind index of the same pages, and prints success@3 / recall@5 per
 * category, result counts, bytes fetched from pagefind/ and time to results.
 *
 *   npm run build && npx tsx bench/relevance/cli.ts [options]
 *
 *   --site DIR      built site (default: DIGEST_OUT_DIR or dist)
 *   --plain DIR     plain index folder (default: <site>-plain/pagefind; built if missing)
 *   --rebuild-plain build the plain index even if the folder exists
 *   --only MODE     augmented | plain
 *   --queries FILE  default bench/relevance/queries.yaml
 *   --verbose       one line per query
 *   --json FILE     write every outcome as JSON
 *   --scale N       instead: generate N article pages (bench/relevance/scale.ts), index them
 *                   both ways into --work (default bench/work/relevance-scale) and report index
 *                   size and cold first-query bytes/time through the search page of --site
 *   --edition-sort  (with --scale) add Pagefind's edition sort to the indexes
 *   --chunk-size N  (with --scale) Pagefind word-index chunk size
 *   --shard-size N  (with --scale) articles per shard of the augmented index, as the site's build
 *                   splits it (default: the build's, DIGEST_SEARCH_SHARD_SIZE or 2,000); 0 = one index
 *   --reuse         (with --scale --needles) keep the indexes a previous run left in --work and
 *                   only copy in the built search page again (for a change to the page alone)
 *
 * BASE_PATH must match the build (the site is served under it).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadQueries, resolveQueries } from './queries';
import { perQuery, sideBySide } from './report';
import { launchChromium, runBench, searchOnce, type ScoredQuery, type SearchOutcome } from './runner';
import type { Browser } from 'playwright-core';
import { buildScaleSite, needlePages, readSeedTexts } from './scale';
import { readFileSync, readdirSync } from 'node:fs';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { loadEditorial } from '../../src/lib/editorial/load';
import { projectPaths } from '../../src/lib/project-paths';
import { describeFigures, runIndex } from '../../src/lib/search/run-index';
import { shardSizeFrom } from '../../src/lib/search/shards';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    plain: { type: 'string' },
    'rebuild-plain': { type: 'boolean', default: false },
    only: { type: 'string' },
    queries: { type: 'string', default: 'bench/relevance/queries.yaml' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
    scale: { type: 'string' },
    'edition-sort': { type: 'boolean', default: false },
    'chunk-size': { type: 'string' },
    work: { type: 'string', default: 'bench/work/relevance-scale' },
    needles: { type: 'boolean', default: false },
    setup: { type: 'string' },
    'replace-share': { type: 'string' },
    sources: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'shard-size': { type: 'string' },
  },
});

/** The site build's shard size unless told otherwise; 0 means one index. */
const shardSize = values['shard-size'] === undefined ? shardSizeFrom(process.env) : Number(values['shard-size']);
if (!Number.isInteger(shardSize) || shardSize < 0) {
  console.error(`bench-relevance: --shard-size must be a whole number ≥ 0, not "${values['shard-size']}"`);
  process.exit(2);
}
const sharding = shardSize > 0 ? { shardSize } : {};

const paths = projectPaths();
const site = path.resolve(values.site ?? paths.outDir);
const base = process.env.BASE_PATH ?? '/';
const plainDir = path.resolve(values.plain ?? `${site}-plain/pagefind`);
const modes = values.only ? [values.only] : ['augmented', 'plain'];

async function main() {
  if (!existsSync(path.join(site, 'search', 'index.html'))) throw new Error(`${site} has no search page: build the site first (npm run build)`);
  if (!existsSync(path.join(site, 'pagefind', 'pagefind.js'))) throw new Error(`${site}/pagefind is missing: run tsx scripts/index-search.ts`);
  const queries = resolveQueries(loadQueries(values.queries), paths.articlesDir);
  if (modes.includes('plain') && (values['rebuild-plain'] || !existsSync(path.join(plainDir, 'pagefind.js')))) {
    const result = await runIndex({ paths: { ...paths, outDir: site }, base, plain: true, out: plainDir });
    if (result.plain) for (const line of describeFigures(result.plain)) console.log(line);
  }

  const browser = await launchChromium();
  const results: Record<string, ScoredQuery[]> = {};
  try {
    for (const mode of modes) {
      const server = await startStaticServer({
        gzip: true,
        root: site,
        base,
        ...(mode === 'plain' ? { overrides: { '/pagefind/': plainDir } } : {}),
      });
      try {
        process.stderr.write(`${mode}: `);
        results[mode] = await runBench(browser, server, queries, () => process.stderr.write('.'));
        process.stderr.write('\n');
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const ours = results.augmented ?? results.plain!;
  const plain = results.augmented ? results.plain : undefined;
  console.log(`\n${queries.length} queries, site ${site}${plain ? `, plain index ${plainDir}` : ''}\n`);
  if (values.verbose) console.log(`${perQuery(ours, plain)}\n`);
  console.log(sideBySide(ours, plain));
  if (values.json) {
    writeFileSync(values.json, JSON.stringify(results, null, 2));
    console.log(`\nwrote ${values.json}`);
  }
}

/** Queries for the scale run: common and rare words, aliases, spacing variants. */
/**
 * Serves a scale site once with its augmented index and once with plain Pagefind's
 * over the same pages, and runs `search` against each in one browser.
 */
async function searchBothIndexes<T>(
  built: { siteDir: string; plainIndexDir: string },
  search: (browser: Browser, server: StaticServer, mode: 'augmented' | 'plain') => Promise<T>,
): Promise<Record<'augmented' | 'plain', T>> {
  const browser = await launchChromium();
  const out: Partial<Record<'augmented' | 'plain', T>> = {};
  try {
    for (const mode of ['augmented', 'plain'] as const) {
      const server = await startStaticServer({
        gzip: true,
        root: built.siteDir,
        base: '/',
        ...(mode === 'plain' ? { overrides: { '/pagefind/': built.plainIndexDir } } : {}),
      });
      try {
        out[mode] = await search(browser, server, mode);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out as Record<'augmented' | 'plain', T>;
}

const SCALE_QUERIES = ['특구', '연구개발특구를', '과기정통부', '무선충전', '디지털 배움터', '인공지능', 'AI', '1673억', '정보', '로봇', '예산 협의회'];

async function scale(n: number) {
  const work = path.resolve(values.work);
  const started = performance.now();
  const built = await buildScaleSite({
    articles: n,
    seedTexts: readSeedTexts(paths.seedsDir),
    editorial: loadEditorial(paths.dataDir),
    workDir: work,
    templateSite: site,
    editionSort: values['edition-sort'],
    ...(values['chunk-size'] ? { indexChunkSize: Number(values['chunk-size']) } : {}),
    ...sharding,
    log: (line) => console.log(line),
  });
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const f of [built.result.augmented, built.result.plain]) if (f) for (const line of describeFigures(f)) console.log(line);
  const a = built.result.augmented!;
  const p = built.result.plain!;
  console.log(
    `augmented / plain: index data ×${(a.bytes.data / p.bytes.data).toFixed(2)}, word index ×${(a.bytes.index / p.bytes.index).toFixed(2)}, ` +
      `fragments ×${(a.bytes.fragment / p.bytes.fragment).toFixed(2)}`,
  );
  const rows = await searchBothIndexes(built, async (browser, server) => {
    const outcomes: SearchOutcome[] = [];
    for (const q of SCALE_QUERIES) outcomes.push(await searchOnce(browser, server, q, { timeoutMs: 60_000 }));
    return outcomes;
  });
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`.padStart(9);
  console.log(`\ncold first query at ${built.pages.toLocaleString('en-US')} articles (bytes from pagefind/, gzip where a host would):`);
  console.log(`${'query'.padEnd(16)} ${'augmented'.padStart(9)} ${'results'.padStart(7)} ${'ms'.padStart(5)}   ${'plain'.padStart(9)} ${'results'.padStart(7)} ${'ms'.padStart(5)}`);
  SCALE_QUERIES.forEach((q, i) => {
    const x = rows.augmented[i]!;
    const y = rows.plain[i]!;
    console.log(`${q.padEnd(16)} ${kb(x.bytes)} ${String(x.count).padStart(7)} ${String(x.clientMs).padStart(5)}   ${kb(y.bytes)} ${String(y.count).padStart(7)} ${String(y.clientMs).padStart(5)}`);
  });
  const worst = (xs: SearchOutcome[]) => Math.max(...xs.map((x) => x.bytes));
  console.log(`worst first query: augmented ${kb(worst(rows.augmented))}, plain ${kb(worst(rows.plain))} (budget 250 KB)`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ figures: built.result.augmented && { augmented: a, plain: p }, rows }, null, 2));
}

/**
 * Relevance among many articles: the real articles of one seed file (the
 * needles) among generated ones made from the other seed file's text (the
 * haystack), both ways round: the project's seed with queries.yaml, and the
 * labelled seed with queries-labelled.yaml. Each query runs through the real
 * search page against the Korean index and a plain Pagefind index of the
 * same pages.
 */
async function needles(n: number) {
  const editorial = loadEditorial(paths.dataDir);
  const projectSeed = readdirSync(paths.seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(paths.seedsDir, f));
  const labelledSeed = path.resolve('tests/fixtures/labelled/101_e3a94c07b51d28f6.txt');
  const setups = [
    { name: 'project', needles: projectSeed, haystack: [labelledSeed], queries: 'bench/relevance/queries.yaml' },
    { name: 'labelled', needles: [labelledSeed], haystack: projectSeed, queries: 'bench/relevance/queries-labelled.yaml' },
  ];
  const all: { ours: ScoredQuery[]; plain: ScoredQuery[] } = { ours: [], plain: [] };
  for (const setup of setups.filter((s) => !values.setup || s.name === values.setup)) {
    const work = path.resolve(`${values.work}-${setup.name}`);
    const needleSet = needlePages(setup.needles, editorial, `${work}-needles`);
    const started = performance.now();
    const built = await buildScaleSite({
      articles: n,
      seedTexts: setup.haystack.map((f) => readFileSync(f, 'utf8')),
      needles: needleSet.pages,
      ...(values['replace-share'] ? { replaceShare: Number(values['replace-share']) } : {}),
      editorial,
      workDir: work,
      templateSite: site,
      ...(values.sources ? { compoundSources: values.sources as 'corpus' | 'dictionary' | 'both' } : {}),
      ...(values['chunk-size'] ? { indexChunkSize: Number(values['chunk-size']) } : {}),
      ...sharding,
      reuse: values.reuse,
      log: (line) => console.log(line),
    });
    console.log(`\n${setup.name}: ${built.pages} pages (${needleSet.pages.length} needles), built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const f of [built.result.augmented, built.result.plain]) if (f) for (const line of describeFigures(f)) console.log(line);
    if (built.result.mix) console.log(`  token mix: ${JSON.stringify(built.result.mix)}`);
    // Expected articles are looked up in the needles' own entries.
    const queries = resolveQueries(loadQueries(setup.queries), needleSet.articlesDir);
    const results = await searchBothIndexes(built, async (browser, server, mode) => {
      process.stderr.write(`${mode}: `);
      const scored = await runBench(browser, server, queries, () => process.stderr.write('.'));
      process.stderr.write('\n');
      return scored;
    });
    console.log(`\n${setup.name} needles among ${built.pages.toLocaleString('en-US')} articles, ${setup.queries}:`);
    if (values.verbose) console.log(`${perQuery(results.augmented, results.plain)}\n`);
    console.log(sideBySide(results.augmented, results.plain));
    all.ours.push(...results.augmented);
    all.plain.push(...results.plain);
  }
  console.log(`\nboth query sets, needles among ${n.toLocaleString('en-US')} articles:`);
  console.log(sideBySide(all.ours, all.plain));
  if (values.json) writeFileSync(values.json, JSON.stringify(all, null, 2));
}

(values.scale ? (values.needles ? needles(Number(values.scale)) : scale(Number(values.scale))) : main()).catch((error) => {
  console.error(`bench-relevance: ${(error as Error).message}`);
  process.exitCode = 1;
});
