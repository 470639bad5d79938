import { describe, expect, it } from 'vitest';
import { documentFrequencies, termCounts, termText, tfidfVector, type Term, type TermCounts } from '@/lib/corpus/text-features';

/** Counts as a plain object keyed by the terms' text. */
function asText(c: TermCounts): Record<string, number> {
  const out: Record<string, number> = {};
  c.bigrams.forEach((code, i) => (out[termText(code)] = c.bigramCounts[i]!));
  c.words.forEach((w, i) => (out[w] = c.wordCounts[i]!));
  return out;
}

function interner() {
  const ids = new Map<Term, number>();
  const terms: Term[] = [];
  const id = (t: Term) => {
    let n = ids.get(t);
    if (n === undefined) {
      ids.set(t, (n = terms.length));
      terms.push(t);
    }
    return n;
  };
  return { id, text: (n: number) => termText(terms[n]!) };
}

describe('termCounts', () => {
  it('counts Hangul by syllable bigrams inside words, other words whole and lower-cased', () => {
    expect(asText(termCounts('연구개발특구를 연구개발 AI R&D 5G ㅋㅋ 가'))).toEqual({
      연구: 2,
      구개: 2,
      개발: 2,
      발특: 1,
      특구: 1,
      구를: 1,
      ai: 1,
      '5g': 1,
      ㅋㅋ: 1,
    });
  });

  it('keeps syllable bigrams as ascending numbers that order like their text', () => {
    const c = termCounts('하나 가나 다라');
    const texts = [...c.bigrams].map(termText);
    expect(texts).toEqual([...texts].sort());
    expect(texts).toEqual(['가나', '다라', '하나']);
  });
});

describe('tfidfVector', () => {
  it('breaks weight ties by the terms’ text, whatever their kind', () => {
    const docs = [termCounts('나다 가나 zz'), termCounts('기타')];
    const df = documentFrequencies(docs);
    const terms = interner();
    const v = tfidfVector(docs[0]!, df, docs.length, 2, terms.id);
    // All three terms weigh the same; the two whose text sorts first are kept ('zz' < '가나' < '나다').
    expect([...v.terms].map(terms.text).sort()).toEqual(['zz', '가나']);
    expect(v.weights.reduce((sum, w) => sum + w * w, 0)).toBeCloseTo(1);
  });

});
