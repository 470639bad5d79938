import { describe, expect, it } from 'vitest';
import { isSubstantial, normalizeText, pagefindWordKey, splitPieces, splitRuns, splitWords } from '@/lib/search/word-pieces';
import { isParticle, stemOf, stripParticle } from '@/lib/search/particles';

describe('pieces and runs', () => {
  it('cuts words at punctuation like a reader does, keeping R&D and LGU+ whole', () => {
    expect(splitPieces('배분·조정안을')).toEqual(['배분', '조정안을']);
    expect(splitPieces('과기정통부‧AI안전연구소‧한국정보통신기술협회')).toEqual(['과기정통부', 'ai안전연구소', '한국정보통신기술협회']);
    expect(splitPieces('연구개발(R&D)')).toEqual(['연구개발', 'rd']);
    expect(splitPieces('LGU+')).toEqual(['lgu']);
    expect(splitPieces("‘AI디지털배움터’를")).toEqual(['ai디지털배움터', '를']);
  });

  it('splits Hangul from Latin letters and digits', () => {
    expect(splitRuns('ai기본법').map((r) => r.text)).toEqual(['ai', '기본법']);
    expect(splitRuns('kanana를').map((r) => r.text)).toEqual(['kanana', '를']);
    expect(splitRuns('1673억').map((r) => r.text)).toEqual(['1673', '억']);
    expect(splitRuns('co2').map((r) => r.text)).toEqual(['co2']);
  });

  it('keys whole words the way Pagefind does', () => {
    expect(pagefindWordKey('(R&D)')).toBe('rd');
    expect(pagefindWordKey('‘AI디지털배움터’를')).toBe('ai디지털배움터를');
    expect(pagefindWordKey('85.3%')).toBe('853');
  });

  it('normalises full-width Latin and splits on any whitespace', () => {
    expect(normalizeText('ＡＩ기본법')).toBe('AI기본법');
    expect(splitWords(' 무선\u3000충전\n기 ')).toEqual(['무선', '충전', '기']);
  });

  it('treats one syllable as too short, but any number as long enough', () => {
    expect(isSubstantial('법')).toBe(false);
    expect(isSubstantial('특구')).toBe(true);
    expect(isSubstantial('5')).toBe(true);
  });
});

describe('particles and endings', () => {
  it('cuts the longest particle or ending', () => {
    expect(stemOf('카카오의')).toBe('카카오');
    expect(stemOf('연구개발특구를')).toBe('연구개발특구');
    expect(stemOf('휴머노이드는')).toBe('휴머노이드');
    expect(stemOf('과학기술정보통신부에서는')).toBe('과학기술정보통신부');
    expect(stemOf('추진한다고')).toBe('추진');
    expect(stemOf('확정됐으며')).toBe('확정');
    expect(stemOf('기업들에게')).toBe('기업');
  });

  it('keeps at least two syllables', () => {
    expect(stemOf('회의')).toBe('회의');
    expect(stemOf('국가')).toBe('국가');
    expect(stemOf('특구')).toBe('특구');
    expect(stripParticle('억을', { minStem: 1 }).stem).toBe('억');
  });

  it('cuts a one-syllable particle only from a known stem when asked to', () => {
    const known = new Set(['특구']);
    const isKnownStem = (s: string) => known.has(s);
    expect(stemOf('특구를', { isKnownStem })).toBe('특구');
    expect(stemOf('자율주행도로', { isKnownStem })).toBe('자율주행도로');
    // Two-syllable particles are cut regardless.
    expect(stemOf('거점으로', { isKnownStem })).toBe('거점');
  });

  it('leaves Latin and numbers alone', () => {
    expect(stripParticle('kanana').stem).toBe('kanana');
    expect(isParticle('를')).toBe(true);
    expect(isParticle('배움터')).toBe(false);
  });
});
