/**
 * The one place pages get their data: the `articles` collection plus the
 * editorial dictionaries and edition sidecars, indexed once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadEditorial } from '../editorial/load';
import { projectPaths } from '../project-paths';
import { readEditionMeta } from '../editorial/edition-sidecar';
import { loadSiteSettings } from './load-settings';
import { buildSiteIndex, type SiteIndex } from './site-index';
import { absoluteUrl, makeLinker, routes } from './urls';
import { planShareCards, type CardKey, type CardPlan } from '../share/card-plan';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<{ index: SiteIndex; entries: ArticleEntry[] }> | undefined;

/** content/site.yaml (name, brand, limits …), read once per build. */
export const settings = loadSiteSettings(projectPaths().dataDir);

async function load() {
  const entries = await getCollection('articles');
  const paths = projectPaths();
  const editorial = loadEditorial(paths.dataDir);
  const index = buildSiteIndex({
    articles: entries.map((e) => e.data),
    topics: editorial.topics,
    organizations: editorial.organizations,
    editionMeta: (stem) => readEditionMeta(paths.seedsDir, stem),
    editionNaming: settings.editions,
  });
  return { index, entries };
}

/** The indexed site (cached for the whole build). */
export async function loadSite(): Promise<SiteIndex> {
  cached ??= load();
  return (await cached).index;
}

/** Collection entries (for `render()`), keyed by article id. */
export async function loadEntries(): Promise<ArticleEntry[]> {
  cached ??= load();
  return (await cached).entries;
}

/** Site path → link that respects the deploy base. */
export const link = makeLinker(import.meta.env.BASE_URL);

/**
 * Site path → absolute URL (canonical, Open Graph, JSON-LD, RSS), or undefined
 * when the site has no address (astro.config.mjs sets `site` only from
 * SITE_URL or site.yaml `url`): then nothing absolute is written.
 */
export function absolute(path: string): string | undefined {
  const site = import.meta.env.SITE;
  return site ? absoluteUrl(site, import.meta.env.BASE_URL, path) : undefined;
}

/** True when absolute URLs (and so the sitemap and feed) exist. */
export const hasAddress = Boolean(import.meta.env.SITE);

let plan: Promise<CardPlan | undefined> | undefined;

/**
 * Which share card each page shows (src/lib/share/card-plan.ts), or undefined
 * when the build draws none: cards off in site.yaml, or no site address
 * (og:image needs an absolute URL, so cards nobody could link to are not drawn).
 */
export function loadCardPlan(): Promise<CardPlan | undefined> {
  plan ??= (async () => (hasAddress && settings.share.cards ? planShareCards(await loadSite(), settings) : undefined))();
  return plan;
}

/**
 * Site path of the image a page shares: the first of `keys` that has a card
 * (an article's own card, else its edition's), else site.yaml `share.image`,
 * else the home card.
 */
export async function shareImageFor(keys: CardKey | CardKey[] | undefined): Promise<string | undefined> {
  const cards = await loadCardPlan();
  const key = [keys ?? []].flat().find((k) => cards?.cards.has(k));
  if (key) return routes.card(key);
  if (settings.share.image) return settings.share.image;
  return cards ? routes.card('home') : undefined;
}
