/**
 * Korean sentence segmentation for cleaned seed text (single spaces, trimmed).
 *
 * A sentence ends only at a space, so the pieces always rejoin with single
 * spaces into the input. The space must follow a terminal mark (`.`, `?`, `!`)
 * plus any closing quotes or brackets, and must not sit inside a matched
 * quotation or parenthetical.
 */
import { protectedMask, TRAILING_CLOSERS, type Span } from './text';

const TERMINALS = new Set(['.', '?', '!', '。', '？', '！']);

/** Latin abbreviations whose period does not end a sentence. */
const ABBREVIATION =
  /^(?:[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Inc|Ltd|Co|Corp|vs|etc|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|Gov|Rep|Sen|Dept|Univ)\.$/i;
const DOTTED_INITIALS = /^(?:[A-Za-z]\.){2,}$/; // U.S., e.g., i.e.
/** `1.` list numbers and `2025. 12. 30.` dates. */
const NUMBER_WITH_DOT = /^\d{1,4}\.$/;
/** A quotation followed by a quoting particle continues the same sentence. */
const QUOTE_CONTINUATION = /^(?:이?라(?:고|며|는|면서)|고|며|하며|하고)(?:$|[\s,.])/;

function endsSentenceAt(text: string, space: number, wordStart: number, mask: Uint8Array): boolean {
  if (mask[space] === 1) return false;
  let j = space - 1;
  while (j >= wordStart && TRAILING_CLOSERS.has(text[j] as string)) j--;
  if (j < wordStart) return false;
  const mark = text[j] as string;
  if (!TERMINALS.has(mark)) return false;
  const closed = j < space - 1;
  if (closed && QUOTE_CONTINUATION.test(text.slice(space + 1, space + 8))) return false;
  if (mark !== '.') return true;

  if (text[j - 1] === '.') return false; // `...` is an ellipsis, not a stop
  const token = text.slice(wordStart, j + 1).replace(/^[^A-Za-z0-9가-힣]+/u, '');
  if (ABBREVIATION.test(token) || DOTTED_INITIALS.test(token) || NUMBER_WITH_DOT.test(token)) return false;
  // In Latin text a new sentence starts with a capital; `approx. five` does not.
  const before = text[j - 1];
  const next = text[space + 1];
  if (before !== undefined && /[A-Za-z]/.test(before) && next !== undefined && /[a-z]/.test(next)) return false;
  return true;
}

/** Character spans of the sentences in `text` (each span excludes the separating space). */
// Ingest asks for the same body's sentences several times in a row (split,
// paragraphs, summary, figures): remember the last answer.
let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

export function sentenceSpans(text: string): Span[] {
  if (text !== lastText) {
    lastSpans = computeSentenceSpans(text);
    lastText = text;
  }
  return lastSpans.map((span) => ({ ...span }));
}

function computeSentenceSpans(text: string): Span[] {
  if (text.length === 0) return [];
  const mask = protectedMask(text);
  const spans: Span[] = [];
  let start = 0;
  let wordStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ') continue;
    if (i > start && endsSentenceAt(text, i, wordStart, mask)) {
      spans.push({ start, end: i });
      start = i + 1;
    }
    wordStart = i + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Splits `text` into sentences; `splitSentences(t).join(' ') === t`. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(({ start, end }) => text.slice(start, end));
}

const COMPLETE = /[.?!。？！]["'”’)\]}）］」』》〉】]*$/u;

/**
 * True when `s` ends with terminal punctuation, optionally followed by closing
 * quotes or brackets. An ellipsis (`...`, `…`) is a pause, not an end.
 */
export function isCompleteSentence(s: string): boolean {
  const t = s.trimEnd();
  if (!COMPLETE.test(t)) return false;
  return !/\.\.["'”’)\]}）］」』》〉】]*$/u.test(t);
}

export type Register = 'polite' | 'plain' | 'other';

/**
 * The speech level a complete sentence ends in. News bodies use the plain
 * `-다.`; series intros and notices use the polite `-니다.` / `-요.`.
 */
export function sentenceRegister(s: string): Register {
  const t = s.trimEnd().replace(/["'”’)\]}）］」』》〉】]+$/u, '');
  if (/(?:니다|니까|세요|까요|어요|아요|에요|예요|해요|죠|요)[.?!]$/u.test(t)) return 'polite';
  if (/다[.?!]$/u.test(t)) return 'plain';
  return 'other';
}
