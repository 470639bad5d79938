/**
 * Sparse TF-IDF vectors for comparing articles by content. Korean words carry
 * particles and fuse into compounds, so Hangul is compared by character bigrams
 * inside each word (robust to `특구를` / `특구의`); Latin words and numbers as
 * whole lowercase tokens. Terms are interned to integers so that comparing
 * tens of thousands of articles stays cheap.
 */
import { HANGUL_FIRST, HANGUL_LAST } from '../korean/hangul';

const WORD = /[\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;
const HANGUL = /^\p{Script=Hangul}+$/u;

const SYLLABLE_FIRST = HANGUL_FIRST;
const SYLLABLES = HANGUL_LAST - HANGUL_FIRST + 1;
const isSyllable = (code: number) => code >= HANGUL_FIRST && code <= HANGUL_LAST;

/**
 * Term counts of one text. A bigram of two Hangul syllables (nearly every
 * term) is a number, `first * 11172 + second`, so counting allocates no
 * strings; numbers order like the bigrams they stand for. Every other term
 * (Latin words, numbers, bigrams with Jamo) is kept as a string. Plain arrays
 * and typed arrays, so the counts cross from a worker thread cheaply.
 */
export interface TermCounts {
  /** Syllable-bigram codes, ascending, and their counts. */
  bigrams: Int32Array;
  bigramCounts: Int32Array;
  /** Other terms and their counts. */
  words: string[];
  wordCounts: Int32Array;
}

/** A term: a syllable-bigram code or a string. */
export type Term = number | string;

/** The text a term stands for. */
export function termText(term: Term): string {
  return typeof term === 'number'
    ? String.fromCharCode(SYLLABLE_FIRST + Math.floor(term / SYLLABLES), SYLLABLE_FIRST + (term % SYLLABLES))
    : term;
}

/** Raw term counts of a text. */
export function termCounts(text: string): TermCounts {
  // Bigram codes are collected in a typed array, sorted and run-length counted,
  // which costs less than counting in a Map (this runs once per article).
  const codes = new Int32Array(text.length);
  let n = 0;
  const words = new Map<string, number>();
  const addWord = (term: string) => words.set(term, (words.get(term) ?? 0) + 1);
  for (const [word] of text.matchAll(WORD)) {
    if (HANGUL.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) {
        const a = word.charCodeAt(i);
        const b = word.charCodeAt(i + 1);
        if (isSyllable(a) && isSyllable(b)) codes[n++] = (a - SYLLABLE_FIRST) * SYLLABLES + (b - SYLLABLE_FIRST);
        else addWord(word.slice(i, i + 2));
      }
    } else if (word.length > 1 || /\p{N}/u.test(word)) {
      addWord(word.toLowerCase());
    }
  }
  const sorted = codes.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const bigrams = new Int32Array(distinct);
  const bigramCounts = new Int32Array(distinct);
  for (let i = 0, k = -1; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) bigrams[++k] = sorted[i]!;
    bigramCounts[k]!++;
  }
  return { bigrams, bigramCounts, words: [...words.keys()], wordCounts: Int32Array.from(words.values()) };
}

/** Term ids ascending, with their L2-normalised weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Document frequencies over a corpus. */
export function documentFrequencies(docs: readonly TermCounts[]): Map<Term, number> {
  const df = new Map<Term, number>();
  for (const doc of docs) {
    for (const term of doc.bigrams) df.set(term, (df.get(term) ?? 0) + 1);
    for (const term of doc.words) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}

/** A term's text order: codes compare as numbers; anything else by its text (only on weight ties). */
function termBefore(a: Term, b: Term): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return termText(a) < termText(b);
}

/**
 * TF-IDF vector keeping only the `keep` heaviest terms: enough to recognise a
 * story, and it bounds the work per article at any corpus size. `termId`
 * interns a term to a stable integer. `idf` caches each term's inverse
 * document frequency across calls.
 */
export function tfidfVector(
  counts: TermCounts,
  df: Map<Term, number>,
  docCount: number,
  keep: number,
  termId: (term: Term) => number,
  idf: Map<Term, number> = new Map(),
): SparseVector {
  // Keep the `keep` heaviest terms with a small sorted buffer instead of
  // sorting every term of every article. Ties go to the term whose text sorts
  // first, so the vector (and everything derived from it) is deterministic.
  const bestTerms: Term[] = [];
  const bestWeights: number[] = [];
  const offer = (term: Term, tf: number) => {
    let inverse = idf.get(term);
    if (inverse === undefined) idf.set(term, (inverse = Math.log((1 + docCount) / (1 + (df.get(term) ?? 0))) + 1));
    const weight = (1 + Math.log(tf)) * inverse;
    let at = bestTerms.length;
    while (at > 0 && (weight > bestWeights[at - 1]! || (weight === bestWeights[at - 1]! && termBefore(term, bestTerms[at - 1]!)))) at--;
    if (at >= keep) return;
    bestTerms.splice(at, 0, term);
    bestWeights.splice(at, 0, weight);
    if (bestTerms.length > keep) {
      bestTerms.pop();
      bestWeights.pop();
    }
  };
  for (let i = 0; i < counts.bigrams.length; i++) offer(counts.bigrams[i]!, counts.bigramCounts[i]!);
  for (let i = 0; i < counts.words.length; i++) offer(counts.words[i]!, counts.wordCounts[i]!);
  const top = bestTerms.map((term, i) => [termId(term), bestWeights[i]!] as const);
  top.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return { terms: Int32Array.from(top, ([t]) => t), weights: Float64Array.from(top, ([, w]) => w / norm) };
}
