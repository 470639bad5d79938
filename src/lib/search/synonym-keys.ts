/**
 * Synonym and alias members found in an article's text (synonyms.ts), and the
 * other members of their groups, which the article gets as tokens:
 * `과학기술정보통신부` in the text → `과기정통부`, `과기부`, `msit`.
 */
import { memberPieces, type SynonymIndex } from './synonyms';
import { splitRuns } from './word-pieces';
import type { CompoundSplit } from './corpus-compounds';

/** How a piece is cut for the look-ups: its runs' stems and the known words inside its compounds. */
export interface PieceLookups {
  stem(run: string): string;
  splitCompound(stem: string): CompoundSplit;
}

/**
 * Member keys inside one piece, given its eager stem (`stemQueryPiece`): the
 * stem itself, its Latin runs, and each Hangul run, its stem and the known
 * words inside them.
 */
export function pieceSynonymKeys(eagerStem: string, keys: ReadonlySet<string>, lookups: PieceLookups): string[] {
  const found: string[] = [];
  if (keys.has(eagerStem)) found.push(eagerStem);
  for (const run of splitRuns(eagerStem)) {
    if (run.script !== 'hangul') {
      if (keys.has(run.text)) found.push(run.text);
      continue;
    }
    for (const key of [lookups.stem(run.text), run.text]) {
      if (keys.has(key)) found.push(key);
      for (const p of lookups.splitCompound(key).parts) if (keys.has(p)) found.push(p);
    }
  }
  return found;
}

/**
 * Member keys spanning two or three consecutive piece stems. `sequence` is
 * the text's piece stems in order, with `null` where punctuation separates
 * pieces (multi-word members match only across spaces).
 */
export function spannedSynonymKeys(sequence: readonly (string | null)[], keys: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i < sequence.length; i++) {
    let joined = sequence[i];
    if (joined === null || joined === undefined) continue;
    for (let j = i + 1; j < Math.min(sequence.length, i + 3); j++) {
      const part = sequence[j];
      if (part === null || part === undefined) break;
      joined += part;
      if (keys.has(joined)) found.push(joined);
    }
  }
  return found;
}

/** The tokens the other members of the found keys' groups give: each member's pieces, and a multi-piece member joined. */
export function otherMemberTokens(found: Iterable<string>, synonyms: SynonymIndex): string[] {
  const tokens: string[] = [];
  for (const key of found) {
    for (const other of synonyms.othersOf(key)) {
      const pieces = memberPieces(other);
      tokens.push(...pieces);
      if (pieces.length > 1) tokens.push(pieces.join(''));
    }
  }
  return tokens;
}
