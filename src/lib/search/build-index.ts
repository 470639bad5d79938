/**
 * Builds the Pagefind index of the article pages through Pagefind's Node API.
 *
 * Each built page is given to Pagefind as is, plus (in memory only — the
 * files on disk are never changed):
 *  - hidden elements carrying metadata (title, summary, topics, edition),
 *    filters (topic, edition) and the edition sort key;
 *  - for the Korean-augmented index, one more `data-pagefind-body` element at
 *    the end holding the search tokens (analyzer.ts) after a SENTINEL. It has a
 *    low `data-pagefind-weight`, so a page containing the query word itself
 *    outranks one that only matches through a token; tokens that come from the
 *    title carry full weight. The search page cuts Pagefind's stored content
 *    at the SENTINEL, so excerpts are always the article's real text.
 *
 * The tokens are computed from the entry's text (SearchPage.text), which is
 * what the page shows inside `data-pagefind-body`.
 *
 * The plain index (for comparison) gets the same pages and metadata without
 * the token block.
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
  type RareJoinOptions,
} from './analyzer';
import { SENTINEL } from './excerpt';
import type { SearchPage } from './pages';

export const SEARCH_CONFIG_FILE = 'ko-search.json';

/** Weights of the token block (Pagefind's default weight is 1). */
export const TOKEN_WEIGHT = 0.25;
export const TITLE_TOKEN_WEIGHT = 1;
/** Characters of the summary kept in the index metadata. */
export const SUMMARY_CHARS = 100;

/**
 * Parts of the article page that repeat what is said elsewhere or are the
 * same on every page (topic tags, the figures box, the organisation list and
 * their headings). Left out of the index so `주요` or `기관` do not match every
 * article and so excerpts come from the article text.
 */
export const EXCLUDE_SELECTORS = ['.tags', '.figure-box', '.org-box'];

export interface SearchConfigFile {
  mode: 'augmented' | 'plain';
  sentinel: string;
  synonyms: string[][];
}

export interface IndexFigures {
  outputPath: string;
  mode: 'augmented' | 'plain';
  pages: number;
  /** Distinct words Pagefind reported over all pages (sum of per-page unique words). */
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
  };
  indexChunks: { count: number; maxBytes: number; avgBytes: number };
  fragments: { count: number; avgBytes: number };
  seconds: number;
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
  excludeSelectors?: string[];
  /**
   * Add Pagefind's sort by edition. It costs a list of every page in the
   * index's metadata file, which every first search downloads (about 21 KB
   * at 10,000 pages); without it the search page orders newest-first itself.
   */
  editionSort?: boolean;
  /** Pagefind's word-index chunk size (postings per chunk; Pagefind's default is 20000). */
  indexChunkSize?: number;
  /** Tuning of the Korean analysis (join lengths). */
  analyzer?: Pick<AnalyzerOptions, 'maxJoinSide' | 'maxJoinLength'> & { joins?: RareJoinOptions };
  log?: (line: string) => void;
}

export interface BuildResult {
  augmented?: IndexFigures;
  plain?: IndexFigures;
  analyzer?: Analyzer;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** Hidden elements carrying metadata, filters and the sort key (Pagefind reads them anywhere on the page). */
export function metadataHtml(page: SearchPage, editionSort = false): string {
  const parts = [
    `<span data-pagefind-meta="title">${escapeHtml(page.title)}</span>`,
    page.summary ? `<span data-pagefind-meta="summary">${escapeHtml(clipSummary(page.summary))}</span>` : '',
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

function inject(html: string, extra: string): string {
  const at = html.lastIndexOf('</body>');
  return at >= 0 ? `${html.slice(0, at)}${extra}${html.slice(at)}` : `${html}${extra}`;
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
  const bytes = { total: 0, data: 0, meta: 0, index: 0, fragment: 0, filter: 0, runtime: 0, unusedUi: 0 };
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

async function newIndex(excludeSelectors: string[]) {
  const { errors, index } = await pagefind.createIndex({ forceLanguage: 'ko', excludeSelectors });
  if (!index || errors.length) throw new Error(`pagefind.createIndex failed: ${errors.join('; ')}`);
  return index;
}

async function writeIndex(
  index: pagefind.PagefindIndex,
  outputPath: string,
  config: SearchConfigFile,
): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(path.dirname(outputPath), { recursive: true });
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length) throw new Error(`pagefind writeFiles(${outputPath}) failed: ${errors.join('; ')}`);
  writeFileSync(path.join(outputPath, SEARCH_CONFIG_FILE), `${JSON.stringify(config)}\n`);
}

async function addPage(index: pagefind.PagefindIndex, page: SearchPage, html: string): Promise<number> {
  const { errors, file } = await index.addHTMLFile({ url: page.url, content: html });
  if (errors.length) throw new Error(`pagefind could not index ${page.file}: ${errors.join('; ')}`);
  return file.uniqueWords;
}

/** Adds pages a few at a time (the Pagefind service handles requests concurrently). */
async function addPages(index: pagefind.PagefindIndex, pages: SearchPage[], htmlOf: (page: SearchPage, i: number) => string): Promise<number> {
  let words = 0;
  const batch = 32;
  for (let i = 0; i < pages.length; i += batch) {
    const counts = await Promise.all(pages.slice(i, i + batch).map((page, k) => addPage(index, page, htmlOf(page, i + k))));
    for (const n of counts) words += n;
  }
  return words;
}

/** Extra tokens per page (title tokens first), with compound suffixes that are too broad removed. */
export function pageTokens(
  analyzer: Analyzer,
  pages: readonly SearchPage[],
  joins: RareJoinOptions = {},
): { title: string[]; body: string[] }[] {
  const perPage = pages.map((page) => {
    const keys = pagefindKeys(page.text);
    const title = analyzer.analyzeTokens(page.title);
    const body = analyzer.analyzeTokens(page.text);
    const titleTokens = pruneTokens(title.tokens, keys);
    const titleSet = new Set(titleTokens);
    const bodyTokens = pruneTokens(body.tokens, keys).filter((t) => !titleSet.has(t));
    return {
      titleTokens,
      bodyTokens,
      tokens: [...titleTokens, ...bodyTokens],
      suffixOnly: new Set([...title.suffixOnly, ...body.suffixOnly]),
      joinOnly: new Set([...title.joinOnly, ...body.joinOnly]),
    };
  });
  const drop = new Set([...broadSuffixes(perPage), ...rareJoins(perPage, joins)]);
  const keep = (t: string) => !drop.has(t);
  return perPage.map((p) => ({ title: p.titleTokens.filter(keep), body: p.bodyTokens.filter(keep) }));
}

export async function buildSearchIndexes(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined);
  // The token block is a second `data-pagefind-body`; on a page without one of
  // its own, Pagefind would index the tokens alone and drop the article text.
  const unmarked = options.pages.filter((p) => !/\sdata-pagefind-body[\s=>]/.test(p.html));
  if (unmarked.length) {
    throw new Error(
      `${unmarked.length} page(s) have no data-pagefind-body element (the article text must be marked), e.g. ${unmarked
        .slice(0, 3)
        .map((p) => p.file)
        .join(', ')}`,
    );
  }
  const exclude = options.excludeSelectors ?? EXCLUDE_SELECTORS;
  const result: BuildResult = {};
  // Read by the Pagefind service when it starts (it inherits this process's environment).
  if (options.indexChunkSize) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(options.indexChunkSize);
  try {
    if (options.outputPath) {
      const started = performance.now();
      const analyzer = createAnalyzer(
        options.pages.map((p) => p.text),
        {
          extraTerms: options.extraTerms,
          synonymGroups: options.synonymGroups,
          ...(options.analyzer?.maxJoinSide !== undefined ? { maxJoinSide: options.analyzer.maxJoinSide } : {}),
          ...(options.analyzer?.maxJoinLength !== undefined ? { maxJoinLength: options.analyzer.maxJoinLength } : {}),
        },
      );
      result.analyzer = analyzer;
      const tokens = pageTokens(analyzer, options.pages, options.analyzer?.joins);
      const tokenCount = tokens.reduce((n, t) => n + t.title.length + t.body.length, 0);
      const analyzed = performance.now();
      const index = await newIndex(exclude);
      const words = await addPages(index, options.pages, (page, i) =>
        inject(page.html, metadataHtml(page, options.editionSort) + tokenBlockHtml(tokens[i]!.title, tokens[i]!.body)),
      );
      await writeIndex(index, options.outputPath, { mode: 'augmented', sentinel: SENTINEL, synonyms: options.synonymGroups });
      await index.deleteIndex();
      result.augmented = {
        outputPath: options.outputPath,
        mode: 'augmented',
        pages: options.pages.length,
        pageWords: words,
        tokens: tokenCount,
        ...measureOutput(options.outputPath),
        seconds: (performance.now() - started) / 1000,
      };
      log(
        `augmented index: ${options.pages.length} pages, ${tokenCount} extra tokens ` +
          `(analysis ${((analyzed - started) / 1000).toFixed(1)} s) → ${options.outputPath}`,
      );
    }
    if (options.plainOutputPath) {
      const started = performance.now();
      const index = await newIndex(exclude);
      const words = await addPages(index, options.pages, (page) => inject(page.html, metadataHtml(page, options.editionSort)));
      await writeIndex(index, options.plainOutputPath, { mode: 'plain', sentinel: SENTINEL, synonyms: [] });
      await index.deleteIndex();
      result.plain = {
        outputPath: options.plainOutputPath,
        mode: 'plain',
        pages: options.pages.length,
        pageWords: words,
        tokens: 0,
        ...measureOutput(options.plainOutputPath),
        seconds: (performance.now() - started) / 1000,
      };
      log(`plain index: ${options.pages.length} pages → ${options.plainOutputPath}`);
    }
    return result;
  } finally {
    await pagefind.close();
    if (options.indexChunkSize) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
}
