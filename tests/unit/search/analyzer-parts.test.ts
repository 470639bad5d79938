import { describe, expect, it } from 'vitest';
import { joinable, joinedForms, type JoinLimits } from '@/lib/search/adjacent-joins';
import { compoundCuts, splitCompound } from '@/lib/search/corpus-compounds';
import { editorialStems, hangulRuns, learnVocabulary, nounEvidence, particleVariety } from '@/lib/search/corpus-vocabulary';
import { otherMemberTokens, pieceSynonymKeys, spannedSynonymKeys } from '@/lib/search/synonym-keys';
import { createSynonymIndex } from '@/lib/search/synonyms';
import { readPieceInfo, readWordInfo } from '@/lib/search/word-info';
import { indexable, wordTokens, type WordTokenContext } from '@/lib/search/word-tokens';

// The pieces of the index-side analysis (analyzer.ts composes them), each on its own.

describe('corpus vocabulary', () => {
  it('takes the Hangul runs of every piece of every word', () => {
    expect(hangulRuns('AI디지털배움터를 ‘연구·개발’ 2026년')).toEqual(['디지털배움터를', '연구', '개발', '년']);
  });

  it('counts the different particles a stem takes', () => {
    const variety = particleVariety(['특구를', '특구의', '특구를', '예산']);
    expect([...variety.get('특구')!].sort()).toEqual(['를', '의']);
    expect(variety.has('예산')).toBe(false);
  });

  it('keeps the stems of editorial terms of two syllables or more', () => {
    expect([...editorialStems(['연구개발특구를', '디지털 전환', 'AI', '각'])].sort()).toEqual(['디지털', '연구개발특구', '전환']);
  });

  it('finds nouns by a noun particle, by being part of a known compound, or in the editorial data', () => {
    const vocabulary = new Set(['연구개발', '연구개발특구', '특구']);
    const nouny = nounEvidence(['예산을', '달렸다'], vocabulary, ['배움터']);
    expect(nouny).toContain('예산');
    expect(nouny).toContain('연구개발');
    expect(nouny).toContain('배움터');
    expect(nouny).not.toContain('달렸');
  });

  it('trusts a one-syllable particle cut only on a stem the corpus uses as a word', () => {
    const learnt = learnVocabulary(['정부는 정부가 특구를 말했다 가나다를']);
    expect(learnt.isKnownStem('정부')).toBe(true);
    expect(learnt.stem('정부는')).toBe('정부');
    expect(learnt.stem('가나다를')).toBe('가나다를');
    expect(learnt.vocabulary).toContain('정부');
  });
});

describe('compound boundaries learnt from the corpus', () => {
  const vocabulary = new Set(['연구개발', '연구', '개발', '특구']);

  it('cuts where a chain of known words from either end stops', () => {
    expect(compoundCuts('연구개발특구', vocabulary)).toEqual([0, 2, 4, 6]);
    expect(compoundCuts('가나다라', vocabulary)).toEqual([0, 4]);
  });

  it('gives the suffixes at the cuts and the known words between them', () => {
    const split = splitCompound('연구개발특구', vocabulary);
    expect(split.suffixes).toEqual(['개발특구', '특구']);
    expect(split.parts).toEqual(['연구', '연구개발', '개발', '특구']);
  });

  it('leaves short, non-Hangul and unknown words whole', () => {
    expect(splitCompound('특구', vocabulary)).toEqual({ suffixes: [], parts: [] });
    expect(splitCompound('ai특구', vocabulary)).toEqual({ suffixes: [], parts: [] });
    expect(splitCompound('가나다라', vocabulary)).toEqual({ suffixes: [], parts: [] });
  });
});

describe('pieces and words', () => {
  const stem = (run: string) => run.replace(/를$/, '');

  it('cuts the particle off the last run, and any particle after a Latin word', () => {
    expect(readPieceInfo('ai디지털배움터를', stem)).toEqual({
      text: 'ai디지털배움터를',
      stem: 'ai디지털배움터',
      stripped: true,
      runs: [
        { text: 'ai', hangul: false },
        { text: '디지털배움터', hangul: true },
      ],
    });
    expect(readPieceInfo('kanana를', () => 'unused')).toMatchObject({ stem: 'kanana', stripped: true, runs: [{ text: 'kanana', hangul: false }] });
  });

  it('says whether a word starts and ends with a letter or digit', () => {
    const word = readWordInfo('‘배분·조정안을’', (p) => readPieceInfo(p, (r) => r.replace(/을$/, '')));
    expect(word.pieces.map((p) => p.stem)).toEqual(['배분', '조정안']);
    expect(word).toMatchObject({ cleanStart: false, cleanEnd: false });
    expect(readWordInfo('무선', (p) => readPieceInfo(p, stem))).toMatchObject({ cleanStart: true, cleanEnd: true });
  });
});

describe('joined adjacent nouns', () => {
  const limits: JoinLimits = { nouny: new Set(['무선', '충전', '올해']), maxJoinSide: 4, maxJoinLength: 7 };
  const word = (w: string) => readWordInfo(w, (p) => readPieceInfo(p, (r) => r.replace(/(을|는)$/, '')));

  it('joins two short nouns, and a short Latin word with a noun', () => {
    expect(joinedForms(word('무선'), word('충전을'), limits)).toEqual(['무선충전']);
    expect(joinedForms(word('kc'), word('충전'), limits)).toEqual(['kc충전']);
  });

  it('does not join a word with a particle, an adverb, an unknown word or across punctuation', () => {
    expect(joinedForms(word('무선을'), word('충전'), limits)).toEqual([]);
    expect(joinedForms(word('올해'), word('충전'), limits)).toEqual([]);
    expect(joinedForms(word('무선'), word('달린다'), limits)).toEqual([]);
    expect(joinedForms(word('무선,'), word('충전'), limits)).toEqual([]);
    expect(joinedForms(word('무선'), undefined, limits)).toEqual([]);
  });

  it('respects the side length', () => {
    expect(joinable(word('무선').pieces[0]!, { ...limits, maxJoinSide: 1 })).toBe(false);
  });
});

describe('synonym keys', () => {
  const synonyms = createSynonymIndex([['과학기술정보통신부', '과기정통부', 'MSIT'], ['디지털 전환', 'DX']]);
  const lookups = { stem: (r: string) => r.replace(/는$/, ''), splitCompound: () => ({ suffixes: [], parts: [] }) };

  it('finds members in a piece, its runs and their stems', () => {
    expect(pieceSynonymKeys('과기정통부', synonyms.keys, lookups)).toEqual(['과기정통부', '과기정통부', '과기정통부']);
    expect(pieceSynonymKeys('msit', synonyms.keys, lookups)).toEqual(['msit', 'msit']);
    expect(pieceSynonymKeys('예산', synonyms.keys, lookups)).toEqual([]);
  });

  it('finds multi-word members across consecutive pieces but not across a break', () => {
    expect(spannedSynonymKeys(['디지털', '전환'], synonyms.keys)).toEqual(['디지털전환']);
    expect(spannedSynonymKeys(['디지털', null, '전환'], synonyms.keys)).toEqual([]);
  });

  it('gives the other members as tokens, multi-word ones also joined', () => {
    expect(otherMemberTokens(['dx'], synonyms)).toEqual(['디지털', '전환', '디지털전환']);
  });
});

describe('the tokens of one word', () => {
  const context: WordTokenContext = {
    useCorpus: true,
    synonymKeys: new Set(),
    stem: (r) => r.replace(/를$/, ''),
    eagerStem: (p) => p.replace(/를$/, ''),
    splitCompound: (s) => (s === '연구개발특구' ? { suffixes: ['특구'], parts: ['연구개발'] } : { suffixes: [], parts: [] }),
  };

  it('adds inner runs and later pieces (the word start is a prefix already) and corpus suffixes', () => {
    const word = readWordInfo('AI연구개발특구를', (p) => readPieceInfo(p, context.stem));
    const tokens = wordTokens(word, context);
    expect(tokens.own).toEqual(['연구개발특구']);
    expect(tokens.suffixes).toEqual(['특구']);
    expect(tokens.stems).toEqual(['ai연구개발특구']);
  });

  it('keeps no bare numbers and nothing under two characters', () => {
    expect(indexable('2026')).toBe(false);
    expect(indexable('구')).toBe(false);
    expect(indexable('특구')).toBe(true);
  });
});
