/**
 * Content similarity alone leaves some articles with no "related" list in a
 * small corpus. Top such lists up with articles that share a topic, newest
 * edition first, so every article page offers a next read.
 */

export interface TopicFillInput {
  id: string;
  topics: readonly string[];
  edition: string;
  related: string[];
  sameStory: readonly string[];
}

export function fillRelatedByTopic(articles: readonly TopicFillInput[], wanted: number): void {
  const byTopic = new Map<string, TopicFillInput[]>();
  for (const article of articles) {
    for (const topic of article.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(article);
      else byTopic.set(topic, [article]);
    }
  }
  // Newest edition first, then id, so the choice is stable.
  for (const list of byTopic.values()) list.sort((a, b) => (a.edition < b.edition ? 1 : a.edition > b.edition ? -1 : a.id < b.id ? -1 : 1));

  for (const article of articles) {
    if (article.related.length >= wanted) continue;
    const taken = new Set([article.id, ...article.related, ...article.sameStory]);
    outer: for (const topic of article.topics) {
      for (const candidate of byTopic.get(topic) ?? []) {
        if (article.related.length >= wanted) break outer;
        if (taken.has(candidate.id)) continue;
        taken.add(candidate.id);
        article.related.push(candidate.id);
      }
    }
  }
}
