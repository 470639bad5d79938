import { describe, expect, it } from 'vitest';
import { assembleSimilarity, buildSimilarityIndex, cosineOf, distinctiveNumbers, findSimilarArticles, scoreRange } from '@/lib/corpus/similar-articles';

const story =
  '과학기술정보통신부는 24일 디지털 취약계층을 포함한 일반 국민의 인공지능 기본역량교육 거점이 될 AI디지털배움터 신규 구축지 32곳을 선정했다고 밝혔다.';
const retold =
  '과기정통부가 AI디지털배움터 신규 거점 32개소를 선정했다고 24일 발표했다. 디지털 취약계층과 일반 국민의 인공지능 기본역량 교육을 맡는다.';
const others = [
  '기획예산처와 과학기술정보통신부는 올해부터 연구개발 예산 협의회를 상설 운영한다. 국장급 협의체가 월 1회 열린다.',
  'KT와 LG유플러스 침해사고에 대한 민관합동조사단 조사 결과가 발표됐다. 감염서버 94대와 악성코드 103종이 확인됐다.',
  '이산화탄소 포집·활용 등 10개 기후변화대응 기술개발 사업을 신규 추진한다. 기후·환경 연구개발에 1511억 원을 투자한다.',
  '로봇이 기존 기계 이미지를 벗어던진 원년이다. 피지컬 AI가 휴머노이드 로봇의 글로벌 트렌드를 관통했다.',
];

const inputs = [story, retold, ...others].map((text, i) => ({ id: `id${i}`, text }));

describe('findSimilarArticles', () => {
  it('groups two outlets reporting the same announcement', () => {
    const { sameStory } = findSimilarArticles(inputs);
    expect(sameStory.get('id0')).toEqual(['id1']);
    expect(sameStory.get('id1')).toEqual(['id0']);
  });

  it('leaves unrelated stories out of any group', () => {
    const { sameStory } = findSimilarArticles(inputs);
    for (const id of ['id2', 'id3', 'id4', 'id5']) expect(sameStory.has(id)).toBe(false);
  });

  it('never lists an article as related to itself or repeats a same-story member', () => {
    const { related } = findSimilarArticles(inputs);
    for (const [id, list] of related) {
      expect(list).not.toContain(id);
      if (id === 'id0') expect(list).not.toContain('id1');
    }
  });

  it('is deterministic', () => {
    const a = findSimilarArticles(inputs);
    const b = findSimilarArticles([...inputs]);
    expect([...a.related.entries()]).toEqual([...b.related.entries()]);
  });
});

describe('same-story grouping', () => {
  it('does not chain articles that only share text pairwise into one story', () => {
    // a~b share one half, b~c share the other half; a and c have nothing in common.
    const half1 = '연구개발특구 육성 사업의 총투자 규모는 1673억 원으로 전년 대비 약 512억 원이 증액됐다 기술창업 스튜디오';
    const half2 = '정보보호 공시 제도의 사각지대를 없애고 상장사 등 사회적 영향력이 높은 기업의 정보보호 책임을 강화';
    const chain = [
      { id: 'a', text: `${half1} 딥테크 스케일업 패스트트랙 해외 진출` },
      { id: 'b', text: `${half1} ${half2}` },
      { id: 'c', text: `${half2} 입법예고 시행령 개정안 누리집 게시판` },
      ...others.map((text, i) => ({ id: `o${i}`, text })),
    ];
    const { sameStory } = findSimilarArticles(chain, { sameStoryThreshold: 0.3 });
    expect(sameStory.get('a')?.includes('c') ?? false).toBe(false);
    expect(sameStory.get('c')?.includes('a') ?? false).toBe(false);
  });
});

describe('the similarity index', () => {
  it('gives identical texts a cosine of 1 and unrelated texts 0', () => {
    const index = buildSimilarityIndex(['인공지능 반도체 예산', '인공지능 반도체 예산', '무선 충전 인증'].map((text, i) => ({ id: `t${i}`, text })));
    expect(cosineOf(index, 0, 1)).toBeCloseTo(1);
    expect(cosineOf(index, 0, 2)).toBe(0);
  });

  it('gives the same result scored in ranges (as worker threads do, on shared memory) as in one pass', () => {
    const index = buildSimilarityIndex(inputs, {}, true);
    expect(index.postDocs.buffer).toBeInstanceOf(SharedArrayBuffer);
    const ranges = [scoreRange(index, 3, inputs.length), scoreRange(index, 0, 1), scoreRange(index, 1, 3)];
    expect(assembleSimilarity(inputs, index, ranges)).toEqual(findSimilarArticles(inputs));
  });
});

describe('distinctiveNumbers and same-story corroboration', () => {
  it('keeps amounts and counts, not years or small numbers', () => {
    expect(distinctiveNumbers('우주항공청은 2032년까지 1,870억 원을 들여 100톤급 엔진 3기를 12개 기관과 만든다.')).toEqual(['1870', '100', '12']);
  });

  it('groups two close texts only when they share a number, unless their wording is nearly the same', () => {
    const a = '게임물관리위원회는 확률형 아이템 표기 위반 사례를 점검했다. 확률형 아이템 정보 공개 의무 위반이 이어졌다. 이용자 신뢰 회복';
    const b = '게임사 대표는 확률형 아이템 없이도 흥행할 수 있다고 말했다. 확률형 아이템 정보 공개 의무 이후 이용자 신뢰 회복';
    const group = (na: string[] | undefined, nb: string[] | undefined, withoutNumbers: number) =>
      findSimilarArticles(
        [
          { id: 'a', text: a, ...(na ? { numbers: na } : {}) },
          { id: 'b', text: b, ...(nb ? { numbers: nb } : {}) },
        ],
        { sameStoryThreshold: 0.01, relatedThreshold: 0.01, sameStoryWithoutNumbers: withoutNumbers },
      ).sameStory.get('a');
    expect(group(undefined, undefined, 0.99)).toEqual(['b']);
    expect(group(['20'], ['58'], 0.99)).toBeUndefined();
    expect(group(['20', '1870'], ['1870'], 0.99)).toEqual(['b']);
    expect(group(['20'], ['58'], 0.02)).toEqual(['b']);
  });
});
