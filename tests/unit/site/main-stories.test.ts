import { describe, expect, it } from 'vitest';
import { rankMainStories, storyRank } from '@/lib/site/main-stories';
import type { StoryItem } from '@/lib/site/stories';
import { makeArticle } from './helpers';

const E = '001_edition';
const fig = (value: string) => ({ value, kind: 'count' as const, context: '' });

function item(over: Parameters<typeof makeArticle>[0] = {}, others: StoryItem['others'] = []): StoryItem {
  return { lead: makeArticle({ edition: E, ...over }), others };
}

describe('rankMainStories', () => {
  it('puts stories reported more than once in this edition first', () => {
    const plain = item({ figures: [fig('1건'), fig('2건')], organizations: ['가', '나'] });
    const twice = item({}, [makeArticle({ edition: E })]);
    const elsewhere = item({}, [makeArticle({ edition: '000_old' })]);
    const ranked = rankMainStories([plain, elsewhere, twice], E, 3);
    expect(ranked[0]).toBe(twice);
    expect(storyRank(elsewhere, E).reports).toBe(1);
  });

  it('then ranks by distinct figures and organisations, each capped', () => {
    const many = item({ figures: Array.from({ length: 12 }, (_, i) => fig(`${i}건`)) });
    const mixed = item({ figures: [fig('1건'), fig('2건'), fig('3건')], organizations: ['가', '나', '다'] });
    const repeated = item({ figures: [fig('1건'), fig('1건'), fig('1건')] });
    expect(storyRank(many, E).substance).toBe(4);
    expect(storyRank(repeated, E).substance).toBe(1);
    expect(rankMainStories([repeated, many, mixed], E, 3)).toEqual([mixed, many, repeated]);
  });

  it('prefers a real headline, then keeps the edition order, and honours the limit', () => {
    const derived = item({ titleDerived: true });
    const first = item();
    const second = item();
    expect(rankMainStories([derived, first, second], E, 2)).toEqual([first, second]);
    expect(rankMainStories([first, second], E, 0)).toEqual([]);
  });
});
