import { describe, expect, it } from 'vitest';
import { createOrganizationMatcher } from '@/lib/corpus/organizations';

const matcher = createOrganizationMatcher([
  { name: '과학기술정보통신부', slug: 'msit', aliases: ['과기정통부', '과기부'] },
  { name: 'LG유플러스', slug: 'lg-uplus', aliases: ['LGU+', 'LG U+'] },
  { name: 'KT', slug: 'kt', aliases: [] },
  { name: '카카오', slug: 'kakao', aliases: [] },
]);

describe('organisation matcher', () => {
  it('maps aliases to the canonical name, once, in order of first mention', () => {
    expect(matcher.find('KT·LGU+ 침해사고… 과기정통부는 LG유플러스와 KT를 조사했다. 과기부 관계자는')).toEqual([
      'KT',
      'LG유플러스',
      '과학기술정보통신부',
    ]);
  });

  it('finds names with particles attached', () => {
    expect(matcher.find('카카오의 AI 모델인 Kanana를')).toEqual(['카카오']);
  });

  it('does not find a Latin alias inside a longer Latin word', () => {
    expect(matcher.find('KTX 노선과 SKT 요금')).toEqual([]);
  });

  it('finds nothing in unrelated text', () => {
    expect(matcher.find('올해는 로봇이 기존 기계 이미지를 벗어던진 원년이다.')).toEqual([]);
  });
});
