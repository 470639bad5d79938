/**
 * The index step of the build, as functions: reads the entries and the
 * editorial data, checks the built pages, builds the index and returns
 * the figures. scripts/index-search.ts is a thin CLI over this.
 *
 * The site's index is sharded (shards.ts) and comes in two halves for
 * `npm run build`: `prepareDocuments` (entries → shard plan, and documents
 * for the shards the cache does not hold; needs no built pages, so it runs
 * while Astro builds them) and `indexPrepared` (those documents → Pagefind,
 * one shard at a time, into the shard cache, also while Astro builds; once
 * the pages are built it checks them and writes `<outDir>/pagefind`).
 * The plain index (for comparison) is one Pagefind index, as Pagefind
 * makes it out of the box.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEditorial } from '../editorial/load';
import type { Editorial } from '../editorial/schema';
import type { ProjectPaths } from '../project-paths';
import { buildSearchIndexes, indexToFiles, measureOutput, withPagefind, type BuildResult, type IndexFigures } from './build-index';
import { augmentedConfig, augmentedDocuments, SEARCH_CONFIG_FILE, vocabularyFiles, type SearchConfigFile } from './search-documents';
import { buildVocabularyShards } from './vocabulary';
import { commonWords, mergeWordCounts, type WordCounts } from './common-words';
import { entriesFingerprint, readDocumentsFile, writeDocumentsFile } from './documents-file';
import { assertBuilt, readSearchPages, readSearchSources, searchPageOf, type SearchSource } from './pages';
import { loadSiteSettings } from '../site/load-settings';
import {
  cachedShardKeys,
  codeFingerprint,
  copyShard,
  pruneShardCache,
  readShardFigures,
  shardCacheRoot,
  shardEntryDir,
  storeShard,
} from './shard-cache';
import { assignShards, editionSizes, sha256, shardFolders, shardKey, shardManifest, shardSizeFrom, type ShardAssignment } from './shards';
import { synonymGroups } from './synonyms';
import { createKoreanAnalyzer } from '../korean/analyzer';
import { collectGarbage } from '../memory/collect-garbage';
import type { AnalyzeWord } from './compound-tokens';

export interface RunIndexOptions {
  paths: ProjectPaths;
  /** BASE_PATH as the deployer wrote it (`/`, `/news`, `/news/`). */
  base: string;
  /** Augmented index folder; default `<outDir>/pagefind`. */
  out?: string;
  /** Build the plain (no Korean augmentation) index instead, into `out`. */
  plain?: boolean;
  /** Build both: augmented into `out`, plain into this folder. */
  alsoPlainOut?: string;
  /** Articles per shard of the augmented index (see PrepareOptions). */
  shardSize?: number;
  log?: (line: string) => void;
}

/** Terms from the editorial data that seed the analyzer's vocabulary. */
export function editorialTerms(editorial: Editorial): { extraTerms: string[] } {
  return {
    extraTerms: [
      ...editorial.topics.flatMap((t) => [t.name, ...Object.keys(t.keywords)]),
      ...editorial.synonyms.flat(),
      ...editorial.organizations.flatMap((o) => [o.name, ...o.aliases]),
    ],
  };
}

/**
 * Word analysis for compound tokens: the dictionary layer, with the editorial
 * names (organisations and their aliases, synonym members) kept whole, so a
 * name the dictionary does not know is not cut into nonsense parts.
 */
export function dictionaryFor(editorial: Editorial): AnalyzeWord {
  const ko = createKoreanAnalyzer({
    userWords: [...editorial.organizations.flatMap((o) => [o.name, ...o.aliases]), ...editorial.synonyms.flat()],
  });
  return (word) => ko.word(word);
}

function readOptions(paths: ProjectPaths, base: string, requireBuiltPages: boolean, editorial: Editorial) {
  return {
    articlesDir: paths.articlesDir,
    outDir: paths.outDir,
    seedsDir: paths.seedsDir,
    editorial,
    editionNaming: loadSiteSettings(paths.dataDir).editions,
    base,
    requireBuiltPages,
  };
}

/** The editorial data and the pages of every entry. */
function loadPages(paths: ProjectPaths, base: string, requireBuiltPages: boolean) {
  const editorial = loadEditorial(paths.dataDir);
  return { editorial, pages: readSearchPages(readOptions(paths, base, requireBuiltPages, editorial)) };
}

/** The editorial data and what the page of every entry is made from (no Markdown parsed yet). */
function loadSources(paths: ProjectPaths, base: string, requireBuiltPages: boolean) {
  const editorial = loadEditorial(paths.dataDir);
  return { editorial, sources: readSearchSources(readOptions(paths, base, requireBuiltPages, editorial)) };
}

/** The whole step at once, on a built site: the sharded augmented index and/or the plain one. */
export async function runIndex(options: RunIndexOptions): Promise<BuildResult> {
  const { paths } = options;
  const result: BuildResult = {};
  if (!options.plain) {
    const out = path.resolve(options.out ?? path.join(paths.outDir, 'pagefind'));
    const file = path.join(paths.cacheDir, `search-plan-${process.pid}.json`);
    try {
      prepareDocuments({ paths, base: options.base, file, ...(options.shardSize ? { shardSize: options.shardSize } : {}) });
      result.augmented = await indexPrepared({ paths, base: options.base, file, out });
    } finally {
      rmSync(file, { force: true });
    }
    options.log?.(`augmented index: ${result.augmented.pages} pages → ${out}`);
  }
  const plainOut = options.plain ? path.resolve(options.out ?? path.join(paths.outDir, 'pagefind')) : options.alsoPlainOut && path.resolve(options.alsoPlainOut);
  if (plainOut) {
    const { editorial, pages } = loadPages(paths, options.base, true);
    const plain = await buildSearchIndexes({
      pages,
      plainOutputPath: plainOut,
      synonymGroups: synonymGroups(editorial),
      ...editorialTerms(editorial),
      ...(options.log ? { log: options.log } : {}),
    });
    result.plain = plain.plain;
  }
  return result;
}

export interface PrepareOptions {
  paths: ProjectPaths;
  base: string;
  /** Articles per shard; default DIGEST_SEARCH_SHARD_SIZE or DEFAULT_SHARD_SIZE (shards.ts). */
  shardSize?: number;
  /** Default `planFileOf(paths)`. */
  file?: string;
}

/** Where the first half leaves the plan of the shards for the second. */
export function planFileOf(paths: ProjectPaths): string {
  return path.join(paths.cacheDir, 'search-plan.json');
}

const PLAN_FORMAT = 'news-digest-search-plan/1';

interface PlannedShard extends ShardAssignment {
  key: string;
  /** Pages of the shard. */
  pages: number;
  /** Prepared documents of a shard that is not in the cache (it is indexed); absent when the cache has it. */
  documents?: string;
}

export interface ShardPlan {
  format: typeof PLAN_FORMAT;
  /** `entriesFingerprint` of the entries the plan was made from. */
  entries: string;
  config: SearchConfigFile;
  shardSize: number;
  shards: PlannedShard[];
  /** The built page of every indexed article (checked once astro build has finished). */
  pageFiles: string[];
}

/**
 * What a page's index files are made from, as text: everything of its
 * source but the path of its built file (which depends on where the site is
 * built, not on what the index holds). The source has the Markdown the
 * page's text blocks are parsed from, so no Markdown is parsed to key a shard.
 */
export function pageKeyContent(source: SearchSource): string {
  const { file: _file, ...rest } = source;
  return JSON.stringify(rest);
}

/**
 * First half: reads every entry, groups the pages into shards (shards.ts),
 * keys each shard, and for each shard the cache does not hold runs the Korean
 * analysis over the shard's own pages and writes its documents. The analysis
 * learns its vocabulary from the shard alone, so a shard's files depend on
 * nothing outside it (its pages, the editorial data, the code).
 */
export function prepareDocuments(options: PrepareOptions): { file: string; pages: number; tokens: number; shards: number; stale: number } {
  const { paths } = options;
  const entries = entriesFingerprint(paths.articlesDir);
  const { editorial, sources: pages } = loadSources(paths, options.base, false);
  const groups = synonymGroups(editorial);
  const config = augmentedConfig(groups);
  const shardSize = options.shardSize ?? shardSizeFrom(process.env);
  const keyBase = { code: codeFingerprint(), editorial: sha256(JSON.stringify(editorial)), settings: JSON.stringify({ editionSort: false }) };
  const cacheRoot = shardCacheRoot(paths.cacheDir);
  const cached = cachedShardKeys(cacheRoot);
  const shardOf = new Map<string, number>();
  const assignments = assignShards(editionSizes(pages), shardSize);
  for (const shard of assignments) for (const stem of shard.editions) shardOf.set(stem, shard.index);
  const pagesOf = assignments.map(() => [] as SearchSource[]);
  for (const page of pages) pagesOf[shardOf.get(page.edition.stem)!]!.push(page);

  const documentsDir = path.join(paths.cacheDir, 'search-documents');
  rmSync(documentsDir, { recursive: true, force: true });
  let tokens = 0;
  let dictionary: AnalyzeWord | undefined;
  const shards: PlannedShard[] = assignments.map((shard, i) => {
    const shardPages = pagesOf[i]!;
    const key = shardKey(keyBase, shardPages.map(pageKeyContent));
    const planned: PlannedShard = { ...shard, key, pages: shardPages.length };
    if (!cached.has(key)) {
      dictionary ??= dictionaryFor(editorial);
      const made = augmentedDocuments(shardPages.map(searchPageOf), { synonymGroups: groups, ...editorialTerms(editorial), dictionary });
      const file = path.join(documentsDir, `${shard.name}.jsonl`);
      // The shard's words travel with its documents into the cache; the site's vocabulary joins every shard's.
      const vocabulary = { path: SHARD_VOCABULARY_FILE, content: [...made.words].sort().join('\n') };
      const counts = { path: SHARD_WORD_COUNTS_FILE, content: JSON.stringify(made.wordCounts) };
      writeDocumentsFile(file, { config, pages: made.documents.length, tokens: made.tokens, entries, files: [vocabulary, counts] }, made.documents);
      tokens += made.tokens;
      planned.documents = file;
      // The shard's memory goes back before the next shard: the process holds one shard's work at a time.
      collectGarbage();
    }
    return planned;
  });
  const plan: ShardPlan = { format: PLAN_FORMAT, entries, config, shardSize, shards, pageFiles: pages.map((p) => p.file) };
  const file = options.file ?? planFileOf(paths);
  writeFileAtomic(file, `${JSON.stringify(plan)}\n`);
  return { file, pages: pages.length, tokens, shards: shards.length, stale: shards.filter((s) => s.documents).length };
}

function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function readPlan(file: string): ShardPlan {
  if (!existsSync(file)) throw new Error(`${file}: no prepared search documents (run index-search.ts --prepare first)`);
  const plan = JSON.parse(readFileSync(file, 'utf8')) as ShardPlan;
  if (plan.format !== PLAN_FORMAT) throw new Error(`${file}: not a search shard plan (${PLAN_FORMAT})`);
  return plan;
}

export interface IndexPreparedOptions extends PrepareOptions {
  out?: string;
  /**
   * Settles when the pages are built. The shards are indexed into the cache
   * before it settles (so that work overlaps Astro's), and the pages are
   * checked and the index written to the site after. Default: the pages are
   * built already.
   */
  pagesBuilt?: Promise<void>;
}

/** Files of a shard's cache entry that go to `pagefind/` once rather than into every shard folder. */
export const SHARED_RUNTIME = 'pagefind.js';
/** A shard's words in its cache entry (one per line), for the site's vocabulary (vocabulary.ts). */
const SHARD_VOCABULARY_FILE = 'vocabulary.txt';
/** A shard's page counts of its frequent words (common-words.ts), for the site's common words. */
const SHARD_WORD_COUNTS_FILE = 'word-counts.json';

/**
 * Second half: indexes every shard the cache does not hold, each with its own
 * Pagefind process (started and stopped per shard, so memory is bounded by the
 * shard), into the cache; then, once every page is built, writes the site's
 * `pagefind/`: one folder per shard copied from the cache, pagefind.js once,
 * and `ko-search.json` listing the shards newest first. Cache entries no shard
 * uses any more are removed.
 */
export async function indexPrepared(options: IndexPreparedOptions): Promise<IndexFigures> {
  const { paths } = options;
  const started = performance.now();
  const plan = readPlan(options.file ?? planFileOf(paths));
  if (plan.entries !== entriesFingerprint(paths.articlesDir)) {
    throw new Error(`${options.file ?? planFileOf(paths)} was prepared from other entries than ${paths.articlesDir} now holds: prepare it again`);
  }
  const cacheRoot = shardCacheRoot(paths.cacheDir);
  mkdirSync(cacheRoot, { recursive: true });
  let indexed = 0;
  for (const shard of plan.shards) {
    if (!shard.documents) continue;
    const { header, documents } = await readDocumentsFile(shard.documents);
    if (header.entries !== plan.entries) throw new Error(`${shard.documents} belongs to another plan: prepare it again`);
    const made = await withPagefind(() => indexToFiles(documents));
    const extra = (header.files ?? []).map((f) => ({ path: f.path, content: Buffer.from(f.content, 'utf8') }));
    storeShard(cacheRoot, shard.key, [...made.files, ...extra], { pages: made.pages, pageWords: made.words, tokens: header.tokens });
    indexed += 1;
  }
  const added = performance.now();
  await options.pagesBuilt;
  const waited = performance.now();
  assertBuilt(plan.pageFiles);

  const out = path.resolve(options.out ?? path.join(paths.outDir, 'pagefind'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let pageWords = 0;
  let tokens = 0;
  let pages = 0;
  const folders = shardFolders(plan.shards);
  const words = new Set<string>();
  const counts: WordCounts[] = [];
  for (const shard of plan.shards) {
    copyShard(cacheRoot, shard.key, path.join(out, folders.get(shard.index)!), new Set([SHARED_RUNTIME, SHARD_VOCABULARY_FILE, SHARD_WORD_COUNTS_FILE]));
    const vocabularyFile = path.join(shardEntryDir(cacheRoot, shard.key), SHARD_VOCABULARY_FILE);
    if (existsSync(vocabularyFile)) for (const word of readFileSync(vocabularyFile, 'utf8').split('\n')) if (word) words.add(word);
    const countsFile = path.join(shardEntryDir(cacheRoot, shard.key), SHARD_WORD_COUNTS_FILE);
    if (existsSync(countsFile)) counts.push(JSON.parse(readFileSync(countsFile, 'utf8')) as WordCounts);
    const figures = readShardFigures(cacheRoot, shard.key);
    pageWords += figures.pageWords;
    tokens += figures.tokens;
    pages += figures.pages;
  }
  const newest = plan.shards.at(-1);
  if (newest) cpSync(path.join(shardEntryDir(cacheRoot, newest.key), SHARED_RUNTIME), path.join(out, SHARED_RUNTIME));
  finishShardedFolder(out, plan.config, plan.shards, words, counts);
  pruneShardCache(cacheRoot, new Set(plan.shards.map((s) => s.key)));
  rmSync(path.join(paths.cacheDir, 'search-documents'), { recursive: true, force: true });
  const done = performance.now();
  return {
    outputPath: out,
    mode: 'augmented',
    pages,
    pageWords,
    tokens,
    ...measureOutput(out),
    seconds: (done - started) / 1000,
    phases: { add: (added - started) / 1000, wait: (waited - added) / 1000, write: (done - waited) / 1000 },
    shards: { count: plan.shards.length, indexed, reused: plan.shards.length - indexed, size: plan.shardSize },
  };
}

/**
 * Writes what a sharded `pagefind/` holds beside its shard folders: the
 * vocabulary of every shard's words (vocabulary.ts) and `ko-search.json`
 * with the shards, newest first, and the common words of all shards together.
 */
export function finishShardedFolder(
  out: string,
  base: SearchConfigFile,
  shards: readonly (ShardAssignment & { pages?: number })[],
  words: Iterable<string>,
  counts: readonly WordCounts[],
): SearchConfigFile {
  const vocabulary = buildVocabularyShards(words);
  for (const file of vocabularyFiles(vocabulary.shards)) {
    mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
    writeFileSync(path.join(out, file.path), file.content);
  }
  const config: SearchConfigFile = {
    ...base,
    vocabulary: { shards: vocabulary.shards.length, words: vocabulary.words },
    shards: shardManifest(shards),
  };
  const common = commonWords(mergeWordCounts(counts));
  if (common.length) config.common = common;
  writeFileSync(path.join(out, SEARCH_CONFIG_FILE), `${JSON.stringify(config)}\n`);
  return config;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Human-readable lines for one index. */
export function describeFigures(f: IndexFigures): string[] {
  return [
    `${f.mode === 'plain' ? 'plain Pagefind' : 'Korean-augmented'} index → ${f.outputPath}`,
    `  ${f.pages} pages, ${f.pageWords} unique words by Pagefind's count${f.mode === 'augmented' ? `, ${f.tokens} extra search tokens` : ''}, ${f.seconds.toFixed(2)} s` +
      (f.phases ? ` (adding ${f.phases.add.toFixed(2)} s, waiting for the pages ${f.phases.wait.toFixed(2)} s, building and writing ${f.phases.write.toFixed(2)} s)` : ''),
    ...(f.shards
      ? [`  ${f.shards.count} shard(s) of ${f.shards.size} articles or more: ${f.shards.indexed} indexed, ${f.shards.reused} reused from the cache`]
      : []),
    `  index data ${kb(f.bytes.data)} (meta ${kb(f.bytes.meta)}, word index ${kb(f.bytes.index)} in ${f.indexChunks.count} chunks ` +
      `[avg ${kb(f.indexChunks.avgBytes)}, max ${kb(f.indexChunks.maxBytes)}], fragments ${kb(f.bytes.fragment)} ` +
      `[avg ${kb(f.fragments.avgBytes)}], filters ${kb(f.bytes.filter)})`,
    `  runtime ${kb(f.bytes.runtime)} (pagefind.js + worker + wasm), vocabulary shards ${kb(f.bytes.vocabulary)}, unused UI bundles ${kb(f.bytes.unusedUi)}, folder total ${kb(f.bytes.total)}`,
  ];
}
