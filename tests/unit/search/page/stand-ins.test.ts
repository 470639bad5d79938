import { describe, expect, it } from 'vitest';
import { matchedLength, prefixWords, standInShards, type ShardMatches } from '@/lib/search/page/stand-ins';
import type { PagefindResponse } from '@/lib/search/page/pagefind-types';

const response = (...contents: string[]): PagefindResponse => ({
  results: contents.map((content, i) => ({
    id: `p${i}`,
    score: contents.length - i,
    data: async () => ({ url: `/p${i}/`, content, excerpt: '', meta: {}, filters: {} }),
  })),
  unfilteredResultCount: 10,
  filters: { edition: { '001_e': contents.length } },
});

describe('prefixWords', () => {
  it('lists the words Pagefind matches by prefix, none for an exact term', () => {
    expect(prefixWords('인공지능 신용평가')).toEqual(['인공지능', '신용평가']);
    expect(prefixWords('"무선충전"')).toEqual([]);
    expect(prefixWords(null)).toEqual([]);
  });
});

describe('matchedLength', () => {
  it("reads words as Pagefind keys them, the token block's included: all of a word that starts one, else its longest stand-in", () => {
    expect(matchedLength('카카오의 모델 Kanana를 공개했다 ⁂ kanana 카카오', 'kanana')).toBe(6);
    expect(matchedLength('(K-콘텐츠) 기반 서비스', 'kanana')).toBe(0);
    expect(matchedLength('K 리그', 'kanana')).toBe(1);
    expect(matchedLength('재평가 결과', '평가')).toBe(0);
    expect(matchedLength('총 1673억 원을 투입', '1673억원')).toBe(5);
  });
});

/** A shard that answered with these pages (best first) and has these exact word counts. */
const shard = (r: PagefindResponse, exact: (w: string) => number = () => 0): ShardMatches => ({
  exactCount: async (w: string) => exact(w),
  best: async () => r.results[0],
});

describe('standInShards', () => {
  it('marks a shard whose results stand in for a word another shard has', async () => {
    expect(await standInShards(prefixWords('kanana'), [shard(response('Kanana를 공개'), () => 1), shard(response('K-콘텐츠 기반', 'K-팝 공연'))])).toEqual([false, true]);
  });

  it('keeps every shard when none has the word: stand-ins are the best there is, as on one index', async () => {
    expect(await standInShards(prefixWords('1673억원'), [shard(response('1673억 원을 투입')), shard(response('1673억 달러'))])).toEqual([false, false]);
  });

  it('keeps only the longest stand-in, the one Pagefind takes on one index', async () => {
    expect(await standInShards(prefixWords('1673억원'), [shard(response('1 조 원')), shard(response('1673억 원을 투입'))])).toEqual([true, false]);
  });

  it('keeps a shard whose best result has a longer word, one shard alone, and a search without prefix words', async () => {
    expect(await standInShards(prefixWords('신용평'), [shard(response('신용평가 모델')), shard(response('신용 점수'))])).toEqual([false, true]);
    expect(await standInShards(prefixWords('kanana'), [shard(response('K-콘텐츠 기반'))])).toEqual([false]);
    expect(await standInShards(prefixWords('"kanana"'), [shard(response('Kanana'), () => 1), shard(response('K-콘텐츠'))])).toEqual([false, false]);
  });

  it('counts a shard that holds every word in full, with results or without', async () => {
    const none: PagefindResponse = { results: [], unfilteredResultCount: 0 };
    expect(await standInShards(['kanana'], [shard(none, () => 1), shard(response('K-콘텐츠 기반'))])).toEqual([false, true]);
    expect(await standInShards(['kanana'], [shard(none), shard(response('K-콘텐츠 기반'))])).toEqual([false, false]);
  });

  it("reads only a shard's best result: Pagefind matches a word the same way on every page of one index", async () => {
    const read: string[] = [];
    const r = response('K-콘텐츠 기반', 'K-팝 공연', 'K-푸드');
    const tracked: ShardMatches = { exactCount: async () => 0, best: async () => ({ ...r.results[0]!, data: () => (read.push('best'), r.results[0]!.data()) }) };
    expect(await standInShards(prefixWords('kanana'), [shard(response('Kanana 소개'), () => 1), tracked])).toEqual([false, true]);
    expect(read).toEqual(['best']);
  });

  it('checks every prefix word, and counts a shard whose fragment cannot be read as real', async () => {
    expect(
      await standInShards(prefixWords('인공지능 kanana'), [shard(response('인공지능 Kanana'), () => 1), shard(response('인공지능 K-콘텐츠'), (w) => (w === '인공지능' ? 5 : 0))]),
    ).toEqual([false, true]);
    const failing: PagefindResponse = { results: [{ id: 'x', score: 1, data: async () => Promise.reject(new Error('offline')) }], unfilteredResultCount: 1 };
    expect(await standInShards(prefixWords('kanana'), [shard(response('Kanana'), () => 1), shard(failing)])).toEqual([false, false]);
  });
});
