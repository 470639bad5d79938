import { describe, expect, it } from 'vitest';
import { createOrganizationMatcher, mentionedNames, organizationUserWords } from '@/lib/corpus/organizations';
import { kindOfDiscoveredName, romanizedSlug } from '@/lib/corpus/organization-names';

const matcher = createOrganizationMatcher(
  [
    { name: '과학기술정보통신부', slug: 'msit', kind: 'government', aliases: ['과기정통부', '과기부'] },
    { name: 'LG유플러스', slug: 'lg-uplus', kind: 'company', aliases: ['LGU+', 'LG U+'] },
    { name: 'KT', slug: 'kt', kind: 'company', aliases: [] },
    { name: '카카오', slug: 'kakao', kind: 'company', aliases: [] },
    { name: '서울특별시', slug: 'seoul', kind: 'local', aliases: ['서울시'], contextual: true },
    { name: '한국원자력연구원', slug: 'kaeri', kind: 'research', aliases: ['원자력연'] },
  ],
  { ignore: ['모두다'] },
);

describe('organisation directory', () => {
  it('maps aliases to the canonical name, once, in order of first mention', () => {
    expect(matcher.find('KT·LGU+ 침해사고… 과기정통부는 LG유플러스와 KT를 조사했다. 과기부 관계자는')).toEqual([
      'KT',
      'LG유플러스',
      '과학기술정보통신부',
    ]);
  });

  it('finds names with particles attached, and spaced forms', () => {
    expect(matcher.find('카카오의 AI 모델인 Kanana를')).toEqual(['카카오']);
    expect(matcher.find('‘LG U+는’ 발표했다')).toEqual(['LG유플러스']);
  });

  it('does not find a Latin alias inside a longer Latin word', () => {
    expect(matcher.find('KTX 노선과 SKT 요금')).toEqual([]);
  });

  it('does not find a name inside a longer word, but keeps a title written onto it', () => {
    expect(matcher.find('서울시민 대상 조사')).toEqual([]);
    expect(matcher.find('과기정통부장관은 말했다')).toEqual(['과학기술정보통신부']);
  });

  it('counts a contextual name (a place too) only as an actor', () => {
    expect(matcher.find('서울시에서 열린 행사')).toEqual([]);
    expect(matcher.find('서울시는 4일 밝혔다')).toEqual(['서울특별시']);
    expect(matcher.find('서울시 관계자는')).toEqual(['서울특별시']);
  });

  it('finds nothing in unrelated text', () => {
    expect(matcher.find('올해는 로봇이 기존 기계 이미지를 벗어던진 원년이다.')).toEqual([]);
  });

  it('gives every space-free form as a user word', () => {
    expect(organizationUserWords([{ name: 'LG유플러스', aliases: ['LG U+', 'LGU+'] }])).toEqual(['LG유플러스', 'LGU+']);
  });
});

describe('organisation discovery', () => {
  const discovered = (text: string) => matcher.analyse(text).discovered.map((d) => d.name);

  it('finds a company named after a class noun, and the names listed with it', () => {
    expect(discovered('재활용 전문기업 누리셀의 한 임원은 말했다.')).toEqual(['누리셀']);
    expect(discovered('핀테크 기업 두리페이와 한결데이터 등 6개 사가 참여했다.')).toEqual(['두리페이', '한결데이터']);
    expect(discovered('쇼핑 플랫폼 모두마켓, 동영상 플랫폼 클립하우스다.')).toEqual(['모두마켓', '클립하우스']);
  });

  it('keeps where the name was found', () => {
    expect(matcher.analyse('국내 조선사 해온중공업과 계약했다.').discovered).toEqual([
      { name: '해온중공업', kind: 'company', cue: '국내 조선사 해온중공업과', at: 7 },
    ]);
  });

  it('finds a company from a person and a title, from (주), and from a role after a name-like word', () => {
    expect(discovered('김하람 별하게임즈 대표는 설명했다.')).toEqual(['별하게임즈']);
    expect(discovered('시스템은 (주)아이피랩이 만들었다.')).toEqual(['아이피랩']);
    expect(discovered('다온모빌리티 관계자는 "늘리겠다"고 말했다.')).toEqual(['다온모빌리티']);
  });

  it('finds institutions by their head', () => {
    expect(matcher.analyse('한국뇌과학연구원은 밝혔다').discovered).toMatchObject([{ name: '한국뇌과학연구원', kind: 'research' }]);
  });

  it('does not take common nouns, people or titles for organisations', () => {
    expect(discovered('한 업계 관계자는 말했다. 공공기관 관계자도 거들었다.')).toEqual([]);
    expect(discovered('한 항공 분야 연구원은 말했다. 김도윤 책임연구원은 설명했다.')).toEqual([]);
    expect(discovered('스마트팜 솔루션 기업 팜온이 참여했다.')).toEqual(['팜온']);
    expect(discovered('배달 플랫폼 사업자들이 반발했다. 중소 장비 업체 대표는 말했다.')).toEqual([]);
    expect(discovered('기체 제작사 하늘길에어와 운항사, 통신사 등이 참여한다.')).toEqual(['하늘길에어']);
    expect(discovered('원자력연이 대전 본원에서 시험했다.')).toEqual([]);
  });

  it('leaves out ignored names and directory names', () => {
    expect(discovered('쇼핑 플랫폼 모두다의 대표는')).toEqual([]);
    expect(discovered('통신 기업 KT는')).toEqual([]);
  });

  it('lists discovered names with the directory names in order of mention', () => {
    expect(matcher.analyse('과기정통부와 AI 스타트업 루미큐브는').names).toEqual(['과학기술정보통신부', '루미큐브']);
  });
});

describe('organisation names', () => {
  it('finds known names as words, with particles, in order', () => {
    expect(mentionedNames('두리페이는 밝혔다. 「한결데이터」와 두리페이', new Set(['두리페이', '한결데이터', '없음']), 10)).toEqual([
      '두리페이',
      '한결데이터',
    ]);
    expect(mentionedNames('두리페이먼츠는', new Set(['두리페이']), 10)).toEqual([]);
  });

  it('romanises names into stable slugs', () => {
    expect(romanizedSlug('다온모빌리티')).toBe('daonmobilliti');
    expect(romanizedSlug('한빛AI랩')).toBe('hanbit-ai-raep');
  });

  it('gives a discovered name its kind from its head', () => {
    expect(kindOfDiscoveredName('서울아산병원')).toBe('other');
    expect(kindOfDiscoveredName('상주대학교')).toBe('university');
    expect(kindOfDiscoveredName('그루봇')).toBe('company');
  });
});
