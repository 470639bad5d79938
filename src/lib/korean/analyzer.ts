/**
 * The one Korean morphological analysis layer: mecab-ko-dic (the dictionary
 * behind Elasticsearch's Nori) through lindera's WebAssembly build. The
 * splitter, organisations, topics and search tokens all read words through it.
 *
 * Words repeat across a corpus, so each distinct word is analysed once and
 * cached. Names the dictionary does not know (`새온모빌리티` comes out as
 * 새 + 온 + 모빌리티) are passed in as user words and kept whole; lindera's
 * own user dictionary reads a file path the WebAssembly build cannot open, so
 * the user words are matched here before the dictionary sees the word.
 */
import { BoundedCache } from '../memory/bounded-cache';
import { TokenizerBuilder, type Tokenizer } from 'lindera-wasm-nodejs-cjk';
import { endsWithFinalConsonant } from './hangul';

export interface Morpheme {
  /** The text as written. */
  surface: string;
  /** ko-dic tag; inflected forms join theirs (`VV+EP`, `XSV+ETM`). */
  tag: string;
  /** First and last tag of a joined tag (`VV` and `EP` of `VV+EP`). */
  first: string;
  last: string;
  /** False for a token the dictionary does not know (a guessed noun or a symbol). */
  known: boolean;
  /** Came from the user words: a known or discovered name, kept whole. */
  user: boolean;
  /** The dictionary's own split of a compound entry (`원자로` → 원자, 로); undefined for other words. */
  parts: readonly string[] | undefined;
  /** ko-dic files the noun under the semantic class 행위 (an action): a verbal noun (`개방`, `운행`, `시범`). */
  action: boolean;
}

/** A space-separated word of a text and where it stands. */
export interface WordSpan {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

export interface AnalyzedWord extends WordSpan {
  morphemes: readonly Morpheme[];
}

/** The space-separated words of `text`, not analysed: for callers that analyse only some of them. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export interface KoreanAnalyzer {
  /** Morphemes of one space-free word, cached. */
  word(word: string): readonly Morpheme[];
  /** Every space-separated word of `text` with its offsets and morphemes. */
  words(text: string): AnalyzedWord[];
  /** The nouns of `text` in order (common, proper, and Latin-letter names), compounds kept as written. */
  nouns(text: string): string[];
  /** Adds names to keep whole from now on (clears cached analyses that could contain them). */
  addUserWords(words: Iterable<string>): void;
  /** True when `word` is one of the user words. */
  isUserWord(word: string): boolean;
  /**
   * True when the analysis of `word` would hold a user word: callers that look
   * only for user words skip the dictionary for every other word.
   */
  holdsUserWord(word: string): boolean;
  /**
   * The words this analyzer sent to the dictionary since the last call, with
   * their analyses: another thread's analyzer takes them (`addAnalyses`)
   * instead of analysing the same words again.
   */
  takeAnalyses(): SharedAnalyses;
  /** Caches another analyzer's analyses; ignored unless both have the same user words. */
  addAnalyses(shared: SharedAnalyses): void;
  /** Drops every cached analysis: a run that is done analysing gives the memory back. */
  forget(): void;
}

/** Analyses passed between threads, stamped with the user words they were made with. */
export interface SharedAnalyses {
  userWords: string;
  entries: Array<[string, readonly Morpheme[]]>;
}

export interface KoreanAnalyzerOptions {
  /** Names to keep whole (organisations, topic terms, discovered names). */
  userWords?: Iterable<string>;
}

/** Noun tags: common, proper, dependent, pronoun-free; SL is a Latin-letter word (`KAIST`, `AI`). */
const NOUN_TAGS = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'SL', 'SH']);
/** Placeholder nouns that take a following particle or ending the way the name would. */
const PLACEHOLDER_CONSONANT = '사람';
const PLACEHOLDER_VOWEL = '회사';
/**
 * Entries per generation of the analysis caches (memory/bounded-cache): the
 * frequent words stay, rare ones age out, so memory stays flat however large
 * the corpus (a cached word with what topics and organisations note about it
 * costs about 1 KB).
 */
const CACHE_GENERATION = 100_000;
/** A user word shorter than this is only matched at the start of a word (`한전` must not match inside `한전략`). */
const MIN_INNER_USER_WORD = 4;

let sharedTokenizer: Tokenizer | undefined;

/** lindera's tokenizer with ko-dic; built once per thread (about half a second). */
function tokenizer(): Tokenizer {
  if (!sharedTokenizer) {
    const builder = new TokenizerBuilder();
    builder.setDictionary('embedded://ko-dic');
    builder.setMode('normal');
    sharedTokenizer = builder.build();
  }
  return sharedTokenizer;
}

interface LinderaToken {
  surface: string;
  partOfSpeechTag?: string;
  /** ko-dic's semantic class (`행위`, `인명`, or `*`). */
  meaning?: string;
  type?: string;
  expression?: string;
}

/** ko-dic leaves digits and Latin letters untagged (`UNK`); give them mecab's SN and SL. */
function retag(surface: string, tag: string): string {
  if (tag !== 'UNK') return tag;
  if (/^[0-9][0-9.,]*$/u.test(surface)) return 'SN';
  if (/^[A-Za-z][A-Za-z0-9&+.-]*$/u.test(surface)) return 'SL';
  if (/^[\u4e00-\u9fff]+$/u.test(surface)) return 'SH';
  return tag;
}

/**
 * One string per distinct tag: the dictionary hands back a new string for
 * every token, and a few hundred thousand cached morphemes each holding
 * copies of `NNG` add up to tens of megabytes.
 */
const tagStrings = new Map<string, string>();
function sharedTag(tag: string): string {
  let shared = tagStrings.get(tag);
  if (shared === undefined) tagStrings.set(tag, (shared = tag));
  return shared;
}

/** Every morpheme is built here with the same fields in the same order, so that reading them stays fast. */
function morpheme(surface: string, rawTag: string, known: boolean, user: boolean, parts: readonly string[] | undefined, action = false): Morpheme {
  const tag = sharedTag(rawTag);
  const plus = tag.indexOf('+');
  return {
    surface,
    tag,
    first: plus < 0 ? tag : sharedTag(tag.slice(0, plus)),
    last: plus < 0 ? tag : sharedTag(tag.slice(tag.lastIndexOf('+') + 1)),
    known,
    user,
    parts,
    action,
  };
}

function toMorpheme(token: LinderaToken): Morpheme {
  const tag = retag(token.surface, token.partOfSpeechTag ?? 'UNK');
  let parts: string[] | undefined;
  if (token.type === 'Compound' && token.expression && token.expression !== '*') {
    const split = token.expression.split('+').map((p) => p.split('/')[0] ?? '');
    if (split.length > 1 && split.every((p) => p.length > 0) && split.join('') === token.surface) parts = split;
  }
  return morpheme(token.surface, tag, token.partOfSpeechTag !== 'UNK' && token.type !== 'UNK', false, parts, token.meaning === '행위');
}

/**
 * A word is analysed as if another word followed it: at the very end of the
 * input the dictionary's costs favour readings it would not pick mid-sentence
 * (`기관의` → 의/NNG, `밝혔다` → 다/EC). With a follower, isolated analyses agree
 * with in-sentence ones on 94 % of the words of the seed files, against 89 %.
 */
const FOLLOWER = ' 것';

function dictionaryAnalysis(text: string): Morpheme[] {
  if (text.length === 0) return [];
  const bytes = Buffer.byteLength(text, 'utf8');
  const tokens = (tokenizer().tokenize(text + FOLLOWER) as (LinderaToken & { byteEnd: number })[]).filter(
    (t) => t.byteEnd <= bytes,
  );
  return repairParticles(tokens.map(toMorpheme));
}

/**
 * lindera's ko-dic build leaves the subject particle 이 untagged (`사람이` →
 * 사람 + 이/UNK); after a noun it can only be that particle.
 */
function repairParticles(morphemes: Morpheme[]): Morpheme[] {
  for (let i = 1; i < morphemes.length; i++) {
    const m = morphemes[i] as Morpheme;
    const prev = morphemes[i - 1] as Morpheme;
    if (m.tag === 'UNK' && m.surface === '이' && (NOUN_TAGS.has(prev.last) || prev.last === 'XSN' || prev.last === 'SN')) {
      morphemes[i] = morpheme(m.surface, 'JKS', true, m.user, m.parts);
    }
  }
  return morphemes;
}

function userMorpheme(surface: string): Morpheme {
  return morpheme(surface, 'NNP', true, true, undefined);
}

/**
 * Tails after names, by placeholder and tail: the same few particles follow
 * thousands of names, and their reading does not depend on the name.
 */
const tailCache = new BoundedCache<string, readonly Morpheme[]>(CACHE_GENERATION);

/**
 * What follows a name (`의`, `는`, `과의`), analysed as if it followed an
 * ordinary noun, so that particles and endings get their usual tags.
 */
function tailAfterName(name: string, tail: string): readonly Morpheme[] {
  const placeholder = endsWithFinalConsonant(name) ? PLACEHOLDER_CONSONANT : PLACEHOLDER_VOWEL;
  const key = placeholder + tail;
  let tailMorphemes = tailCache.get(key);
  if (tailMorphemes) return tailMorphemes;
  const analysed = dictionaryAnalysis(key);
  const head = analysed[0];
  tailMorphemes = head && head.surface === placeholder ? analysed.slice(1) : dictionaryAnalysis(tail);
  // Frozen: the same morphemes go into every word with this tail after a name.
  tailCache.set(key, Object.freeze(tailMorphemes.map((m) => Object.freeze(m))));
  return tailCache.get(key)!;
}

export function createKoreanAnalyzer(options: KoreanAnalyzerOptions = {}): KoreanAnalyzer {
  /**
   * The lengths user words starting with each UTF-16 unit have, longest first: a few Set look-ups a position.
   * Keyed by char code, so that testing a position allocates no one-character string.
   */
  const lengthsByFirst = new Map<number, number[]>();
  const userWords = new Set<string>();
  /**
   * The first two UTF-16 units of every user word (as `first * 65536 + second`), and a
   * flag per unit that starts one: a word none of whose positions opens a user word
   * holds none, which is settled without a cache look-up.
   */
  const openings = new Set<number>();
  const opensUserWord = new Uint8Array(65536);
  const cache = new BoundedCache<string, readonly Morpheme[]>(CACHE_GENERATION);
  /** Words analysed here (not taken from another analyzer) since `takeAnalyses` last ran. */
  const fresh: string[] = [];
  /** Order-free digest of the user words (count and a sum of their hashes): analyses are only shared between equal ones. */
  let userWordCount = 0;
  let userWordSum = 0;

  function addUserWords(words: Iterable<string>): void {
    let added = false;
    for (const raw of words) {
      const w = raw.normalize('NFC').trim();
      if (w.length < 2 || /\s/u.test(w) || userWords.has(w)) continue;
      userWords.add(w);
      userWordCount++;
      userWordSum = (userWordSum + stringHash(w)) >>> 0;
      const first = w.charCodeAt(0);
      opensUserWord[first] = 1;
      openings.add(first * 65536 + w.charCodeAt(1));
      const lengths = lengthsByFirst.get(first) ?? [];
      if (!lengths.includes(w.length)) lengths.push(w.length);
      lengthsByFirst.set(first, lengths);
      added = true;
    }
    if (!added) return;
    for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
    cache.clear();
    fresh.length = 0;
    holdsCache.clear();
  }

  /** The longest user word at `i`, if any. */
  function userWordAt(word: string, i: number): string | undefined {
    const lengths = lengthsByFirst.get(word.charCodeAt(i));
    if (!lengths) return undefined;
    const atBoundary = i === 0 || !/[가-힣A-Za-z0-9]/u.test(word[i - 1] as string);
    for (const length of lengths) {
      if (i + length > word.length || (!atBoundary && length < MIN_INNER_USER_WORD)) continue;
      const candidate = word.slice(i, i + length);
      if (!userWords.has(candidate)) continue;
      // `KT` must not match the start of `KTX`: a Latin name ends where its letters end.
      const next = word[i + length];
      if (/[A-Za-z]$/u.test(candidate) && next !== undefined && /[A-Za-z]/u.test(next)) continue;
      return candidate;
    }
    return undefined;
  }

  function analyseUncached(word: string): Morpheme[] {
    if (userWords.size === 0) return dictionaryAnalysis(word);
    const out: Morpheme[] = [];
    let plainStart = 0;
    let i = 0;
    while (i < word.length) {
      const name = userWordAt(word, i);
      if (name === undefined) {
        i++;
        continue;
      }
      out.push(...dictionaryAnalysis(word.slice(plainStart, i)));
      out.push(userMorpheme(name));
      i += name.length;
      // What directly follows a name is read as its particle or ending, up to the next name.
      let tailEnd = i;
      while (tailEnd < word.length && userWordAt(word, tailEnd) === undefined) tailEnd++;
      if (tailEnd > i) out.push(...tailAfterName(name, word.slice(i, tailEnd)));
      i = tailEnd;
      plainStart = i;
    }
    out.push(...dictionaryAnalysis(word.slice(plainStart)));
    return out;
  }

  /** Per word, whether a user word starts anywhere in it; cleared with the analyses when user words change. */
  const holdsCache = new BoundedCache<string, boolean>(CACHE_GENERATION);

  function mayHoldUserWord(text: string): boolean {
    for (let i = 0; i + 1 < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (opensUserWord[unit] === 1 && openings.has(unit * 65536 + text.charCodeAt(i + 1))) return true;
    }
    return false;
  }

  function holdsUserWord(text: string): boolean {
    if (!mayHoldUserWord(text)) return false;
    let holds = holdsCache.get(text);
    if (holds !== undefined) return holds;
    holds = false;
    for (let i = 0; i < text.length && !holds; i++) holds = userWordAt(text, i) !== undefined;
    holdsCache.set(text, holds);
    return holds;
  }

  function word(text: string): readonly Morpheme[] {
    const cached = cache.get(text);
    if (cached) return cached;
    const result = Object.freeze(analyseUncached(text).map((m) => Object.freeze(m)));
    cache.set(text, result);
    fresh.push(text);
    return result;
  }

  const userWordsStamp = () => `${userWordCount}:${userWordSum}`;

  function takeAnalyses(): SharedAnalyses {
    const entries: Array<[string, readonly Morpheme[]]> = [];
    for (const text of fresh) {
      const morphemes = cache.get(text);
      if (morphemes) entries.push([text, morphemes]);
    }
    fresh.length = 0;
    return { userWords: userWordsStamp(), entries };
  }

  function addAnalyses(shared: SharedAnalyses): void {
    if (shared.userWords !== userWordsStamp()) return;
    for (const [text, morphemes] of shared.entries) {
      if (cache.has(text)) continue;
      // Strings that crossed from another thread are copies: the tags are made the shared ones again.
      cache.set(text, Object.freeze(morphemes.map((m) => Object.freeze(morpheme(m.surface, m.tag, m.known, m.user, m.parts, m.action)))));
    }
  }

  function words(text: string): AnalyzedWord[] {
    return wordSpans(text).map((span) => ({ ...span, morphemes: word(span.text) }));
  }

  function nouns(text: string): string[] {
    const out: string[] = [];
    for (const w of words(text)) for (const m of w.morphemes) if (NOUN_TAGS.has(m.first)) out.push(m.surface);
    return out;
  }

  addUserWords(options.userWords ?? []);
  function forget(): void {
    cache.clear();
    holdsCache.clear();
    fresh.length = 0;
  }

  return { word, words, nouns, addUserWords, isUserWord: (w) => userWords.has(w), holdsUserWord, takeAnalyses, addAnalyses, forget };
}

/** FNV-1a over UTF-16 units. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** True for a particle (`J*`): 은/는, 이/가, 을/를, 의, 에서, 와/과 … */
export function isParticle(m: Morpheme): boolean {
  return m.first.startsWith('J');
}

let defaultAnalyzer: KoreanAnalyzer | undefined;

/**
 * The analyzer this thread shares. Ingest registers the editorial names and
 * the names it discovers as user words before it splits lines.
 */
export function sharedKoreanAnalyzer(): KoreanAnalyzer {
  return (defaultAnalyzer ??= createKoreanAnalyzer());
}
