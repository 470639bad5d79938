import { describe, expect, it } from 'vitest';
import { createFragmentCache, exactFirst, exactForms } from '@/lib/search/page/exact-first';
import type { PagefindFragment, PagefindResult } from '@/lib/search/page/pagefind-types';
import { planQuery } from '@/lib/search/query';

function result(id: string, content: string, fetched: string[] = []): PagefindResult {
  return {
    id,
    score: 1,
    data: async (): Promise<PagefindFragment> => {
      fetched.push(id);
      return { url: `/${id}/`, content, excerpt: '', meta: {}, filters: {} };
    },
  };
}

describe('exactForms', () => {
  it('names the typed pieces the plan changed and neighbouring Hangul words joined', () => {
    expect(exactForms(planQuery('카카오의'))).toEqual(['카카오의']);
    expect(exactForms(planQuery('KT의'))).toEqual(['kt의']);
    expect(exactForms(planQuery('실증 랩'))).toEqual(['실증랩', '실증 랩']);
    expect(exactForms(planQuery('AI 기본법'))).toEqual(['ai기본법', 'ai 기본법']);
    expect(exactForms(planQuery('AI 5G'))).toEqual([]);
    const cut = planQuery('재사용발사체', undefined, { segment: (t) => (t === '재사용발사체' ? ['재사용', '발사체'] : null) });
    expect(exactForms(cut)).toEqual(['재사용발사체']);
  });

  it('names a number or Latin word whose key drops its marks (85.3% is keyed 853)', () => {
    expect(exactForms(planQuery('85.3%'))).toEqual(['85.3%']);
    expect(exactForms(planQuery('K-AI 전략'))).toEqual(['k-ai', 'k-ai 전략']);
    expect(exactForms(planQuery('(5G)'))).toEqual([]);
    expect(exactForms(planQuery('2026년'))).toEqual([]);
  });

  it("names the site's common words the searches left out", () => {
    expect(exactForms(planQuery('AI 산불', undefined, { common: ['ai'] }))).toEqual(['ai산불', 'ai', 'ai 산불']);
    // A query of common words only searches them: nothing was left out.
    expect(exactForms(planQuery('AI', undefined, { common: ['ai'] }))).toEqual([]);
  });

  it('is empty when the plan searches what was typed', () => {
    expect(exactForms(planQuery('로봇'))).toEqual([]);
    expect(exactForms(planQuery('Kanana'))).toEqual([]);
  });
});

describe('exactFirst', () => {
  it('puts the article with the typed words in a row ahead of one that has them apart', async () => {
    const forms = exactForms(planQuery('안전성 평가', undefined, { common: ['평가'] }));
    const found = [result('apart', '안전성 검사 뒤 평가를 한다'), result('row', '모델의 안전성 평가 결과')];
    expect((await exactFirst(found, forms)).map((r) => r.id)).toEqual(['row', 'apart']);
  });

  it('moves articles with the exact form ahead inside the window, keeping the order among equals', async () => {
    const found = [result('a', '카카오는 발표했다'), result('b', '카카오가 밝혔다'), result('c', '카카오의 모델'), result('d', '카카오의 평가')];
    const ordered = await exactFirst(found, ['카카오의']);
    expect(ordered.map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('ranks by how many exact forms an article has', async () => {
    const found = [result('a', '기후 변화'), result('b', '기후변화대응'), result('c', '기후변화 대응')];
    const ordered = await exactFirst(found, ['기후변화', '변화대응']);
    expect(ordered.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('leaves results past the window where they are and reads only the window', async () => {
    const fetched: string[] = [];
    const found = [result('a', '카카오', fetched), result('b', '카카오', fetched), result('c', '카카오의', fetched)];
    expect((await exactFirst(found, ['카카오의'], 2)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(fetched).toEqual(['a', 'b']);
  });

  it("also reads the first results of each merged side, whose scores are not on the merged list's scale", async () => {
    const fetched: string[] = [];
    const side = (r: PagefindResult, sideRank: number): PagefindResult => ({ ...r, sideRank });
    const found = [side(result('a', '카카오', fetched), 0), side(result('b', '카카오', fetched), 1), side(result('c', '카카오', fetched), 2), side(result('d', '카카오의', fetched), 0)];
    expect((await exactFirst(found, ['카카오의'], 2)).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(fetched).toEqual(['a', 'b', 'd']);
  });

  it('finds a form that is a word the way the index does, token block and synonyms included', async () => {
    const forms = exactForms(planQuery('인공지능 산불', undefined, { common: ['인공지능'] }));
    const found = [result('none', '산불 대응'), result('synonym', 'AI 산불 대응 ⁂ 인공지능 에이아이'), result('literal', '인공지능 산불 대응')];
    expect((await exactFirst(found, forms)).map((r) => r.id)).toEqual(['literal', 'synonym', 'none']);
    // A form with marks its key drops is only found as typed.
    const percent = [result('key', '8,537억 원 ⁂ 8537억'), result('typed', '85.3% 증가')];
    expect((await exactFirst(percent, ['85.3%'])).map((r) => r.id)).toEqual(['typed', 'key']);
  });

  it('reads nothing when there is no exact form to look for', async () => {
    const fetched: string[] = [];
    const found = [result('a', 'x', fetched), result('b', 'y', fetched)];
    expect((await exactFirst(found, [])).map((r) => r.id)).toEqual(['a', 'b']);
    expect(fetched).toEqual([]);
  });

  it('keeps a result whose fragment fails to load, in order', async () => {
    const broken: PagefindResult = { id: 'x', score: 1, data: () => Promise.reject(new Error('offline')) };
    const ordered = await exactFirst([broken, result('b', '카카오의')], ['카카오의']);
    expect(ordered.map((r) => r.id)).toEqual(['b', 'x']);
  });
});

describe('createFragmentCache', () => {
  it('downloads a fragment once however often it is asked for', async () => {
    const fetched: string[] = [];
    const wrap = createFragmentCache();
    const r = result('a', '본문', fetched);
    await wrap(r).data();
    await wrap(r).data();
    expect(fetched).toEqual(['a']);
  });
});
