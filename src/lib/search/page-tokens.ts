/** The extra search tokens of each page, pruned against what Pagefind indexes anyway and against the whole site (pure). */
import type { Analyzer } from './analyzer';
import { broadSuffixes, pagefindKeys, pruneTokens, rareJoins, type BroadSuffixOptions, type RareJoinOptions } from './token-pruning';
import { encodePage, type EncodedPage } from './search-document-html';
import type { SearchPage } from './pages';

/**
 * What the extra tokens are, summed over pages after pruning: compound
 * suffixes by the boundary source that gave them, and what the document
 * frequency limits dropped.
 */
export interface TokenMix {
  /** Tokens kept over all pages. */
  kept: number;
  /** Compound suffixes only the dictionary gave / only the corpus boundaries gave / both. */
  dictionarySuffixes: number;
  corpusSuffixes: number;
  bothSuffixes: number;
  /** Every other token: inner script runs, joined neighbours, synonym members. */
  other: number;
  /** Page-tokens dropped as too broad (compound suffixes on too many pages) and as rare joins. */
  droppedBroad: number;
  droppedRareJoins: number;
  /** Distinct suffix tokens dropped as too broad, the commonest first (up to 12). */
  broadExamples: string[];
}

export const EMPTY_MIX: TokenMix = {
  kept: 0,
  dictionarySuffixes: 0,
  corpusSuffixes: 0,
  bothSuffixes: 0,
  other: 0,
  droppedBroad: 0,
  droppedRareJoins: 0,
  broadExamples: [],
};

/** Extra tokens per page (title tokens first), with compound suffixes that are too broad removed. */
export function pageTokens(
  analyzer: Analyzer,
  pages: readonly SearchPage[],
  joins: RareJoinOptions = {},
  encoded: readonly EncodedPage[] = pages.map(encodePage),
  mix?: TokenMix,
  broad: BroadSuffixOptions = {},
): { title: string[]; body: string[] }[] {
  const perPage = pages.map((page, i) => {
    const title = analyzer.analyzeTokens(page.title);
    const body = analyzer.analyzeTokens(page.text);
    // The keys Pagefind gives the page's encoded text: a token one of them starts with adds nothing.
    const keys = pagefindKeys(encoded[i]!.text);
    const titleTokens = pruneTokens(title.tokens, keys);
    const titleSet = new Set(titleTokens);
    const bodyTokens = pruneTokens(body.tokens, keys).filter((t) => !titleSet.has(t));
    return {
      titleTokens,
      bodyTokens,
      tokens: [...titleTokens, ...bodyTokens],
      suffixOnly: new Set([...title.suffixOnly, ...body.suffixOnly]),
      joinOnly: new Set([...title.joinOnly, ...body.joinOnly]),
      dictionaryOnly: new Set([...title.dictionaryOnly, ...body.dictionaryOnly]),
      corpusOnly: new Set([...title.corpusOnly, ...body.corpusOnly]),
    };
  });
  const broadSet = broadSuffixes(perPage, broad);
  const rareSet = rareJoins(perPage, joins);
  const keep = (t: string) => !broadSet.has(t) && !rareSet.has(t);
  const kept = perPage.map((p) => ({ title: p.titleTokens.filter(keep), body: p.bodyTokens.filter(keep) }));
  if (mix) {
    const broadCounts = new Map<string, number>();
    perPage.forEach((p, i) => {
      for (const t of p.tokens) {
        if (broadSet.has(t)) {
          mix.droppedBroad += 1;
          broadCounts.set(t, (broadCounts.get(t) ?? 0) + 1);
        } else if (rareSet.has(t)) mix.droppedRareJoins += 1;
      }
      for (const t of [...kept[i]!.title, ...kept[i]!.body]) {
        mix.kept += 1;
        if (!p.suffixOnly.has(t)) mix.other += 1;
        else if (p.dictionaryOnly.has(t)) mix.dictionarySuffixes += 1;
        else if (p.corpusOnly.has(t)) mix.corpusSuffixes += 1;
        else mix.bothSuffixes += 1;
      }
    });
    mix.broadExamples = [...broadCounts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([t]) => t);
  }
  return kept;
}
