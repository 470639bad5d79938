/** What a card says under its title, and how long an article is, in words a reader can use. */
import { splitSentences } from '../parse/sentences';
import { formatCount, squash } from './display-text';

/**
 * The summary a card shows under `title`. A derived title is the start of the
 * lead's first sentence, which is also where the summary starts; repeating it
 * right under the title says nothing new, so that sentence is left out. When
 * the summary has nothing else, what the title left out of that sentence is
 * shown after `…`. A real headline keeps the summary as it is.
 */
export function cardSummary(title: string, titleDerived: boolean, summary: string): string {
  const text = squash(summary);
  if (!titleDerived || text.length === 0) return text;
  const head = squash(title);
  if (!text.startsWith(head)) return text;
  const [first = '', ...rest] = splitSentences(text);
  if (rest.length > 0) return rest.join(' ');
  const remainder = first.slice(head.length).trim();
  return remainder.length > 0 ? `…${remainder}` : '';
}

/**
 * The length of an article's text, honestly: `약 600자`, and `원문 일부, 약 600자`
 * when the source line was cut off. Counted in characters without spaces,
 * rounded to tens below 100 and to hundreds above.
 */
export function lengthLabel(text: string, truncated: boolean): string {
  const chars = Array.from(text.replace(/\s+/gu, '')).length;
  const step = chars < 100 ? 10 : 100;
  const rounded = Math.max(step, Math.round(chars / step) * step);
  return `${truncated ? '원문 일부, ' : ''}약 ${formatCount(rounded)}자`;
}
