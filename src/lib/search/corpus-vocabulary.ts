/**
 * What the index-side analysis learns from the corpus before it makes any token
 * (analyzer.ts): which Hangul stems the corpus uses as words, how to cut a
 * particle off a run, and which words show evidence of being nouns.
 */
import { isNounParticle, stripParticle } from './particles';
import { charLength, normalizeText, splitPieces, splitRuns } from './word-pieces';

export interface CorpusVocabulary {
  /** Stems of two syllables or more: the corpus's own and those of the editorial terms. */
  vocabulary: Set<string>;
  /** Stems with evidence of being nouns: only these are joined to the next word. */
  nouny: ReadonlySet<string>;
  /** Whether the corpus uses `stem` as a word on its own (bare, or with two different particles). */
  isKnownStem(stem: string): boolean;
  /** Cuts a particle/ending off a Hangul run, trusting one-syllable cuts only to known stems. */
  stem(run: string): string;
}

/** The Hangul runs of a text, word by word, piece by piece. */
export function hangulRuns(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).split(/\s+/u)) {
    for (const piece of splitPieces(word)) {
      for (const run of splitRuns(piece)) if (run.script === 'hangul') out.push(run.text);
    }
  }
  return out;
}

/** For each stem a particle was cut from: the different particles it takes. */
export function particleVariety(runs: Iterable<string>): Map<string, Set<string>> {
  const variety = new Map<string, Set<string>>();
  for (const run of runs) {
    const { stem, suffix } = stripParticle(run);
    if (!suffix) continue;
    let set = variety.get(stem);
    if (!set) variety.set(stem, (set = new Set()));
    set.add(suffix);
  }
  return variety;
}

/** Stems (two syllables or more) of the editorial terms: topic names and keywords, synonyms, organisations. */
export function editorialStems(terms: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const term of terms) {
    for (const run of hangulRuns(term)) {
      const s = stripParticle(run).stem;
      if (charLength(s) >= 2) stems.add(s);
    }
  }
  return stems;
}

/**
 * Words with evidence of being nouns: they take a noun particle somewhere,
 * they are a part of a longer compound, or the editorial data lists them.
 */
export function nounEvidence(runs: Iterable<string>, vocabulary: ReadonlySet<string>, editorial: Iterable<string>): Set<string> {
  const nouny = new Set<string>(editorial);
  for (const run of runs) {
    const { stem: s, suffix } = stripParticle(run);
    if (suffix && isNounParticle(suffix) && charLength(s) >= 2) nouny.add(s);
  }
  for (const s of vocabulary) {
    const syl = [...s];
    for (let k = 2; k < syl.length; k++) {
      const head = syl.slice(0, k).join('');
      const tail = syl.slice(k).join('');
      if (vocabulary.has(head)) nouny.add(head);
      if (syl.length - k >= 2 && vocabulary.has(tail)) nouny.add(tail);
    }
  }
  return nouny;
}

export function learnVocabulary(corpus: Iterable<string>, extraTerms: readonly string[] = []): CorpusVocabulary {
  // Pass 1: every Hangul run as written, and which particles each candidate stem takes.
  const bare = new Set<string>();
  for (const text of corpus) for (const run of hangulRuns(text)) bare.add(run);
  const variety = particleVariety(bare);
  const isKnownStem = (s: string) => bare.has(s) || (variety.get(s)?.size ?? 0) >= 2;
  const stemCache = new Map<string, string>();
  const stem = (run: string): string => {
    let s = stemCache.get(run);
    if (s === undefined) {
      s = stripParticle(run, { isKnownStem }).stem;
      stemCache.set(run, s);
    }
    return s;
  };

  // Pass 2: the vocabulary of stems (two syllables or more).
  const vocabulary = new Set<string>();
  for (const run of bare) {
    const s = stem(run);
    if (charLength(s) >= 2) vocabulary.add(s);
  }
  const editorial = editorialStems(extraTerms);
  for (const s of editorial) vocabulary.add(s);

  return { vocabulary, nouny: nounEvidence(bare, vocabulary, editorial), isKnownStem, stem };
}
