/**
 * The two halves of the index step on a small site in several shards: the
 * layout they write, the shard cache (a shard whose pages did not change is
 * copied, a change in the analysis or the editorial data indexes every shard
 * again, the result equals a clean build byte for byte), and the checks
 * (documents from other entries, pages the build did not write, waiting for
 * the pages before writing).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchConfigFile } from '@/lib/search/search-documents';
import { indexPrepared, prepareDocuments } from '@/lib/search/run-index';
import { cachedShardKeys, shardCacheRoot } from '@/lib/search/shard-cache';
import type { ProjectPaths } from '@/lib/project-paths';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'sharded-index-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const realArticles = path.resolve('content', 'articles');
const ids = () => readdirSync(realArticles).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).sort();
const STEMS = ['000_aaaaaaaaaaaaaaaa', '001_bbbbbbbbbbbbbbbb', '002_cccccccccccccccc'];
/** Which of the three editions an article (by its place among the sorted ids) belongs to. */
const editionOf = (i: number) => STEMS[Math.min(2, Math.floor(i / 5))]!;

/** The real entries spread over three editions of five, in a content folder of their own. */
function site(name = 'site', cacheDir = path.join(work, 'cache')): ProjectPaths {
  const contentDir = path.join(work, name, 'content');
  const articlesDir = path.join(contentDir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(path.join(contentDir, 'seeds'), { recursive: true });
  ids().forEach((id, i) => {
    const text = readFileSync(path.join(realArticles, `${id}.md`), 'utf8').replace(/^edition: .*$/m, `edition: ${editionOf(i)}`);
    writeFileSync(path.join(articlesDir, `${id}.md`), text);
  });
  return {
    dataDir: path.resolve('content'),
    seedsDir: path.join(contentDir, 'seeds'),
    articlesDir,
    reportFile: path.join(contentDir, 'ingest-report.txt'),
    outDir: path.join(work, name, 'dist'),
    cacheDir,
  };
}

const buildPages = (paths: ProjectPaths, except = new Set<string>()) => {
  for (const id of ids()) {
    if (except.has(id)) continue;
    mkdirSync(path.join(paths.outDir, 'articles', id), { recursive: true });
    writeFileSync(path.join(paths.outDir, 'articles', id, 'index.html'), '<!doctype html>');
  }
};

async function build(paths: ProjectPaths, shardSize = 5) {
  const prepared = prepareDocuments({ paths, base: '/', shardSize });
  buildPages(paths);
  const figures = await indexPrepared({ paths, base: '/', shardSize });
  return { prepared, figures };
}

/** Every file under a folder with its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

const config = (paths: ProjectPaths) => JSON.parse(readFileSync(path.join(paths.outDir, 'pagefind', 'ko-search.json'), 'utf8')) as SearchConfigFile;

describe('sharded index', () => {
  it('writes one Pagefind index per shard, pagefind.js once, and lists the shards newest first', async () => {
    const paths = site();
    const { prepared, figures } = await build(paths);
    expect(prepared).toMatchObject({ pages: 15, shards: 3, stale: 3 });
    expect(figures).toMatchObject({ pages: 15, mode: 'augmented', shards: { count: 3, indexed: 3, reused: 0, size: 5 } });
    const out = path.join(paths.outDir, 'pagefind');
    expect(readdirSync(out).sort()).toEqual(['ko-search.json', 'ko-vocab', 'newest', 'pagefind.js', 's0000', 's0001']);
    // One vocabulary for the whole site, joined from every shard's words.
    expect(config(paths).vocabulary!.words).toBeGreaterThan(0);
    expect(readdirSync(path.join(out, 'ko-vocab'))).toHaveLength(config(paths).vocabulary!.shards);
    for (const shard of ['s0000', 's0001', 'newest']) {
      const files = readdirSync(path.join(out, shard));
      expect(files).toContain('pagefind-entry.json');
      expect(files.some((f) => f.startsWith('wasm.'))).toBe(true);
      // No UI bundles, no second copy of the runtime.
      expect(files.filter((f) => /^pagefind.*\.(js|css)$/.test(f))).toEqual([]);
    }
    expect(config(paths).shards).toEqual([
      { name: 'newest', pages: 5, editions: [STEMS[2]] },
      { name: 's0001', pages: 5, editions: [STEMS[1]] },
      { name: 's0000', pages: 5, editions: [STEMS[0]] },
    ]);
    expect(config(paths).mode).toBe('augmented');
  }, 120_000);

  it('reuses unchanged shards, indexes only the changed one, and writes what a clean build writes', async () => {
    const paths = site();
    await build(paths);
    const first = tree(path.join(paths.outDir, 'pagefind'));

    // Nothing changed: every shard comes from the cache, byte for byte the same.
    const again = await build(paths);
    expect(again.prepared.stale).toBe(0);
    expect(again.figures.shards).toMatchObject({ indexed: 0, reused: 3 });
    expect(tree(path.join(paths.outDir, 'pagefind'))).toEqual(first);

    // One article of the newest edition changes: only its shard is indexed again.
    const changed = path.join(paths.articlesDir, `${ids()[12]}.md`);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (고침)'));
    const keysBefore = cachedShardKeys(shardCacheRoot(paths.cacheDir));
    const incremental = await build(paths);
    expect(incremental.prepared.stale).toBe(1);
    expect(incremental.figures.shards).toMatchObject({ indexed: 1, reused: 2 });
    const keysAfter = cachedShardKeys(shardCacheRoot(paths.cacheDir));
    // The old entry of the changed shard is gone, the two others stayed.
    expect([...keysAfter].filter((k) => keysBefore.has(k))).toHaveLength(2);
    expect(keysAfter.size).toBe(3);

    // A clean build of the same entries (empty cache) writes the same bytes.
    const clean = site('clean', path.join(work, 'clean-cache'));
    cpSync(changed, path.join(clean.articlesDir, path.basename(changed)));
    await build(clean);
    const rebuilt = tree(path.join(paths.outDir, 'pagefind'));
    expect(rebuilt).toEqual(tree(path.join(clean.outDir, 'pagefind')));
    expect(rebuilt).not.toEqual(first);
  }, 180_000);

  it('indexes every shard again when the editorial data changes', async () => {
    const paths = site();
    await build(paths);
    const dataDir = path.join(work, 'data');
    cpSync(path.resolve('content'), dataDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}articles`) && !src.includes(`${path.sep}seeds`) });
    const synonyms = path.join(dataDir, 'synonyms.yaml');
    writeFileSync(synonyms, `${readFileSync(synonyms, 'utf8').trimEnd()}\n  - [무선충전, 무선 전력 전송]\n`);
    const edited = { ...paths, dataDir };
    const rebuilt = await build(edited);
    expect(rebuilt.figures.shards).toMatchObject({ indexed: 3, reused: 0 });
  }, 180_000);

  it('refuses a plan made from other entries', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/', shardSize: 5 });
    buildPages(paths);
    const first = path.join(paths.articlesDir, `${ids()[0]}.md`);
    utimesSync(first, new Date(), new Date(Date.now() + 10_000));
    await expect(indexPrepared({ paths, base: '/' })).rejects.toThrow(/prepared from other entries/);
  });

  it('indexes before the pages exist, and checks the pages and writes only once they are built', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/', shardSize: 5 });
    let markBuilt!: () => void;
    const pagesBuilt = new Promise<void>((resolve) => (markBuilt = resolve));
    const indexing = indexPrepared({ paths, base: '/', pagesBuilt });
    const early = await Promise.race([indexing.then(() => 'finished', () => 'failed'), new Promise((r) => setTimeout(() => r('waiting'), 1500))]);
    expect(early).toBe('waiting');
    expect(existsSync(path.join(paths.outDir, 'pagefind'))).toBe(false);
    buildPages(paths);
    markBuilt();
    const figures = await indexing;
    expect(figures.pages).toBe(15);
    expect(figures.phases!.add).toBeGreaterThan(0);
    expect(existsSync(path.join(paths.outDir, 'pagefind', 's0000', 'pagefind-entry.json'))).toBe(true);
  }, 120_000);

  it('names the pages the build did not write, and writes no index', async () => {
    const paths = site();
    prepareDocuments({ paths, base: '/', shardSize: 5 });
    const missing = ids()[3]!;
    buildPages(paths, new Set([missing]));
    await expect(indexPrepared({ paths, base: '/' })).rejects.toThrow(new RegExp(`1 article page\\(s\\) missing.*${missing}`));
    expect(readdirSync(path.join(paths.outDir))).toEqual(['articles']);
  }, 120_000);
});
