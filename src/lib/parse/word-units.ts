/**
 * The words of a line's opening as the splitter sees them: spans between
 * spaces that are not inside quotes or brackets, each with its word shape
 * (`morph.ts`) analysed only when a scorer first reads it.
 */
import { analyzeWord, type WordShape } from './morph';
import { protectedMask, type Span } from './text';

export interface Unit extends Span {
  shape: WordShape;
}

/** Only the start of a line can hold a headline; analysing more is wasted work on long lines. */
const ANALYSIS_WINDOW = 2000;

/** Words separated by spaces that are not inside quotes or brackets. */
export function buildUnits(line: string): Unit[] {
  let limit = line.length;
  if (limit > ANALYSIS_WINDOW) {
    const space = line.lastIndexOf(' ', ANALYSIS_WINDOW);
    limit = space > 0 ? space : ANALYSIS_WINDOW;
  }
  const text = line.slice(0, limit);
  const mask = protectedMask(text);
  const units: Unit[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== ' ' || mask[i] === 1)) continue;
    if (i > start) units.push(lazyUnit(text, start, i));
    start = i + 1;
  }
  return units;
}

/** A unit whose word shape is analysed only when the scorer first looks at it. */
function lazyUnit(text: string, start: number, end: number): Unit {
  let shape: WordShape | undefined;
  return {
    start,
    end,
    get shape() {
      return (shape ??= analyzeWord(text.slice(start, end)));
    },
  };
}

/** Index of the unit that starts at character `pos`, or -1 when none does. */
export function unitStartingAt(units: readonly Unit[], pos: number): number {
  return units.findIndex((u) => u.start === pos);
}
