/**
 * Assigns one to three topics from the weighted keywords in content/topics.yaml.
 *
 * Keywords are matched on the analysed nouns, not on raw text: the text is
 * cut into runs of nouns (a particle, a verb or punctuation ends a run, a
 * space does not), and a keyword matches a stretch of whole morphemes of a run
 * (`원전` in `고리원전을`, `자율주행` in `자율 주행차`), never a piece of a word the
 * dictionary reads otherwise (`AI` in `KAIST`). At each place the longest keyword
 * wins, so `AI기본법` counts once, not also as `AI` and `기본법`.
 *
 * Keywords in the headline or deck count double: they say what the story is
 * about, the body mostly says what it touches.
 */
import { sharedKoreanAnalyzer, wordSpans, type KoreanAnalyzer, type Morpheme, type WordSpan } from '../korean/analyzer';
import type { Topic } from '../editorial/schema';

export interface TopicText {
  heading: string;
  body: string;
}

export interface TopicClassifierOptions {
  /** A topic needs at least this score to be assigned. */
  minScore?: number;
  /** ...and at least this share of the best topic's score. */
  minShareOfBest?: number;
  maxTopics?: number;
  /** Repeats of one keyword stop adding weight after this many. */
  maxHitsPerKeyword?: number;
  analyzer?: KoreanAnalyzer;
}

export interface TopicClassification {
  topics: string[];
  /** True when nothing fitted and the fallback topic was given. */
  fallback: boolean;
  /** The article's most frequent nouns (for proposing topics from the fallback articles). */
  keyNouns: string[];
}

export interface TopicClassifier {
  classify(text: TopicText): string[];
  /** `classify` with what the ingest report needs. */
  classifyInDetail(text: TopicText): TopicClassification;
  scores(text: TopicText): Map<string, number>;
}

/** Morphemes that make up noun phrases: nouns, Latin words, numbers, Hanja, noun prefixes and suffixes (`생성형`, `친환경`). */
const CONTENT = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'SL', 'SN', 'SH', 'XPN', 'XSN', 'XR']);
/** Signs that join the pieces of one name or term (`R&D`, `e-모빌리티`, `배분·조정`). */
const JOINER = /^[&+\-·./]$/u;
/** A run longer than this many morphemes is not searched for longer keywords (keywords are short). */
const MAX_KEYWORD_MORPHEMES = 6;
/** Nouns too common in this news to say what a story is about. */
const GENERIC_NOUNS = new Set([
  '정부', '기업', '올해', '내년', '지난해', '관계자', '계획', '사업', '지원', '이번', '국내', '해외', '경우', '이후', '기준', '방안',
  '대상', '추진', '확대', '운영', '진행', '기술', '서비스', '시장', '분야', '예정', '설명', '발표', '지역', '최근', '현재', '전망',
  '수준', '이상', '이하', '가운데', '정도', '규모', '시스템', '개발', '활용', '결과', '과정', '관련', '업계', '제공', '도입', '마련',
  '통해', '때문', '목표', '기존', '방식', '부분', '대해', '필요', '문제', '의견', '내용', '상황', '전체', '일부', '대부분', '처음',
]);

interface Entry {
  topic: number;
  weight: number;
  keyword: string;
}

export function createTopicClassifier(topics: readonly Topic[], options: TopicClassifierOptions = {}): TopicClassifier {
  const { minScore = 8, minShareOfBest = 0.3, maxTopics = 3, maxHitsPerKeyword = 4 } = options;
  const fallback = topics.find((t) => t.fallback);
  if (!fallback) throw new Error('topics: no fallback topic');
  const scored = topics.filter((t) => !t.fallback);
  const ko = options.analyzer ?? sharedKoreanAnalyzer();

  // Keyword text without spaces → the topics it counts for. A stretch of morphemes matches when its surfaces join to it.
  const byText = new Map<string, Entry[]>();
  /** Every beginning of a keyword, so a stretch of morphemes stops growing as soon as no keyword starts with it. */
  const prefixes = new Set<string>();
  /** The same keywords character by character, to find where the raw text could hold one. */
  const trie: TrieNode = { next: new Map(), keyword: false };
  scored.forEach((topic, index) => {
    for (const [keyword, weight] of Object.entries(topic.keywords)) {
      const key = keyword.replace(/\s+/gu, '');
      const list = byText.get(key) ?? [];
      list.push({ topic: index, weight, keyword });
      byText.set(key, list);
      for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
      addToTrie(trie, key);
    }
  });

  /** A word as topic matching sees it: content pieces, `null` where a phrase breaks, and its compounds. */
  interface WordPieces {
    items: (string | null)[];
    compounds: string[];
  }
  /** Per analysed word (the analyzer's cached morphemes), so each distinct word is looked at once. */
  const piecesCache = new WeakMap<readonly Morpheme[], WordPieces>();

  function piecesOf(text: string, ms: readonly Morpheme[]): WordPieces {
    let pieces = piecesCache.get(ms);
    if (pieces) return pieces;
    const items: (string | null)[] = [];
    const compounds: string[] = [];
    let compound = '';
    const endCompound = () => {
      if (compound) compounds.push(compound);
      compound = '';
    };
    let open = false;
    for (const m of ms) {
      if (CONTENT.has(m.first) && (m.last === m.first || CONTENT.has(m.last))) {
        items.push(m.surface);
        compound += m.surface;
        open = true;
      } else if (open && m.surface.length === 1 && JOINER.test(m.surface)) {
        // `R&D`, `e-모빌리티`: a joining sign between two pieces stays in the phrase (it is not a noun).
        items.push(m.surface);
        endCompound();
      } else {
        items.push(null);
        endCompound();
        open = false;
      }
    }
    endCompound();
    // Punctuation at the end of a word ends the phrase; a plain space does not (`자율 주행`).
    if (/[\p{P}\p{S}]$/u.test(text)) items.push(null);
    pieces = { items, compounds };
    piecesCache.set(ms, pieces);
    return pieces;
  }

  /** The compounds as written in `text` (`스테이블코인`, not 스테이 + 블 + 코인): the key nouns of a fallback article. */
  function compoundsOf(text: string): string[] {
    const out: string[] = [];
    for (const word of ko.words(text)) for (const c of piecesOf(word.text, word.morphemes).compounds) out.push(c);
    return out;
  }

  /**
   * Counts keyword hits in `text` into `into`: over each run of content
   * morphemes, the longest keyword at each place, no overlaps. A stretch is
   * only extended while it is the start of some keyword, so most pieces cost
   * one Set look-up.
   */
  function hits(text: string, into: Map<string, number>): void {
    const run: string[] = [];
    const flush = () => {
      let i = 0;
      while (i < run.length) {
        let matched = '';
        let joined = '';
        for (let j = i; j < run.length && j - i < MAX_KEYWORD_MORPHEMES; j++) {
          joined += run[j];
          if (!prefixes.has(joined)) break;
          if (byText.has(joined)) matched = joined;
        }
        if (matched) {
          into.set(matched, (into.get(matched) ?? 0) + 1);
          // Skip the morphemes the keyword covered.
          let covered = 0;
          while (covered < matched.length) covered += run[i++]!.length;
        } else i++;
      }
      run.length = 0;
    };
    const words = wordSpans(text);
    const reach = keywordReach(words, trie);
    words.forEach((word, w) => {
      // A word no keyword reaches adds nothing to a match: it only ends the run, and is not analysed.
      if (!reach[w]) {
        if (run.length > 0) flush();
        return;
      }
      for (const item of piecesOf(word.text, ko.word(word.text)).items) {
        if (item !== null) run.push(item);
        else if (run.length > 0) flush();
      }
    });
    if (run.length > 0) flush();
  }

  function scoreAll({ heading, body }: TopicText): Map<string, number> {
    const inHeading = new Map<string, number>();
    const inBody = new Map<string, number>();
    hits(heading, inHeading);
    hits(body, inBody);
    const totals = new Array<number>(scored.length).fill(0);
    for (const [counts, factor] of [[inHeading, 2], [inBody, 1]] as const) {
      for (const [key, count] of counts) {
        for (const entry of byText.get(key)!) totals[entry.topic]! += entry.weight * factor * Math.min(count, maxHitsPerKeyword);
      }
    }
    const scores = new Map<string, number>();
    totals.forEach((score, i) => {
      if (score > 0) scores.set(scored[i]!.slug, score);
    });
    return scores;
  }

  function classifyInDetail(text: TopicText): TopicClassification {
    const scores = scoreAll(text);
    // Stable order: score, then the taxonomy's own order.
    const ranked = [...scores.entries()]
      .map(([slug, score]) => ({ slug, score, order: scored.findIndex((t) => t.slug === slug) }))
      .sort((a, b) => b.score - a.score || a.order - b.order);
    const best = ranked[0]?.score ?? 0;
    const chosen = ranked
      .filter((r) => r.score >= minScore && r.score >= best * minShareOfBest)
      .slice(0, maxTopics)
      .map((r) => r.slug);
    if (chosen.length > 0) return { topics: chosen, fallback: false, keyNouns: [] };
    return { topics: [fallback!.slug], fallback: true, keyNouns: keyNounsOf([...compoundsOf(text.heading), ...compoundsOf(text.body)]) };
  }

  return {
    scores: (text) => scoreAll(text),
    classify: (text) => classifyInDetail(text).topics,
    classifyInDetail,
  };
}

interface TrieNode {
  /** Children by UTF-16 code unit (a number key: walking the text allocates no one-character strings). */
  next: Map<number, TrieNode>;
  keyword: boolean;
}

function addToTrie(root: TrieNode, key: string): void {
  let node = root;
  // By UTF-16 unit, as the text is walked.
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map(), keyword: false }));
    node = child;
  }
  node.keyword = true;
}

/**
 * Which words could take part in a keyword match: those that overlap a place
 * where the text, spaces left out, spells a keyword. A match joins morphemes
 * that stand side by side in the text, with at most spaces between them, so
 * a word outside every such place cannot be part of one.
 */
function keywordReach(words: readonly WordSpan[], trie: TrieNode): boolean[] {
  const joined = words.map((w) => w.text).join('');
  const owner = new Uint32Array(joined.length);
  let at = 0;
  words.forEach((w, index) => owner.fill(index, at, (at += w.text.length)));
  const reach = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < joined.length; i++) {
    let node: TrieNode | undefined = trie;
    for (let j = i; j < joined.length; j++) {
      node = node.next.get(joined.charCodeAt(j));
      if (!node) break;
      if (node.keyword) for (let k = owner[i] as number; k <= (owner[j] as number); k++) reach[k] = true;
    }
  }
  return reach;
}

/** The most frequent nouns of two or more characters, leaving out the ones every article uses. */
function keyNounsOf(nouns: readonly string[], limit = 8): string[] {
  const counts = new Map<string, number>();
  for (const n of nouns) {
    if ([...n].length < 2 || /^[0-9.,]+$/u.test(n) || GENERIC_NOUNS.has(n)) continue;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([n]) => n);
}
