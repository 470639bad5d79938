/**
 * Index size and first-query bytes at scale (e.g. 10,000 articles), without a
 * full site build: article pages are generated in memory and indexed twice
 * (Korean-augmented and plain), then the real search page of a built site is
 * served next to the scale index and queried in Chromium.
 *
 * Text: the project's synthetic corpus generator (bench/corpus) recombines
 * real seed sentences, which alone would give an unrealistically small
 * vocabulary (a few thousand words for any N). So a share of the nouns is
 * replaced by words from a large synthetic lexicon drawn with a Zipf law,
 * made of the seeds' own syllables — compounds included — which makes the
 * number of distinct words grow with N roughly as in real news text.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../corpus/generate-corpus';
import { buildPhraseBank } from '../corpus/phrase-bank';
import { createRng, type Rng } from '../corpus/prng';
import type { Editorial } from '../../src/lib/editorial/schema';
import { buildSearchIndexes, type BuildResult } from '../../src/lib/search/build-index';
import { pageText, readSearchPages, type SearchPage } from '../../src/lib/search/pages';
import { spawnSync } from 'node:child_process';
import { stripParticle } from '../../src/lib/search/particles';
import { dictionaryFor, editorialTerms, finishShardedFolder, SHARED_RUNTIME } from '../../src/lib/search/run-index';
import { indexToFiles, measureOutput, withPagefind } from '../../src/lib/search/build-index';
import { augmentedConfig, augmentedDocuments } from '../../src/lib/search/search-documents';
import { assignShards, editionSizes, shardFolders } from '../../src/lib/search/shards';
import type { WordCounts } from '../../src/lib/search/common-words';
import { synonymGroups } from '../../src/lib/search/synonyms';
import { isHangulWord } from '../../src/lib/search/word-pieces';
import { isHangulSyllable } from '../../src/lib/korean/hangul';
import { needleOnlyWords } from './needle-words';

export interface ScaleOptions {
  articles: number;
  seedTexts: string[];
  editorial: Editorial;
  /** Share of Hangul words replaced from the synthetic lexicon. */
  replaceShare?: number;
  lexiconSize?: number;
  seed?: string;
  /**
   * Real article pages put among the generated ones (in the newest edition),
   * counted in `articles`. The generated text comes from `seedTexts` only, so
   * give it other text than the needles': a haystack that repeats a needle's
   * own sentences ties with it on every query.
   */
  needles?: SearchPage[];
  /** Which compound boundaries make index tokens (build-index analyzer option). */
  compoundSources?: 'corpus' | 'dictionary' | 'both';
}

function zipfSampler(rng: Rng, n: number, s = 1.05): () => number {
  // Inverse-CDF on a precomputed table.
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, s);
    cdf[i] = sum;
  }
  return () => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function syllablePool(texts: string[]): string[] {
  const pool: string[] = [];
  for (const t of texts) for (const ch of t) if (isHangulSyllable(ch)) pool.push(ch);
  return pool;
}

/** Synthetic article pages: a title and one paragraph each. */
export function scalePages(options: ScaleOptions): SearchPage[] {
  const rng = createRng(options.seed ?? 'scale');
  const { editorial } = options;
  const needles = options.needles ?? [];
  // The generator's own words (editorial names and keywords, headline shapes, lexicon) never bring in a word only the needles use.
  const avoid = needles.length
    ? needleOnlyWords(needles.map((p) => p.text).join('\n'), options.seedTexts.join('\n'))
    : () => false;
  const organizations = editorial.organizations
    .filter((o) => !avoid(o.name))
    .map((o) => ({ ...o, aliases: o.aliases.filter((a) => !avoid(a)) }));
  const bank = buildPhraseBank(
    options.seedTexts,
    organizations,
    editorial.topics.map((t) => ({ slug: t.slug, keywords: Object.keys(t.keywords).filter((k) => !avoid(k)), fallback: t.fallback })),
  );
  const pool = syllablePool(options.seedTexts);
  const lexiconSize = options.lexiconSize ?? 150_000;
  const lexicon: string[] = [];
  while (lexicon.length < lexiconSize) {
    const len = rng.weighted([2, 3, 4], [5, 4, 2]);
    let w = '';
    for (let k = 0; k < len; k++) w += rng.pick(pool);
    if (!avoid(w)) lexicon.push(w);
  }
  const zipf = zipfSampler(rng, lexiconSize);
  const share = options.replaceShare ?? 0.3;
  const mutate = (line: string) =>
    line
      .split(' ')
      .map((word) => {
        if (!isHangulWord(word) || !rng.chance(share)) return word;
        const { suffix } = stripParticle(word);
        // One replacement in six is a compound of two lexicon words.
        const stem = rng.chance(1 / 6) ? lexicon[zipf()]! + lexicon[zipf()]! : lexicon[zipf()]!;
        return avoid(stem) ? word : stem + suffix;
      })
      .join(' ');

  const topics = editorial.topics.filter((t) => !t.fallback);
  const pages: SearchPage[] = [];
  let editionIndex = 0;
  const corpus = generateCorpus(bank, {
    count: Math.max(0, options.articles - needles.length),
    seed: options.seed ?? 'scale',
    ...(needles.length ? { avoidPhrase: avoid } : {}),
  });
  for (const file of corpus) {
    editionIndex += 1;
    const stem = file.name.replace(/\.txt$/, '');
    for (const raw of file.content.split('\n')) {
      if (!raw.trim()) continue;
      const text = mutate(raw.trim());
      const cut = text.indexOf(' ', 40);
      const title = text.slice(0, cut > 0 ? cut : 40);
      const body = text.slice(title.length).trim();
      const id = rng.hex(12);
      const chosen = rng.shuffle(topics).slice(0, rng.int(1, 2));
      const url = `/articles/${id}/`;
      pages.push({
        id,
        url,
        file: `(generated) ${url}`,
        title,
        paragraphs: [body],
        summary: body.slice(0, 160),
        topics: chosen.map((t) => ({ slug: t.slug, name: t.name })),
        edition: { stem, label: `제${String(editionIndex).padStart(3, '0')}호`, order: editionIndex },
        text: pageText(title, [body]),
      });
    }
  }
  // The generator may overshoot its count by a few lines; keep the total at `articles`.
  pages.length = Math.min(pages.length, Math.max(0, options.articles - needles.length));
  const newest = editionIndex + 1;
  for (const needle of needles) pages.push({ ...needle, edition: { ...needle.edition, order: newest } });
  return pages;
}

export interface ScaleSite {
  siteDir: string;
  plainIndexDir: string;
  result: BuildResult;
  pages: number;
}

/**
 * Builds the scale indexes into `workDir` and assembles a site there from a
 * built site's search page and assets (`templateSite`), so the real page can
 * query the scale index.
 */
export async function buildScaleSite(
  options: ScaleOptions & {
    workDir: string;
    templateSite: string;
    editionSort?: boolean;
    indexChunkSize?: number;
    /**
     * Articles per shard of the augmented index, as the site's build splits
     * it (shards.ts): each shard analysed and indexed on its own. Absent: one index.
     */
    shardSize?: number;
    /**
     * Keep the indexes a previous run built in `workDir` and only bring in the
     * template's search page again: for measuring a change to the search page
     * alone. The caller answers for the index being the one the options would build.
     */
    reuse?: boolean;
    log?: (s: string) => void;
  },
): Promise<ScaleSite> {
  const siteDir = path.join(options.workDir, 'site');
  const plainIndexDir = path.join(options.workDir, 'plain', 'pagefind');
  const builtFile = path.join(options.workDir, 'built.json');
  const copyTemplate = () => {
    for (const name of ['search', '_astro', 'favicon.svg']) {
      const from = path.join(options.templateSite, name);
      const to = path.join(siteDir, name);
      rmSync(to, { recursive: true, force: true });
      if (existsSync(from)) cpSync(from, to, { recursive: true });
    }
  };
  if (options.reuse && existsSync(builtFile)) {
    copyTemplate();
    const built = JSON.parse(readFileSync(builtFile, 'utf8')) as { pages: number; result: BuildResult };
    options.log?.(`reusing the indexes in ${options.workDir} (${built.pages} pages)`);
    return { siteDir, plainIndexDir, result: built.result, pages: built.pages };
  }
  rmSync(options.workDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  copyTemplate();
  const pages = scalePages(options);
  options.log?.(`${pages.length} generated pages`);
  const outputPath = path.join(siteDir, 'pagefind');
  const sharded = options.shardSize !== undefined && pages.length > options.shardSize;
  const result = await buildSearchIndexes({
    pages,
    ...(sharded ? {} : { outputPath }),
    plainOutputPath: plainIndexDir,
    synonymGroups: synonymGroups(options.editorial),
    ...editorialTerms(options.editorial),
    dictionary: dictionaryFor(options.editorial),
    ...(options.compoundSources ? { analyzer: { compoundSources: options.compoundSources } } : {}),
    ...(options.editionSort !== undefined ? { editionSort: options.editionSort } : {}),
    ...(options.indexChunkSize ? { indexChunkSize: options.indexChunkSize } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  if (sharded) result.augmented = await buildShardedIndex(pages, outputPath, options.shardSize!, options.editorial, options.log);
  writeFileSync(builtFile, JSON.stringify({ pages: pages.length, result: { ...result, analyzer: undefined } }));
  return { siteDir, plainIndexDir, result, pages: pages.length };
}

/**
 * The augmented index split the way the site's build splits it
 * (run-index.ts): pages grouped by edition into shards, each shard analysed
 * on its own pages and indexed by its own Pagefind index into its folder,
 * then the shared runtime, vocabulary and `ko-search.json` beside them.
 */
async function buildShardedIndex(
  pages: readonly SearchPage[],
  out: string,
  shardSize: number,
  editorial: Editorial,
  log?: (s: string) => void,
): Promise<NonNullable<BuildResult['augmented']>> {
  const started = performance.now();
  const groups = synonymGroups(editorial);
  const shards = assignShards(editionSizes(pages), shardSize);
  const shardOf = new Map(shards.flatMap((s) => s.editions.map((stem) => [stem, s.index] as const)));
  const folders = shardFolders(shards);
  const dictionary = dictionaryFor(editorial);
  const words = new Set<string>();
  const counts: WordCounts[] = [];
  let tokens = 0;
  rmSync(out, { recursive: true, force: true });
  const sized = await withPagefind(async () => {
    const done = [];
    for (const shard of shards) {
      const shardPages = pages.filter((p) => shardOf.get(p.edition.stem) === shard.index);
      const made = augmentedDocuments(shardPages, { synonymGroups: groups, ...editorialTerms(editorial), dictionary });
      for (const w of made.words) words.add(w);
      counts.push(made.wordCounts);
      tokens += made.tokens;
      const indexed = await indexToFiles(made.documents);
      for (const file of indexed.files) {
        const to = file.path === SHARED_RUNTIME ? path.join(out, file.path) : path.join(out, folders.get(shard.index)!, file.path);
        mkdirSync(path.dirname(to), { recursive: true });
        writeFileSync(to, file.content);
      }
      log?.(`  shard ${shard.name}: ${indexed.pages} pages, ${made.tokens} extra tokens`);
      done.push({ ...shard, pages: indexed.pages, pageWords: indexed.words });
    }
    return done;
  });
  finishShardedFolder(out, augmentedConfig(groups), sized, words, counts);
  const seconds = (performance.now() - started) / 1000;
  log?.(`augmented index: ${pages.length} pages in ${shards.length} shards of about ${shardSize}, ${tokens} extra tokens → ${out}`);
  return {
    outputPath: out,
    mode: 'augmented',
    pages: pages.length,
    pageWords: sized.reduce((n, s) => n + s.pageWords, 0),
    tokens,
    ...measureOutput(out),
    seconds,
    phases: { add: seconds, wait: 0, write: 0 },
    shards: { count: shards.length, indexed: shards.length, reused: 0, size: shardSize },
  };
}

/**
 * The article pages of some seed files, ingested into `workDir` by the ingest
 * command (as a build would), for putting among generated pages.
 */
export function needlePages(seedFiles: readonly string[], editorial: Editorial, workDir: string): { pages: SearchPage[]; articlesDir: string } {
  const content = path.join(workDir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(path.join(content, 'seeds'), { recursive: true });
  for (const seedFile of seedFiles) cpSync(seedFile, path.join(content, 'seeds', path.basename(seedFile)));
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/ingest.ts', '--quiet'], {
    env: { ...process.env, DIGEST_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ingest of ${seedFiles.join(', ')} failed: ${run.stderr || run.stdout}`);
  const articlesDir = path.join(content, 'articles');
  const pages = readSearchPages({ articlesDir, outDir: workDir, seedsDir: path.join(content, 'seeds'), editorial, base: '/', requireBuiltPages: false });
  return { pages, articlesDir };
}

export function readSeedTexts(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(path.join(seedsDir, n), 'utf8'));
}
