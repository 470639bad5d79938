/** Same-story grouping, related articles and previous/next picks. */
import type { Article } from '../article-schema';

export interface StoryItem {
  /** The article that represents the story (the first with a real headline). */
  lead: Article;
  /** The other reports of the same story, anywhere in the corpus. */
  others: Article[];
}

/**
 * Turns an ordered list into story items: each same-story group appears once,
 * at the position of its first member in `list`. The lead is the first member
 * present in `list` with a real (not derived) title, else the first present.
 */
export function collapseToStoryItems(
  list: readonly Article[],
  groupOf: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, Article>,
): StoryItem[] {
  const inList = new Map(list.map((a, i) => [a.id, i]));
  const done = new Set<string>();
  const items: StoryItem[] = [];
  for (const article of list) {
    if (done.has(article.id)) continue;
    const ids = groupOf.get(article.id) ?? [article.id];
    for (const id of ids) done.add(id);
    const present = ids
      .filter((id) => inList.has(id))
      .sort((a, b) => inList.get(a)! - inList.get(b)!)
      .map((id) => byId.get(id) ?? article);
    const lead = present.find((a) => !a.titleDerived) ?? present[0] ?? article;
    const others = ids
      .filter((id) => id !== lead.id)
      .map((id) => byId.get(id))
      .filter((a): a is Article => a !== undefined);
    items.push({ lead, others });
  }
  return items;
}

/** Every other article in `article`'s same-story group, in corpus order. */
export function sameStoryOf(
  article: Article,
  groupOf: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, Article>,
): Article[] {
  return (groupOf.get(article.id) ?? [])
    .filter((id) => id !== article.id)
    .map((id) => byId.get(id))
    .filter((a): a is Article => a !== undefined);
}

/**
 * Related articles that exist, without the article itself, its same-story
 * group or duplicates, in the order the ingest ranked them.
 */
export function relatedOf(
  article: Article,
  byId: ReadonlyMap<string, Article>,
  groupOf: ReadonlyMap<string, readonly string[]>,
  limit: number,
): Article[] {
  const skip = new Set(groupOf.get(article.id) ?? []);
  skip.add(article.id);
  const out: Article[] = [];
  for (const id of article.related) {
    if (out.length >= limit) break;
    if (skip.has(id)) continue;
    const found = byId.get(id);
    if (!found) continue;
    skip.add(id);
    out.push(found);
  }
  return out;
}

/** The articles before and after `id` in an ordered list (e.g. its edition). */
export function prevNext<T extends { id: string }>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const i = list.findIndex((a) => a.id === id);
  if (i < 0) return {};
  const out: { prev?: T; next?: T } = {};
  if (i > 0) out.prev = list[i - 1]!;
  if (i < list.length - 1) out.next = list[i + 1]!;
  return out;
}
