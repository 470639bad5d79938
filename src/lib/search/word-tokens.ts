/** The tokens one word of an article gives on its own, before the page-level joins and synonyms (analyzer.ts). */
import { compoundSuffixes, type AnalyzeWord } from './compound-tokens';
import type { CompoundSplit } from './corpus-compounds';
import { pieceSynonymKeys } from './synonym-keys';
import { isSubstantial } from './word-pieces';
import type { WordInfo } from './word-info';

/** Whether a token is worth adding to the index: two characters or more, and not a bare number. */
export function indexable(t: string): boolean {
  return isSubstantial(t) && !/^\d+$/.test(t);
}

/** What one word contributes on its own: tokens (suffix-only ones flagged) and synonym keys inside its pieces. */
export interface WordTokens {
  own: string[];
  suffixes: string[];
  /** Suffixes by source (a suffix may come from both). */
  corpusSuffixes: string[];
  dictionarySuffixes: string[];
  /** Eager stems of the pieces, for multi-piece synonym members. */
  stems: string[];
  /** Synonym keys found inside single pieces (runs, compound parts). */
  synonymKeys: string[];
}

/** What `wordTokens` works with: the analyzer's learnt vocabulary, its caches and its options. */
export interface WordTokenContext {
  /** Make compound suffixes at the corpus-learnt boundaries. */
  useCorpus: boolean;
  /** Make compound suffixes at the dictionary's boundaries. */
  dictionary?: AnalyzeWord;
  synonymKeys: ReadonlySet<string>;
  stem(run: string): string;
  /** Particle cut for synonym look-ups (`stemQueryPiece`): a wrong cut cannot equal a member by accident. */
  eagerStem(piece: string): string;
  splitCompound(stem: string): CompoundSplit;
}

export function wordTokens(word: WordInfo, context: WordTokenContext): WordTokens {
  const own: string[] = [];
  const corpusSuffixes: string[] = [];
  const dictionarySuffixes: string[] = [];
  const stems: string[] = [];
  const synonymKeys = new Set<string>();
  word.pieces.forEach((piece, pi) => {
    // The first piece's first run is a prefix of the word: Pagefind finds it without a token.
    if (pi > 0) own.push(piece.stem);
    piece.runs.forEach((run, ri) => {
      if (pi > 0 || ri > 0) own.push(run.text);
      if (run.hangul && context.useCorpus) corpusSuffixes.push(...context.splitCompound(run.text).suffixes);
    });
    const eager = context.eagerStem(piece.text);
    stems.push(eager);
    if (context.synonymKeys.size === 0) return;
    for (const key of pieceSynonymKeys(eager, context.synonymKeys, context)) synonymKeys.add(key);
  });
  // The word as written (particles included): the dictionary cuts it by part of speech.
  if (context.dictionary) dictionarySuffixes.push(...compoundSuffixes(word.raw, context.dictionary));
  return {
    own: own.filter(indexable),
    suffixes: [...new Set([...corpusSuffixes, ...dictionarySuffixes])].filter(indexable),
    corpusSuffixes,
    dictionarySuffixes,
    stems,
    synonymKeys: [...synonymKeys],
  };
}
