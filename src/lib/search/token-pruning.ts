/**
 * Which of a page's extra tokens go into the index: those Pagefind does not
 * already match through the page's own words, and, over the whole site, not the
 * compound suffixes that would add too many pages to a query nor the rare
 * joined pairs (page-tokens.ts applies them).
 */
import { charLength, normalizeText, pagefindWordKey } from './word-pieces';

/** Pagefind's keys for the words of a text (what it indexes without our help). */
export function pagefindKeys(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/u)
    .map(pagefindWordKey)
    .filter(Boolean);
}

/**
 * Drops tokens Pagefind would already match on this page: a token that equals
 * or starts one of the page's own words (Pagefind matches by prefix).
 */
export function pruneTokens(tokens: readonly string[], pageKeys: Iterable<string>): string[] {
  const sorted = [...new Set(pageKeys)].sort();
  const coveredByPrefix = (t: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(t);
  };
  return tokens.filter((t) => !coveredByPrefix(t));
}

export interface BroadSuffixOptions {
  /** Largest share of pages a suffix token may add a page to (default 0.25). */
  maxShare?: number;
  /** Never drop a suffix found on this many pages or fewer (default 10), so small sites keep theirs. */
  floor?: number;
}

export interface RareJoinOptions {
  /** Pages a joined pair must occur on to be kept (default 2). */
  minPages?: number;
  /** Joined forms this short (in characters) are kept even when rare (default 4: `무선충전`, `정보보호`). */
  keepUpTo?: number;
}

/**
 * Joined adjacent-word tokens that occur on fewer than `minPages` pages. Most
 * adjacent pairs occur once and would each add a word to the index; short
 * joins (the forms readers actually type as one word) are kept regardless.
 */
export function rareJoins(pages: readonly { tokens: readonly string[]; joinOnly: ReadonlySet<string> }[], options: RareJoinOptions = {}): Set<string> {
  const minPages = options.minPages ?? 2;
  const keepUpTo = options.keepUpTo ?? 4;
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const t of page.tokens) if (page.joinOnly.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([t, n]) => n < minPages && charLength(t) > keepUpTo).map(([t]) => t));
}

/**
 * Suffix tokens that would add too many pages to a query's results: counted
 * over pages where only a compound suffix (not the text itself) makes the
 * page match. Those are dropped from every page.
 */
export function broadSuffixes(
  pages: readonly { tokens: readonly string[]; suffixOnly: ReadonlySet<string> }[],
  options: BroadSuffixOptions = {},
): Set<string> {
  const maxShare = options.maxShare ?? 0.25;
  const floor = options.floor ?? 10;
  const limit = Math.max(floor, Math.floor(maxShare * pages.length));
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const t of page.tokens) if (page.suffixOnly.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > limit).map(([t]) => t));
}
