import { describe, expect, it } from 'vitest';
import { betterCut, planQuery } from '@/lib/search/query';
import { createSynonymIndex, memberKey, synonymGroups } from '@/lib/search/synonyms';
import { loadEditorial } from '@/lib/editorial/load';
import { projectPaths } from '@/lib/project-paths';

const synonyms = createSynonymIndex(synonymGroups(loadEditorial(projectPaths({}).dataDir)));

describe('planQuery', () => {
  it('cuts particles and endings off the query', () => {
    expect(planQuery('카카오의').terms).toEqual(['카카오']);
    expect(planQuery('휴머노이드는').terms).toEqual(['휴머노이드']);
    expect(planQuery('연구개발특구를').terms).toEqual(['연구개발특구']);
  });

  it('cuts a particle hanging on a Latin word or number', () => {
    expect(planQuery('Kanana를').terms).toEqual(['kanana']);
    expect(planQuery('AI기본법을').terms).toEqual(['ai기본법']);
    expect(planQuery('1673억을').terms).toEqual(['1673억']);
  });

  it('keys Latin and number words like Pagefind', () => {
    expect(planQuery('R&D').terms).toEqual(['rd']);
    expect(planQuery('K-AI').terms).toEqual(['kai']);
    expect(planQuery('85.3%').terms).toEqual(['853']);
  });

  it('drops a lone unit after a number and one-syllable noise next to real words', () => {
    expect(planQuery('1673억 원').terms).toEqual(['1673억']);
    expect(planQuery('AI 및 로봇').terms).toEqual(['ai', '로봇']);
    expect(planQuery('법').terms).toEqual(['법']);
  });

  it('offers joined and split spellings as fallbacks', () => {
    expect(planQuery('무선 충전').fallbacks).toContainEqual({ terms: ['무선충전'], kind: 'joined' });
    expect(planQuery('디지털배움터').fallbacks).toContainEqual({ terms: ['디지털', '배움터'], kind: 'split' });
    expect(planQuery('AI기본법').fallbacks).toContainEqual({ terms: ['ai', '기본법'], kind: 'runs' });
  });

  it('highlights synonyms and aliases from the data files', () => {
    expect(planQuery('과기정통부', synonyms).highlights).toContain('과학기술정보통신부');
    expect(planQuery('인공지능', synonyms).highlights).toContain('AI');
    expect(planQuery('R&D', synonyms).highlights).toContain('연구개발');
    // A wrong particle cut (`…아이` is not `…아` + `이`) does not lose the alias.
    expect(planQuery('엔씨에이아이', synonyms).highlights).toContain('NC AI');
  });

  it('keeps whole a word the synonym list names, whatever particle it seems to end in', () => {
    expect(planQuery('에이아이 안전성', synonyms).terms).toEqual(['에이아이', '안전성']);
    expect(planQuery('에이아이', synonyms).highlights).toContain('인공지능');
    // Other words still lose their particles.
    expect(planQuery('인공지능이', synonyms).terms).toEqual(['인공지능']);
  });

  it('ignores quotes and extra spaces', () => {
    expect(planQuery('  “특구”  ').terms).toEqual(['특구']);
    expect(planQuery('').terms).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('come from synonyms.yaml and organizations.yaml', () => {
    expect(synonyms.othersOf(memberKey('과기정통부'))).toContain('과학기술정보통신부');
    expect(synonyms.othersOf(memberKey('LGU+'))).toContain('LG유플러스');
    expect(synonyms.othersOf(memberKey('AI 전환'))).toContain('AX');
  });

  it('match members regardless of spacing and case', () => {
    expect(memberKey('LG U+')).toBe('lgu');
    expect(memberKey('AI 안전연구소')).toBe(memberKey('AI안전연구소'));
  });
});

describe('betterCut', () => {
  it('prefers fewer pieces, then the longer shortest piece, then the stem', () => {
    expect(betterCut(['인공지능신', '용평'], ['인공지능', '신용평가'])).toEqual(['인공지능', '신용평가']);
    expect(betterCut(['재사용', '발사체'], ['재사용', '발사체를'])).toEqual(['재사용', '발사체']);
    expect(betterCut(['가나', '다라', '마바'], ['가나다라', '마바사'])).toEqual(['가나다라', '마바사']);
    expect(betterCut(['가나다', '라마'], ['가나', '다라', '마바사'])).toEqual(['가나다', '라마']);
  });

  it('keeps the stem when either side has no cut', () => {
    expect(betterCut(null, ['인공지능', '신용평가'])).toBeNull();
    expect(betterCut(['재사용', '발사체'], null)).toEqual(['재사용', '발사체']);
  });
});
