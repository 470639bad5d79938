/**
 * The home page digest: the latest edition's main stories, then its other
 * stories in topic sections that follow the topic menu (topics.yaml order).
 */
import type { SiteIndex, EditionEntry } from './site-index';
import { rankMainStories } from './main-stories';
import { collapseToStoryItems, type StoryItem } from './stories';

export interface DigestSection {
  slug: string;
  name: string;
  /** The first few stories filed under this topic (not among the main stories). */
  items: StoryItem[];
  /** Stories of this edition filed under this topic and not shown here or among the main stories. */
  hidden: number;
  /** Articles of the topic in every edition (what its topic page lists). */
  topicCount: number;
}

export interface DigestLimits {
  /** Stories in the main list. */
  main: number;
  /** Stories shown in each topic section. */
  perSection: number;
}

export interface Digest {
  edition: EditionEntry;
  main: StoryItem[];
  sections: DigestSection[];
  /** Story items in the whole edition (a same-story group counts once). */
  total: number;
  /** Articles in the whole edition. */
  articleCount: number;
}

/**
 * Ranks the latest edition's story items (rankMainStories) and takes the
 * first `limits.main`; files every other item under its lead's first topic,
 * in edition order, and shows the first `limits.perSection` of each. Sections
 * follow the topic order of the site index. Null when there are no articles.
 */
export function buildDigest(index: SiteIndex, limits: DigestLimits): Digest | null {
  const edition = index.editions[0];
  if (!edition) return null;
  const list = index.byEdition.get(edition.stem) ?? [];
  const items = collapseToStoryItems(list, index.sameStoryGroup, index.byId);
  const main = rankMainStories(items, edition.stem, limits.main);
  const inMain = new Set(main);
  const bySlug = new Map<string, StoryItem[]>();
  for (const item of items) {
    if (inMain.has(item)) continue;
    const slug = item.lead.topics[0]!;
    const bucket = bySlug.get(slug);
    if (bucket) bucket.push(item);
    else bySlug.set(slug, [item]);
  }
  const perSection = Math.max(0, limits.perSection);
  const sections: DigestSection[] = [];
  for (const topic of index.topics) {
    const bucket = bySlug.get(topic.slug);
    if (!bucket) continue;
    sections.push({
      slug: topic.slug,
      name: topic.name,
      items: bucket.slice(0, perSection),
      hidden: Math.max(0, bucket.length - perSection),
      topicCount: topic.count,
    });
  }
  return { edition, main, sections, total: items.length, articleCount: list.length };
}
