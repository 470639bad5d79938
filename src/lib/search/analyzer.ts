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
import { compoundSuffixes, type AnalyzeWord } from './compound-tokens';
import { isNounParticle, isParticle, stripParticle } from './particles';
import { stemQueryPiece } from './query';
import { createSynonymIndex, memberPieces, type SynonymIndex } from './synonyms';
import {
  charLength,
  isHangulWord,
  isLetterOrDigit,
  isSubstantial,
  normalizeText,
  pagefindWordKey,
  splitPieces,
  splitRuns,
} from './text';

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

export interface PieceInfo {
  /** The piece as Pagefind keys it (`ai디지털배움터를`). */
  text: string;
  /** Without the final particle (`ai디지털배움터`). */
  stem: string;
  /** True when a particle/ending was cut from the end. */
  stripped: boolean;
  /** Runs of the stem (`ai`, `디지털배움터`), particle-only runs removed. */
  runs: { text: string; hangul: boolean }[];
}

export interface WordInfo {
  raw: string;
  pieces: PieceInfo[];
  /** The word begins / ends with a letter or digit (so a join across the space is plausible). */
  cleanStart: boolean;
  cleanEnd: boolean;
}

export interface Analyzer {
  readonly vocabulary: ReadonlySet<string>;
  readonly synonyms: SynonymIndex;
  /** Whether the corpus uses `stem` as a word on its own. */
  isKnownStem(stem: string): boolean;
  /** Cuts a particle/ending off a Hangul run using the corpus vocabulary. */
  stem(run: string): string;
  analyzeWord(word: string): WordInfo;
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

const MAX_PART = 12;
/** Word-final syllables that mark a verb, adverb or particle form; such words are not joined to the next word. */
const NO_JOIN_FINALS = new Set([...'는은을를의이가에와과고며서한된할될던인로도만께야요다해록게지면니듯려히']);
/** Adverbs, determiners and other words that modify rather than compound (`올해 전략기술`, `위해 마련`). */
const NO_JOIN_WORDS = new Set(
  (
    '이번 지난 올해 내년 작년 현재 특히 또한 이후 이전 직접 대폭 본격 전년 모든 이미 가장 매우 함께 다시 더욱 크게 새로 ' +
    '아직 바로 계속 최근 향후 앞서 이어 한편 우선 먼저 아울러 그동안 이에 이를 위해 통해 대해 따라 관련 경우 때문 이상 ' +
    '이하 미만 가운데 해당 동시 이날 당시 그러나 하지만 또는 그리고 따라서 이러한 그러한 이같은 각각 모두 당초 다만 즉 약 총 각 새 첫'
  ).split(' '),
);

/** Whether a token is worth adding to the index: two characters or more, and not a bare number. */
function indexable(t: string): boolean {
  return isSubstantial(t) && !/^\d+$/.test(t);
}

function hangulRuns(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).split(/\s+/u)) {
    for (const piece of splitPieces(word)) {
      for (const run of splitRuns(piece)) if (run.script === 'hangul') out.push(run.text);
    }
  }
  return out;
}

export function createAnalyzer(corpus: Iterable<string>, options: AnalyzerOptions = {}): Analyzer {
  const maxJoinSide = options.maxJoinSide ?? 4;
  const maxJoinLength = options.maxJoinLength ?? 7;
  const sources = options.compoundSources ?? (options.dictionary ? 'both' : 'corpus');
  const useCorpus = sources !== 'dictionary';
  const dictionary = sources !== 'corpus' ? options.dictionary : undefined;

  // Pass 1: every Hangul run as written, and which particles each candidate stem takes.
  const bare = new Set<string>();
  for (const text of corpus) for (const run of hangulRuns(text)) bare.add(run);
  const suffixVariety = new Map<string, Set<string>>();
  for (const run of bare) {
    const { stem, suffix } = stripParticle(run);
    if (!suffix) continue;
    let set = suffixVariety.get(stem);
    if (!set) suffixVariety.set(stem, (set = new Set()));
    set.add(suffix);
  }
  const isKnownStem = (s: string) => bare.has(s) || (suffixVariety.get(s)?.size ?? 0) >= 2;
  const stemCache = new Map<string, string>();
  const stem = (run: string): string => {
    let s = stemCache.get(run);
    if (s === undefined) {
      s = stripParticle(run, { isKnownStem }).stem;
      stemCache.set(run, s);
    }
    return s;
  };

  // Pass 2: the vocabulary of stems (two syllables or more).
  const vocabulary = new Set<string>();
  for (const run of bare) {
    const s = stem(run);
    if (charLength(s) >= 2) vocabulary.add(s);
  }
  const editorialStems = new Set<string>();
  for (const term of options.extraTerms ?? []) {
    for (const run of hangulRuns(term)) {
      const s = stripParticle(run).stem;
      if (charLength(s) >= 2) editorialStems.add(s);
    }
  }
  for (const s of editorialStems) vocabulary.add(s);

  // Words with evidence of being nouns: they take a noun particle somewhere,
  // they are a part of a longer compound, or the editorial data lists them.
  // Only these are joined to the next word.
  const nouny = new Set<string>(editorialStems);
  for (const run of bare) {
    const { stem: s, suffix } = stripParticle(run);
    if (suffix && isNounParticle(suffix) && charLength(s) >= 2) nouny.add(s);
  }
  for (const s of vocabulary) {
    const syl = [...s];
    for (let k = 2; k < syl.length; k++) {
      const head = syl.slice(0, k).join('');
      const tail = syl.slice(k).join('');
      if (vocabulary.has(head)) nouny.add(head);
      if (syl.length - k >= 2 && vocabulary.has(tail)) nouny.add(tail);
    }
  }

  const synonyms = createSynonymIndex(options.synonymGroups ?? []);

  const decomposeCache = new Map<string, { suffixes: string[]; parts: string[] }>();
  function decompose(s: string): { suffixes: string[]; parts: string[] } {
    const cached = decomposeCache.get(s);
    if (cached) return cached;
    // Hangul syllables are single UTF-16 units, so plain string indexes are syllable indexes.
    const n = s.length;
    const result = { suffixes: [] as string[], parts: [] as string[] };
    if (n < 3 || !isHangulWord(s)) {
      decomposeCache.set(s, result);
      return result;
    }
    const sub = (i: number, j: number) => s.slice(i, j);
    const fwd = new Array<boolean>(n + 1).fill(false);
    const bwd = new Array<boolean>(n + 1).fill(false);
    fwd[0] = true;
    for (let i = 0; i < n; i++) {
      if (!fwd[i]) continue;
      for (let j = i + 2; j <= Math.min(n, i + MAX_PART); j++) if (vocabulary.has(sub(i, j))) fwd[j] = true;
    }
    bwd[n] = true;
    for (let j = n; j > 0; j--) {
      if (!bwd[j]) continue;
      for (let i = j - 2; i >= Math.max(0, j - MAX_PART); i--) if (vocabulary.has(sub(i, j))) bwd[i] = true;
    }
    const cuts: number[] = [0];
    for (let i = 1; i < n; i++) if (fwd[i] || bwd[i]) cuts.push(i);
    cuts.push(n);
    for (const i of cuts) {
      if (i === 0 || n - i < 2) continue;
      // A suffix that is only a particle plus a syllable (`소의`, `으로`) is noise.
      const suffix = stripParticle(sub(i, n), { minStem: 1 }).stem;
      if (charLength(suffix) >= 2 && !isParticle(suffix)) result.suffixes.push(suffix);
    }
    // Known words between any two cuts (`연구개발` in `연구개발특구` even when `연구|개발` is also a cut).
    for (let a = 0; a < cuts.length; a++) {
      for (let b = a + 1; b < cuts.length; b++) {
        if (a === 0 && b === cuts.length - 1) continue;
        const len = cuts[b]! - cuts[a]!;
        if (len > MAX_PART) break;
        const part = sub(cuts[a]!, cuts[b]!);
        if (len >= 2 && vocabulary.has(part)) result.parts.push(part);
      }
    }
    decomposeCache.set(s, result);
    return result;
  }

  const eagerCache = new Map<string, string>();
  const eagerStem = (piece: string): string => {
    let s = eagerCache.get(piece);
    if (s === undefined) eagerCache.set(piece, (s = stemQueryPiece(piece)));
    return s;
  };

  const pieceCache = new Map<string, PieceInfo>();
  function analyzePiece(piece: string): PieceInfo {
    let info = pieceCache.get(piece);
    if (!info) pieceCache.set(piece, (info = analyzePieceUncached(piece)));
    return info;
  }

  function analyzePieceUncached(piece: string): PieceInfo {
    const runs = splitRuns(piece);
    const out: { text: string; hangul: boolean }[] = [];
    let stripped = false;
    runs.forEach((run, index) => {
      const last = index === runs.length - 1;
      if (run.script !== 'hangul') {
        out.push({ text: run.text, hangul: false });
        return;
      }
      const afterOther = index > 0;
      // `Kanana를`, `KT는`: a particle hanging on a Latin word or number.
      if (last && afterOther && isParticle(run.text)) {
        stripped = true;
        return;
      }
      if (!last) {
        out.push({ text: run.text, hangul: true });
        return;
      }
      const prevIsNumber = afterOther && /\d$/.test(runs[index - 1]!.text);
      const s = prevIsNumber ? stripParticle(run.text, { minStem: 1 }).stem : stem(run.text);
      if (s !== run.text) stripped = true;
      out.push({ text: s, hangul: true });
    });
    return { text: piece, stem: out.map((r) => r.text).join(''), stripped, runs: out };
  }

  const wordCache = new Map<string, WordInfo>();
  function analyzeWord(word: string): WordInfo {
    let info = wordCache.get(word);
    if (!info) wordCache.set(word, (info = analyzeWordUncached(word)));
    return info;
  }

  function analyzeWordUncached(word: string): WordInfo {
    const chars = [...word];
    return {
      raw: word,
      pieces: splitPieces(word).map(analyzePiece),
      cleanStart: chars.length > 0 && isLetterOrDigit(chars[0]!),
      cleanEnd: chars.length > 0 && isLetterOrDigit(chars[chars.length - 1]!),
    };
  }

  function joinable(left: PieceInfo): boolean {
    if (left.stripped) return false;
    const last = left.runs[left.runs.length - 1];
    if (!last) return false;
    if (last.hangul) {
      const len = charLength(last.text);
      if (len < 2 || len > maxJoinSide) return false;
      if (NO_JOIN_WORDS.has(last.text) || !nouny.has(last.text)) return false;
      return !NO_JOIN_FINALS.has([...last.text].pop()!);
    }
    return /^[a-z]{2,}[0-9]*$/.test(last.text) && last.text.length <= maxJoinSide;
  }

  /** What one word contributes on its own: tokens (suffix-only ones flagged) and synonym keys inside its pieces. */
  interface WordTokens {
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
  const wordTokenCache = new Map<string, WordTokens>();
  function wordTokens(word: WordInfo): WordTokens {
    const cached = wordTokenCache.get(word.raw);
    if (cached) return cached;
    const own: string[] = [];
    const corpusSuffixes: string[] = [];
    const dictionarySuffixes: string[] = [];
    const stems: string[] = [];
    const synonymKeys = new Set<string>();
    word.pieces.forEach((piece, pi) => {
      if (pi > 0) own.push(piece.stem);
      piece.runs.forEach((run, ri) => {
        if (pi > 0 || ri > 0) own.push(run.text);
        if (run.hangul && useCorpus) corpusSuffixes.push(...decompose(run.text).suffixes);
      });

      // Eager particle cut for synonym look-ups: a wrong cut cannot equal a member by accident.
      const eager = eagerStem(piece.text);
      stems.push(eager);
      if (synonyms.keys.size === 0) return;
      if (synonyms.keys.has(eager)) synonymKeys.add(eager);
      for (const run of splitRuns(eager)) {
        if (run.script !== 'hangul') {
          if (synonyms.keys.has(run.text)) synonymKeys.add(run.text);
          continue;
        }
        for (const key of [stem(run.text), run.text]) {
          if (synonyms.keys.has(key)) synonymKeys.add(key);
          for (const p of decompose(key).parts) if (synonyms.keys.has(p)) synonymKeys.add(p);
        }
      }
    });
    // The word as written (particles included): the dictionary cuts it by part of speech.
    if (dictionary) dictionarySuffixes.push(...compoundSuffixes(word.raw, dictionary));
    const result = {
      own: own.filter(indexable),
      suffixes: [...new Set([...corpusSuffixes, ...dictionarySuffixes])].filter(indexable),
      corpusSuffixes,
      dictionarySuffixes,
      stems,
      synonymKeys: [...synonymKeys],
    };
    wordTokenCache.set(word.raw, result);
    return result;
  }

  function analyzeTokens(text: string): TextTokens {
    const tokens = new Set<string>();
    const fromOther = new Set<string>();
    const fromSuffix = new Set<string>();
    const fromJoin = new Set<string>();
    const fromCorpus = new Set<string>();
    const fromDictionary = new Set<string>();
    /** Adds a token already known to be indexable. */
    const put = (t: string, from: Set<string>) => {
      tokens.add(t);
      from.add(t);
    };
    const add = (t: string, from: 'other' | 'suffix' | 'join' = 'other') => {
      if (indexable(t)) put(t, from === 'suffix' ? fromSuffix : from === 'join' ? fromJoin : fromOther);
    };
    const words = normalizeText(text).split(/\s+/u).filter(Boolean).map(analyzeWord);
    // Synonym candidates across pieces: a flat list of piece stems, with a break
    // marker where punctuation separates pieces (multi-word members match only across spaces).
    const sequence: (string | null)[] = [];
    const found = new Set<string>();

    words.forEach((word, wi) => {
      const own = wordTokens(word);
      for (const t of own.own) put(t, fromOther);
      for (const t of own.suffixes) put(t, fromSuffix);
      for (const t of own.corpusSuffixes) fromCorpus.add(t);
      for (const t of own.dictionarySuffixes) fromDictionary.add(t);
      for (const k of own.synonymKeys) found.add(k);
      own.stems.forEach((st, i) => {
        if (i > 0) sequence.push(null);
        sequence.push(st);
      });
      // Join with the next word across a plain space.
      const next = words[wi + 1];
      const left = word.pieces[word.pieces.length - 1];
      const right = next?.pieces[0];
      if (next && left && right && word.cleanEnd && next.cleanStart && joinable(left)) {
        const first = right.runs[0];
        if (first && (first.hangul ? charLength(first.text) >= 2 : /^[a-z]{2,}/.test(first.text))) {
          const rightStem = first.hangul ? stripParticle(first.text).stem : first.text;
          const rightNoun = !first.hangul || nouny.has(rightStem);
          if (rightNoun && charLength(rightStem) <= maxJoinSide && !NO_JOIN_WORDS.has(rightStem)) {
            const lastRun = left.runs[left.runs.length - 1]!.text;
            if (charLength(left.stem + rightStem) <= maxJoinLength) add(left.stem + rightStem, 'join');
            if (left.runs.length > 1 && charLength(lastRun + rightStem) <= maxJoinLength) add(lastRun + rightStem, 'join');
          }
        }
      }
      if (!word.cleanEnd) sequence.push(null);
    });

    if (synonyms.keys.size > 0) {
      for (let i = 0; i < sequence.length; i++) {
        let joined = sequence[i];
        if (joined === null || joined === undefined) continue;
        for (let j = i + 1; j < Math.min(sequence.length, i + 3); j++) {
          const part = sequence[j];
          if (part === null || part === undefined) break;
          joined += part;
          if (synonyms.keys.has(joined)) found.add(joined);
        }
      }
      for (const key of found) {
        for (const other of synonyms.othersOf(key)) {
          const pieces = memberPieces(other);
          for (const p of pieces) add(p);
          if (pieces.length > 1) add(pieces.join(''));
        }
      }
    }
    return {
      tokens: [...tokens],
      dictionaryOnly: new Set([...fromDictionary].filter((t) => !fromCorpus.has(t) && tokens.has(t))),
      corpusOnly: new Set([...fromCorpus].filter((t) => !fromDictionary.has(t) && tokens.has(t))),
      suffixOnly: new Set([...fromSuffix].filter((t) => !fromOther.has(t) && !fromJoin.has(t))),
      joinOnly: new Set([...fromJoin].filter((t) => !fromOther.has(t) && !fromSuffix.has(t))),
    };
  }

  return {
    vocabulary,
    synonyms,
    isKnownStem,
    stem,
    analyzeWord,
    decompose,
    analyzeTokens,
    tokensFor: (text) => analyzeTokens(text).tokens,
  };
}

/** Pagefind's keys for the words of a text (what it indexes without our help). */
export function pagefindKeys(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/u)
    .map(pagefindWordKey)
    .filter(Boolean);
}

/**
 * Drops tokens Pagefind would already match on this page: a token that equals
 * or starts one of the page's own words (Pagefind matches by prefix).
 */
export function pruneTokens(tokens: readonly string[], pageKeys: Iterable<string>): string[] {
  const sorted = [...new Set(pageKeys)].sort();
  const coveredByPrefix = (t: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(t);
  };
  return tokens.filter((t) => !coveredByPrefix(t));
}

export interface BroadSuffixOptions {
  /** Largest share of pages a suffix token may add a page to (default 0.25). */
  maxShare?: number;
  /** Never drop a suffix found on this many pages or fewer (default 10), so small sites keep theirs. */
  floor?: number;
}

export interface RareJoinOptions {
  /** Pages a joined pair must occur on to be kept (default 2). */
  minPages?: number;
  /** Joined forms this short (in characters) are kept even when rare (default 4: `무선충전`, `정보보호`). */
  keepUpTo?: number;
}

/**
 * Joined adjacent-word tokens that occur on fewer than `minPages` pages. Most
 * adjacent pairs occur once and would each add a word to the index; short
 * joins (the forms readers actually type as one word) are kept regardless.
 */
export function rareJoins(pages: readonly { tokens: readonly string[]; joinOnly: ReadonlySet<string> }[], options: RareJoinOptions = {}): Set<string> {
  const minPages = options.minPages ?? 2;
  const keepUpTo = options.keepUpTo ?? 4;
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const t of page.tokens) if (page.joinOnly.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([t, n]) => n < minPages && charLength(t) > keepUpTo).map(([t]) => t));
}

/**
 * Suffix tokens that would add too many pages to a query's results: counted
 * over pages where only a compound suffix (not the text itself) makes the
 * page match. Those are dropped from every page.
 */
export function broadSuffixes(
  pages: readonly { tokens: readonly string[]; suffixOnly: ReadonlySet<string> }[],
  options: BroadSuffixOptions = {},
): Set<string> {
  const maxShare = options.maxShare ?? 0.25;
  const floor = options.floor ?? 10;
  const limit = Math.max(floor, Math.floor(maxShare * pages.length));
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const t of page.tokens) if (page.suffixOnly.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > limit).map(([t]) => t));
}
