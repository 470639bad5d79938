import { describe, expect, it } from 'vitest';
import { searchExamples } from '../../../src/lib/search/suggestions';

describe('searchExamples (example queries from the built site)', () => {
  const input = {
    organizations: [
      { name: '한국원자력연구원', aliases: ['원자력연', 'KAERI'], count: 3 },
      { name: '과학기술정보통신부', aliases: ['과기정통부', '과기부', 'MSIT'], count: 9 },
      { name: '우주항공청', aliases: [], count: 0 },
    ],
    topics: [
      { count: 2, keywords: ['원자력', '원전'] },
      { count: 7, keywords: ['인공지능', '배터리', 'AI'] },
    ],
    texts: ['AI 반도체 지원', '배터리 재활용 기준', 'AI 안전연구소', '원자력연 건식저장 용기'],
  };

  it('takes the most mentioned organisations by their shortest Hangul alias and the topics’ commonest keywords', () => {
    expect(searchExamples(input, 4)).toEqual(['과기부', 'AI', '원자력연', '원자력']);
  });

  it('skips what has no articles and never repeats', () => {
    const few = searchExamples({ ...input, topics: [{ count: 1, keywords: ['없는말'] }] }, 5);
    expect(few).toEqual(['과기부', '원자력연']);
    expect(searchExamples({ organizations: [], topics: [], texts: [] })).toEqual([]);
  });
});
