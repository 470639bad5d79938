/**
 * The results a search shows, loaded as far as the reader pages
 * (`결과 더 보기`): in relevance order, or newest edition first.
 */
import type { PagefindResult, SearchFn } from './pagefind-types';

/** Results per page: each needs its own fragment download (about 2 KB), so the first page stays small. */
export const PAGE_SIZE = 8;

export interface ResultSource {
  total: number;
  /** The first `n` results (fewer when there are fewer). */
  take: (n: number) => Promise<PagefindResult[]>;
}

export const NO_RESULTS: ResultSource = { total: 0, take: async () => [] };

export function listSource(found: readonly PagefindResult[]): ResultSource {
  return { total: found.length, take: async (n) => found.slice(0, n) };
}

/**
 * Newest edition first, by relevance inside an edition. Instead of Pagefind's
 * sort (whose page list every first search would download), the terms that
 * found something are re-run with an edition filter, newest edition first,
 * only as far as the results asked for need. Editions the counts say are
 * empty are skipped.
 */
export function newestFirstSource(
  search: SearchFn,
  terms: readonly (string | null)[],
  filters: Record<string, string>,
  editionCounts: ReadonlyMap<string, number>,
  editionsNewestFirst: readonly string[],
  total: number,
): ResultSource {
  const editions = editionsNewestFirst.filter(
    (stem) => (editionCounts.get(stem) ?? 0) > 0 && (!filters.edition || filters.edition === stem),
  );
  const loaded: PagefindResult[] = [];
  const seen = new Set<string>();
  let next = 0;
  return {
    total,
    async take(n) {
      while (loaded.length < n && next < editions.length) {
        const edition = editions[next++]!;
        for (const term of terms) {
          const response = await search(term, { ...filters, edition });
          for (const r of response?.results ?? []) {
            if (!seen.has(r.id)) {
              seen.add(r.id);
              loaded.push(r);
            }
          }
        }
      }
      return loaded.slice(0, n);
    },
  };
}

export interface Pager {
  /** The next page of results (empty at the end). */
  next(): Promise<PagefindResult[]>;
  readonly shown: number;
  readonly total: number;
  /** Whether `결과 더 보기` has more to show. */
  readonly hasMore: boolean;
}

/** Pages through a source, `pageSize` at a time. */
export function createPager(source: ResultSource, pageSize = PAGE_SIZE): Pager {
  let shown = 0;
  let exhausted = false;
  return {
    async next() {
      const batch = (await source.take(shown + pageSize)).slice(shown);
      shown += batch.length;
      if (batch.length === 0) exhausted = true;
      return batch;
    },
    get shown() {
      return shown;
    },
    get total() {
      return source.total;
    },
    get hasMore() {
      return !exhausted && shown < source.total;
    },
  };
}

/** The label of the `결과 더 보기` button. */
export const moreLabel = (shown: number, total: number) => `결과 더 보기 (${shown}/${total})`;
