/**
 * Related articles and same-story groups from content similarity.
 *
 * Every article is compared only with the articles that share one of its
 * heaviest, rarer terms (an inverted index); terms found in many articles do
 * not propose candidates, and each article checks a bounded number of them.
 * The work grows with N times a constant instead of with N² pairs.
 *
 * The vectors and the inverted index are flat typed arrays (`SimilarityIndex`),
 * so a worker thread can score a range of the articles on shared memory
 * (`scoreRange`); `findSimilarArticles` scores them all on this thread.
 */
import { documentFrequencies, termCounts, tfidfVector, type Term, type TermCounts } from './text-features';

export interface SimilarityInput {
  id: string;
  text: string;
  /** `termCounts(text)`, when the caller has it already (computed on a worker). */
  terms?: TermCounts;
  /**
   * The article's distinctive numbers (`distinctiveNumbers(text)`). When given, two
   * articles are one story only if they share one, or their wording is nearly the same.
   */
  numbers?: readonly string[];
}

export interface SimilarityOptions {
  /** Terms kept per article vector. */
  termsPerArticle?: number;
  /** Cosine at or above which two articles report the same story. */
  sameStoryThreshold?: number;
  /** Cosine at or above which an article is offered as related. */
  relatedThreshold?: number;
  maxRelated?: number;
  /** Terms in more articles than this do not propose candidates. */
  maxPosting?: number;
  /** Candidates compared per article, at most. */
  maxCandidates?: number;
  /** Reports of one story, at most. */
  maxGroupSize?: number;
  /** Cosine at or above which two articles are one story even without a shared number. */
  sameStoryWithoutNumbers?: number;
}

export interface SimilarityResult {
  related: Map<string, string[]>;
  /** Group members (excluding the article itself), for articles in a group. */
  sameStory: Map<string, string[]>;
}

const DEFAULTS = {
  termsPerArticle: 40,
  sameStoryThreshold: 0.25,
  sameStoryWithoutNumbers: 0.5,
  relatedThreshold: 0.08,
  maxRelated: 5,
  maxPosting: 300,
  maxCandidates: 60,
  maxGroupSize: 12,
} satisfies Required<SimilarityOptions>;

/**
 * Every article's TF-IDF vector (term ids ascending, L2-normalised weights:
 * article d's are `vecStart[d]` … `vecStart[d + 1]`), and the inverted index
 * over them (term t's postings are `postStart[t]` … `postStart[t + 1]`, in
 * article order, each with the article's weight for the term).
 */
export interface SimilarityIndex {
  count: number;
  vecStart: Int32Array;
  vecTerms: Int32Array;
  vecWeights: Float64Array;
  postStart: Int32Array;
  postDocs: Int32Array;
  postWeights: Float64Array;
}

/** Arrays on shared memory when `shared`, so worker threads read them without a copy. */
function typedArrays(shared: boolean) {
  const memory = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return {
    int32: (length: number) => new Int32Array(memory(length * 4)),
    float64: (length: number) => new Float64Array(memory(length * 8)),
  };
}

export function buildSimilarityIndex(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}, shared = false): SimilarityIndex {
  const { termsPerArticle } = { ...DEFAULTS, ...options };
  const alloc = typedArrays(shared);
  const n = inputs.length;
  const counts = inputs.map((a) => a.terms ?? termCounts(a.text));
  const df = documentFrequencies(counts);
  const ids = new Map<Term, number>();
  const termId = (term: Term) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const idf = new Map<Term, number>();
  const vectors = counts.map((c) => tfidfVector(c, df, n, termsPerArticle, termId, idf));
  counts.length = 0;

  const vecStart = alloc.int32(n + 1);
  vectors.forEach((v, doc) => (vecStart[doc + 1] = vecStart[doc]! + v.terms.length));
  const vecTerms = alloc.int32(vecStart[n]!);
  const vecWeights = alloc.float64(vecStart[n]!);
  vectors.forEach((v, doc) => {
    vecTerms.set(v.terms, vecStart[doc]!);
    vecWeights.set(v.weights, vecStart[doc]!);
  });

  const termTotal = ids.size;
  const postStart = alloc.int32(termTotal + 1);
  for (let k = 0; k < vecTerms.length; k++) postStart[vecTerms[k]! + 1]!++;
  for (let t = 0; t < termTotal; t++) postStart[t + 1]! += postStart[t]!;
  const postDocs = alloc.int32(postStart[termTotal]!);
  const postWeights = alloc.float64(postStart[termTotal]!);
  const filled = postStart.slice(0, termTotal);
  for (let doc = 0; doc < n; doc++) {
    for (let k = vecStart[doc]!; k < vecStart[doc + 1]!; k++) {
      const at = filled[vecTerms[k]!]!++;
      postDocs[at] = doc;
      postWeights[at] = vecWeights[k]!;
    }
  }
  return { count: n, vecStart, vecTerms, vecWeights, postStart, postDocs, postWeights };
}

/** Dot product of two articles' vectors (their cosine, as both are normalised): a merge of sorted ids. */
export function cosineOf(index: SimilarityIndex, a: number, b: number): number {
  const { vecStart, vecTerms, vecWeights } = index;
  let dot = 0;
  let i = vecStart[a]!;
  let j = vecStart[b]!;
  const endA = vecStart[a + 1]!;
  const endB = vecStart[b + 1]!;
  while (i < endA && j < endB) {
    const ta = vecTerms[i]!;
    const tb = vecTerms[j]!;
    if (ta === tb) dot += vecWeights[i++]! * vecWeights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return dot;
}

/** Scores of the articles `from` … `to - 1`: each one's related candidates, and same-story pairs (a < b). */
export interface RangeScores {
  from: number;
  related: Array<Array<{ other: number; score: number }>>;
  sameStoryEdges: Array<{ a: number; b: number; score: number }>;
}

export function scoreRange(index: SimilarityIndex, from: number, to: number, options: SimilarityOptions = {}): RangeScores {
  const { sameStoryThreshold, relatedThreshold, maxPosting, maxCandidates } = { ...DEFAULTS, ...options };
  const { vecStart, vecTerms, vecWeights, postStart, postDocs, postWeights } = index;
  // Accumulating the postings gives the exact dot product over the rarer
  // terms: a lower bound of the cosine that is cheap to compute and tells
  // which candidates are worth a look. This loop is most of the work.
  const postingCap = Math.max(20, maxPosting);
  const worthChecking = relatedThreshold / 2;
  const related: RangeScores['related'] = [];
  const sameStoryEdges: RangeScores['sameStoryEdges'] = [];
  const partial = new Float64Array(index.count);
  const touched: number[] = [];
  for (let doc = from; doc < to; doc++) {
    for (let i = vecStart[doc]!; i < vecStart[doc + 1]!; i++) {
      const start = postStart[vecTerms[i]!]!;
      const end = postStart[vecTerms[i]! + 1]!;
      if (end - start > postingCap) continue;
      const w = vecWeights[i]!;
      for (let k = start; k < end; k++) {
        const other = postDocs[k]!;
        if (other === doc) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] = partial[other]! + w * postWeights[k]!;
      }
    }
    let candidates = touched.filter((other) => partial[other]! >= worthChecking);
    if (candidates.length > maxCandidates) {
      candidates = candidates.sort((x, y) => partial[y]! - partial[x]! || x - y).slice(0, maxCandidates);
    }
    const mine: Array<{ other: number; score: number }> = [];
    for (const other of candidates) {
      const score = cosineOf(index, doc, other);
      if (score >= relatedThreshold) mine.push({ other, score });
      if (score >= sameStoryThreshold && doc < other) sameStoryEdges.push({ a: doc, b: other, score });
    }
    related.push(mine);
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
  }
  return { from, related, sameStoryEdges };
}

/** Related lists and same-story groups from the scores of every article (ranges in any order). */
export function assembleSimilarity(
  inputs: readonly SimilarityInput[],
  index: SimilarityIndex,
  ranges: readonly RangeScores[],
  options: SimilarityOptions = {},
): SimilarityResult {
  const { sameStoryThreshold, sameStoryWithoutNumbers, maxRelated, maxGroupSize } = { ...DEFAULTS, ...options };
  const numbers = inputs.map((input) => (input.numbers ? new Set(input.numbers) : undefined));
  // Two reports of one announcement repeat its figures (2,340억 원, 50메가와트급); two stories on
  // one subject share words but not numbers.
  const corroborated = (a: number, b: number, score: number): boolean => {
    const na = numbers[a];
    const nb = numbers[b];
    if (!na || !nb || score >= sameStoryWithoutNumbers) return true;
    for (const n of na) if (nb.has(n)) return true;
    return false;
  };
  const related: Array<Array<{ other: number; score: number }>> = new Array(inputs.length);
  const sameStoryEdges = ranges.flatMap((r) => r.sameStoryEdges);
  for (const range of ranges) range.related.forEach((list, i) => (related[range.from + i] = list));

  // Same-story groups: strongest pairs first, and two groups merge only when
  // every member of one is close to every member of the other (complete
  // linkage). Plain connected components would chain articles that merely
  // share boilerplate into one giant "story".
  sameStoryEdges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groupOf = new Map<number, number[]>();
  for (const { a, b, score } of sameStoryEdges) {
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb || ga.length + gb.length > maxGroupSize || !corroborated(a, b, score)) continue;
    const close = ga.every((x) => gb.every((y) => cosineOf(index, x, y) >= sameStoryThreshold));
    if (!close) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const m of merged) groupOf.set(m, merged);
  }
  const groups = new Set(groupOf.values());

  const sameStory = new Map<string, string[]>();
  for (const members of groups) {
    for (const m of members) sameStory.set(inputs[m]!.id, members.filter((o) => o !== m).map((o) => inputs[o]!.id));
  }

  const relatedIds = new Map<string, string[]>();
  inputs.forEach((input, doc) => {
    const group = new Set(sameStory.get(input.id) ?? []);
    const chosen = related[doc]!
      .filter((p) => !group.has(inputs[p.other]!.id))
      .sort((x, y) => y.score - x.score || (inputs[x.other]!.id < inputs[y.other]!.id ? -1 : 1))
      .slice(0, maxRelated)
      .map((p) => inputs[p.other]!.id);
    relatedIds.set(input.id, chosen);
  });
  return { related: relatedIds, sameStory };
}

/**
 * Numbers that can tell one announcement from another: amounts, counts and
 * measures as digits (`1,870` → `1870`). Years (`2032년`) and numbers under 10
 * are left out: many unrelated articles share them.
 */
export function distinctiveNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/gu)) {
    const n = m[0].replace(/,/gu, '');
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1);
    if (after === '년' && /^(?:19|20)\d\d$/u.test(n)) continue;
    if (Number(n) < 10) continue;
    out.add(n);
  }
  return [...out];
}

/** Everything on this thread. */
export function findSimilarArticles(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}): SimilarityResult {
  const index = buildSimilarityIndex(inputs, options);
  return assembleSimilarity(inputs, index, [scoreRange(index, 0, inputs.length, options)], options);
}
