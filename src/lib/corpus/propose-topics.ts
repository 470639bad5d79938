/**
 * Topic proposals for the editor: when several articles left in the fallback
 * topic share key nouns, those nouns probably name a subject the taxonomy
 * lacks. Greedy grouping: the noun shared by the most fallback articles seeds
 * a group; the group's terms are the nouns at least two of its articles share.
 */
import type { SourceRef } from '../article-schema';

export interface FallbackArticle {
  id: string;
  title: string;
  source: SourceRef;
  /** Its key nouns, most frequent first. */
  nouns: readonly string[];
}

export interface TopicProposal {
  /** Shared nouns, most shared first: candidate keywords. */
  terms: string[];
  articles: Array<Pick<FallbackArticle, 'id' | 'title' | 'source'>>;
}

export function proposeTopics(articles: readonly FallbackArticle[], minArticles = 2, maxTerms = 8, maxProposals = 20): TopicProposal[] {
  const proposals: TopicProposal[] = [];
  let left = [...articles];
  while (proposals.length < maxProposals) {
    const byNoun = new Map<string, FallbackArticle[]>();
    for (const a of left) {
      for (const n of new Set(a.nouns)) {
        const list = byNoun.get(n);
        if (list) list.push(a);
        else byNoun.set(n, [a]);
      }
    }
    const seed = [...byNoun.entries()]
      .filter(([, list]) => list.length >= minArticles)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    if (!seed) break;
    const group = seed[1];
    const shared = new Map<string, number>();
    for (const a of group) for (const n of new Set(a.nouns)) shared.set(n, (shared.get(n) ?? 0) + 1);
    const terms = [...shared.entries()]
      .filter(([, count]) => count >= minArticles)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, maxTerms)
      .map(([n]) => n);
    proposals.push({ terms, articles: group.map(({ id, title, source }) => ({ id, title, source })) });
    const taken = new Set(group.map((a) => a.id));
    left = left.filter((a) => !taken.has(a.id));
  }
  return proposals;
}
