/**
 * Builds the Pagefind index of the article pages through Pagefind's Node API.
 *
 * Pagefind gets one small HTML document per article page, made here from the
 * page's text (pages.ts) — the title as the `<h1>` and the paragraphs, the
 * same blocks the built page shows in its `data-pagefind-body` — rather than
 * the whole built page: parsing navigation, related lists and footers Pagefind
 * would ignore anyway costs seconds and memory at 10,000 pages. The document
 * carries:
 *  - hidden elements with metadata (title, summary, topics, edition),
 *    filters (topic, edition) and optionally the edition sort key;
 *  - for the Korean-augmented index, one more `data-pagefind-body` element at
 *    the end holding the search tokens (analyzer.ts) after a SENTINEL. It has a
 *    low `data-pagefind-weight`, so a page containing the query word itself
 *    outranks one that only matches through a token; tokens that come from the
 *    title carry full weight. The search page cuts Pagefind's stored content
 *    at the SENTINEL, so excerpts are always the article's real text.
 *
 * The plain index (for comparison) gets the same documents without the token
 * block.
 *
 * The index files are taken from Pagefind in memory (`getFiles`) and written
 * here: Pagefind's own `writeFiles` opens every file at once, which at 10,000
 * pages costs a few hundred MB more at the build's memory peak.
 *
 * Next to Pagefind's files goes `ko-search.json`: the index mode, the sentinel
 * and the synonym groups the index was built with (the search page highlights
 * with the same groups).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  broadSuffixes,
  createAnalyzer,
  pagefindKeys,
  pruneTokens,
  rareJoins,
  type Analyzer,
  type AnalyzerOptions,
  type BroadSuffixOptions,
  type RareJoinOptions,
} from './analyzer';
import type { AnalyzeWord } from './compound-tokens';
import { buildVocabularyShards, type VocabularyShards } from './vocabulary';
import { escapeHtml } from '../escape-html';
import { encodeIndexedText } from './indexed-text';
import { SENTINEL } from './excerpt';
import type { SearchPage } from './pages';
import type { ShardManifestEntry } from './shards';

export const SEARCH_CONFIG_FILE = 'ko-search.json';

/** Weights of the token block (Pagefind's default weight is 1). */
export const TOKEN_WEIGHT = 0.25;
export const TITLE_TOKEN_WEIGHT = 1;
/** Characters of the summary kept in the index metadata. */
export const SUMMARY_CHARS = 100;


export interface SearchConfigFile {
  mode: 'augmented' | 'plain';
  sentinel: string;
  synonyms: string[][];
  /** The site's vocabulary for cutting compound queries (vocabulary.ts): shard count, in `ko-vocab/<n>.json`. */
  vocabulary?: { shards: number; words: number };
  /**
   * The shards of a sharded index, newest first: each a Pagefind index in
   * `pagefind/<name>/` (shards.ts). Absent for a single index in `pagefind/`
   * itself (the plain index).
   */
  shards?: ShardManifestEntry[];
}

/** Folder (inside the index folder) of the vocabulary shards. */
export const VOCABULARY_DIR = 'ko-vocab';

/** The vocabulary shard files: `ko-vocab/<n>.json`, each a JSON array of sorted words. */
export function vocabularyFiles(shards: readonly string[]): { path: string; content: string }[] {
  return shards.map((text, i) => ({ path: `${VOCABULARY_DIR}/${i}.json`, content: JSON.stringify(text ? text.split('\n') : []) }));
}

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
  analyzer?: Pick<AnalyzerOptions, 'maxJoinSide' | 'maxJoinLength' | 'compoundSources'> & { joins?: RareJoinOptions; broad?: BroadSuffixOptions };
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

/**
 * The summary travels in every result's fragment but is shown only when no
 * excerpt can be cut from the text, so a short one is enough.
 */
export function clipSummary(summary: string, max = SUMMARY_CHARS): string {
  const chars = [...summary.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

/**
 * Hidden elements carrying metadata, filters and the sort key (Pagefind reads
 * them anywhere on the page). Pagefind indexes the words of metadata too, so
 * in the augmented index the title and the summary, which repeat the text,
 * are encoded like it (indexed-text.ts) and the search page decodes them.
 * Topic names stay as they are: encoding would split `지역·특구` into words
 * that match pages whose text never says `특구`.
 */
export function metadataHtml(page: SearchPage, editionSort = false, encode: (text: string) => string = (t) => t): string {
  const parts = [
    `<span data-pagefind-meta="title">${escapeHtml(encode(page.title))}</span>`,
    page.summary ? `<span data-pagefind-meta="summary">${escapeHtml(encode(clipSummary(page.summary)))}</span>` : '',
    `<span data-pagefind-meta="topics">${escapeHtml(page.topics.map((t) => t.name).join(', '))}</span>`,
    `<span data-pagefind-meta="edition">${escapeHtml(page.edition.label)}</span>`,
    ...page.topics.map((t) => `<span data-pagefind-filter="topic">${escapeHtml(t.slug)}</span>`),
    `<span data-pagefind-filter="edition">${escapeHtml(page.edition.stem)}</span>`,
    editionSort ? `<span data-pagefind-sort="edition">${String(page.edition.order).padStart(6, '0')}</span>` : '',
  ];
  return `<div hidden>${parts.join('')}</div>`;
}

/** The token block: sentinel, then title tokens (full weight), then body tokens (low weight). */
export function tokenBlockHtml(titleTokens: readonly string[], bodyTokens: readonly string[]): string {
  return (
    `<div data-pagefind-body data-pagefind-weight="${TOKEN_WEIGHT}">` +
    `<p>${SENTINEL}</p>` +
    (titleTokens.length ? `<p data-pagefind-weight="${TITLE_TOKEN_WEIGHT}">${escapeHtml(titleTokens.join(' '))}</p>` : '') +
    (bodyTokens.length ? `<p>${escapeHtml(bodyTokens.join(' '))}</p>` : '') +
    `</div>`
  );
}

/**
 * The document Pagefind indexes for a page: its text blocks inside
 * `data-pagefind-body` (the title as the heading, so Pagefind weighs it as
 * one), then `extra` (metadata, token block). The augmented index passes the
 * blocks encoded (`encodePage`).
 */
export function searchDocumentHtml(page: Pick<SearchPage, 'title' | 'paragraphs'>, extra = ''): string {
  return (
    `<!doctype html><html lang="ko"><body><article data-pagefind-body>` +
    `<h1>${escapeHtml(page.title)}</h1>` +
    page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `</article>${extra}</body></html>`
  );
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

/** One page as Pagefind gets it: where it links to, which built file it is, the document to index. */
export interface SearchDocument {
  url: string;
  /** The built page (for messages and the existence check). */
  file: string;
  html: string;
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

/** A page's title and paragraphs as the augmented index holds them (indexed-text.ts), and its whole text so. */
export interface EncodedPage {
  title: string;
  paragraphs: string[];
  /** Equals `encodeIndexedText(page.text)`: encoding joins words with single spaces, block by block. */
  text: string;
}

export function encodePage(page: Pick<SearchPage, 'title' | 'paragraphs'>): EncodedPage {
  const title = encodeIndexedText(page.title);
  const paragraphs = page.paragraphs.map(encodeIndexedText);
  return { title, paragraphs, text: [title, ...paragraphs].filter(Boolean).join(' ') };
}

/**
 * What the extra tokens are, summed over pages after pruning: compound
 * suffixes by the boundary source that gave them, and what the document
 * frequency limits dropped.
 */
export interface TokenMix {
  /** Tokens kept over all pages. */
  kept: number;
  /** Compound suffixes only the dictionary gave / only the corpus boundaries gave / both. */
  dictionarySuffixes: number;
  corpusSuffixes: number;
  bothSuffixes: number;
  /** Every other token: inner script runs, joined neighbours, synonym members. */
  other: number;
  /** Page-tokens dropped as too broad (compound suffixes on too many pages) and as rare joins. */
  droppedBroad: number;
  droppedRareJoins: number;
  /** Distinct suffix tokens dropped as too broad, the commonest first (up to 12). */
  broadExamples: string[];
}

export const EMPTY_MIX: TokenMix = {
  kept: 0,
  dictionarySuffixes: 0,
  corpusSuffixes: 0,
  bothSuffixes: 0,
  other: 0,
  droppedBroad: 0,
  droppedRareJoins: 0,
  broadExamples: [],
};

/** Extra tokens per page (title tokens first), with compound suffixes that are too broad removed. */
export function pageTokens(
  analyzer: Analyzer,
  pages: readonly SearchPage[],
  joins: RareJoinOptions = {},
  encoded: readonly EncodedPage[] = pages.map(encodePage),
  mix?: TokenMix,
  broad: BroadSuffixOptions = {},
): { title: string[]; body: string[] }[] {
  const perPage = pages.map((page, i) => {
    const title = analyzer.analyzeTokens(page.title);
    const body = analyzer.analyzeTokens(page.text);
    // The keys Pagefind gives the page's encoded text: a token one of them starts with adds nothing.
    const keys = pagefindKeys(encoded[i]!.text);
    const titleTokens = pruneTokens(title.tokens, keys);
    const titleSet = new Set(titleTokens);
    const bodyTokens = pruneTokens(body.tokens, keys).filter((t) => !titleSet.has(t));
    return {
      titleTokens,
      bodyTokens,
      tokens: [...titleTokens, ...bodyTokens],
      suffixOnly: new Set([...title.suffixOnly, ...body.suffixOnly]),
      joinOnly: new Set([...title.joinOnly, ...body.joinOnly]),
      dictionaryOnly: new Set([...title.dictionaryOnly, ...body.dictionaryOnly]),
      corpusOnly: new Set([...title.corpusOnly, ...body.corpusOnly]),
    };
  });
  const broadSet = broadSuffixes(perPage, broad);
  const rareSet = rareJoins(perPage, joins);
  const keep = (t: string) => !broadSet.has(t) && !rareSet.has(t);
  const kept = perPage.map((p) => ({ title: p.titleTokens.filter(keep), body: p.bodyTokens.filter(keep) }));
  if (mix) {
    const broadCounts = new Map<string, number>();
    perPage.forEach((p, i) => {
      for (const t of p.tokens) {
        if (broadSet.has(t)) {
          mix.droppedBroad += 1;
          broadCounts.set(t, (broadCounts.get(t) ?? 0) + 1);
        } else if (rareSet.has(t)) mix.droppedRareJoins += 1;
      }
      for (const t of [...kept[i]!.title, ...kept[i]!.body]) {
        mix.kept += 1;
        if (!p.suffixOnly.has(t)) mix.other += 1;
        else if (p.dictionaryOnly.has(t)) mix.dictionarySuffixes += 1;
        else if (p.corpusOnly.has(t)) mix.corpusSuffixes += 1;
        else mix.bothSuffixes += 1;
      }
    });
    mix.broadExamples = [...broadCounts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([t]) => t);
  }
  return kept;
}

export interface AugmentOptions {
  synonymGroups: readonly (readonly string[])[];
  /** Editorial terms that seed the vocabulary (topic names/keywords, synonyms, organisations). */
  extraTerms: readonly string[];
  editionSort?: boolean;
  analyzer?: BuildOptions['analyzer'];
  /** Dictionary word analysis for compound tokens (src/lib/korean); without it only corpus-learnt boundaries are used. */
  dictionary?: AnalyzeWord;
}

export interface AugmentedDocuments {
  documents: SearchDocument[];
  /** Extra tokens over all pages. */
  tokens: number;
  mix: TokenMix;
  /** The site's vocabulary (every Hangul word the index holds), in shards. */
  vocabulary: VocabularyShards;
  /** The words it was made from (a sharded index joins those of every shard, run-index.ts). */
  words: ReadonlySet<string>;
  analyzer: Analyzer;
}

/** The Korean-augmented documents: text, metadata and the token block of every page. */
export function augmentedDocuments(pages: readonly SearchPage[], options: AugmentOptions): AugmentedDocuments {
  const analyzer = createAnalyzer(
    pages.map((p) => p.text),
    {
      extraTerms: options.extraTerms,
      synonymGroups: options.synonymGroups,
      ...(options.analyzer?.maxJoinSide !== undefined ? { maxJoinSide: options.analyzer.maxJoinSide } : {}),
      ...(options.analyzer?.maxJoinLength !== undefined ? { maxJoinLength: options.analyzer.maxJoinLength } : {}),
      ...(options.analyzer?.compoundSources ? { compoundSources: options.analyzer.compoundSources } : {}),
      ...(options.dictionary ? { dictionary: options.dictionary } : {}),
    },
  );
  // Each page's text is encoded once, for its document and for the keys that prune its tokens.
  const encoded = pages.map(encodePage);
  const mix: TokenMix = { ...EMPTY_MIX };
  const tokens = pageTokens(analyzer, pages, options.analyzer?.joins, encoded, mix, options.analyzer?.broad);
  const words = new Set<string>();
  encoded.forEach((page, i) => {
    for (const key of pagefindKeys(page.text)) words.add(key);
    for (const t of tokens[i]!.title) words.add(t);
    for (const t of tokens[i]!.body) words.add(t);
  });
  const vocabulary = buildVocabularyShards(words);
  return {
    vocabulary,
    words,
    documents: pages.map((page, i) => ({
      url: page.url,
      file: page.file,
      html: searchDocumentHtml(
        encoded[i]!,
        metadataHtml(page, options.editionSort, encodeIndexedText) + tokenBlockHtml(tokens[i]!.title, tokens[i]!.body),
      ),
    })),
    tokens: tokens.reduce((n, t) => n + t.title.length + t.body.length, 0),
    mix,
    analyzer,
  };
}

/** The plain documents: the same text and metadata, no tokens. */
export function plainDocuments(pages: readonly SearchPage[], editionSort = false): SearchDocument[] {
  return pages.map((page) => ({ url: page.url, file: page.file, html: searchDocumentHtml(page, metadataHtml(page, editionSort)) }));
}

export function augmentedConfig(synonymGroups: readonly (readonly string[])[], vocabulary?: VocabularyShards): SearchConfigFile {
  return {
    mode: 'augmented',
    sentinel: SENTINEL,
    synonyms: synonymGroups.map((g) => [...g]),
    ...(vocabulary ? { vocabulary: { shards: vocabulary.shards.length, words: vocabulary.words } } : {}),
  };
}

export const PLAIN_CONFIG: SearchConfigFile = { mode: 'plain', sentinel: SENTINEL, synonyms: [] };

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
        augmentedConfig(options.synonymGroups, augmented.vocabulary),
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
