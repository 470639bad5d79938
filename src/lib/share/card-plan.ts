/**
 * Which share cards a build renders and which card each page shows. Every
 * page type has one: the home page, each list page, each topic, each edition
 * and the newest `share.articleCards` articles, each organisation. A build
 * draws at most `share.maxCards`, in that order (editions each followed by its
 * articles, newest first), which bounds a cold build's cost;
 * a page left without a card shows its edition's card, else the home card
 * (see shareImageFor).
 */
import type { SiteSettings } from '../site/settings';
import type { EditionEntry, SiteIndex } from '../site/site-index';
import { formatCount } from '../site/display-text';

/** What a card shows besides the site's brand and name (which every card has). */
export interface CardSpec {
  /** A short line above the title: what the page is. */
  eyebrow: string;
  /** The page's title, as the page shows it. */
  title: string;
  /** Topic names shown as chips under the title. */
  tags: string[];
  /** A short note at the bottom right, e.g. `기사 12건`. */
  note?: string;
}

/** Card keys: `home`, `topics`, `topics/<slug>`, `editions/<stem>`, `articles/<id>` … */
export type CardKey = string;

export interface CardPlan {
  /** Every card to render, by key. */
  cards: Map<CardKey, CardSpec>;
}

/** The key of each page's own card (which may not be in the plan: see shareImageFor). */
export const cardKeys = {
  home: () => 'home',
  section: (name: keyof typeof SECTION_CARDS) => name,
  article: (id: string) => `articles/${id}`,
  edition: (stem: string) => `editions/${stem}`,
  topic: (slug: string) => `topics/${slug}`,
  organization: (slug: string) => `organizations/${slug}`,
};

/** The list pages that have a card of their own, with their titles. */
export const SECTION_CARDS = {
  topics: '주제',
  editions: '모든 호',
  organizations: '기관',
  search: '검색',
} as const;

const TAG_LIMIT = 3;

/** `3호 · 2026년 1월 12일 · <sidecar title>`: number and date first, so a long title is what gets shortened. */
function editionLine(e: EditionEntry): string {
  return [e.shortLabel, e.dateLabel, e.label !== e.shortLabel ? e.label : undefined].filter(Boolean).join(' · ');
}

/** The most frequent topics of a list of articles, by name. */
function topTopics(site: SiteIndex, topicSlugs: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const slugs of topicSlugs) for (const s of slugs) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TAG_LIMIT)
    .map(([slug]) => site.topicBySlug.get(slug)?.name ?? slug);
}

/** The first `max` cards in priority order (the insertion order of planShareCards). */
function boundCards(cards: Map<CardKey, CardSpec>, max: number): Map<CardKey, CardSpec> {
  return cards.size <= max ? cards : new Map([...cards].slice(0, max));
}

export function planShareCards(site: SiteIndex, settings: SiteSettings): CardPlan {
  const cards = new Map<CardKey, CardSpec>();
  const latest = site.editions[0];
  cards.set(cardKeys.home(), {
    eyebrow: settings.tagline,
    title: settings.name,
    tags: latest ? topTopics(site, (site.byEdition.get(latest.stem) ?? []).map((a) => a.topics)) : [],
    ...(latest ? { note: `최신 호 ${latest.shortLabel}` } : {}),
  });
  for (const [key, title] of Object.entries(SECTION_CARDS)) cards.set(cardKeys.section(key as keyof typeof SECTION_CARDS), { eyebrow: settings.name, title, tags: [] });

  for (const t of site.topics) {
    if (t.count === 0) continue;
    cards.set(cardKeys.topic(t.slug), { eyebrow: '주제', title: t.name, tags: [], note: `기사 ${formatCount(t.count)}건` });
  }
  // Newest first: an edition's card, then its articles' (up to share.articleCards in all).
  let articleCards = 0;
  for (const e of site.editions) {
    const articles = site.byEdition.get(e.stem) ?? [];
    cards.set(cardKeys.edition(e.stem), {
      eyebrow: [e.label !== e.shortLabel ? e.shortLabel : '호별 보기', e.dateLabel].filter(Boolean).join(' · '),
      title: e.label,
      tags: topTopics(site, articles.map((a) => a.topics)),
      note: `기사 ${formatCount(e.count)}건`,
    });
    for (const a of articles) {
      if (articleCards >= settings.share.articleCards) break;
      articleCards += 1;
      cards.set(cardKeys.article(a.id), {
        eyebrow: editionLine(e),
        title: a.title,
        tags: a.topics.slice(0, TAG_LIMIT).map((slug) => site.topicBySlug.get(slug)?.name ?? slug),
      });
    }
  }

  // Organisations last: their number grows with the corpus (names found in the text), and a shared
  // link is far more often an article's.
  for (const o of site.organizations) {
    cards.set(cardKeys.organization(o.slug), { eyebrow: '기관', title: o.name, tags: [], note: `기사 ${formatCount(o.count)}건` });
  }

  return { cards: boundCards(cards, settings.share.maxCards) };
}
