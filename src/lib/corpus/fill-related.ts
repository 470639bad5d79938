/**
 * Content similarity alone leaves some articles with a short "related" list in
 * a small corpus. Top such lists up, in order of how telling the link is: what
 * the same story's other reports relate to, then articles sharing a topic
 * (newest edition first), then the rest of the same edition.
 */

export interface FillInput {
  id: string;
  topics: readonly string[];
  edition: string;
  related: string[];
  sameStory: readonly string[];
}

function newestFirst(a: FillInput, b: FillInput): number {
  if (a.edition !== b.edition) return a.edition < b.edition ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function groupBy(articles: readonly FillInput[], keys: (a: FillInput) => readonly string[]): Map<string, FillInput[]> {
  const groups = new Map<string, FillInput[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const list = groups.get(key);
      if (list) list.push(article);
      else groups.set(key, [article]);
    }
  }
  for (const list of groups.values()) list.sort(newestFirst);
  return groups;
}

export function fillRelated(articles: readonly FillInput[], wanted: number): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byTopic = groupBy(articles, (a) => a.topics);
  const byEdition = groupBy(articles, (a) => [a.edition]);
  // Snapshot the similarity-based lists so same-story borrowing doesn't chain.
  const similar = new Map(articles.map((a) => [a.id, [...a.related]]));

  for (const article of articles) {
    if (article.related.length >= wanted) continue;
    const taken = new Set([article.id, ...article.related, ...article.sameStory]);
    const offer = (id: string) => {
      if (article.related.length >= wanted || taken.has(id) || !byId.has(id)) return;
      taken.add(id);
      article.related.push(id);
    };
    for (const member of article.sameStory) for (const id of similar.get(member) ?? []) offer(id);
    for (const topic of article.topics) for (const other of byTopic.get(topic) ?? []) offer(other.id);
    for (const other of byEdition.get(article.edition) ?? []) offer(other.id);
  }
}
