/**
 * Applies an editor's correction to a line's parts. Text stays where it was:
 * a corrected headline boundary re-cuts the same line, and a corrected title,
 * deck, label or byline replaces only what the reader sees as that part.
 */
import type { Correction } from '../editorial/schema';
import { parseByline } from '../parse/byline';
import { isCompleteSentence } from '../parse/sentences';
import { splitArticle, type ArticleParts } from '../parse/split-article';

/** The line cut so that its first `chars` characters are the headline and the rest the body. */
export function splitAtHeadline(line: string, chars: number): ArticleParts {
  const cut = Math.min(Math.max(1, chars), line.length);
  const title = line.slice(0, cut).trim();
  const body = line.slice(cut).trim();
  if (title.length === 0 || body.length === 0) return splitArticle(line);
  return { title, titleDerived: false, deck: [], body, truncated: !isCompleteSentence(body) };
}

export function applyCorrection(line: string, parts: ArticleParts, correction: Correction): ArticleParts {
  const out: ArticleParts = correction.headlineChars !== undefined ? splitAtHeadline(line, correction.headlineChars) : { ...parts };
  if (correction.title !== undefined) {
    out.title = correction.title;
    out.titleDerived = false;
  }
  if (correction.deck !== undefined) out.deck = correction.deck;
  if (correction.label !== undefined) {
    if (correction.label === '') delete out.label;
    else out.label = correction.label;
  }
  if (correction.byline !== undefined) {
    if (correction.byline === '') delete out.byline;
    else out.byline = parseByline(correction.byline);
  }
  return out;
}
