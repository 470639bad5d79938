/**
 * Related articles and same-story groups from content similarity.
 *
 * Every article is compared only with the articles that share one of its
 * heaviest terms (an inverted index), and terms found in a large share of the
 * corpus are not used to find candidates, so the work grows with N times a
 * bounded candidate list instead of N² pairs.
 */
import { documentFrequencies, termCounts, tfidfVector, type SparseVector } from './text-features';

export interface SimilarityInput {
  id: string;
  text: string;
}

export interface SimilarityOptions {
  /** Terms kept per article vector. */
  termsPerArticle?: number;
  /** Cosine at or above which two articles report the same story. */
  sameStoryThreshold?: number;
  /** Cosine at or above which an article is offered as related. */
  relatedThreshold?: number;
  maxRelated?: number;
  /** Terms in more than this share of articles are not used to find candidates. */
  maxTermShare?: number;
  /** Candidates compared per article, at most. */
  maxCandidates?: number;
}

export interface SimilarityResult {
  related: Map<string, string[]>;
  /** Group members (excluding the article itself), for articles in a group. */
  sameStory: Map<string, string[]>;
}

function cosine(a: SparseVector, bIndex: Map<string, number>, b: SparseVector): number {
  let dot = 0;
  for (let i = 0; i < a.terms.length; i++) {
    const j = bIndex.get(a.terms[i]!);
    if (j !== undefined) dot += a.weights[i]! * b.weights[j]!;
  }
  return dot;
}

export function findSimilarArticles(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}): SimilarityResult {
  const {
    termsPerArticle = 40,
    sameStoryThreshold = 0.25,
    relatedThreshold = 0.08,
    maxRelated = 5,
    maxTermShare = 0.2,
    maxCandidates = 200,
  } = options;
  const n = inputs.length;
  const counts = inputs.map((a) => termCounts(a.text));
  const df = documentFrequencies(counts);
  const vectors = counts.map((c) => tfidfVector(c, df, n, termsPerArticle));
  const termIndexes = vectors.map((v) => new Map(v.terms.map((t, i) => [t, i])));

  const postings = new Map<string, number[]>();
  vectors.forEach((v, doc) => {
    for (const term of v.terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc);
    }
  });
  const maxPosting = Math.max(20, Math.floor(n * maxTermShare));

  const pairs: Array<{ a: number; b: number; score: number }>[] = inputs.map(() => []);
  const sameStoryEdges: Array<[number, number]> = [];
  const overlap = new Map<number, number>();
  for (let doc = 0; doc < n; doc++) {
    overlap.clear();
    const v = vectors[doc]!;
    for (let i = 0; i < v.terms.length; i++) {
      const list = postings.get(v.terms[i]!)!;
      if (list.length > maxPosting) continue;
      for (const other of list) if (other !== doc) overlap.set(other, (overlap.get(other) ?? 0) + v.weights[i]!);
    }
    const candidates = [...overlap.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, maxCandidates);
    for (const [other] of candidates) {
      const score = cosine(v, termIndexes[other]!, vectors[other]!);
      if (score >= relatedThreshold) pairs[doc]!.push({ a: doc, b: other, score });
      if (score >= sameStoryThreshold && doc < other) sameStoryEdges.push([doc, other]);
    }
  }

  // Same-story groups are connected components of the strong-similarity graph.
  const parent = inputs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [a, b] of sameStoryEdges) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  inputs.forEach((_, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });

  const sameStory = new Map<string, string[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const m of members) sameStory.set(inputs[m]!.id, members.filter((o) => o !== m).map((o) => inputs[o]!.id));
  }

  const related = new Map<string, string[]>();
  inputs.forEach((input, doc) => {
    const group = new Set(sameStory.get(input.id) ?? []);
    const chosen = pairs[doc]!
      .filter((p) => !group.has(inputs[p.b]!.id))
      .sort((x, y) => y.score - x.score || (inputs[x.b]!.id < inputs[y.b]!.id ? -1 : 1))
      .slice(0, maxRelated)
      .map((p) => inputs[p.b]!.id);
    related.set(input.id, chosen);
  });
  return { related, sameStory };
}
