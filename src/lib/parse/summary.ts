/**
 * A short summary made of the body's complete lead sentences. The cut-off tail
 * of a seed line is never used, and a cut sentence is marked with `…` rather
 * than passed off as whole.
 */
import { isCompleteSentence, splitSentences } from './sentences';
import { cutAtWord } from './text';

const ELLIPSIS = '…';

function clipped(text: string, maxChars: number): string {
  const cut = cutAtWord(text, Math.max(1, maxChars - ELLIPSIS.length));
  return /(?:…|\.{3})$/u.test(cut) ? cut : cut + ELLIPSIS;
}

export function summarize(body: string, maxChars = 200): string {
  const text = body.trim();
  if (text.length === 0) return '';
  const complete: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (!isCompleteSentence(sentence)) break;
    complete.push(sentence);
  }
  const first = complete[0];
  if (first === undefined) return clipped(text, maxChars);
  if (first.length > maxChars) return clipped(first, maxChars);
  let summary = first;
  for (const sentence of complete.slice(1)) {
    if (summary.length + 1 + sentence.length > maxChars) break;
    summary += ` ${sentence}`;
  }
  return summary;
}
