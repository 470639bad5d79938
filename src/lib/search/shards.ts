/**
 * The search index in shards: consecutive editions, oldest first, grouped
 * until a shard holds at least `shardSize` articles. Each shard is its own
 * Pagefind index (built by its own Pagefind process, so the build's memory is
 * bounded by the shard, not the site) and is cached by a key of everything
 * its files are made from, so a new edition re-indexes only the shard it
 * lands in (the newest, still open one, kept small) and never the sealed ones
 * before it.
 *
 * Pure functions: assignment, keys and which shards must be indexed again.
 * I/O (reading the code and the editorial data, the cache folder) is in
 * shard-cache.ts and run-index.ts.
 */
import { createHash } from 'node:crypto';

/** Articles per shard when nothing else is said (DIGEST_SEARCH_SHARD_SIZE). */
export const DEFAULT_SHARD_SIZE = 2000;

/**
 * Bumped when the shard layout or the way a shard is made changes in a way
 * the code fingerprint would not show (it covers src/lib, see shard-cache.ts).
 */
export const SHARD_FORMAT = 'news-digest-search-shard/1';

export interface EditionSize {
  stem: string;
  /** 0 = oldest edition; larger is newer. */
  order: number;
  articles: number;
}

export interface ShardAssignment {
  /** Folder name under `pagefind/`: `s0000` is the oldest shard. */
  name: string;
  index: number;
  /** Edition stems, oldest first. */
  editions: string[];
  articles: number;
}

export function shardName(index: number): string {
  return `s${String(index).padStart(4, '0')}`;
}

/**
 * The open end of the index (the editions after the last full shard) is cut
 * into shards of a quarter of the size, so a new edition re-indexes at most
 * about that many articles, not a whole shard's worth.
 */
export const TAIL_PARTS = 4;

/** Whole editions, oldest first, in groups sealed once they hold `size` articles or more. */
function groupEditions(ordered: readonly EditionSize[], size: number): EditionSize[][] {
  const groups: EditionSize[][] = [];
  let current: EditionSize[] | undefined;
  let articles = 0;
  for (const edition of ordered) {
    if (!current) {
      current = [];
      articles = 0;
      groups.push(current);
    }
    current.push(edition);
    articles += edition.articles;
    if (articles >= size) current = undefined;
  }
  return groups;
}

const articlesIn = (group: readonly EditionSize[]) => group.reduce((n, e) => n + e.articles, 0);

/** The editions of `pages` and how many of them each holds, for `assignShards`. */
export function editionSizes(pages: Iterable<{ edition: { stem: string; order: number } }>): EditionSize[] {
  const sizes = new Map<string, EditionSize>();
  for (const page of pages) {
    const size = sizes.get(page.edition.stem) ?? { stem: page.edition.stem, order: page.edition.order, articles: 0 };
    size.articles += 1;
    sizes.set(page.edition.stem, size);
  }
  return [...sizes.values()];
}

/**
 * Groups editions into shards, oldest first. A shard takes whole editions and
 * is sealed once it holds `shardSize` articles or more; the editions after it
 * start the next one. The editions after the last sealed shard (fewer than
 * `shardSize` articles) are cut the same way into smaller shards of
 * `shardSize / TAIL_PARTS` articles or more. Adding a newer edition therefore
 * changes only the last small shard (or starts a new one), until the editions
 * after the last sealed shard reach `shardSize`: then they become one sealed
 * shard in place of the small ones (indexed once, like any sealed shard).
 * The shards before the open end never change. An edition larger than
 * `shardSize` is a shard of its own. Editions without articles are left out.
 * A pure function of the editions: a clean build and a grown one agree.
 */
export function assignShards(editions: readonly EditionSize[], shardSize: number): ShardAssignment[] {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shard size must be a positive integer, not ${shardSize}`);
  const ordered = [...editions].filter((e) => e.articles > 0).sort((a, b) => a.order - b.order || a.stem.localeCompare(b.stem));
  const groups = groupEditions(ordered, shardSize);
  const open = groups.at(-1);
  if (open && articlesIn(open) < shardSize) groups.splice(-1, 1, ...groupEditions(open, Math.ceil(shardSize / TAIL_PARTS)));
  return groups.map((group, index) => ({ name: shardName(index), index, editions: group.map((e) => e.stem), articles: articlesIn(group) }));
}

/** Reads the shard size from the environment (DIGEST_SEARCH_SHARD_SIZE); throws on a value that is not a positive integer. */
export function shardSizeFrom(env: Record<string, string | undefined>): number {
  const raw = env.DIGEST_SEARCH_SHARD_SIZE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SHARD_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DIGEST_SEARCH_SHARD_SIZE must be a positive integer, not "${raw}"`);
  return n;
}

/** What every shard of one build shares: a change in any of these invalidates every shard. */
export interface ShardKeyBase {
  /** Fingerprint of the code that turns entries into index files (the analysis, the documents, Pagefind's version). */
  code: string;
  /** Fingerprint of the editorial data (topics, organisations, synonyms). */
  editorial: string;
  /** Index settings that change the files (e.g. Pagefind's chunk size), as text. */
  settings: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The cache key of a shard: the format, the shared inputs, and the content
 * of each page it indexes (`pageContent`, in the shard's order). Two shards
 * with the same key produce the same index files byte for byte.
 */
export function shardKey(base: ShardKeyBase, pageContent: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${SHARD_FORMAT}\n${base.code}\n${base.editorial}\n${base.settings}\n${pageContent.length}\n`);
  for (const content of pageContent) hash.update(`${sha256(content)}\n`);
  return hash.digest('hex').slice(0, 32);
}

/** The shards whose key has no complete entry in the cache: these are indexed; the others are copied. */
export function staleShards<T extends { key: string }>(shards: readonly T[], cachedKeys: ReadonlySet<string>): T[] {
  return shards.filter((s) => !cachedKeys.has(s.key));
}

/** Cache entries no shard of this build uses (removed after the build, so the cache does not grow with every edition). */
export function unusedCacheEntries(cachedKeys: Iterable<string>, shards: readonly { key: string }[]): string[] {
  const used = new Set(shards.map((s) => s.key));
  return [...cachedKeys].filter((k) => !used.has(k)).sort();
}

/** One shard as the search page sees it (`ko-search.json`, newest shard first). */
export interface ShardManifestEntry {
  /** Folder under `pagefind/` (`shardFolders`). */
  name: string;
  pages: number;
  /** Edition stems the shard holds. */
  editions: string[];
}

/**
 * The folder of the newest shard, whatever its number: the search page
 * preloads that shard's WebAssembly under a name it knows before any index
 * file arrives. The other shards keep their names (`s0000`, …), so their
 * files keep their addresses from one build to the next.
 */
export const NEWEST_SHARD_FOLDER = 'newest';

/** Folder of each shard under `pagefind/`, by shard index. */
export function shardFolders(shards: readonly ShardAssignment[]): Map<number, string> {
  const newest = Math.max(-1, ...shards.map((s) => s.index));
  return new Map(shards.map((s) => [s.index, s.index === newest ? NEWEST_SHARD_FOLDER : s.name]));
}

export function shardManifest(shards: readonly (ShardAssignment & { pages?: number })[]): ShardManifestEntry[] {
  const folders = shardFolders(shards);
  return [...shards]
    .sort((a, b) => b.index - a.index)
    .map((s) => ({ name: folders.get(s.index)!, pages: s.pages ?? s.articles, editions: [...s.editions] }));
}
