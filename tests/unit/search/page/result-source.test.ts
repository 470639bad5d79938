import { describe, expect, it } from 'vitest';
import { createPager, listSource, moreLabel, newestFirstSource, NO_RESULTS } from '@/lib/search/page/result-source';
import { fakeSearch, result } from './fake-pagefind';

const many = (n: number, edition = 'e1') => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, words: ['ai'], edition }));

describe('createPager (결과 더 보기)', () => {
  it('shows a page at a time and says when there is more', async () => {
    const pager = createPager(listSource(many(19).map(result)), 8);
    expect(pager.hasMore).toBe(true);
    expect((await pager.next()).map((r) => r.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(moreLabel(pager.shown, pager.total)).toBe('결과 더 보기 (8/19)');
    expect((await pager.next()).length).toBe(8);
    expect(pager.hasMore).toBe(true);
    expect((await pager.next()).map((r) => r.id)).toEqual(['p16', 'p17', 'p18']);
    expect(pager.shown).toBe(19);
    expect(pager.hasMore).toBe(false);
    expect(await pager.next()).toEqual([]);
  });

  it('has nothing for no results, and stops when the source runs dry before its total', async () => {
    expect(createPager(NO_RESULTS).hasMore).toBe(false);
    const short = createPager({ total: 10, take: async (n) => many(3).map(result).slice(0, n) }, 8);
    expect((await short.next()).length).toBe(3);
    expect(short.hasMore).toBe(true);
    expect(await short.next()).toEqual([]);
    expect(short.hasMore).toBe(false);
  });
});

describe('newestFirstSource', () => {
  const pages = [
    { id: 'old1', words: ['ai'], edition: '000_a' },
    { id: 'new1', words: ['ai'], edition: '002_c' },
    { id: 'old2', words: ['ai'], edition: '000_a' },
    { id: 'mid1', words: ['ai', '로봇'], edition: '001_b' },
    { id: 'new2', words: ['로봇'], edition: '002_c' },
  ];
  const editions = ['002_c', '001_b', '000_a'];

  it('orders newest edition first, relevance inside an edition, searching editions only as far as needed', async () => {
    const search = fakeSearch(pages);
    const counts = new Map([
      ['002_c', 1],
      ['001_b', 1],
      ['000_a', 2],
    ]);
    const source = newestFirstSource(search, ['ai'], {}, counts, editions, 4);
    expect((await source.take(2)).map((r) => r.id)).toEqual(['new1', 'mid1']);
    expect(search.calls.map((c) => c.filters.edition)).toEqual(['002_c', '001_b']);
    expect((await source.take(4)).map((r) => r.id)).toEqual(['new1', 'mid1', 'old1', 'old2']);
  });

  it('skips editions with no results and keeps an edition filter', async () => {
    const search = fakeSearch(pages);
    const counts = new Map([['000_a', 2]]);
    const source = newestFirstSource(search, ['ai'], { edition: '000_a' }, counts, editions, 2);
    expect((await source.take(8)).map((r) => r.id)).toEqual(['old1', 'old2']);
    expect(search.calls.map((c) => c.filters.edition)).toEqual(['000_a']);
  });

  it('merges every term that found something, without duplicates', async () => {
    const search = fakeSearch(pages);
    const counts = new Map([
      ['002_c', 2],
      ['001_b', 1],
    ]);
    const source = newestFirstSource(search, ['ai', '로봇'], {}, counts, editions, 3);
    expect((await source.take(8)).map((r) => r.id)).toEqual(['new1', 'new2', 'mid1']);
  });
});
