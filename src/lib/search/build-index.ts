/**
 * Builds the Pagefind index of the article pages through Pagefind's Node API,
 * from the documents search-documents.ts makes.
 *
 * The index files are taken from Pagefind in memory (`getFiles`) and written
 * here: Pagefind's own `writeFiles` opens every file at once, which at 10,000
 * pages costs a few hundred MB more at the build's memory peak.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Analyzer } from './analyzer';
import { commonWords } from './common-words';
import type { AnalyzeWord } from './compound-tokens';
import type { TokenMix } from './page-tokens';
import type { SearchPage } from './pages';
import type { SearchDocument } from './search-document-html';
import {
  augmentedConfig,
  augmentedDocuments,
  PLAIN_CONFIG,
  plainDocuments,
  SEARCH_CONFIG_FILE,
  VOCABULARY_DIR,
  vocabularyFiles,
  type AnalyzerTuning,
  type SearchConfigFile,
} from './search-documents';

export interface IndexFigures {
  outputPath: string;
  mode: 'augmented' | 'plain';
  pages: number;
  /**
   * Pagefind's own count of unique words per page, summed. It counts words
   * that give no index key too (the particle and punctuation words the
   * augmented documents set apart), so it is not comparable across modes.
   */
  pageWords: number;
  /** Extra tokens added over all pages (0 for plain). */
  tokens: number;
  /** Bytes per kind of file in the output folder. */
  bytes: {
    total: number;
    /** pf_meta + index chunks + fragments + filters: the data that grows with the site. */
    data: number;
    meta: number;
    index: number;
    fragment: number;
    filter: number;
    /** pagefind.js + worker + wasm + entry: what every first search loads. */
    runtime: number;
    /** UI bundles Pagefind always writes and the search page never loads. */
    unusedUi: number;
    /** The vocabulary shards (ko-vocab/). */
    vocabulary: number;
  };
  indexChunks: { count: number; maxBytes: number; avgBytes: number };
  fragments: { count: number; avgBytes: number };
  seconds: number;
  /** Seconds spent adding the documents, waiting before the write (see `beforeWrite`), and building and writing the files. */
  phases?: { add: number; wait: number; write: number };
  /** A sharded index: shards in all, indexed in this run, copied from the cache, and the shard size. */
  shards?: { count: number; indexed: number; reused: number; size: number };
}

export interface BuildOptions {
  pages: SearchPage[];
  /** Where the augmented index goes (`<outDir>/pagefind`). Omit to skip it. */
  outputPath?: string;
  /** Where the plain index goes, when wanted. */
  plainOutputPath?: string;
  synonymGroups: string[][];
  /** Editorial terms that seed the vocabulary (topic names/keywords, synonyms, organisations). */
  extraTerms: string[];
  /**
   * Add Pagefind's sort by edition. It costs a list of every page in the
   * index's metadata file, which every first search downloads (about 21 KB
   * at 10,000 pages); without it the search page orders newest-first itself.
   */
  editionSort?: boolean;
  /** Pagefind's word-index chunk size (postings per chunk; Pagefind's default is 20000). */
  indexChunkSize?: number;
  /** Tuning of the Korean analysis (join lengths). */
  analyzer?: AnalyzerTuning;
  /** Dictionary word analysis for compound tokens (src/lib/korean). */
  dictionary?: AnalyzeWord;
  log?: (line: string) => void;
}

export interface BuildResult {
  augmented?: IndexFigures;
  plain?: IndexFigures;
  analyzer?: Analyzer;
  mix?: TokenMix;
}

function walk(dir: string): { file: string; size: number }[] {
  const out: { file: string; size: number }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...walk(full));
    else out.push({ file: full, size: st.size });
  }
  return out;
}

export function measureOutput(outputPath: string): Pick<IndexFigures, 'bytes' | 'indexChunks' | 'fragments'> {
  const files = walk(outputPath);
  const bytes = { total: 0, data: 0, meta: 0, index: 0, fragment: 0, filter: 0, runtime: 0, unusedUi: 0, vocabulary: 0 };
  const chunkSizes: number[] = [];
  const fragmentSizes: number[] = [];
  for (const { file, size } of files) {
    const name = path.basename(file);
    bytes.total += size;
    if (name.endsWith('.pf_meta')) bytes.meta += size;
    else if (name.endsWith('.pf_index')) {
      bytes.index += size;
      chunkSizes.push(size);
    } else if (name.endsWith('.pf_fragment')) {
      bytes.fragment += size;
      fragmentSizes.push(size);
    } else if (name.endsWith('.pf_filter')) bytes.filter += size;
    else if (name === 'pagefind.js' || name === 'pagefind-worker.js' || name.startsWith('wasm.') || name === 'pagefind-entry.json')
      bytes.runtime += size;
    else if (path.basename(path.dirname(file)) === VOCABULARY_DIR) bytes.vocabulary += size;
    else if (name !== SEARCH_CONFIG_FILE) bytes.unusedUi += size;
  }
  bytes.data = bytes.meta + bytes.index + bytes.fragment + bytes.filter;
  const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
  return {
    bytes,
    indexChunks: { count: chunkSizes.length, maxBytes: Math.max(0, ...chunkSizes), avgBytes: avg(chunkSizes) },
    fragments: { count: fragmentSizes.length, avgBytes: avg(fragmentSizes) },
  };
}

async function newIndex() {
  const { errors, index } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index || errors.length) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`);
  return index;
}

async function writeIndex(
  index: pagefind.PagefindIndex,
  outputPath: string,
  config: SearchConfigFile,
  extraFiles: readonly { path: string; content: string }[] = [],
): Promise<void> {
  const { errors, files } = await index.getFiles();
  if (errors.length) throw new Error(`pagefind could not build the index for ${outputPath}: ${errors.join('; ')}`);
  rmSync(outputPath, { recursive: true, force: true });
  const folders = new Set<string>();
  for (const file of files) {
    const target = path.join(outputPath, file.path);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, file.content);
  }
  writeFileSync(path.join(outputPath, SEARCH_CONFIG_FILE), `${JSON.stringify(config)}\n`);
  for (const file of extraFiles) {
    const target = path.join(outputPath, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/**
 * Files of Pagefind's output a shard keeps: its entry file, metadata, word
 * index, fragments, filters, the WebAssembly and pagefind.js. Pagefind's UI
 * bundles and its web worker are left out: the search page loads neither
 * (it runs Pagefind on the main thread), and every shard would carry a copy.
 */
export function isShardFile(file: string): boolean {
  const top = file.split('/')[0]!;
  return !/^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(top);
}

/**
 * Indexes the documents with a new Pagefind index and returns its files
 * (those `isShardFile` keeps) without writing them. The caller closes
 * Pagefind (`withPagefind`).
 */
export async function indexToFiles(
  documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
): Promise<{ pages: number; words: number; files: { path: string; content: Uint8Array }[] }> {
  const index = await newIndex();
  const { pages, words } = await addDocuments(index, documents);
  const { errors, files } = await index.getFiles();
  if (errors.length) throw new Error(`pagefind could not build the index: ${errors.join('; ')}`);
  await index.deleteIndex();
  return { pages, words, files: files.filter((f) => isShardFile(f.path)).map((f) => ({ path: f.path, content: f.content })) };
}

/** Adds documents a few at a time (the Pagefind service handles requests concurrently). */
async function addDocuments(
  index: pagefind.PagefindIndex,
  documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
): Promise<{ pages: number; words: number }> {
  let pages = 0;
  let words = 0;
  let batch: SearchDocument[] = [];
  const flush = async () => {
    const added = await Promise.all(
      batch.map(async (doc) => {
        const { errors, file } = await index.addHTMLFile({ url: doc.url, content: doc.html });
        if (errors.length) throw new Error(`pagefind could not index ${doc.url} (${doc.file}): ${errors.join('; ')}`);
        return file.uniqueWords;
      }),
    );
    for (const n of added) words += n;
    pages += batch.length;
    batch = [];
  };
  for await (const doc of documents) {
    batch.push(doc);
    if (batch.length === 32) await flush();
  }
  await flush();
  return { pages, words };
}

/**
 * Indexes the documents with Pagefind and writes the index to `outputPath`
 * (replacing what was there). The caller closes Pagefind (`withPagefind`).
 */
export async function indexDocuments(
  documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
  outputPath: string,
  config: SearchConfigFile,
  tokens = 0,
  /** Awaited after the documents are added and before anything is written; throwing here writes nothing. */
  beforeWrite?: () => Promise<void>,
  /** Files written next to the index (the vocabulary shards). */
  extraFiles: readonly { path: string; content: string }[] = [],
): Promise<IndexFigures> {
  const started = performance.now();
  const index = await newIndex();
  const { pages, words } = await addDocuments(index, documents);
  const added = performance.now();
  await beforeWrite?.();
  const waited = performance.now();
  await writeIndex(index, outputPath, config, extraFiles);
  await index.deleteIndex();
  return {
    outputPath,
    mode: config.mode,
    pages,
    pageWords: words,
    tokens,
    ...measureOutput(outputPath),
    seconds: (performance.now() - started) / 1000,
    phases: { add: (added - started) / 1000, wait: (waited - added) / 1000, write: (performance.now() - waited) / 1000 },
  };
}

/**
 * Allocator setting for the Pagefind service. Pagefind's Linux binary uses
 * jemalloc, which by default keeps freed pages for 10 s before it returns them;
 * building the index frees and reallocates most of its page data within that
 * time, so the freed pages would count at the memory peak. Returning them
 * after 1 s lowered the peak of the 10,000-article index from 3.36 GB to
 * 2.99 GB for about 2 s more (bench/results.md). A setting in the caller's
 * environment wins.
 */
export const PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:1000';

/** Runs `work` with Pagefind's service, and always shuts the service down afterwards. */
export async function withPagefind<T>(work: () => Promise<T>, indexChunkSize?: number): Promise<T> {
  // Read by the Pagefind service when it starts (it inherits this process's environment).
  const env: Record<string, string> = { _RJEM_MALLOC_CONF: process.env._RJEM_MALLOC_CONF ?? PAGEFIND_MALLOC_CONF };
  if (indexChunkSize) env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize);
  const before = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    await pagefind.close();
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Analysis and indexing in one call: the augmented and/or the plain index of `pages`. */
export async function buildSearchIndexes(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined);
  return withPagefind(async () => {
    const result: BuildResult = {};
    if (options.outputPath) {
      const started = performance.now();
      const augmented = augmentedDocuments(options.pages, options);
      result.analyzer = augmented.analyzer;
      result.mix = augmented.mix;
      const analysis = (performance.now() - started) / 1000;
      const figures = await indexDocuments(
        augmented.documents,
        options.outputPath,
        augmentedConfig(options.synonymGroups, augmented.vocabulary, commonWords(augmented.wordCounts)),
        augmented.tokens,
        undefined,
        vocabularyFiles(augmented.vocabulary.shards),
      );
      result.augmented = { ...figures, seconds: (performance.now() - started) / 1000 };
      log(`augmented index: ${figures.pages} pages, ${augmented.tokens} extra tokens (analysis ${analysis.toFixed(1)} s) → ${options.outputPath}`);
    }
    if (options.plainOutputPath) {
      result.plain = await indexDocuments(plainDocuments(options.pages, options.editionSort), options.plainOutputPath, PLAIN_CONFIG);
      log(`plain index: ${result.plain.pages} pages → ${options.plainOutputPath}`);
    }
    return result;
  }, options.indexChunkSize);
}
