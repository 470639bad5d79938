/**
 * Index-side Korean analysis: the extra search tokens an article gets so that
 * Pagefind (which splits only at spaces and matches word prefixes) finds what
 * readers type.
 *
 * Pagefind already matches any prefix of a word it indexed, so `카카오` finds
 * `카카오의` and `연구개발` finds `연구개발특구를` for free. What it cannot do is
 * match the inside or the end of a word. The tokens below fill exactly that gap:
 *
 *  1. script runs that do not start the word: `AI기본법` → `기본법`
 *     (`Kanana를` needs nothing: `kanana` is already a prefix);
 *  2. pieces after punctuation that Pagefind glues together:
 *     `배분·조정안을` → `조정안`;
 *  3. compound parts at plausible word boundaries — a boundary is plausible
 *     where a word the corpus uses on its own ends or begins (`연구개발특구` →
 *     `특구` because `연구개발` is a word here; `AI디지털배움터` → `배움터` because
 *     `디지털` is). Only suffixes are indexed (prefixes are free) and nothing
 *     shorter than two syllables is kept. A suffix that would put a page in
 *     the results of a large share of the corpus (`정보통신부` from every
 *     mention of `과학기술정보통신부`) is dropped everywhere (`broadSuffixes`),
 *     so `정보` or `통신` do not return every article;
 *  4. joined forms of short adjacent nouns: `무선 충전` → `무선충전` (only
 *     words with evidence of being nouns; pairs longer than four characters
 *     are kept only when two or more pages have them, see `rareJoins`);
 *  5. the other members of a synonym / alias group that occurs in the text:
 *     `과학기술정보통신부` → `과기정통부`, `과기부`, `msit`.
 *
 * The vocabulary is learnt from the corpus itself (plus the editorial data
 * files), so the token count per article stays bounded by the words of the
 * article: at most a handful of suffixes per word, never all n-grams.
 */
import { joinedForms, type JoinLimits } from './adjacent-joins';
import type { AnalyzeWord } from './compound-tokens';
import { splitCompound, type CompoundSplit } from './corpus-compounds';
import { learnVocabulary } from './corpus-vocabulary';
import { stemQueryPiece } from './query';
import { otherMemberTokens, spannedSynonymKeys } from './synonym-keys';
import { createSynonymIndex, type SynonymIndex } from './synonyms';
import { normalizeText } from './word-pieces';
import { readPieceInfo, readWordInfo, type PieceInfo, type WordInfo } from './word-info';
import { indexable, wordTokens, type WordTokenContext, type WordTokens } from './word-tokens';

export interface AnalyzerOptions {
  /** Terms from the editorial data (topic names and keywords, synonyms, organisations). */
  extraTerms?: readonly string[];
  /** Synonym/alias groups (see synonyms.ts). */
  synonymGroups?: readonly (readonly string[])[];
  /** Longest side (in characters) of a joined adjacent pair. Default 4. */
  maxJoinSide?: number;
  /** Longest joined pair (in characters). Default 7. */
  maxJoinLength?: number;
  /**
   * Word analysis by dictionary (src/lib/korean). With it, compounds also get
   * their right-anchored sub-compounds at the dictionary's morpheme boundaries
   * (compound-tokens.ts), besides the boundaries learnt from the corpus.
   */
  dictionary?: AnalyzeWord;
  /** Which compound boundaries make suffix tokens (default: both when a dictionary is given, else corpus). */
  compoundSources?: 'corpus' | 'dictionary' | 'both';
}

export interface Analyzer {
  readonly vocabulary: ReadonlySet<string>;
  readonly synonyms: SynonymIndex;
  /** Whether the corpus uses `stem` as a word on its own. */
  isKnownStem(stem: string): boolean;
  /** Cuts a particle/ending off a Hangul run using the corpus vocabulary. */
  stem(run: string): string;
  /** A word cut into pieces, stems and script runs (word-info.ts). */
  wordInfo(word: string): WordInfo;
  /** Plausible inner boundaries of a Hangul stem: its indexed suffixes and the known words between boundaries. */
  decompose(stem: string): { suffixes: string[]; parts: string[] };
  /** Extra tokens for a text (unpruned, in first-seen order). */
  tokensFor(text: string): string[];
  /** The same, also saying which tokens come only from compound suffixes. */
  analyzeTokens(text: string): TextTokens;
}

export interface TextTokens {
  tokens: string[];
  /** Compound suffixes that only the dictionary's boundaries gave (for the token mix). */
  dictionaryOnly: ReadonlySet<string>;
  /** Compound suffixes that only the corpus-learnt boundaries gave. */
  corpusOnly: ReadonlySet<string>;
  /** Tokens that only a compound suffix produced (subject to `broadSuffixes`). */
  suffixOnly: ReadonlySet<string>;
  /** Tokens that only joining two adjacent words produced (subject to `rareJoins`). */
  joinOnly: ReadonlySet<string>;
}

/** Memoises a one-argument function: the same words recur across the pages of a site. */
function cached<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(key)));
    return value;
  };
}

/** The tokens of a text, and where each came from (for `TextTokens`'s sets). */
class TokenCollector {
  readonly tokens = new Set<string>();
  readonly fromOther = new Set<string>();
  readonly fromSuffix = new Set<string>();
  readonly fromJoin = new Set<string>();
  readonly fromCorpus = new Set<string>();
  readonly fromDictionary = new Set<string>();

  /** Adds a token already known to be indexable. */
  put(t: string, from: Set<string>): void {
    this.tokens.add(t);
    from.add(t);
  }

  add(t: string, from: Set<string> = this.fromOther): void {
    if (indexable(t)) this.put(t, from);
  }

  addWord(own: WordTokens): void {
    for (const t of own.own) this.put(t, this.fromOther);
    for (const t of own.suffixes) this.put(t, this.fromSuffix);
    for (const t of own.corpusSuffixes) this.fromCorpus.add(t);
    for (const t of own.dictionarySuffixes) this.fromDictionary.add(t);
  }

  result(): TextTokens {
    const { tokens, fromOther, fromSuffix, fromJoin, fromCorpus, fromDictionary } = this;
    return {
      tokens: [...tokens],
      dictionaryOnly: new Set([...fromDictionary].filter((t) => !fromCorpus.has(t) && tokens.has(t))),
      corpusOnly: new Set([...fromCorpus].filter((t) => !fromDictionary.has(t) && tokens.has(t))),
      suffixOnly: new Set([...fromSuffix].filter((t) => !fromOther.has(t) && !fromJoin.has(t))),
      joinOnly: new Set([...fromJoin].filter((t) => !fromOther.has(t) && !fromSuffix.has(t))),
    };
  }
}

export function createAnalyzer(corpus: Iterable<string>, options: AnalyzerOptions = {}): Analyzer {
  const sources = options.compoundSources ?? (options.dictionary ? 'both' : 'corpus');
  const dictionary = sources !== 'corpus' ? options.dictionary : undefined;
  const { vocabulary, nouny, isKnownStem, stem } = learnVocabulary(corpus, options.extraTerms);
  const limits: JoinLimits = { nouny, maxJoinSide: options.maxJoinSide ?? 4, maxJoinLength: options.maxJoinLength ?? 7 };
  const synonyms = createSynonymIndex(options.synonymGroups ?? []);

  const decompose = cached((s): CompoundSplit => splitCompound(s, vocabulary));
  const pieceInfo = cached((piece): PieceInfo => readPieceInfo(piece, stem));
  const wordInfo = cached((word): WordInfo => readWordInfo(word, pieceInfo));
  const context: WordTokenContext = {
    useCorpus: sources !== 'dictionary',
    ...(dictionary ? { dictionary } : {}),
    synonymKeys: synonyms.keys,
    stem,
    eagerStem: cached(stemQueryPiece),
    splitCompound: decompose,
  };
  const tokensOfWord = cached((word): WordTokens => wordTokens(wordInfo(word), context));

  function analyzeTokens(text: string): TextTokens {
    const collected = new TokenCollector();
    const words = normalizeText(text).split(/\s+/u).filter(Boolean).map(wordInfo);
    // Synonym candidates across pieces: a flat list of piece stems, with a break
    // marker where punctuation separates pieces (multi-word members match only across spaces).
    const sequence: (string | null)[] = [];
    const found = new Set<string>();
    words.forEach((word, wi) => {
      const own = tokensOfWord(word.raw);
      collected.addWord(own);
      for (const k of own.synonymKeys) found.add(k);
      own.stems.forEach((st, i) => {
        if (i > 0) sequence.push(null);
        sequence.push(st);
      });
      for (const joined of joinedForms(word, words[wi + 1], limits)) collected.add(joined, collected.fromJoin);
      if (!word.cleanEnd) sequence.push(null);
    });
    if (synonyms.keys.size > 0) {
      for (const key of spannedSynonymKeys(sequence, synonyms.keys)) found.add(key);
      for (const t of otherMemberTokens(found, synonyms)) collected.add(t);
    }
    return collected.result();
  }

  return {
    vocabulary,
    synonyms,
    isKnownStem,
    stem,
    wordInfo,
    decompose,
    analyzeTokens,
    tokensFor: (text) => analyzeTokens(text).tokens,
  };
}
