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
 * When the shards' results are put together, a shard whose index holds the
 * word itself cannot have stood in for it. Where it does not, one result
 * tells: Pagefind matches a word the same way on every page of one index, so
 * an index with any word that starts with the search word returns only pages
 * with such a word, and one without returns only stand-ins. A shard that
 * holds every word keeps its results whether or not it has any: on one
 * index the word would be there too, so no page could stand in for it. The
 * check costs an exact search (its word chunk is the one the search loaded)
 * and, only where a word is missing, the fragment of the shard's best result.
 */
import { pagefindWordKey } from '../word-pieces';
import type { PagefindResult } from './pagefind-types';

/** The words of a Pagefind search term that it matches by prefix (a quoted term is matched exactly). */
export function prefixWords(term: string | null): string[] {
  if (term === null || /^".*"$/u.test(term.trim())) return [];
  return term.split(/\s+/u).filter((w) => w.length > 0);
}

/** What a merged search knows of one shard's answer. */
export interface ShardMatches {
  /** How many of the shard's pages have exactly this word. */
  exactCount: (word: string) => Promise<number>;
  /** The shard's best result for the search. */
  best: () => Promise<PagefindResult | undefined>;
}

/**
 * How much of a search word Pagefind matched on a page with this text (a
 * fragment's content, with its token block): all of it where a word starts
 * with it, else the length of the longest word it starts with (the stand-in
 * Pagefind took), 0 for none.
 */
export function matchedLength(content: string, word: string): number {
  let standIn = 0;
  for (const w of content.split(/\s+/u)) {
    const key = pagefindWordKey(w);
    if (key.startsWith(word)) return word.length;
    if (key.length > standIn && word.startsWith(key)) standIn = key.length;
  }
  return standIn;
}

/**
 * How much of the search words a shard matches: each word in full where the
 * shard holds it, else as much as its best result matches, which Pagefind
 * does the same way on every page of one index (null: it lacks a word and has
 * no results). A fragment that cannot be read tells nothing: the shard counts
 * as matching in full (the page reports the failure when it shows the result).
 */
async function matchedLengths(shard: ShardMatches, words: readonly string[]): Promise<number | null> {
  const missing: string[] = [];
  for (const word of words) if ((await shard.exactCount(word)) === 0) missing.push(word);
  const full = words.reduce((n, word) => n + word.length, 0);
  if (missing.length === 0) return full;
  const best = await shard.best();
  if (!best) return null;
  const content = await best.data().then(
    (f) => f.content,
    () => null,
  );
  if (content === null) return full;
  return words.reduce((n, word) => n + (missing.includes(word) ? matchedLength(content, word) : word.length), 0);
}

/**
 * For each shard, whether its results are stand-ins (see above) for more of
 * the search words (`prefixWords` of the term) than another shard's: those are left out, so the merged
 * list matches what one index over every shard would find. Pagefind, on one
 * index, takes the longest stand-in any page has (`1673억원` → `1673억` for
 * text that writes `1673억 원`), and so does this.
 */
export async function standInShards(words: readonly string[], shards: readonly ShardMatches[]): Promise<boolean[]> {
  const keepAll = shards.map(() => false);
  if (words.length === 0 || shards.length < 2) return keepAll;
  const lengths = await Promise.all(shards.map((shard) => matchedLengths(shard, words)));
  const most = Math.max(0, ...lengths.map((n) => n ?? 0));
  return lengths.map((n) => n !== null && n < most);
}
