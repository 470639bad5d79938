/**
 * Results Pagefind found through a stand-in word.
 *
 * When an index holds no word that starts with a search word, Pagefind
 * searches the longest indexed word the search word starts with instead
 * (`find_word_extensions` in Pagefind's `search.rs`: `kanana` → `k`). With one
 * index over the whole site that happens only for a word no article has. A
 * sharded index (shards.ts) is searched shard by shard, so every shard
 * without the word answers with such stand-in results, and merged by score
 * they push the articles that have the word off the first screen (`Kanana`:
 * 1 result on one index, 429 on eight shards of 10,000 articles).
 *
 * When the sides of a merged search are put together, a side whose index
 * holds the word itself cannot have stood in for it. Where it does not, its
 * results tell: an index with any word that starts with the search word
 * returns only pages with such a word, one without returns only stand-ins.
 * The check costs an exact search (its word chunk is the one the search
 * loaded) and, only then, the fragments of the side's best results.
 */
import { pagefindWordKey } from '../word-pieces';
import type { PagefindResponse } from './pagefind-types';

/** The words of a Pagefind search term that it matches by prefix (a quoted term is matched exactly). */
export function prefixWords(term: string | null): string[] {
  if (term === null || /^".*"$/u.test(term.trim())) return [];
  return term.split(/\s+/u).filter((w) => w.length > 0);
}

/** Whether the text (a fragment's content, with its token block) has a word whose key starts with `word`. */
export function hasWordStarting(content: string, word: string): boolean {
  return content.split(/\s+/u).some((w) => pagefindWordKey(w).startsWith(word));
}

/** Best results of a side read to tell its stand-ins: about one screen of fragments, which the page shows anyway. */
export const CHECKED_RESULTS = 8;

/** One side of a merged search: its response, and how many of its pages have exactly a word. */
export interface SearchSide {
  response: PagefindResponse | null;
  exactCount: (word: string) => Promise<number>;
}

/** Which of a side's best results have a word starting with every search word the side lacks (null: it lacks none). */
async function genuineHead(side: SearchSide, words: readonly string[]): Promise<boolean[] | null> {
  const results = side.response?.results ?? [];
  if (results.length === 0) return null;
  const missing: string[] = [];
  for (const word of words) if ((await side.exactCount(word)) === 0) missing.push(word);
  if (missing.length === 0) return null;
  const head = results.slice(0, CHECKED_RESULTS);
  // A fragment that cannot be read tells nothing: its result counts as real (the page reports the failure when it shows it).
  const contents = await Promise.all(head.map((r) => r.data().then((f) => f.content, () => null)));
  return contents.map((c) => c === null || missing.every((word) => hasWordStarting(c, word)));
}

/**
 * The sides' responses without the results that stand in for a search word
 * (see above), when another side has real matches: where no side has any,
 * Pagefind's stand-ins are the best there is (`1673억원` for text that writes
 * `1673억 원`), as on one index. A side that merges several indexes can mix
 * stand-ins from some with real matches from others, so its best results
 * are read one by one; when none of them is real, none of the rest is.
 */
export async function withoutStandIns(term: string | null, sides: readonly SearchSide[]): Promise<(PagefindResponse | null)[]> {
  const words = prefixWords(term);
  const responses = sides.map((s) => s.response);
  if (words.length === 0 || sides.length < 2) return responses;
  const heads = await Promise.all(sides.map((side) => genuineHead(side, words)));
  const real = (i: number) => (sides[i]!.response?.results.length ?? 0) > 0 && (heads[i] === null || heads[i]!.some(Boolean));
  if (!sides.some((_, i) => real(i))) return responses;
  return responses.map((response, i) => {
    const head = heads[i];
    if (!response || !head) return response;
    if (!real(i)) return { results: [], unfilteredResultCount: response.unfilteredResultCount, filters: {} };
    if (head.every(Boolean)) return response;
    return { ...response, results: [...response.results.slice(0, CHECKED_RESULTS).filter((_, k) => head[k]), ...response.results.slice(CHECKED_RESULTS)] };
  });
}
