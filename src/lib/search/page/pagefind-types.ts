/**
 * The parts of Pagefind's browser API the search page uses (pagefind.js is
 * loaded at run time from the built site, so there is no package type to import).
 */
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
  /**
   * Its place in the answer of the index it came from, when the answers of
   * several indexes were merged (shard-search.ts `mergeResponses`): their
   * scores are not on one scale, so exact-first.ts reads each one's best.
   */
  sideRank?: number;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per filter value (for filters whose index is loaded). */
  filters?: Record<string, Record<string, number>>;
}

export interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface PagefindModule {
  createInstance: (o?: Record<string, unknown>) => PagefindInstance;
}

/** One search call: a term (null for filters only) and the filters. */
export type SearchFn = (term: string | null, filters: Record<string, string>) => Promise<PagefindResponse | null>;

/** `ko-search.json`, written next to the index (build-index.ts). */
export interface SearchConfig {
  mode: 'augmented' | 'plain';
  sentinel: string;
  synonyms: string[][];
  /** Vocabulary shards for cutting compound queries (`ko-vocab/<n>.json`). */
  vocabulary?: { shards: number; words: number };
  /** Words on most pages (common-words.ts): left out of a search that has other terms. */
  common?: string[];
}
