/**
 * Sparse TF-IDF vectors for comparing articles by content. Korean words carry
 * particles and fuse into compounds, so Hangul is compared by character bigrams
 * inside each word (robust to `특구를` / `특구의`); Latin words and numbers as
 * whole lowercase tokens. Terms are interned to integers so that comparing
 * tens of thousands of articles stays cheap.
 */

const WORD = /[\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;
const HANGUL = /^\p{Script=Hangul}+$/u;

/** Raw term counts of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [word] of text.matchAll(WORD)) {
    if (HANGUL.test(word)) {
      if (word.length === 1) continue;
      for (let i = 0; i + 1 < word.length; i++) add(word.slice(i, i + 2));
    } else if (word.length > 1 || /\p{N}/u.test(word)) {
      add(word.toLowerCase());
    }
  }
  return counts;
}

/** Term ids ascending, with their L2-normalised weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** Document frequencies over a corpus of term-count maps. */
export function documentFrequencies(docs: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/**
 * TF-IDF vector keeping only the `keep` heaviest terms: enough to recognise a
 * story, and it bounds the work per article at any corpus size. `termId`
 * interns a term to a stable integer.
 */
export function tfidfVector(
  counts: Map<string, number>,
  df: Map<string, number>,
  docCount: number,
  keep: number,
  termId: (term: string) => number,
): SparseVector {
  // Keep the `keep` heaviest terms with a small sorted buffer instead of
  // sorting every term of every article. Ties go to the smaller term so the
  // vector (and everything derived from it) is deterministic.
  const heavier = (a: readonly [string, number], b: readonly [string, number]) =>
    a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const best: Array<[string, number]> = [];
  for (const [term, tf] of counts) {
    const idf = Math.log((1 + docCount) / (1 + (df.get(term) ?? 0))) + 1;
    const entry: [string, number] = [term, (1 + Math.log(tf)) * idf];
    if (best.length === keep && !heavier(entry, best[keep - 1]!)) continue;
    let at = best.length;
    while (at > 0 && heavier(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > keep) best.pop();
  }
  const top = best.map(([term, weight]) => [termId(term), weight] as const);
  top.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return { terms: Int32Array.from(top, ([t]) => t), weights: Float64Array.from(top, ([, w]) => w / norm) };
}

/** Dot product of two vectors (their cosine, as both are normalised): a merge of sorted ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) dot += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return dot;
}
