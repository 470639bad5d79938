/**
 * Related articles and same-story groups from content similarity.
 *
 * Every article is compared only with the articles that share one of its
 * heaviest, rarer terms (an inverted index); terms found in many articles do
 * not propose candidates, and each article checks a bounded number of them.
 * The work grows with N times a constant instead of with N² pairs.
 */
import { cosine, documentFrequencies, termCounts, tfidfVector, type Term, type TermCounts } from './text-features';

export interface SimilarityInput {
  id: string;
  text: string;
  /** `termCounts(text)`, when the caller has it already (computed on a worker). */
  terms?: TermCounts;
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
}

export interface SimilarityResult {
  related: Map<string, string[]>;
  /** Group members (excluding the article itself), for articles in a group. */
  sameStory: Map<string, string[]>;
}

export function findSimilarArticles(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}): SimilarityResult {
  const {
    termsPerArticle = 40,
    sameStoryThreshold = 0.25,
    relatedThreshold = 0.08,
    maxRelated = 5,
    maxPosting = 300,
    maxCandidates = 60,
    maxGroupSize = 12,
  } = options;
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

  // Postings carry each article's weight for the term, so accumulating them
  // gives the exact dot product over the rarer terms: a lower bound of the
  // cosine that is cheap to compute and tells which candidates are worth a look.
  const postingDocs: number[][] = Array.from({ length: ids.size }, () => []);
  const postingWeights: number[][] = Array.from({ length: ids.size }, () => []);
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.terms.length; i++) {
      postingDocs[v.terms[i]!]!.push(doc);
      postingWeights[v.terms[i]!]!.push(v.weights[i]!);
    }
  });
  const postingCap = Math.max(20, maxPosting);
  const worthChecking = relatedThreshold / 2;

  const related: Array<Array<{ other: number; score: number }>> = inputs.map(() => []);
  const sameStoryEdges: Array<{ a: number; b: number; score: number }> = [];
  const partial = new Float64Array(n);
  const touched: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    const v = vectors[doc]!;
    for (let i = 0; i < v.terms.length; i++) {
      const docs = postingDocs[v.terms[i]!]!;
      if (docs.length > postingCap) continue;
      const weights = postingWeights[v.terms[i]!]!;
      const w = v.weights[i]!;
      for (let k = 0; k < docs.length; k++) {
        const other = docs[k]!;
        if (other === doc) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] = partial[other]! + w * weights[k]!;
      }
    }
    let candidates = touched.filter((other) => partial[other]! >= worthChecking);
    if (candidates.length > maxCandidates) {
      candidates = candidates.sort((x, y) => partial[y]! - partial[x]! || x - y).slice(0, maxCandidates);
    }
    for (const other of candidates) {
      const score = cosine(v, vectors[other]!);
      if (score >= relatedThreshold) related[doc]!.push({ other, score });
      if (score >= sameStoryThreshold && doc < other) sameStoryEdges.push({ a: doc, b: other, score });
    }
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
  }

  // Same-story groups: strongest pairs first, and two groups merge only when
  // every member of one is close to every member of the other (complete
  // linkage). Plain connected components would chain articles that merely
  // share boilerplate into one giant "story".
  sameStoryEdges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groupOf = new Map<number, number[]>();
  for (const { a, b } of sameStoryEdges) {
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb || ga.length + gb.length > maxGroupSize) continue;
    const close = ga.every((x) => gb.every((y) => cosine(vectors[x]!, vectors[y]!) >= sameStoryThreshold));
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
