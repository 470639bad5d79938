/**
 * Typing Korean with an IME: while a syllable is being composed the box holds
 * a bare jamo at the end (`특ㄱ` on the way to `특구`, `과기정ㅌ` on the way to
 * `과기정통부`). Searching that would find nothing and blank the results on
 * every other keystroke, so the page searches what is settled: the query
 * without its trailing jamo. A query of jamo only keeps what is shown.
 */

/** Hangul Compatibility Jamo (what IMEs show while composing) and the conjoining jamo blocks. */
const BARE_JAMO = /[\u3131-\u318E\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]+$/u;

export interface SettledQuery {
  /** What to search: the query without the syllable being composed, trimmed. */
  query: string;
  /** True when a trailing bare jamo was cut off (the reader is mid-syllable). */
  composing: boolean;
}

export function settledQuery(raw: string): SettledQuery {
  const trimmed = raw.trim();
  const cut = trimmed.replace(BARE_JAMO, '');
  return { query: cut.trim(), composing: cut !== trimmed };
}
