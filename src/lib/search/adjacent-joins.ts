/**
 * Joined forms of short adjacent nouns (`무선 충전` → `무선충전`), so that a
 * reader who types the pair as one word finds the page. Only words with
 * evidence of being nouns are joined, and only short ones.
 */
import { stripParticle } from './particles';
import { charLength } from './word-pieces';
import type { PieceInfo, WordInfo } from './word-info';

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

export interface JoinLimits {
  /** Words with evidence of being nouns (corpus-vocabulary.ts). */
  nouny: ReadonlySet<string>;
  /** Longest side (in characters) of a joined pair. */
  maxJoinSide: number;
  /** Longest joined pair (in characters). */
  maxJoinLength: number;
}

/** Whether the last piece of a word may be joined to the next word: a short noun as written, or a short Latin word. */
export function joinable(left: PieceInfo, limits: JoinLimits): boolean {
  if (left.stripped) return false;
  const last = left.runs[left.runs.length - 1];
  if (!last) return false;
  if (last.hangul) {
    const len = charLength(last.text);
    if (len < 2 || len > limits.maxJoinSide) return false;
    if (NO_JOIN_WORDS.has(last.text) || !limits.nouny.has(last.text)) return false;
    return !NO_JOIN_FINALS.has([...last.text].pop()!);
  }
  return /^[a-z]{2,}[0-9]*$/.test(last.text) && last.text.length <= limits.maxJoinSide;
}

/**
 * The joined forms of `word` and the `next` word across a plain space: the
 * left piece's stem with the right word's first stem, and (when the left
 * piece mixes scripts) its last run with it. Not yet checked for indexability.
 */
export function joinedForms(word: WordInfo, next: WordInfo | undefined, limits: JoinLimits): string[] {
  const left = word.pieces[word.pieces.length - 1];
  const right = next?.pieces[0];
  if (!next || !left || !right || !word.cleanEnd || !next.cleanStart || !joinable(left, limits)) return [];
  const first = right.runs[0];
  if (!first || !(first.hangul ? charLength(first.text) >= 2 : /^[a-z]{2,}/.test(first.text))) return [];
  const rightStem = first.hangul ? stripParticle(first.text).stem : first.text;
  const rightNoun = !first.hangul || limits.nouny.has(rightStem);
  if (!rightNoun || charLength(rightStem) > limits.maxJoinSide || NO_JOIN_WORDS.has(rightStem)) return [];
  const forms: string[] = [];
  const lastRun = left.runs[left.runs.length - 1]!.text;
  if (charLength(left.stem + rightStem) <= limits.maxJoinLength) forms.push(left.stem + rightStem);
  if (left.runs.length > 1 && charLength(lastRun + rightStem) <= limits.maxJoinLength) forms.push(lastRun + rightStem);
  return forms;
}
