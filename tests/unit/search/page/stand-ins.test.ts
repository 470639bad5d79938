import { describe, expect, it } from 'vitest';
import { hasWordStarting, prefixWords, withoutStandIns } from '@/lib/search/page/stand-ins';
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

describe('hasWordStarting', () => {
  it("reads words as Pagefind keys them, the token block's included", () => {
    expect(hasWordStarting('카카오의 모델 Kanana를 공개했다 ⁂ kanana 카카오', 'kanana')).toBe(true);
    expect(hasWordStarting('(K-콘텐츠) 기반 서비스', 'kanana')).toBe(false);
    expect(hasWordStarting('재평가 결과', '평가')).toBe(false);
  });
});

const ids = (r: PagefindResponse | null | undefined) => r?.results.map((x) => x.id) ?? [];
const side = (r: PagefindResponse, exact: (w: string) => number = () => 0) => ({ response: r, exactCount: async (w: string) => exact(w) });

describe('withoutStandIns', () => {
  it("drops a side's stand-ins when another side has the word", async () => {
    const [real, standIns] = await withoutStandIns('kanana', [side(response('Kanana를 공개'), () => 1), side(response('K-콘텐츠 기반', 'K-팝 공연'))]);
    expect(ids(real)).toEqual(['p0']);
    expect(standIns!.results).toEqual([]);
    expect(standIns!.filters).toEqual({});
  });

  it('keeps every side when no side has the word: stand-ins are the best there is, as on one index', async () => {
    const a = response('1673억 원을 투입');
    const b = response('1673억 달러');
    expect(await withoutStandIns('1673억원', [side(a), side(b)])).toEqual([a, b]);
  });

  it('keeps a side whose best result has a longer word, and one side alone', async () => {
    const a = response('신용평가 모델');
    const b = response('신용 점수');
    const [keptA, keptB] = await withoutStandIns('신용평', [side(a), side(b)]);
    expect(keptA).toBe(a);
    expect(keptB!.results).toEqual([]);
    const alone = response('K-콘텐츠 기반');
    expect(await withoutStandIns('kanana', [side(alone)])).toEqual([alone]);
  });

  it('drops only the stand-ins among the best results of a side that mixes them with real matches', async () => {
    const [, mixed] = await withoutStandIns('kanana', [side(response('Kanana 소개'), () => 1), side(response('K-콘텐츠 기반', 'Kanana를 공개', 'K-팝 공연'))]);
    expect(ids(mixed)).toEqual(['p1']);
  });

  it('checks every prefix word, and counts a result whose fragment cannot be read as real', async () => {
    const [, standIns] = await withoutStandIns('인공지능 kanana', [
      side(response('인공지능 Kanana'), () => 1),
      side(response('인공지능 K-콘텐츠'), (w) => (w === '인공지능' ? 5 : 0)),
    ]);
    expect(standIns!.results).toEqual([]);
    const failing: PagefindResponse = { results: [{ id: 'x', score: 1, data: async () => Promise.reject(new Error('offline')) }], unfilteredResultCount: 1 };
    const [, kept] = await withoutStandIns('kanana', [side(response('Kanana'), () => 1), side(failing)]);
    expect(kept).toBe(failing);
  });
});
