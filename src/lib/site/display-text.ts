/** Small text helpers for what a page shows (all input is treated as plain text). */

/** Collapses runs of whitespace into single spaces and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens `text` to at most `max` characters (code points, so Hangul and
 * surrogate pairs are never split), ending with `…` when cut. Prefers to cut
 * at a space in the last fifth so words stay whole.
 */
export function clip(text: string, max: number): string {
  const squashed = squash(text);
  // A string has at least as many UTF-16 units as code points, so a short one
  // needs no cut, and a long one only needs its first 2×max units examined.
  if (squashed.length <= max) return squashed;
  const chars = Array.from(squashed.slice(0, 2 * max));
  if (chars.length <= max && squashed.length <= 2 * max) return squashed;
  let cut = chars.slice(0, Math.max(1, max - 1));
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace >= Math.floor(cut.length * 0.8)) cut = cut.slice(0, lastSpace);
  return `${cut.join('').replace(/[\s.,·…]+$/u, '')}…`;
}

/** A meta description: one line, at most 150 characters. */
export function metaDescription(...candidates: (string | undefined)[]): string {
  const text = candidates.map((c) => (c ? squash(c) : '')).find((c) => c.length > 0) ?? '';
  return clip(text, 150);
}

/** `2026-01-12` → `2026년 1월 12일`; anything else is returned unchanged. */
export function formatKoreanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}년 ${Number(m[2])}월 ${Number(m[3])}일`;
}

/** `1234` → `1,234` (Korean locale grouping without depending on ICU data). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text of a piece of HTML the site itself rendered (an article body):
 * tags become spaces, character references are decoded, whitespace squashed.
 * Not a sanitiser; only for counting and reading text.
 */
export function htmlText(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
  return squash(text);
}
