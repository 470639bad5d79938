/**
 * Groups body sentences into paragraphs for reading. Seed bodies have no
 * paragraph breaks, so this only sets a comfortable rhythm: a paragraph closes
 * after three sentences or once it passes ~250 characters.
 */
import { isCompleteSentence, splitSentences } from './sentences';

const TARGET_CHARS = 250;
const MAX_CHARS = 400;
const MAX_SENTENCES = 3;
/** An unfinished tail shorter than this joins the paragraph before it instead of standing alone. */
const SHORT_TAIL = 120;

/** Paragraphs of `body`; `toParagraphs(b).join(' ') === b`. */
export function toParagraphs(body: string): string[] {
  const sentences = splitSentences(body);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
    length = 0;
  };
  for (const sentence of sentences) {
    // Do not let one long sentence drag a full paragraph far past the limit.
    if (current.length > 0 && length + 1 + sentence.length > MAX_CHARS) flush();
    current.push(sentence);
    length += (current.length > 1 ? 1 : 0) + sentence.length;
    if (current.length >= MAX_SENTENCES || length >= TARGET_CHARS) flush();
  }
  flush();

  // The cut-off tail stays at the very end, attached to the last full paragraph when short.
  const last = paragraphs[paragraphs.length - 1];
  const before = paragraphs[paragraphs.length - 2];
  if (last !== undefined && before !== undefined && !isCompleteSentence(last) && splitSentences(last).length === 1 && last.length < SHORT_TAIL) {
    paragraphs.splice(paragraphs.length - 2, 2, `${before} ${last}`);
  }
  return paragraphs;
}
