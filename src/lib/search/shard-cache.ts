/**
 * The shard cache on disk (`<cacheDir>/search-shards/<key>/`, by default
 * under node_modules/.cache/news-digest): each entry holds one shard's
 * Pagefind files as the index step wrote them, plus `shard.json` with its
 * figures. An entry appears whole or not at all (written to a temporary
 * folder, then renamed), so a build that dies half-way leaves no entry that
 * looks complete.
 *
 * Also the fingerprints that go into every shard's key (shards.ts): the code
 * that makes the index files and the editorial data.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

/** Figures of a cached shard (`shard.json`). */
export interface CachedShardFigures {
  pages: number;
  /** Pagefind's unique words per page, summed. */
  pageWords: number;
  /** Extra search tokens over the shard's pages. */
  tokens: number;
}

export const SHARD_FIGURES_FILE = 'shard.json';

export function shardCacheRoot(cacheDir: string): string {
  return path.join(cacheDir, 'search-shards');
}

const KEY = /^[0-9a-f]{32}$/;

/** Keys with a complete entry in the cache. */
export function cachedShardKeys(root: string): Set<string> {
  if (!existsSync(root)) return new Set();
  return new Set(readdirSync(root).filter((name) => KEY.test(name) && existsSync(path.join(root, name, SHARD_FIGURES_FILE))));
}

export function shardEntryDir(root: string, key: string): string {
  return path.join(root, key);
}

/** Stores one shard's files under its key, whole or not at all. */
export function storeShard(
  root: string,
  key: string,
  files: readonly { path: string; content: Uint8Array }[],
  figures: CachedShardFigures,
): void {
  const target = shardEntryDir(root, key);
  const temp = path.join(root, `.tmp-${key}-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const folders = new Set<string>();
  for (const file of files) {
    const out = path.join(temp, file.path);
    const folder = path.dirname(out);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(out, file.content);
  }
  mkdirSync(temp, { recursive: true });
  writeFileSync(path.join(temp, SHARD_FIGURES_FILE), `${JSON.stringify(figures)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(temp, target);
}

export function readShardFigures(root: string, key: string): CachedShardFigures {
  return JSON.parse(readFileSync(path.join(shardEntryDir(root, key), SHARD_FIGURES_FILE), 'utf8')) as CachedShardFigures;
}

/** Copies a cached shard's files (all but `shard.json` and the names in `leaveOut`) into `dest`. */
export function copyShard(root: string, key: string, dest: string, leaveOut: ReadonlySet<string> = new Set()): void {
  const source = shardEntryDir(root, key);
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(source).sort()) {
    if (name === SHARD_FIGURES_FILE || leaveOut.has(name)) continue;
    cpSync(path.join(source, name), path.join(dest, name), { recursive: true });
  }
}

/** Removes cache entries (and leftovers of interrupted writes) other than `keep`. */
export function pruneShardCache(root: string, keep: ReadonlySet<string>): string[] {
  if (!existsSync(root)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    if (keep.has(name)) continue;
    rmSync(path.join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed.sort();
}

const LIB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|mjs|js|json|ya?ml)$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Fingerprint of the code that turns entries into index files: every source
 * file under src/lib (the analysis, the search documents, what they read:
 * entries, editions, editorial data, URLs) and the locked dependency
 * versions (Pagefind, the Korean dictionary). Any edit
 * there invalidates every shard; that costs one full index after a code
 * change, and no change to the analysis can ever leave a stale shard behind.
 */
export function codeFingerprint(libDir = LIB_DIR): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(libDir)) {
    hash.update(`${path.relative(libDir, file).split(path.sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  hash.update(dependencyVersions());
  return hash.digest('hex');
}

/**
 * The exact versions of every dependency (package-lock.json): Pagefind, the
 * dictionary behind the compound tokens (src/lib/korean) and what they use.
 */
function dependencyVersions(): string {
  try {
    return readFileSync(fileURLToPath(new URL('../../../package-lock.json', import.meta.url)), 'utf8');
  } catch {
    return 'no package-lock.json';
  }
}
