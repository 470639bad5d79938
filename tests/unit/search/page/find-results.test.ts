import { describe, expect, it } from 'vitest';
import { findResults, searchSteps, FALLBACK_BELOW } from '@/lib/search/page/find-results';
import { planQuery } from '@/lib/search/query';
import { fakeSearch } from './fake-pagefind';

describe('searchSteps (query planning: which searches a query runs)', () => {
  it('runs the main terms always, spelling variants only while few results are found, guesses only when none', () => {
    const steps = searchSteps(planQuery('무선 충전'));
    expect(steps[0]).toEqual({ term: '무선 충전', below: Infinity });
    // Two terms joined into one word: alone it is looked up exactly, among other terms as it is; both while few were found.
    expect(steps).toContainEqual({ term: '"무선충전"', below: FALLBACK_BELOW });
    expect(searchSteps(planQuery('정보 보호 공시'))).toContainEqual({ term: '정보보호 공시', below: FALLBACK_BELOW });
    const split = searchSteps(planQuery('디지털배움터'));
    expect(split).toContainEqual({ term: '디지털 배움터', below: 1 });
    expect(searchSteps(planQuery('AI기본법'))).toContainEqual({ term: 'ai 기본법', below: FALLBACK_BELOW });
  });

  it("leaves the site's common words out of every search that has other terms, each search once", () => {
    const steps = searchSteps(planQuery('AI 산불', undefined, { common: ['ai'] }));
    expect(steps[0]).toEqual({ term: '산불', below: Infinity });
    expect(steps.map((s) => s.term)).not.toContain('ai 산불');
    // The joined word is not common: it is still looked up exactly.
    expect(steps).toContainEqual({ term: '"ai산불"', below: FALLBACK_BELOW });
    expect(new Set(steps.map((s) => s.term)).size).toBe(steps.length);
    // A query of common words only searches them.
    expect(searchSteps(planQuery('AI', undefined, { common: ['ai'] }))[0]).toEqual({ term: 'ai', below: Infinity });
  });
});

describe('findResults', () => {
  const pages = [
    { id: 'a', words: ['무선', '충전'], edition: 'e1' },
    { id: 'b', words: ['무선충전'], edition: 'e2' },
    { id: 'c', words: ['디지털', '배움터'], edition: 'e1' },
  ];

  it('adds the joined spelling when the spaced query finds few pages, without duplicates', async () => {
    const search = fakeSearch(pages);
    const { found, usedTerms, editionCounts } = await findResults(search, planQuery('무선 충전'), '무선 충전', {});
    expect(found.map((r) => r.id)).toEqual(['a', 'b']);
    expect(usedTerms).toEqual(['무선 충전', '"무선충전"']);
    expect([...editionCounts]).toEqual([
      ['e1', 1],
      ['e2', 1],
    ]);
  });

  it('adds a joined pair among other terms when the spaced query finds one stray page', async () => {
    // `정보` stands alone in the stray page only; the article writes `정보보호`.
    const search = fakeSearch([
      { id: 'stray', words: ['정보', '보호', '공시'], edition: 'e1' },
      { id: 'article', words: ['정보보호', '공시'], edition: 'e2' },
    ]);
    const { found } = await findResults(search, planQuery('정보 보호 공시'), '정보 보호 공시', {});
    expect(found.map((r) => r.id)).toEqual(['stray', 'article']);
  });

  it('tries a split guess only when nothing was found', async () => {
    const search = fakeSearch(pages);
    const { found } = await findResults(search, planQuery('디지털배움터'), '디지털배움터', {});
    expect(found.map((r) => r.id)).toEqual(['c']);
    expect(search.calls.map((c) => c.term)).toContain('디지털 배움터');
    const hit = fakeSearch([...pages, { id: 'd', words: ['디지털배움터'], edition: 'e2' }]);
    await findResults(hit, planQuery('디지털배움터'), '디지털배움터', {});
    expect(hit.calls.map((c) => c.term)).not.toContain('디지털 배움터');
  });

  it('searches the raw query without a plan (plain index), and the filters alone for an empty query', async () => {
    const search = fakeSearch(pages);
    await findResults(search, null, '무선', { edition: 'e1' });
    await findResults(search, null, '', { edition: 'e1' });
    expect(search.calls).toEqual([
      { term: '무선', filters: { edition: 'e1' } },
      { term: null, filters: { edition: 'e1' } },
    ]);
  });
});
