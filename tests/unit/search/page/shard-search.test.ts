/**
 * Searching a sharded index: the newest shard alone first, every shard
 * merged by score after, the older shards loaded only when asked for, and an
 * edition filter sent only where that edition is.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindInstance, PagefindResponse } from '@/lib/search/page/pagefind-types';
import {
  createShardedSearch,
  mergeFilterCounts,
  mergeResponses,
  shardBasePaths,
} from '@/lib/search/page/shard-search';

interface Doc {
  id: string;
  word: string;
  edition: string;
  score: number;
}

/**
 * One index's matches the way Pagefind finds them: `"word"` exactly; a word by
 * prefix, and where no word of the index starts with it, the longest word of
 * the index it starts with instead (its stand-in).
 */
function matching(docs: Doc[], term: string | null): Doc[] {
  if (term === null) return docs;
  if (/^".*"$/.test(term)) return docs.filter((d) => d.word === term.slice(1, -1));
  const extensions = docs.filter((d) => d.word.startsWith(term));
  if (extensions.length) return extensions;
  const standIn = docs.map((d) => d.word).filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  return standIn === undefined ? [] : docs.filter((d) => d.word === standIn);
}

/**
 * One fake Pagefind index per folder; an instance searches its folder and the
 * folders merged into it. An edition filter is a stem or `{ any: [stems] }`.
 */
function fakeIndexes(byFolder: Record<string, Doc[]>) {
  const created: string[] = [];
  const merged: string[] = [];
  const searched: string[] = [];
  const instanceOver = (folders: string[]): PagefindInstance & { folders: string[] } => ({
    folders,
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => {
      const editions: Record<string, number> = {};
      for (const d of folders.flatMap((f) => byFolder[f] ?? [])) editions[d.edition] = (editions[d.edition] ?? 0) + 1;
      return { edition: editions };
    },
    search: async (term, o) => {
      const exact = term !== null && /^".*"$/.test(term);
      if (!exact) searched.push(...folders);
      const filters = (o?.filters ?? {}) as { edition?: string | { any: string[] } };
      const inEdition = (stem: string) =>
        filters.edition === undefined || (typeof filters.edition === 'string' ? filters.edition === stem : filters.edition.any.includes(stem));
      const docs = folders
        .flatMap((f) => matching(byFolder[f] ?? [], term))
        .filter((d) => inEdition(d.edition))
        .sort((a, b) => b.score - a.score);
      const editions: Record<string, number> = {};
      for (const d of docs) editions[d.edition] = (editions[d.edition] ?? 0) + 1;
      const response: PagefindResponse = {
        results: docs.map((d) => ({ id: d.id, score: d.score, data: async () => ({ url: d.id, content: d.word, excerpt: '', meta: {}, filters: {} }) })),
        unfilteredResultCount: folders.flatMap((f) => byFolder[f] ?? []).length,
        filters: { edition: editions },
      };
      return response;
    },
  });
  const create = async (basePath: string): Promise<PagefindInstance> => {
    created.push(basePath);
    return instanceOver([basePath]);
  };
  const merge = async (instance: PagefindInstance, basePath: string) => {
    merged.push(basePath);
    (instance as PagefindInstance & { folders: string[] }).folders.push(basePath);
  };
  return { create, merge, created, merged, searched };
}

const shards = [
  { name: 's0002', pages: 2, editions: ['005_e', '004_e'] },
  { name: 's0001', pages: 2, editions: ['003_e', '002_e'] },
  { name: 's0000', pages: 2, editions: ['001_e', '000_e'] },
];
const paths = shardBasePaths('/news/pagefind/', shards);
const docs: Record<string, Doc[]> = {
  '/news/pagefind/s0002/': [
    { id: 'new-a', word: '인공지능', edition: '005_e', score: 2 },
    { id: 'new-b', word: '인공위성', edition: '004_e', score: 5 },
  ],
  '/news/pagefind/s0001/': [
    { id: 'mid-a', word: '인공지능', edition: '003_e', score: 9 },
    { id: 'mid-b', word: '로봇', edition: '002_e', score: 1 },
  ],
  '/news/pagefind/s0000/': [
    { id: 'old-a', word: '인공지능', edition: '001_e', score: 3 },
    { id: 'old-b', word: '인공지능', edition: '000_e', score: 2 },
  ],
};

function sharded() {
  const fake = fakeIndexes(docs);
  const search = createShardedSearch({ basePaths: paths, editions: shards.map((s) => s.editions), create: fake.create, merge: fake.merge });
  return { fake, search };
}

describe('shardBasePaths', () => {
  it('gives each shard its folder, newest first, and one folder for an index without shards', () => {
    expect(paths).toEqual(['/news/pagefind/s0002/', '/news/pagefind/s0001/', '/news/pagefind/s0000/']);
    expect(shardBasePaths('/pagefind/', undefined)).toEqual(['/pagefind/']);
    expect(shardBasePaths('/pagefind/', [])).toEqual(['/pagefind/']);
  });
});

describe('createShardedSearch', () => {
  it('searches the newest shard first, without loading the older ones', async () => {
    const { fake, search } = sharded();
    const first = await search.first('인공', {});
    expect(first!.results.map((r) => r.id)).toEqual(['new-b', 'new-a']);
    expect(fake.created).toEqual(['/news/pagefind/s0002/']);
    expect(fake.merged).toEqual([]);
    expect(search.sharded).toBe(true);
  });

  it('then every shard, by score across shards, counts added up', async () => {
    const { fake, search } = sharded();
    const all = await search.all('인공', {});
    expect(all!.results.map((r) => r.id)).toEqual(['mid-a', 'new-b', 'old-a', 'new-a', 'old-b']);
    expect(all!.filters!.edition).toEqual({ '005_e': 1, '004_e': 1, '003_e': 1, '001_e': 1, '000_e': 1 });
    expect(all!.unfilteredResultCount).toBe(6);
    // The older shards are one instance: the second-newest with the oldest merged in.
    expect(fake.created).toEqual(['/news/pagefind/s0002/', '/news/pagefind/s0001/']);
    expect(fake.merged).toEqual(['/news/pagefind/s0000/']);
    // Loaded once.
    await search.all('로봇', {});
    expect(fake.created).toHaveLength(2);
    expect(fake.merged).toHaveLength(1);
  });

  it("leaves out a side's stand-in results for a word only another shard has", async () => {
    const withName: Record<string, Doc[]> = {
      '/news/pagefind/s0002/': [...docs['/news/pagefind/s0002/']!, { id: 'new-k', word: 'kanana', edition: '005_e', score: 1 }],
      '/news/pagefind/s0001/': [...docs['/news/pagefind/s0001/']!, { id: 'mid-k', word: 'k', edition: '003_e', score: 9 }],
      '/news/pagefind/s0000/': [...docs['/news/pagefind/s0000/']!, { id: 'old-k', word: 'kang', edition: '001_e', score: 3 }],
    };
    const fake = fakeIndexes(withName);
    const search = createShardedSearch({ basePaths: paths, editions: shards.map((s) => s.editions), create: fake.create, merge: fake.merge });
    // s0001 stands `k` in for `kanana`, s0000 `kang` cannot: neither holds `kanana` or a word starting with it.
    expect((await search.all('kanana', {}))!.results.map((r) => r.id)).toEqual(['new-k']);
    // `kan`: s0000 has a real match (`kang`), s0001 only its stand-in `k`, which goes although it scores highest.
    expect((await search.all('kan', {}))!.results.map((r) => r.id)).toEqual(['old-k', 'new-k']);
    // A word one older shard holds exactly: the other older shard's stand-in still goes (Pagefind's merged search would mix them).
    expect((await search.all('kang', {}))!.results.map((r) => r.id)).toEqual(['old-k']);
    // A common word of the site is taken to be in every shard: not checked.
    const trusting = createShardedSearch({ basePaths: paths, editions: shards.map((s) => s.editions), create: fake.create, merge: fake.merge, common: ['kang'] });
    expect((await trusting.all('kang', {}))!.results.map((r) => r.id)).toEqual(['mid-k', 'old-k']);
  });

  it('sends an edition filter only to the side that holds the edition', async () => {
    const { fake, search } = sharded();
    expect(search.onlyNewest({ edition: '004_e' })).toBe(true);
    expect((await search.all('인공', { edition: '004_e' }))!.results.map((r) => r.id)).toEqual(['new-b']);
    expect(fake.created).toEqual(['/news/pagefind/s0002/']);

    expect(search.onlyOlder({ edition: '000_e' })).toBe(true);
    expect(search.onlyOlder({})).toBe(false);
    fake.searched.length = 0;
    expect((await search.all('인공', { edition: '000_e' }))!.results.map((r) => r.id)).toEqual(['old-b']);
    expect(fake.searched).not.toContain('/news/pagefind/s0002/');
  });

  it('merges the filter counts of every shard', async () => {
    const { search } = sharded();
    expect((await search.filters('first')).edition).toEqual({ '005_e': 1, '004_e': 1 });
    expect((await search.filters('all')).edition).toEqual({ '005_e': 1, '004_e': 1, '003_e': 1, '002_e': 1, '001_e': 1, '000_e': 1 });
  });

  it('is one instance for an index without shards', async () => {
    const fake = fakeIndexes({ '/pagefind/': docs['/news/pagefind/s0000/']! });
    const search = createShardedSearch({ basePaths: shardBasePaths('/pagefind/', undefined), editions: [], create: fake.create, merge: fake.merge });
    expect(search.sharded).toBe(false);
    expect((await search.all('인공', {}))!.results.map((r) => r.id)).toEqual(['old-a', 'old-b']);
    expect(fake.created).toEqual(['/pagefind/']);
  });
});

describe('mergeResponses', () => {
  it('keeps the newer shard first on equal scores and skips missing responses', () => {
    const r = (id: string, score: number) => ({ id, score, data: async () => ({ url: id, content: '', excerpt: '', meta: {}, filters: {} }) });
    const merged = mergeResponses([
      { results: [r('a', 1), r('b', 3)], unfilteredResultCount: 2 },
      null,
      { results: [r('c', 1), r('d', 3)], unfilteredResultCount: 5, filters: { topic: { ai: 2 } } },
    ]);
    expect(merged.results.map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(merged.unfilteredResultCount).toBe(7);
    expect(merged.filters).toEqual({ topic: { ai: 2 } });
    expect(mergeFilterCounts([{ t: { a: 1 } }, undefined, { t: { a: 2, b: 1 } }])).toEqual({ t: { a: 3, b: 1 } });
  });
});
