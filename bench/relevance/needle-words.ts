/**
 * Keeps the needles' own words out of the generated haystack.
 *
 * The haystack is made from other text than the needles, but the corpus
 * generator also writes words of its own: the editorial data's organisation
 * names and topic keywords, its headline shapes and beat nouns, and the
 * synthetic lexicon's random words. The editorial data was written from real
 * articles, so without care the haystack would carry `카카오` or `실증랩` in
 * hundreds of generated articles although its source text never says them, and
 * a query for a needle would have no unique answer for a reason that is the
 * generator's, not the search's. A word the needles use and the haystack's
 * source text does not is therefore never injected; words both use stay
 * (hundreds of articles saying them is what a real archive looks like).
 */
import { stripParticle } from '../../src/lib/search/particles';

const RUNS = /[\p{Script=Hangul}]{2,}|[A-Za-z][A-Za-z0-9]+/gu;
// A word written in Latin letters and Hangul together (`AI기본법`, `K-반도체`).
const MIXED = /[A-Za-z0-9\p{Script=Hangul}-]*(?:[A-Za-z][A-Za-z0-9-]*\p{Script=Hangul}|\p{Script=Hangul}[\p{Script=Hangul}-]*[A-Za-z])[A-Za-z0-9\p{Script=Hangul}-]*/gu;
// Two neighbouring Hangul words of a phrase's own text (slots like `{kw}` are not words).
const HANGUL_PAIR = /(?<![\p{Script=Hangul}{}])(\p{Script=Hangul}{2,}) (?=(\p{Script=Hangul}{2,})(?![\p{Script=Hangul}}]))/gu;

/**
 * The words of a phrase as the check sees them: Hangul runs (and their
 * stems), Latin words, and words mixing the two (`ai기본법`, and its stem), lower-cased.
 */
function wordsOf(phrase: string): string[] {
  const out: string[] = [];
  const add = (run: string) => {
    const word = run.toLowerCase();
    out.push(word);
    const { stem } = stripParticle(word);
    if (stem !== word) out.push(stem);
  };
  for (const [run] of phrase.matchAll(RUNS)) add(run);
  for (const [run] of phrase.matchAll(MIXED)) add(run);
  return out;
}

/** Two neighbouring Hangul words of a phrase (`결과 공개`), for the check on word pairs. */
function pairsOf(phrase: string): string[] {
  return [...phrase.matchAll(HANGUL_PAIR)].map((m) => `${m[1]} ${m[2]}`);
}

/**
 * A predicate: true when a word of the phrase (two syllables or more, or a
 * Latin word) occurs in the needles' text but nowhere in the haystack's source
 * text, or contains a needle word that does not (`카카오뱅크` when the needles
 * say `카카오는` and the haystack's text never says `카카오`); a word mixing
 * Latin letters and Hangul counts as one word (`AI기본법`, although `AI` and
 * `기본법` are each in both texts); and two neighbouring words that only the
 * needles write together (`안전성 평가 결과 공개` when the haystack's text
 * never says `결과 공개`).
 */
export function needleOnlyWords(needleText: string, haystackText: string): (phrase: string) => boolean {
  const needles = needleText.toLowerCase();
  const haystack = haystackText.toLowerCase();
  const needleOnly = new Set(wordsOf(needleText).filter((w) => !haystack.includes(w)));
  const memo = new Map<string, boolean>();
  const ruledOut = (word: string) => {
    let known = memo.get(word);
    if (known === undefined) {
      known = (needles.includes(word) && !haystack.includes(word)) || containsAny(word, needleOnly);
      memo.set(word, known);
    }
    return known;
  };
  // A pair of words both texts use, written together only by the needles (`결과 공개`): the
  // generator's headline shapes were written from real headlines and would repeat a needle's own.
  const pairRuledOut = (pair: string) => needles.includes(pair) && !haystack.includes(pair);
  return (phrase) => wordsOf(phrase).some(ruledOut) || pairsOf(phrase.toLowerCase()).some(pairRuledOut);
}

function containsAny(word: string, words: ReadonlySet<string>): boolean {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= chars.length; j++) if (words.has(chars.slice(i, j).join(''))) return true;
  }
  return false;
}
