/**
 * Compound boundaries learnt from the corpus: a Hangul stem can be cut where a
 * word the corpus uses on its own ends or begins (`연구개발특구` → `특구`,
 * because `연구개발` is a word here). The dictionary's boundaries are in
 * compound-tokens.ts.
 */
import { isParticle, stripParticle } from './particles';
import { charLength, isHangulWord } from './word-pieces';

/** Longest word (in syllables) looked for inside a compound. */
const MAX_PART = 12;

export interface CompoundSplit {
  /** The suffixes at plausible boundaries (two syllables or more, particle cut off). */
  suffixes: string[];
  /** Known words between any two boundaries. */
  parts: string[];
}

/** Boundaries of `s`: positions reached by a chain of known words from its start or from its end. */
export function compoundCuts(s: string, vocabulary: ReadonlySet<string>): number[] {
  // Hangul syllables are single UTF-16 units, so plain string indexes are syllable indexes.
  const n = s.length;
  const fwd = new Array<boolean>(n + 1).fill(false);
  const bwd = new Array<boolean>(n + 1).fill(false);
  fwd[0] = true;
  for (let i = 0; i < n; i++) {
    if (!fwd[i]) continue;
    for (let j = i + 2; j <= Math.min(n, i + MAX_PART); j++) if (vocabulary.has(s.slice(i, j))) fwd[j] = true;
  }
  bwd[n] = true;
  for (let j = n; j > 0; j--) {
    if (!bwd[j]) continue;
    for (let i = j - 2; i >= Math.max(0, j - MAX_PART); i--) if (vocabulary.has(s.slice(i, j))) bwd[i] = true;
  }
  const cuts: number[] = [0];
  for (let i = 1; i < n; i++) if (fwd[i] || bwd[i]) cuts.push(i);
  cuts.push(n);
  return cuts;
}

/** Plausible inner boundaries of a Hangul stem: its indexed suffixes and the known words between boundaries. */
export function splitCompound(s: string, vocabulary: ReadonlySet<string>): CompoundSplit {
  const result: CompoundSplit = { suffixes: [], parts: [] };
  const n = s.length;
  if (n < 3 || !isHangulWord(s)) return result;
  const cuts = compoundCuts(s, vocabulary);
  for (const i of cuts) {
    if (i === 0 || n - i < 2) continue;
    // A suffix that is only a particle plus a syllable (`소의`, `으로`) is noise.
    const suffix = stripParticle(s.slice(i, n), { minStem: 1 }).stem;
    if (charLength(suffix) >= 2 && !isParticle(suffix)) result.suffixes.push(suffix);
  }
  // Known words between any two cuts (`연구개발` in `연구개발특구` even when `연구|개발` is also a cut).
  for (let a = 0; a < cuts.length; a++) {
    for (let b = a + 1; b < cuts.length; b++) {
      if (a === 0 && b === cuts.length - 1) continue;
      const len = cuts[b]! - cuts[a]!;
      if (len > MAX_PART) break;
      const part = s.slice(cuts[a]!, cuts[b]!);
      if (len >= 2 && vocabulary.has(part)) result.parts.push(part);
    }
  }
  return result;
}
