/**
 * Line breaking for share cards, like CSS `word-break: keep-all`: Korean text
 * breaks only between words (at spaces), never inside one. Text that does not
 * fit in its lines is shortened at a word boundary and ends in `…`. Widths come
 * from a measuring function (the card font's advance widths), so nothing here
 * depends on a font or a renderer.
 */

/** Width of `text` in pixels at the size being laid out. */
export type Measure = (text: string) => number;

export interface FittedText {
  lines: string[];
  /** True when the text was shortened (the last line ends in `…`). */
  truncated: boolean;
  /** True when a single word was wider than a line and had to be cut. */
  brokeWord: boolean;
}

export const ELLIPSIS = '…';

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/** The longest grapheme prefix of `word` that, followed by `suffix`, fits. */
function cutToFit(word: string, suffix: string, measure: Measure, maxWidth: number): string {
  const parts = graphemes(word);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(parts.slice(0, mid).join('') + suffix) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return parts.slice(0, lo).join('');
}

/** Ends `line` with an ellipsis, dropping whole words from its end until it fits. */
function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) words.pop();
  const joined = words.join(' ');
  if (measure(`${joined}${ELLIPSIS}`) <= maxWidth) return `${joined}${ELLIPSIS}`;
  return `${cutToFit(joined, ELLIPSIS, measure, maxWidth)}${ELLIPSIS}`;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`.
 * A word wider than a whole line is cut (`brokeWord`); callers try a smaller
 * size first (see fitTextAtSizes).
 */
export function fitText(text: string, measure: Measure, maxWidth: number, maxLines: number): FittedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let brokeWord = false;
  let current = '';
  for (let word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    while (measure(word) > maxWidth) {
      brokeWord = true;
      const head = cutToFit(word, '', measure, maxWidth) || graphemes(word)[0]!;
      lines.push(head);
      word = word.slice(head.length);
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false, brokeWord };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, measure, maxWidth);
  return { lines: kept, truncated: true, brokeWord };
}

export interface SizedText extends FittedText {
  size: number;
}

/**
 * The largest of `sizes` (descending) at which the whole text fits without
 * cutting a word; else the smallest size, shortened with an ellipsis.
 */
export function fitTextAtSizes(
  text: string,
  measureAt: (size: number) => Measure,
  sizes: readonly number[],
  maxWidth: number,
  maxLines: number,
): SizedText {
  let last: SizedText | undefined;
  for (const size of sizes) {
    last = { size, ...fitText(text, measureAt(size), maxWidth, maxLines) };
    if (!last.truncated && !last.brokeWord) return last;
  }
  if (!last) throw new Error('fitTextAtSizes: no sizes');
  return last;
}
