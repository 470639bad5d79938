/**
 * A title for a line that has no headline, cut from its lead sentence. The
 * result is always a prefix of the lead, minus a trailing comma, particle or
 * verb ending, so it never says anything the article does not.
 */
import { analyzeWord, type WordShape } from './morph';
import { sentenceSpans } from './sentences';
import { protectedMask, safeSlice } from './text';

/** Verb endings that turn a `noun + 하다` predicate back into the bare noun headlines use. */
const VERB_TAIL = /(?:하고|하며|하여|해|되며|되고|돼|하면서|했고|했으며|했다며|한다며|하는|하기로|한다고|했다고|하겠다고)$/u;
const DROPPABLE_PARTICLES = new Set(['topic', 'subject', 'object', 'locative', 'instrumental']);

/** How well a title reads when it ends on this word (higher is better). */
function endingQuality(w: WordShape): number {
  if (w.comma) return 3; // a clause boundary
  if (w.connective || w.quotative) return 3;
  if (w.finite) return 2.5;
  if (w.adnominal) return -1; // `…받은` needs its noun
  if (w.particle !== null) {
    if (w.leadOpener) return 0; // `지난해에` dangles
    return DROPPABLE_PARTICLES.has(w.particle) ? 2 : 0.5;
  }
  if (w.quoteClose) return 2;
  if (w.headlineFinal) return 2;
  return 1.5;
}

function tidyEnding(title: string): string {
  let out = title.replace(/[\s,，、·‧:;]+$/u, '');
  const space = out.lastIndexOf(' ');
  const last = out.slice(space + 1);
  const w = analyzeWord(last);
  const verb = VERB_TAIL.exec(last);
  // A bare `해` is also the end of nouns (올해, 피해); trust it only when the word analysis agrees.
  const verbOk = verb !== null && (verb[0] !== '해' || w.connective);
  if (verb && verbOk && /[가-힣]{2}$/u.test(last.slice(0, last.length - verb[0].length))) {
    out = out.slice(0, out.length - verb[0].length);
  } else if (
    w.particle !== null &&
    DROPPABLE_PARTICLES.has(w.particle) &&
    !w.leadOpener &&
    last.endsWith(w.particleText) &&
    last.length - w.particleText.length >= 2
  ) {
    out = out.slice(0, out.length - w.particleText.length);
  }
  return out;
}

/**
 * Derives a short title (at most `maxChars`) from the first sentence of `lead`,
 * ending at a clause or word boundary outside quotes and brackets.
 */
export function deriveTitle(lead: string, maxChars = 50): string {
  const text = lead.trim();
  if (text.length === 0) return '';
  const first = sentenceSpans(safeSlice(text, maxChars * 6))[0];
  const sentence = first ? text.slice(first.start, first.end) : text;
  if (sentence.length <= maxChars) {
    // Drop only a plain final period; a title keeps `?` and `!`.
    return /[^.]\.$/u.test(sentence) ? sentence.slice(0, -1) : sentence;
  }

  const mask = protectedMask(sentence);
  let best = -1;
  let bestScore = -Infinity;
  let wordStart = 0;
  for (let i = 0; i <= Math.min(maxChars, sentence.length - 1); i++) {
    if (sentence[i] !== ' ') continue;
    if (mask[i] === 0 && i > 0) {
      const score = endingQuality(analyzeWord(sentence.slice(wordStart, i))) + (2 * i) / maxChars;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    wordStart = i + 1;
  }
  if (best < 0) return safeSlice(sentence, maxChars);
  const tidy = tidyEnding(sentence.slice(0, best));
  return tidy.length > 0 ? tidy : sentence.slice(0, best);
}
