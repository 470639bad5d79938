/**
 * Excerpts and highlights for search results, computed in the browser from the
 * article's real text (the part of Pagefind's stored content before the token
 * block, see SENTINEL). Highlights are substrings, so `특구` is marked inside
 * `연구개발특구를` and `무선충전` marks `무선 충전`.
 *
 * Output is plain data (segments of text, some marked); the page turns it into
 * DOM nodes with textContent, never innerHTML.
 */
import { decodeIndexedText } from './indexed-text';
import { isLetterOrDigit, normalizeText, pagefindWordKey } from './word-pieces';

/** Separates the article text from the extra search tokens in Pagefind's stored content. */
export const SENTINEL = '⁂';

/** The readable part of Pagefind's stored content (everything before the token block), decoded (indexed-text.ts). */
export function readableContent(content: string): string {
  const at = content.indexOf(SENTINEL);
  return normalizeText(decodeIndexedText(at >= 0 ? content.slice(0, at) : content))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAP = '[\\s&+.·\\-]?';

/** A matcher for the given forms: case-insensitive, spacing-insensitive, Latin forms on word edges. */
export function createHighlighter(forms: readonly string[]): (text: string) => Range[] {
  const keys = [...new Set(forms.map(pagefindWordKey).filter((k) => k.length > 0))].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return () => [];
  const source = keys
    .map((key) => {
      const chars = [...key];
      let body = chars.map(escapeRegExp).join(GAP);
      if (/[a-z0-9]/.test(chars[0]!)) body = `(?<![A-Za-z0-9])${body}`;
      if (/[a-z0-9]/.test(chars[chars.length - 1]!) && chars.length <= 3) body = `${body}(?![A-Za-z0-9])`;
      return body;
    })
    .join('|');
  const re = new RegExp(source, 'giu');
  return (text: string) => {
    const ranges: Range[] = [];
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      ranges.push({ start: m.index!, end: m.index! + m[0].length });
    }
    return ranges;
  };
}

export interface Excerpt {
  segments: Segment[];
  /** Ranges (in `text`) that the excerpt shows marked. */
  shown: Range[];
}

function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space >= 0 && at - space <= 20 ? space + 1 : at;
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(' ', at);
  return space >= 0 && space - at <= 20 ? space : at;
}

/**
 * `text` is `readableContent(...)` and `ranges` come from a highlighter run on it.
 * The window of about `length` characters with the most (and most varied)
 * matches, snapped to spaces, with `…` where text was cut.
 */
export function buildExcerpt(text: string, ranges: readonly Range[], length = 150): Excerpt {
  if (text.length <= length) return toExcerpt(text, 0, text.length, ranges);
  if (ranges.length === 0) return toExcerpt(text, 0, snapEnd(text, length), []);
  let bestStart = 0;
  let bestScore = -1;
  for (const r of ranges) {
    const start = Math.max(0, Math.min(r.start - Math.floor(length / 5), text.length - length));
    const end = start + length;
    const inside = ranges.filter((o) => o.start >= start && o.end <= end);
    const distinct = new Set(inside.map((o) => text.slice(o.start, o.end).toLowerCase())).size;
    const score = distinct * 10 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  const start = snapStart(text, bestStart);
  const end = snapEnd(text, Math.min(text.length, start + length));
  return toExcerpt(text, start, end, ranges);
}

/** The whole text as segments with the ranges marked (for titles). */
export function markRanges(text: string, ranges: readonly Range[]): Segment[] {
  return toExcerpt(text, 0, text.length, ranges).segments;
}

function toExcerpt(text: string, start: number, end: number, ranges: readonly Range[]): Excerpt {
  const segments: Segment[] = [];
  const shown: Range[] = [];
  if (start > 0) segments.push({ text: '… ', mark: false });
  let at = start;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end) continue;
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: false });
    segments.push({ text: text.slice(r.start, r.end), mark: true });
    shown.push(r);
    at = r.end;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return { segments, shown };
}

/** Percent-encodes a text-directive value (`-`, `,` and `&` are syntax there). */
export function encodeTextDirective(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D');
}

/** The run of letters and digits around a range (browsers match text fragments on word edges). */
function pieceAround(text: string, r: Range): Range {
  let start = r.start;
  let end = r.end;
  while (start > 0 && isLetterOrDigit(text[start - 1]!)) start--;
  while (end < text.length && isLetterOrDigit(text[end]!)) end++;
  return { start, end };
}

/**
 * A URL text fragment (`#:~:text=…`) that makes the browser highlight the
 * matched words on the article page, with no script on that page (the reader
 * clears the highlight by clicking anywhere). Browsers only match whole words,
 * so each directive names the letters-and-digits run around a match
 * (`연구개발특구를` for a match on `특구`). When a space precedes it, the word
 * before is added as context (`prefix-,`), so the highlight lands where the
 * excerpt came from rather than on an earlier mention (the title, the
 * breadcrumbs); a plain directive for the first word follows as a fallback in
 * case the context differs on the page.
 */
export function textFragmentFor(text: string, ranges: readonly Range[], maxWords = 3): string {
  const directives: string[] = [];
  const seen = new Set<string>();
  let fallback = '';
  for (const r of ranges) {
    if (seen.size >= maxWords) break;
    const piece = pieceAround(text, r);
    const target = text.slice(piece.start, piece.end);
    if (!target || seen.has(target)) continue;
    seen.add(target);
    let prefix = '';
    if (piece.start >= 2 && text[piece.start - 1] === ' ') {
      const from = text.lastIndexOf(' ', piece.start - 2) + 1;
      prefix = text.slice(from, piece.start - 1);
    }
    if (prefix) directives.push(`text=${encodeTextDirective(prefix)}-,${encodeTextDirective(target)}`);
    else directives.push(`text=${encodeTextDirective(target)}`);
    if (!fallback) fallback = `text=${encodeTextDirective(target)}`;
  }
  if (directives.length === 0) return '';
  if (fallback && !directives.includes(fallback)) directives.push(fallback);
  return `#:~:${directives.join('&')}`;
}

/**
 * Pagefind's excerpt is text with `<` and `>` escaped plus its own
 * `<mark>`…`</mark>` tags. Split on those tags and decode the two entities,
 * without ever parsing it as HTML.
 */
export function parsePagefindExcerpt(excerpt: string): Segment[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const out: Segment[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) out.push({ text: decode(part), mark: marked });
  }
  return out;
}
