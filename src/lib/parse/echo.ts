/**
 * Headline nouns the lead repeats. A Korean news lead restates its headline in
 * a full sentence: most of the headline's content nouns (`드론`, `운항`, `2만 톤`)
 * come back in the lead's first sentence. So for a cut, the share of the
 * content nouns before it that are written again after it (in the same first
 * sentence) is evidence for the cut: it is highest where the headline ends,
 * and it drops when the cut takes lead words, which do not come back, into
 * the headline. It is a share, not a count, so that a noun that a headline and
 * its subhead happen to share does not pull the cut in between them.
 */
import type { Unit } from './word-units';

/**
 * For each cut before unit `from + i` (i from 0 to `to - from`), the share of
 * the distinct content nouns of units [from, cut) that units [cut, to) write
 * again; 0 before the first noun. Units past the lead sentence are not read.
 */
export function echoScores(units: readonly Unit[], from: number, to: number): number[] {
  // The last unit each noun is written in.
  const last = new Map<string, number>();
  for (let k = from; k < to; k++) for (const noun of (units[k] as Unit).shape.nouns) last.set(noun, k);
  const scores: number[] = [0];
  const before = new Set<string>();
  // How many nouns of `before` are still to come after the cut.
  let again = 0;
  for (let k = from; k < to; k++) {
    for (const noun of (units[k] as Unit).shape.nouns) {
      const later = (last.get(noun) as number) > k;
      if (!before.has(noun)) {
        before.add(noun);
        if (later) again++;
      } else if (!later) again--; // written before, and here for the last time
    }
    scores.push(before.size === 0 ? 0 : again / before.size);
  }
  return scores;
}
