/**
 * Low-level text helpers shared by the parse modules: character classes and
 * the quote/bracket matcher that tells which spaces sit inside a quotation or
 * a parenthetical (those spaces are never sentence or headline boundaries).
 */
import { isHangulSyllable } from '../korean/hangul';

/** Opening bracket or curly quote → its closing partner. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['（', '）'],
  ['［', '］'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['“', '”'],
  ['‘', '’'],
]);
const CLOSING_TO_OPENING: ReadonlyMap<string, string> = new Map([...PAIRS].map(([o, c]) => [c, o]));
/** Codes of every character findPairs reacts to; everything else is skipped cheaply. */
const PAIR_CODES: ReadonlySet<number> = new Set([...PAIRS.keys(), ...PAIRS.values(), '"', "'"].map((c) => c.charCodeAt(0)));

/**
 * A quotation or parenthetical longer than this is treated as unmatched. Seed
 * lines are cut off mid-sentence, so an opener often never closes; without a
 * cap one stray quote would swallow the rest of the line.
 */
export const MAX_PAIR_SPAN = 250;

/** Characters that may trail a sentence-final mark: closing quotes and brackets. */
export const TRAILING_CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '）', '］', '」', '』', '》', '〉', '】']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (/[A-Za-z0-9]/.test(ch) || isHangulSyllable(ch));
}

export interface Pair {
  open: number;
  close: number;
}

/**
 * Matches quotes and brackets in one linear pass. Curly quotes and brackets use
 * a stack; straight quotes (which look the same open and closed) pair up in
 * order, with apostrophes (`it's`) excluded by their letter neighbours.
 */
export function findPairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  const stack: { ch: string; pos: number }[] = [];
  let pendingDouble = -1;
  let pendingSingle = -1;

  for (let i = 0; i < text.length; i++) {
    if (!PAIR_CODES.has(text.charCodeAt(i))) continue;
    const ch = text[i] as string;
    if (PAIRS.has(ch)) {
      const top = stack[stack.length - 1];
      // Every entry below the top is older, so a stale top means a stale stack.
      if (top && i - top.pos > MAX_PAIR_SPAN) stack.length = 0;
      stack.push({ ch, pos: i });
      continue;
    }
    const opener = CLOSING_TO_OPENING.get(ch);
    if (opener !== undefined) {
      // Look a few entries down so one stray opener does not block the match.
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 3; k--) {
        const entry = stack[k] as { ch: string; pos: number };
        if (i - entry.pos > MAX_PAIR_SPAN) break;
        if (entry.ch === opener) {
          pairs.push({ open: entry.pos, close: i });
          stack.length = k;
          break;
        }
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      const before = text[i - 1];
      const after = text[i + 1];
      const latinBefore = before !== undefined && /[A-Za-z0-9]/.test(before);
      const latinAfter = after !== undefined && /[A-Za-z]/.test(after);
      if (ch === "'" && latinBefore && latinAfter) continue; // apostrophe: it's, KT's
      let pending = ch === '"' ? pendingDouble : pendingSingle;
      if (pending >= 0 && i - pending > MAX_PAIR_SPAN) pending = -1;
      if (pending >= 0 && before !== ' ' && !(ch === "'" && latinAfter)) {
        pairs.push({ open: pending, close: i });
        pending = -1;
      } else if (!isWordChar(before) && after !== undefined && after !== ' ') {
        pending = i;
      }
      if (ch === '"') pendingDouble = pending;
      else pendingSingle = pending;
    }
  }
  return pairs;
}

/**
 * Per-character flag: 1 when the character lies strictly inside a matched
 * quote or bracket pair. Built from a difference array, so it stays linear.
 */
export function protectedMask(text: string): Uint8Array {
  const diff = new Int32Array(text.length + 1);
  for (const { open, close } of findPairs(text)) {
    diff[open + 1] = (diff[open + 1] ?? 0) + 1;
    diff[close] = (diff[close] ?? 0) - 1;
  }
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += diff[i] ?? 0;
    mask[i] = depth > 0 ? 1 : 0;
  }
  return mask;
}

export interface Span {
  start: number;
  end: number;
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function safeSlice(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * Cuts `text` at the last word boundary within `max` characters (falling back
 * to a hard cut when the only boundary would leave less than half), and drops
 * dangling commas or middle dots so the cut reads cleanly.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  const cut = space >= max / 2 ? text.slice(0, space) : safeSlice(text, max);
  return cut.replace(/[\s,·‧:;]+$/u, '');
}
