/**
 * The index step of the build, as functions: reads the entries and the
 * editorial data, checks the built pages, builds the index(es) and returns
 * the figures. scripts/index-search.ts is a thin CLI over this.
 *
 * The step also comes in two halves for `npm run build`: `prepareDocuments`
 * (entries → documents file; needs no built pages, so it runs while Astro
 * builds them) and `indexPrepared` (documents file → Pagefind, also while
 * Astro builds; it checks the pages and writes the index once they are built).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadEditorial } from '../editorial/load';
import type { Editorial } from '../editorial/schema';
import type { ProjectPaths } from '../project-paths';
import {
  augmentedConfig,
  augmentedDocuments,
  buildSearchIndexes,
  indexDocuments,
  withPagefind,
  type BuildResult,
  type IndexFigures,
  type SearchDocument,
  vocabularyFiles,
} from './build-index';
import { entriesFingerprint, readDocumentsFile, writeDocumentsFile } from './documents-file';
import { readSearchPages } from './pages';
import { loadSiteSettings } from '../site/load-settings';
import { synonymGroups } from './synonyms';
import { createKoreanAnalyzer } from '../korean/analyzer';
import type { AnalyzeWord } from './compound-tokens';

/** Where `npm run build` keeps the prepared documents. */
export function documentsFileOf(paths: ProjectPaths): string {
  return path.join(paths.cacheDir, 'search-documents.jsonl');
}

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

/** The editorial data and the pages of every entry. */
function loadPages(paths: ProjectPaths, base: string, requireBuiltPages: boolean) {
  const editorial = loadEditorial(paths.dataDir);
  const pages = readSearchPages({
    articlesDir: paths.articlesDir,
    outDir: paths.outDir,
    seedsDir: paths.seedsDir,
    editorial,
    editionNaming: loadSiteSettings(paths.dataDir).editions,
    base,
    requireBuiltPages,
  });
  return { editorial, pages };
}

export async function runIndex(options: RunIndexOptions): Promise<BuildResult> {
  const { paths } = options;
  const { editorial, pages } = loadPages(paths, options.base, true);
  const out = path.resolve(options.out ?? path.join(paths.outDir, 'pagefind'));
  return buildSearchIndexes({
    pages,
    ...(options.plain ? { plainOutputPath: out } : { outputPath: out }),
    ...(options.alsoPlainOut && !options.plain ? { plainOutputPath: path.resolve(options.alsoPlainOut) } : {}),
    synonymGroups: synonymGroups(editorial),
    ...editorialTerms(editorial),
    dictionary: dictionaryFor(editorial),
    ...(options.log ? { log: options.log } : {}),
  });
}

export interface PrepareOptions {
  paths: ProjectPaths;
  base: string;
  /** Default `documentsFileOf(paths)`. */
  file?: string;
}

/** First half: the augmented documents of every entry, written to a file. */
export function prepareDocuments(options: PrepareOptions): { file: string; pages: number; tokens: number } {
  const { paths } = options;
  const entries = entriesFingerprint(paths.articlesDir);
  const { editorial, pages } = loadPages(paths, options.base, false);
  const groups = synonymGroups(editorial);
  const { documents, tokens, vocabulary } = augmentedDocuments(pages, {
    synonymGroups: groups,
    ...editorialTerms(editorial),
    dictionary: dictionaryFor(editorial),
  });
  const file = options.file ?? documentsFileOf(paths);
  writeDocumentsFile(
    file,
    { config: augmentedConfig(groups, vocabulary), pages: documents.length, tokens, entries, files: vocabularyFiles(vocabulary.shards) },
    documents,
  );
  return { file, pages: documents.length, tokens };
}

export interface IndexPreparedOptions extends PrepareOptions {
  out?: string;
  /**
   * Settles when the pages are built. The documents are added to Pagefind
   * before it settles (so that work overlaps Astro's), and the pages are
   * checked and the index written after. Default: the pages are built already.
   */
  pagesBuilt?: Promise<void>;
}

/** Second half: the prepared documents into Pagefind, written once every page they point to is built. */
export async function indexPrepared(options: IndexPreparedOptions): Promise<IndexFigures> {
  const { paths } = options;
  const file = options.file ?? documentsFileOf(paths);
  if (!existsSync(file)) throw new Error(`${file}: no prepared search documents (run index-search.ts --prepare first)`);
  const { header, documents } = await readDocumentsFile(file);
  if (header.entries !== entriesFingerprint(paths.articlesDir)) {
    throw new Error(`${file} was prepared from other entries than ${paths.articlesDir} now holds: prepare it again`);
  }
  const pageFiles: string[] = [];
  async function* recorded(): AsyncGenerator<SearchDocument> {
    for await (const doc of documents) {
      pageFiles.push(doc.file);
      yield doc;
    }
  }
  // Thrown before Pagefind writes anything.
  const checkPages = async () => {
    await options.pagesBuilt;
    const missing = pageFiles.filter((page) => !existsSync(page));
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} article page(s) missing from the built site (run astro build first), e.g. ${missing.slice(0, 3).join(', ')}`,
      );
    }
  };
  const out = path.resolve(options.out ?? path.join(paths.outDir, 'pagefind'));
  return withPagefind(() => indexDocuments(recorded(), out, header.config, header.tokens, checkPages, header.files ?? []));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Human-readable lines for one index. */
export function describeFigures(f: IndexFigures): string[] {
  return [
    `${f.mode === 'plain' ? 'plain Pagefind' : 'Korean-augmented'} index → ${f.outputPath}`,
    `  ${f.pages} pages, ${f.pageWords} unique words by Pagefind's count${f.mode === 'augmented' ? `, ${f.tokens} extra search tokens` : ''}, ${f.seconds.toFixed(2)} s` +
      (f.phases ? ` (adding ${f.phases.add.toFixed(2)} s, waiting for the pages ${f.phases.wait.toFixed(2)} s, building and writing ${f.phases.write.toFixed(2)} s)` : ''),
    `  index data ${kb(f.bytes.data)} (meta ${kb(f.bytes.meta)}, word index ${kb(f.bytes.index)} in ${f.indexChunks.count} chunks ` +
      `[avg ${kb(f.indexChunks.avgBytes)}, max ${kb(f.indexChunks.maxBytes)}], fragments ${kb(f.bytes.fragment)} ` +
      `[avg ${kb(f.fragments.avgBytes)}], filters ${kb(f.bytes.filter)})`,
    `  runtime ${kb(f.bytes.runtime)} (pagefind.js + worker + wasm), vocabulary shards ${kb(f.bytes.vocabulary)}, unused UI bundles ${kb(f.bytes.unusedUi)}, folder total ${kb(f.bytes.total)}`,
  ];
}
