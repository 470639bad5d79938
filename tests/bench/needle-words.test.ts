import { describe, expect, it } from 'vitest';
import { needleOnlyWords } from '../../bench/relevance/needle-words';

describe('needleOnlyWords (keeping the needles’ own words out of the haystack)', () => {
  const avoid = needleOnlyWords('카카오의 Kanana 모델은 연구개발특구에서 평가를 받았다', '정부는 평가 결과를 공개했다. 연구개발 예산');

  it('rules out a word the needles use and the haystack’s source text does not, with or without a particle', () => {
    expect(avoid('카카오')).toBe(true);
    expect(avoid('{org}, 카카오와 협약')).toBe(true);
    expect(avoid('KANANA 출시')).toBe(true);
    expect(avoid('특구')).toBe(true);
  });

  it('rules out a made-up name that contains such a word', () => {
    expect(avoid('카카오뱅크')).toBe(true);
    expect(avoid('연구개발특구진흥재단')).toBe(true);
  });

  it('rules out a word mixing Latin letters and Hangul that only the needles use', () => {
    const mixed = needleOnlyWords('AI기본법 시행을 앞두고', 'AI 모델과 기본법 개정');
    expect(mixed('{org}, AI기본법 대응')).toBe(true);
    expect(mixed('AI기본법은')).toBe(true);
    expect(mixed('AI 기본법')).toBe(false);
  });

  it('rules out two neighbouring words only the needles write together, not words in slots', () => {
    const pairs = needleOnlyWords('국내 첫 안전성 평가 결과 공개', '안전성 평가 결과를 공개했다');
    expect(pairs('{org}, {kw} 안전성 평가 결과 공개…“{quote}”')).toBe(true);
    expect(pairs('{org}, {kw} 안전성 평가…“{quote}”')).toBe(false);
    expect(pairs('{kw} 결과 {kw2} 공개')).toBe(false);
  });

  it('keeps words both texts use, and words neither uses', () => {
    expect(avoid('평가 결과 발표')).toBe(false);
    expect(avoid('연구개발 예산')).toBe(false);
    expect(avoid('반도체 공급망')).toBe(false);
  });
});
