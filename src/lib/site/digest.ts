/** The home page digest: the latest edition's stories, capped, in topic sections. */
import type { SiteIndex, EditionEntry } from './site-index';
import { groupSameStory, type StoryItem } from './stories';

export interface DigestSection {
  slug: string;
  name: string;
  items: StoryItem[];
}

export interface Digest {
  edition: EditionEntry;
  sections: DigestSection[];
  /** Story items shown (a same-story group counts once). */
  shown: number;
  /** Story items in the whole edition. */
  total: number;
  /** Articles in the whole edition. */
  articleCount: number;
}

/**
 * Takes the first `limit` story items of the latest edition (seed order) and
 * files each under its lead's first topic; sections follow topics.yaml order.
 * Returns null when there are no articles at all.
 */
export function buildDigest(index: SiteIndex, limit: number): Digest | null {
  const edition = index.editions[0];
  if (!edition) return null;
  const list = index.byEdition.get(edition.stem) ?? [];
  const items = groupSameStory(list, index.sameStoryGroup, index.byId);
  const shownItems = items.slice(0, Math.max(0, limit));
  const bySlug = new Map<string, StoryItem[]>();
  for (const item of shownItems) {
    const slug = item.lead.topics[0]!;
    const bucket = bySlug.get(slug);
    if (bucket) bucket.push(item);
    else bySlug.set(slug, [item]);
  }
  const sections: DigestSection[] = [];
  for (const topic of index.topics) {
    const bucket = bySlug.get(topic.slug);
    if (bucket) sections.push({ slug: topic.slug, name: topic.name, items: bucket });
  }
  return { edition, sections, shown: shownItems.length, total: items.length, articleCount: list.length };
}
