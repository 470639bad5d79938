/**
 * The documents and the configuration file of the augmented and the plain
 * index (pure): Korean analysis of all pages, their tokens, their vocabulary.
 * build-index.ts hands them to Pagefind.
 *
 * Next to Pagefind's files goes `ko-search.json`: the index mode, the sentinel
 * and the synonym groups the index was built with (the search page highlights
 * with the same groups).
 */
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer';
import { pagefindKeys, type BroadSuffixOptions, type RareJoinOptions } from './token-pruning';
import type { AnalyzeWord } from './compound-tokens';
import { SENTINEL } from './excerpt';
import { encodeIndexedText } from './indexed-text';
import { EMPTY_MIX, pageTokens, type TokenMix } from './page-tokens';
import type { SearchPage } from './pages';
import { encodePage, metadataHtml, searchDocumentHtml, tokenBlockHtml, type SearchDocument } from './search-document-html';
import type { ShardManifestEntry } from './shards';
import { buildVocabularyShards, type VocabularyShards } from './vocabulary';
import { countWords, type WordCounts } from './common-words';

export const SEARCH_CONFIG_FILE = 'ko-search.json';

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
  /**
   * Words on most pages of a large site (common-words.ts), sorted: a query
   * with other words searches without them. Absent or empty on small sites.
   */
  common?: string[];
}

/** Folder (inside the index folder) of the vocabulary shards. */
export const VOCABULARY_DIR = 'ko-vocab';

/** The vocabulary shard files: `ko-vocab/<n>.json`, each a JSON array of sorted words. */
export function vocabularyFiles(shards: readonly string[]): { path: string; content: string }[] {
  return shards.map((text, i) => ({ path: `${VOCABULARY_DIR}/${i}.json`, content: JSON.stringify(text ? text.split('\n') : []) }));
}

/** Tuning of the Korean analysis (join lengths, rare joins, broad suffixes). */
export type AnalyzerTuning = Pick<AnalyzerOptions, 'maxJoinSide' | 'maxJoinLength' | 'compoundSources'> & { joins?: RareJoinOptions; broad?: BroadSuffixOptions };

export interface AugmentOptions {
  synonymGroups: readonly (readonly string[])[];
  /** Editorial terms that seed the vocabulary (topic names/keywords, synonyms, organisations). */
  extraTerms: readonly string[];
  editionSort?: boolean;
  analyzer?: AnalyzerTuning;
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
  /** Page counts of the words on many pages, for the common words (common-words.ts). */
  wordCounts: WordCounts;
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
  const pageKeys = encoded.map((page, i) => [...pagefindKeys(page.text), ...tokens[i]!.title, ...tokens[i]!.body]);
  for (const keys of pageKeys) for (const key of keys) words.add(key);
  const vocabulary = buildVocabularyShards(words);
  return {
    vocabulary,
    words,
    wordCounts: countWords(pageKeys),
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

export function augmentedConfig(
  synonymGroups: readonly (readonly string[])[],
  vocabulary?: VocabularyShards,
  common: readonly string[] = [],
): SearchConfigFile {
  return {
    mode: 'augmented',
    sentinel: SENTINEL,
    synonyms: synonymGroups.map((g) => [...g]),
    ...(vocabulary ? { vocabulary: { shards: vocabulary.shards.length, words: vocabulary.words } } : {}),
    ...(common.length ? { common: [...common] } : {}),
  };
}

export const PLAIN_CONFIG: SearchConfigFile = { mode: 'plain', sentinel: SENTINEL, synonyms: [] };
