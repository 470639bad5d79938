/**
 * Character-level helpers shared by the index side (Node) and the query side
 * (browser). No imports, no I/O: this file is bundled into the search page.
 *
 * Vocabulary used across src/lib/search:
 *  - word:  a whitespace-separated chunk of text (`‘AI디지털배움터’를`).
 *  - piece: a word cut at punctuation (`AI디지털배움터를`), written the way
 *           Pagefind indexes it: letters and digits only, Latin lower-cased
 *           (`R&D` → `rd`, `LGU+` → `lgu`).
 *  - run:   a piece cut where the script changes between Hangul and
 *           Latin/digits (`ai`, `디지털배움터를`).
 */
import { HANGUL_FIRST, HANGUL_LAST, isHangulSyllable } from '../korean/hangul';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** True when every character is a precomposed Hangul syllable. */
export function isHangulWord(s: string): boolean {
  if (!s) return false;
  for (const ch of s) if (!isHangulSyllable(ch)) return false;
  return true;
}

export function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= HANGUL_FIRST && c <= HANGUL_LAST) return true;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  return LETTER_OR_DIGIT.test(ch);
}

export function isLatinLetter(ch: string): boolean {
  return LATIN_LETTER.test(ch);
}

/** Unicode NFC plus full-width ASCII folded to ASCII (`ＡＩ` → `AI`). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Whitespace-separated words. */
export function splitWords(text: string): string[] {
  return normalizeText(text).split(/\s+/u).filter(Boolean);
}

/**
 * Cuts a word into pieces at punctuation, the way a reader reads `기후·환경`
 * or `과기정통부‧AI안전연구소` as separate words. `&` and `+` inside or after
 * Latin letters are not cuts (`R&D`, `LGU+` stay one piece); like Pagefind,
 * they are then dropped from the piece (`rd`, `lgu`).
 */
export function splitPieces(word: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isLetterOrDigit(ch)) {
      current += isLatinLetter(ch) ? ch.toLowerCase() : ch;
      continue;
    }
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const latinJoin =
      (ch === '&' && isLatinLetter(prev) && isLatinLetter(next)) || (ch === '+' && isLatinLetter(prev));
    if (latinJoin) continue;
    if (current) pieces.push(current);
    current = '';
  }
  if (current) pieces.push(current);
  return pieces;
}

/** How Pagefind itself keys a whole word: letters and digits only, lower-cased. */
export function pagefindWordKey(word: string): string {
  let out = '';
  for (const ch of normalizeText(word)) {
    if (isLetterOrDigit(ch)) out += ch.toLowerCase();
  }
  return out;
}

export type RunScript = 'hangul' | 'other';

export interface Run {
  text: string;
  script: RunScript;
}

/** Splits a piece where Hangul meets Latin letters or digits (`ai기본법` → `ai`, `기본법`). */
export function splitRuns(piece: string): Run[] {
  const runs: Run[] = [];
  for (const ch of piece) {
    const script: RunScript = isHangulSyllable(ch) ? 'hangul' : 'other';
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += ch;
    else runs.push({ text: ch, script });
  }
  return runs;
}

/** Number of characters (code points); for Hangul that is the syllable count. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Whether a token is long enough to be worth indexing or searching on its own. */
export function isSubstantial(token: string): boolean {
  if (!token) return false;
  if (/^\d+$/.test(token)) return true;
  return charLength(token) >= 2;
}
