/**
 * Shards: which editions go together, what a shard's key depends on, and
 * which shards a build must index again.
 */
import { describe, expect, it } from 'vitest';
import {
  assignShards,
  DEFAULT_SHARD_SIZE,
  editionSizes,
  shardKey,
  shardManifest,
  shardName,
  shardSizeFrom,
  staleShards,
  TAIL_PARTS,
  unusedCacheEntries,
  type EditionSize,
} from '@/lib/search/shards';

const editions = (sizes: number[]): EditionSize[] => sizes.map((articles, order) => ({ stem: `${String(order).padStart(3, '0')}_e`, order, articles }));

describe('editionSizes', () => {
  it('counts the pages of each edition', () => {
    const page = (stem: string, order: number) => ({ edition: { stem, order } });
    expect(editionSizes([page('002_b', 1), page('001_a', 0), page('002_b', 1)])).toEqual([
      { stem: '002_b', order: 1, articles: 2 },
      { stem: '001_a', order: 0, articles: 1 },
    ]);
  });
});

describe('assignShards', () => {
  it('groups whole editions, oldest first, sealing a shard once it reaches the size', () => {
    const shards = assignShards(editions([20, 25, 30, 10, 15, 40]), 50);
    expect(shards.map((s) => s.editions)).toEqual([
      ['000_e', '001_e', '002_e'],
      ['003_e', '004_e', '005_e'],
    ]);
    expect(shards.map((s) => s.articles)).toEqual([75, 65]);
    expect(shards.map((s) => s.name)).toEqual(['s0000', 's0001']);
  });

  it('orders by edition order, not by the order given', () => {
    const given = editions([10, 10, 10]).reverse();
    expect(assignShards(given, 15).map((s) => s.editions)).toEqual([['000_e', '001_e'], ['002_e']]);
  });

  it('leaves the last shard open: it takes the next edition', () => {
    const before = assignShards(editions([30, 30, 10]), 50);
    const after = assignShards(editions([30, 30, 10, 20]), 50);
    expect(before).toHaveLength(2);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]!.editions).toEqual(['002_e', '003_e']);
  });

  it('cuts the editions after the last full shard into quarter-size shards', () => {
    // 47 articles after the full shard, in shards of 13 (50 / 4) or more; the last one still open.
    const shards = assignShards(editions([60, 10, 10, 5, 10, 12]), 50);
    expect(shards.map((s) => s.editions)).toEqual([['000_e'], ['001_e', '002_e'], ['003_e', '004_e'], ['005_e']]);
    expect(shards.map((s) => s.articles)).toEqual([60, 20, 15, 12]);
    expect(shards.map((s) => s.name)).toEqual(['s0000', 's0001', 's0002', 's0003']);
  });

  it('merges the small shards into one sealed shard once they reach the size', () => {
    const before = assignShards(editions([60, 20, 20]), 50);
    expect(before.map((s) => s.articles)).toEqual([60, 20, 20]);
    const after = assignShards(editions([60, 20, 20, 15]), 50);
    expect(after.map((s) => s.editions)).toEqual([['000_e'], ['001_e', '002_e', '003_e']]);
  });

  it('a new edition changes only the last shard, or merges the small ones, whatever the sizes', () => {
    // A small deterministic walk over many edition size sequences.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 200;
    for (let run = 0; run < 300; run++) {
      const sizes = Array.from({ length: 1 + (next() % 30) }, () => 1 + next());
      const size = 1 + next() * 3;
      const added = 1 + next();
      const before = assignShards(editions(sizes), size);
      const after = assignShards(editions([...sizes, added]), size);
      const full = before.filter((s) => s.articles >= size).length;
      // Full shards come first and never change.
      expect(before.slice(0, full).every((s) => s.articles >= size)).toBe(true);
      expect(after.slice(0, full)).toEqual(before.slice(0, full));
      const open = before.slice(full).reduce((n, s) => n + s.articles, 0);
      expect(open).toBeLessThan(size);
      expect(before.length - full).toBeLessThanOrEqual(TAIL_PARTS);
      if (open + added >= size) {
        // The open editions and the new one become one full shard.
        expect(after).toHaveLength(full + 1);
        expect(after.at(-1)!.articles).toBe(open + added);
      } else {
        // Only the last small shard changes, or a new one starts; it stays near a quarter of the size.
        expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
        expect(after.length - before.length).toBeLessThanOrEqual(1);
        expect(after.at(-1)!.articles).toBeLessThan(Math.ceil(size / TAIL_PARTS) + added);
      }
      // Every article is in exactly one shard.
      expect(after.reduce((n, s) => n + s.articles, 0)).toBe(sizes.reduce((a, b) => a + b, 0) + added);
      expect(after.flatMap((s) => s.editions)).toEqual(editions([...sizes, added]).map((e) => e.stem));
    }
  });

  it('gives an edition larger than the size a shard of its own, and skips empty editions', () => {
    const shards = assignShards(editions([5, 0, 120, 5]), 50);
    expect(shards.map((s) => s.editions)).toEqual([['000_e', '002_e'], ['003_e']]);
    expect(assignShards([], 50)).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => assignShards(editions([1]), 0)).toThrow(/positive integer/);
    expect(() => assignShards(editions([1]), 2.5)).toThrow(/positive integer/);
  });
});

describe('shardSizeFrom', () => {
  it('reads DIGEST_SEARCH_SHARD_SIZE, with a default, and refuses nonsense', () => {
    expect(shardSizeFrom({})).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ DIGEST_SEARCH_SHARD_SIZE: '' })).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom({ DIGEST_SEARCH_SHARD_SIZE: '25' })).toBe(25);
    expect(() => shardSizeFrom({ DIGEST_SEARCH_SHARD_SIZE: 'many' })).toThrow(/DIGEST_SEARCH_SHARD_SIZE.*"many"/);
    expect(() => shardSizeFrom({ DIGEST_SEARCH_SHARD_SIZE: '-3' })).toThrow(/positive integer/);
  });
});

describe('shardKey', () => {
  const base = { code: 'code-1', editorial: 'editorial-1', settings: '{}' };
  const pages = ['{"id":"a","title":"가"}', '{"id":"b","title":"나"}'];

  it('is the same for the same inputs', () => {
    expect(shardKey(base, pages)).toBe(shardKey({ ...base }, [...pages]));
    expect(shardKey(base, pages)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with any page, their order or their number', () => {
    const key = shardKey(base, pages);
    expect(shardKey(base, [pages[0]!, '{"id":"b","title":"다"}'])).not.toBe(key);
    expect(shardKey(base, [...pages].reverse())).not.toBe(key);
    expect(shardKey(base, pages.slice(0, 1))).not.toBe(key);
    expect(shardKey(base, [...pages, '{"id":"c"}'])).not.toBe(key);
    // No ambiguity from joining: two pages are not one page holding both.
    expect(shardKey(base, [pages.join('')])).not.toBe(key);
  });

  it('changes with the code (the analysis), the editorial data and the settings: every shard is invalidated', () => {
    const keys = [pages, ['{"id":"z"}']].map((p) => shardKey(base, p));
    for (const changed of [{ ...base, code: 'code-2' }, { ...base, editorial: 'editorial-2' }, { ...base, settings: '{"x":1}' }]) {
      const after = [pages, ['{"id":"z"}']].map((p) => shardKey(changed, p));
      expect(after.filter((k, i) => k === keys[i])).toEqual([]);
    }
  });
});

describe('staleShards and unusedCacheEntries', () => {
  const shards = [
    { name: 's0000', key: 'k0' },
    { name: 's0001', key: 'k1' },
    { name: 's0002', key: 'k2' },
  ];

  it('indexes only the shards the cache lacks', () => {
    expect(staleShards(shards, new Set(['k0', 'k1'])).map((s) => s.name)).toEqual(['s0002']);
    expect(staleShards(shards, new Set()).map((s) => s.name)).toEqual(['s0000', 's0001', 's0002']);
    expect(staleShards(shards, new Set(['k0', 'k1', 'k2', 'old']))).toEqual([]);
  });

  it('names the cache entries no shard uses any more', () => {
    expect(unusedCacheEntries(['k2', 'old-b', 'k0', 'old-a'], shards)).toEqual(['old-a', 'old-b']);
  });
});

describe('shardManifest', () => {
  it('lists the shards newest first, with their folders (the newest always in newest/), pages and editions', () => {
    const manifest = shardManifest(assignShards(editions([30, 30, 10]), 50));
    expect(manifest).toEqual([
      { name: 'newest', pages: 10, editions: ['002_e'] },
      { name: shardName(0), pages: 60, editions: ['000_e', '001_e'] },
    ]);
  });
});
