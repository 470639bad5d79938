import { describe, expect, it } from 'vitest';
import { commonWords, countWords, mergeWordCounts, withoutCommon } from '@/lib/search/common-words';

describe('countWords / mergeWordCounts / commonWords', () => {
  const pages = (n: number, words: (i: number) => string[]) => Array.from({ length: n }, (_, i) => words(i));

  it('counts each word once per page and keeps only the words on enough pages', () => {
    const counts = countWords([['ai', 'ai', '산불'], ['ai'], ['ai', '침수'], ['기술']], 0.5);
    expect(counts).toEqual({ pages: 4, counts: { ai: 3 } });
  });

  it('lists a word on at least half of a large site, not on a small one', () => {
    const large = countWords(pages(3000, (i) => ['ai', i % 3 === 0 ? '산불' : '침수']));
    expect(commonWords(large)).toEqual(['ai', '침수']);
    // On 15 pages nothing is common: no posting list is large enough to cost anything.
    expect(commonWords(countWords(pages(15, () => ['ai'])))).toEqual([]);
  });

  it('adds up the shards of a site (a word under the shard cut-off counts 0 there)', () => {
    const a = countWords(pages(1000, () => ['ai']));
    const b = countWords(pages(1000, (i) => (i < 100 ? ['ai', '산불'] : ['산불'])));
    const merged = mergeWordCounts([a, b]);
    expect(merged.pages).toBe(2000);
    expect(merged.counts.ai).toBe(1000);
    expect(commonWords(merged)).toEqual(['ai', '산불']);
  });
});

describe('withoutCommon', () => {
  const common = new Set(['ai', '인공지능']);
  it('leaves the common terms out when others remain', () => {
    expect(withoutCommon(['ai', '산불'], common)).toEqual({ terms: ['산불'], dropped: ['ai'] });
  });
  it('keeps every term when all are common, or none is', () => {
    expect(withoutCommon(['ai', '인공지능'], common)).toEqual({ terms: ['ai', '인공지능'], dropped: [] });
    expect(withoutCommon(['지하차도', '침수'], common)).toEqual({ terms: ['지하차도', '침수'], dropped: [] });
  });
});
