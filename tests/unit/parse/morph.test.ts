import { describe, expect, it } from 'vitest';
import { analyzeWord } from '@/lib/parse/morph';
import { findPairs, protectedMask } from '@/lib/parse/text';

describe('analyzeWord', () => {
  it('finds subject and topic particles on names', () => {
    expect(analyzeWord('과학기술정보통신부는')).toMatchObject({ particle: 'topic', stem: '과학기술정보통신부', organization: true });
    expect(analyzeWord('과학기술정보통신부(이하 ‘과기정통부’)는')).toMatchObject({ particle: 'topic', organization: true });
    expect(analyzeWord('정부가')).toMatchObject({ particle: 'subject', stem: '정부' });
    expect(analyzeWord('대표가')).toMatchObject({ particle: 'subject', personTitle: true });
    expect(analyzeWord('3호가')).toMatchObject({ particle: 'subject', stem: '3호' });
    expect(analyzeWord('KT는')).toMatchObject({ particle: 'topic', organization: true });
  });

  it('does not mistake nouns ending in a particle syllable for particles', () => {
    for (const noun of ['국가', '평가', '전문가', '참가', '증가', '추가', '결과', '회의', '제도', '속도', '도로', '조사결과']) {
      expect(analyzeWord(noun).particle, noun).toBeNull();
    }
  });

  it('tells modifiers, predicates and subhead endings apart', () => {
    expect(analyzeWord('있는').adnominal).toBe(true);
    expect(analyzeWord('개발·구축한').adnominal).toBe(true);
    expect(analyzeWord('밝혔다').finite).toBe(true);
    expect(analyzeWord('추진한다고').quotative).toBe(true);
    expect(analyzeWord('마련해').connective).toBe(true);
    expect(analyzeWord('확대해').connective).toBe(true);
    expect(analyzeWord('인정받아').connective).toBe(true);
    expect(analyzeWord('위해').connective).toBe(false);
    expect(analyzeWord('통해').connective).toBe(false);
    expect(analyzeWord('올해').connective).toBe(false);
    expect(analyzeWord('개인정보침해').connective).toBe(false);
    // `현장 가보니`, `직접 써보니`: a report's headline ends on what the reporter did.
    expect(analyzeWord('가보니').connective).toBe(true);
    // The -아/-어 infinitive, read from the dictionary rather than listed.
    for (const verb of ['이어져', '쏟아져', '앞당겨', '힘입어']) expect(analyzeWord(verb).connective, verb).toBe(true);
    for (const word of ['늘리고', '빠르게', '눈앞', '바다']) expect(analyzeWord(word).connective, word).toBe(false);
  });

  it('reads an action noun with 도 or 까지 as a verb left out, not as prose', () => {
    for (const word of ['처분도', '완화까지', '검토도']) expect(analyzeWord(word).elidedVerb, word).toBe(true);
    // Not an action, or not the additive particle.
    for (const word of ['2030년까지', '기업도', '처분을', '처분도,']) expect(analyzeWord(word).elidedVerb, word).toBe(false);
  });

  it('finds a particle the dictionary reads into the word when the stem alone reads as nouns', () => {
    // ko-dic reads 시설이 as 시 + 설이 and 주민이 as 주 + 민이; an unknown name's 는 as a verb's modifier ending.
    expect(analyzeWord('시설이')).toMatchObject({ particle: 'subject', stem: '시설' });
    expect(analyzeWord('주민이')).toMatchObject({ particle: 'subject', stem: '주민' });
    expect(analyzeWord('카로보틱스는')).toMatchObject({ particle: 'topic', stem: '카로보틱스', adnominal: false });
    // Real modifiers and nouns stay as they were.
    for (const modifier of ['만드는', '재미있는', '보는', '가지는']) expect(analyzeWord(modifier).adnominal, modifier).toBe(true);
    for (const noun of ['문제풀이', '물놀이', '고양이']) expect(analyzeWord(noun).particle, noun).toBeNull();
  });

  it('reads 마다 and 보다 as particles, not a -다 predicate', () => {
    expect(analyzeWord('누리집마다').finite).toBe(false);
    expect(analyzeWord('이전보다').finite).toBe(false);
    expect(analyzeWord('개방된다').finite).toBe(true);
  });

  it('tells whole-word adverbs from nouns and verb forms', () => {
    for (const adverb of ['스스로', '곧바로', '샅샅이']) expect(analyzeWord(adverb).adverb, adverb).toBe(true);
    for (const other of ['행정망', '통신망', '내려가', '끊는']) expect(analyzeWord(other).adverb, other).toBe(false);
  });

  it('reads nouns ending in 해 from the dictionary, not a list', () => {
    for (const noun of ['북극해', '서해', '피해', '지난해', '새해', '저해', '침해', '남해']) {
      expect(analyzeWord(noun).connective, noun).toBe(false);
    }
    for (const verb of ['도입해', '강화해', '추진해']) expect(analyzeWord(verb).connective, verb).toBe(true);
  });

  it('marks a bare verbal noun from the dictionary’s action class', () => {
    for (const word of ['개방', '운행', '시범', '감시', '통합']) expect(analyzeWord(word).verbalNoun, word).toBe(true);
    for (const word of ['국민', '시스템', '개방을', '운행하는', '시범,']) expect(analyzeWord(word).verbalNoun, word).toBe(false);
  });

  it('takes 기구 as an organisation head', () => {
    expect(analyzeWord('세계보건기구(WHO)의').organization).toBe(true);
    expect(analyzeWord('국제원자력기구는').particle).toBe('topic');
  });

  it('recognises headline endings', () => {
    for (const word of ['추진', '공개', '쾌거', '본격화', '상용화', '입법예고', '사업추진']) {
      expect(analyzeWord(word).headlineFinal, word).toBe(true);
    }
    expect(analyzeWord('사안"').quoteClose).toBe(true);
    expect(analyzeWord('“자연어로 설비 상태 제어”').quoteWhole).toBe(true);
    expect(analyzeWord('획득,').headlineFinal).toBe(false);
  });
});

describe('findPairs / protectedMask', () => {
  it('matches curly, straight and nested quotes and brackets', () => {
    const text = `A(이하 ‘과기’)는 "해킹 불안" 'AI 사업'의 it's`;
    const pairs = findPairs(text).map(({ open, close }) => text.slice(open, close + 1));
    expect(pairs).toEqual(expect.arrayContaining(['‘과기’', '(이하 ‘과기’)', '"해킹 불안"', "'AI 사업'"]));
    expect(pairs).toHaveLength(4);
  });

  it('ignores an opener that never closes within reach', () => {
    const text = `“열린 인용 ${'가 '.repeat(300)}끝`;
    expect(findPairs(text)).toEqual([]);
    expect(protectedMask(text).every((v) => v === 0)).toBe(true);
  });
});
