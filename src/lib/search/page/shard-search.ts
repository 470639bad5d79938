/**
 * Search across the index's shards (src/lib/search/shards.ts) in the browser.
 *
 * `pagefind/ko-search.json` lists the shards newest first. The search page
 * gets two searches:
 *  - `first`: the newest shard alone, a Pagefind instance of its own. It
 *    loads one small metadata file and the word chunks of one shard, so the
 *    first results stay small and quick however large the archive grows;
 *  - `all`: every shard. The older shards are one more Pagefind instance,
 *    the second-newest shard with the others added by Pagefind's own
 *    `mergeIndex`; it is created only when `all` is first called (after the
 *    first results are shown), so it never competes with them. Its results
 *    and the newest shard's are merged the way `mergeIndex` merges: by score,
 *    filter counts added up.
 * An edition filter searches only the side that holds that edition. Results
 * a shard found only through Pagefind's stand-in for a word it lacks, where
 * another shard has the word, are left out (stand-ins.ts). The older shards
 * answer as one instance, so they are told apart by their editions: an exact
 * search with an edition filter that holds all of them gives the pages with
 * the word per edition (Pagefind loads only that filter's small index for
 * it), a shard that lacks a word is read through a search filtered to its
 * editions, and a shard whose results are stand-ins is left out by
 * searching again without its editions.
 * An index without shards (the plain one) is one instance in `pagefind/`.
 */
import type { PagefindInstance, PagefindResponse, PagefindResult, SearchConfig, SearchFn } from './pagefind-types';
import { prefixWords, standInShards, type ShardMatches } from './stand-ins';

export interface ShardEntry {
  name: string;
  pages: number;
  editions: string[];
}

/** Pagefind's `mergeIndex`, which pagefind-types.ts leaves out. */
export interface MergingInstance {
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
}

/** Which search a result list came from: the newest shard alone, or every shard. */
export type SearchPhase = 'first' | 'all';

/** Said after the count while the older shards are still being searched. */
export const OLDER_PENDING = '— 이전 호를 더 찾는 중입니다…';

/** `ko-search.json` of a sharded index (build-index.ts SearchConfigFile). */
export type ShardedConfig = SearchConfig & { shards?: ShardEntry[] };

export interface ShardedSearch {
  /** The newest shard only. */
  first: SearchFn;
  /** Every shard, merged; the same as `first` when there is one shard. */
  all: SearchFn;
  /** Whether `all` searches more than `first`. */
  readonly sharded: boolean;
  /** Whether the results for these filters can only come from older shards (then `first` finds nothing). */
  onlyOlder(filters: Record<string, string>): boolean;
  /** Whether the results for these filters can only come from the newest shard (then `all` adds nothing). */
  onlyNewest(filters: Record<string, string>): boolean;
  /** Filter value counts over the shards `first` (`scope` 'first') or `all` search. */
  filters(scope: 'first' | 'all'): Promise<Record<string, Record<string, number>>>;
}

/** Folder of each shard (newest first), under the `pagefind/` folder URL (ending in `/`). */
export function shardBasePaths(indexBase: string, shards: readonly ShardEntry[] | undefined): string[] {
  if (!shards || shards.length === 0) return [indexBase];
  return shards.map((s) => `${indexBase}${s.name}/`);
}

/** Adds up filter counts (as Pagefind's mergeIndex does). */
export function mergeFilterCounts(
  counts: readonly (Record<string, Record<string, number>> | undefined)[],
): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const one of counts) {
    for (const [filter, values] of Object.entries(one ?? {})) {
      const into = (merged[filter] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return merged;
}

/**
 * One response from several: results by score, highest first (a stable sort,
 * so on equal scores the newer shard's result comes first), counts added up.
 * Each result keeps its place in its own response (`sideRank`).
 */
export function mergeResponses(responses: readonly (PagefindResponse | null)[]): PagefindResponse {
  const present = responses.filter((r): r is PagefindResponse => r !== null);
  const results: PagefindResult[] = present
    .flatMap((r) => r.results.map((result, sideRank) => ({ ...result, sideRank })))
    .sort((a, b) => b.score - a.score);
  return {
    results,
    unfilteredResultCount: present.reduce((n, r) => n + r.unfilteredResultCount, 0),
    filters: mergeFilterCounts(present.map((r) => r.filters)),
  };
}

/** Results of these editions, from a response's counts per edition. */
function countIn(perEdition: Record<string, number>, stems: readonly string[]): number {
  return stems.reduce((n, stem) => n + (perEdition[stem] ?? 0), 0);
}

/** A response with its results left out. */
function emptied(response: PagefindResponse | null): PagefindResponse | null {
  return response && { results: [], unfilteredResultCount: response.unfilteredResultCount, filters: {} };
}

export interface ShardedSearchOptions {
  /** Folder URLs of the shards, newest first (`shardBasePaths`). */
  basePaths: readonly string[];
  /** Edition stems of each shard, in the same order (empty lists when unknown). */
  editions: readonly (readonly string[])[];
  /**
   * The site's common words (ko-search.json `common`, on at least half of all
   * pages): taken to be in every shard, so the stand-in check, whose exact
   * searches cost most for them (every page is a match), leaves them out.
   */
  common?: readonly string[];
  /**
   * A new Pagefind instance for one index folder, settled once its options
   * are set (Pagefind starts fetching the index as soon as it is created).
   */
  create: (basePath: string) => Promise<PagefindInstance>;
  /** Adds another index folder to an instance (Pagefind's `mergeIndex`). */
  merge: (instance: PagefindInstance, basePath: string) => Promise<void>;
}

export function createShardedSearch(options: ShardedSearchOptions): ShardedSearch {
  const [newestPath, ...olderPaths] = options.basePaths;
  if (!newestPath) throw new Error('no search index');
  const newest = options.create(newestPath);
  // Not awaited yet: a failure is reported by the first search.
  newest.catch(() => undefined);
  const newestEditions = new Set(options.editions[0] ?? []);
  const olderEditions = new Set(options.editions.slice(1).flat());
  let older: Promise<PagefindInstance> | undefined;
  const loadOlder = () =>
    (older ??= (async () => {
      const [primary, ...rest] = olderPaths;
      const instance = await options.create(primary!);
      await Promise.all(rest.map((p) => options.merge(instance, p)));
      return instance;
    })());
  const sharded = olderPaths.length > 0;
  const onlyOlder = (filters: Record<string, string>) =>
    sharded && filters.edition !== undefined && !newestEditions.has(filters.edition) && olderEditions.has(filters.edition);
  const onlyNewest = (filters: Record<string, string>) =>
    !sharded || (filters.edition !== undefined && newestEditions.has(filters.edition));

  const first: SearchFn = async (term, filters) => (await newest).search(term, { filters });
  const olderShards = options.editions.slice(1);
  const common = new Set(options.common ?? []);
  // Older shards are told apart by their editions; without them (an older manifest) they are one side.
  const byEdition = olderShards.length > 0 && olderShards.every((stems) => stems.length > 0);
  const all: SearchFn = async (term, filters) => {
    if (onlyNewest(filters)) return first(term, filters);
    const olderPf = loadOlder();
    const newestSearch = onlyOlder(filters) ? null : newest.then(async (pf) => ({ pf, response: await pf.search(term, { filters }) }));
    const [newestSide, older, olderResponse] = await Promise.all([newestSearch, olderPf, olderPf.then((pf) => pf.search(term, { filters }))]);
    const words = prefixWords(term).filter((word) => !common.has(word));
    if (words.length === 0 || !olderResponse) return mergeResponses([newestSide?.response ?? null, olderResponse]);

    // An exact search with a filter that holds every older edition finds the same pages, but makes Pagefind
    // count them per edition (it loads only that filter's small index): how many pages of each shard hold the word.
    const everyOlder = { edition: { any: olderShards.flat() } };
    const exactPerEdition = new Map<string, Promise<Record<string, number>>>();
    const exactIn = (word: string, stems: readonly string[]) => {
      let counts = exactPerEdition.get(word);
      if (!counts) {
        counts = older.search(`"${word}"`, { filters: everyOlder }).then((r) => r?.filters?.edition ?? {});
        exactPerEdition.set(word, counts);
      }
      return counts.then((c) => countIn(c, stems));
    };
    const shards = (byEdition ? olderShards : []).map(
      (stems): ShardMatches => ({
        exactCount: (word) => exactIn(word, stems),
        best: async () => (await older.search(term, { filters: { ...filters, edition: filters.edition ?? { any: [...stems] } } }))?.results[0],
      }),
    );
    if (newestSide) {
      const { pf, response } = newestSide;
      shards.unshift({
        exactCount: async (word) => (await pf.search(`"${word}"`, {}))?.results.length ?? 0,
        best: async () => response?.results[0],
      });
    }
    const standIns = await standInShards(words, shards);
    if (!standIns.includes(true)) return mergeResponses([newestSide?.response ?? null, olderResponse]);
    const newestResponse = newestSide && standIns[0] ? emptied(newestSide.response) : (newestSide?.response ?? null);
    const olderStandIns = newestSide ? standIns.slice(1) : standIns;
    // The reader's own edition filter, if any, stays: only its edition of the kept shards.
    const kept = olderShards
      .filter((_, i) => !olderStandIns[i])
      .flat()
      .filter((stem) => filters.edition === undefined || stem === filters.edition);
    const olderKept =
      kept.length === 0
        ? emptied(olderResponse)
        : olderStandIns.includes(true)
          ? await older.search(term, { filters: { ...filters, edition: { any: kept } } })
          : olderResponse;
    return mergeResponses([newestResponse, olderKept]);
  };
  return {
    first,
    all,
    sharded,
    onlyOlder,
    onlyNewest,
    async filters(scope) {
      if (scope === 'first' || !sharded) return (await newest).filters();
      const [a, b] = await Promise.all([newest.then((n) => n.filters()), loadOlder().then((o) => o.filters())]);
      return mergeFilterCounts([a, b]);
    },
  };
}
