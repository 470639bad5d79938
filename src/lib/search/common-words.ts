/**
 * Words on most pages of a large site, which a query with other words leaves
 * out of its Pagefind search (the page then prefers results that contain
 * them, page/exact-first.ts).
 *
 * Pagefind keeps a word's whole posting list in one word-index chunk, so a
 * word on nearly every page costs a chunk of about 100 KB at 10,000 articles
 * (`ai` on 96% of the benchmark's pages: 102 KB; `인공지능` on 92%), more than
 * the rest of a first query together. It adds almost nothing to the search:
 * it keeps nearly every page the other words find, and its ranking weight
 * (inverse document frequency) is near zero. Search engines treat such words
 * as stop words or "common terms" for the same reason. The list is computed
 * at index time from the site's own pages, never written by hand, and only
 * for large sites: on a small site no posting list is large enough to matter.
 *
 * Browser-safe: no Node imports.
 */

/** A word on at least this share of the pages is common... */
export const COMMON_SHARE = 0.5;
/** ...and on at least this many pages (below that its chunk is small anyway). */
export const COMMON_MIN_PAGES = 1000;
/**
 * A shard keeps the page counts of its words on at least this share of its
 * pages, so the site's list can be made from the shards' (a word under it in
 * one shard counts 0 there, which can only make the list shorter).
 */
export const SHARD_COUNT_SHARE = 0.2;

/** Page counts of words: the pages a word (an index key) is on. */
export interface WordCounts {
  pages: number;
  /** Word → number of pages it is on (only the words kept, see `countWords`). */
  counts: Record<string, number>;
}

/**
 * Counts the pages each word is on (each page given as its index keys) and
 * keeps the words on at least `keepShare` of them.
 */
export function countWords(pages: Iterable<Iterable<string>>, keepShare = SHARD_COUNT_SHARE): WordCounts {
  const counts = new Map<string, number>();
  let n = 0;
  for (const keys of pages) {
    n += 1;
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept: Record<string, number> = {};
  for (const [word, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= keepShare * n) kept[word] = c;
  return { pages: n, counts: kept };
}

/** Adds up the counts of several parts of a site (shards). */
export function mergeWordCounts(parts: readonly WordCounts[]): WordCounts {
  const counts: Record<string, number> = {};
  let pages = 0;
  for (const part of parts) {
    pages += part.pages;
    for (const [word, c] of Object.entries(part.counts)) counts[word] = (counts[word] ?? 0) + c;
  }
  return { pages, counts };
}

/** The common words of a site, sorted. */
export function commonWords(all: WordCounts, share = COMMON_SHARE, minPages = COMMON_MIN_PAGES): string[] {
  const floor = Math.max(share * all.pages, minPages);
  return Object.entries(all.counts)
    .filter(([, c]) => c >= floor)
    .map(([word]) => word)
    .sort();
}

/**
 * The terms one Pagefind search needs: without the common ones, unless every
 * term is common (then the search keeps them all). `dropped` lists the terms left out.
 */
export function withoutCommon(terms: readonly string[], common: ReadonlySet<string>): { terms: string[]; dropped: string[] } {
  const kept = terms.filter((t) => !common.has(t));
  if (kept.length === 0 || kept.length === terms.length) return { terms: [...terms], dropped: [] };
  return { terms: kept, dropped: terms.filter((t) => common.has(t)) };
}
