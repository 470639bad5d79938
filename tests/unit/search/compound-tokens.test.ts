import { describe, expect, it } from 'vitest';
import { compoundSuffixes, nounStem, stemMorphemes } from '../../../src/lib/search/compound-tokens';
import { createAnalyzer } from '../../../src/lib/search/analyzer';
import { createKoreanAnalyzer } from '../../../src/lib/korean/analyzer';

const ko = createKoreanAnalyzer({ userWords: ['과학기술정보통신부', '정보통신산업진흥원'] });
const analyze = (w: string) => ko.word(w);

describe('compoundSuffixes (index tokens from the dictionary, like Nori mixed mode)', () => {
  it('adds the right-anchored sub-compounds of a compound, particles cut by part of speech', () => {
    expect(compoundSuffixes('소형모듈원자로를', analyze)).toEqual(['모듈원자로', '원자로']);
    expect(compoundSuffixes('시청각미디어서비스법을', analyze)).toEqual(['미디어서비스법', '서비스법']);
    expect(compoundSuffixes('에너지저장장치를', analyze)).toEqual(['저장장치', '장치']);
  });

  it('reads a word-final syllable as the noun’s own when the dictionary does so before a particle', () => {
    // Alone, 원자로 is read 원자 + 로 (a particle); before 는 it is one noun.
    expect(compoundSuffixes('소형모듈원자로', analyze)).toEqual(['모듈원자로', '원자로']);
    expect(compoundSuffixes('정부로', analyze)).toEqual([]);
  });

  it('finds compounds after Latin letters and punctuation, and keeps user words whole', () => {
    expect(compoundSuffixes('AI디지털배움터', analyze)).toEqual(['배움터']);
    expect(compoundSuffixes('소형모듈원자로(SMR)', analyze)).toEqual(['모듈원자로', '원자로']);
    expect(compoundSuffixes('정보통신산업진흥원은', analyze)).toEqual([]);
  });

  it('adds nothing for short words, verbs and one-syllable tails', () => {
    expect(compoundSuffixes('정부는', analyze)).toEqual([]);
    expect(compoundSuffixes('발표했다', analyze)).toEqual([]);
    // 시청각 is 시청 + 각 in the dictionary; `각미디어…` is no word.
    expect(compoundSuffixes('시청각', analyze)).toEqual([]);
  });

  it('gives the noun stem by part of speech', () => {
    expect(nounStem('에너지저장장치를', analyze)).toBe('에너지저장장치');
    expect(nounStem('발표했다', analyze)).toBe('발표');
    expect(stemMorphemes(analyze('빠르게'))).toEqual([]);
  });
});

describe('createAnalyzer with a dictionary', () => {
  const corpus = ['소형모듈원자로를 개발한다', '시청각미디어서비스법을 고친다', '정부는 원자로를 점검했다'];
  it('adds dictionary sub-compounds to the corpus-learnt ones and says where each came from', () => {
    const corpusOnly = createAnalyzer(corpus);
    expect(corpusOnly.tokensFor('소형모듈원자로를')).not.toContain('모듈원자로');
    const both = createAnalyzer(corpus, { dictionary: analyze });
    const t = both.analyzeTokens('소형모듈원자로를 시청각미디어서비스법을');
    expect(t.tokens).toEqual(expect.arrayContaining(['모듈원자로', '원자로', '미디어서비스법', '서비스법']));
    expect(t.dictionaryOnly.has('모듈원자로')).toBe(true);
    expect(t.suffixOnly.has('서비스법')).toBe(true);
    const dictOnly = createAnalyzer(corpus, { dictionary: analyze, compoundSources: 'dictionary' });
    expect(dictOnly.analyzeTokens('소형모듈원자로를').corpusOnly.size).toBe(0);
  });
});
