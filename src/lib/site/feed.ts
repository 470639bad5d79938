/** RSS items and robots.txt text. */
import { escapeHtml } from '../escape-html';
import type { SiteIndex } from './site-index';
import { routes } from './urls';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}


/** The newest `limit` articles (latest edition first), with absolute links. */
export function rssItems(site: SiteIndex, limit: number, absolute: (path: string) => string): FeedItem[] {
  return site.articles.slice(0, limit).map((a) => {
    const edition = site.editionByStem.get(a.edition);
    const item: FeedItem = {
      title: a.titleDerived ? `[본문 발췌] ${a.title}` : [a.label, a.title].filter(Boolean).join(' '),
      link: absolute(routes.article(a.id)),
      // RSS readers treat <description> as HTML, so the summary (seed text) is
      // HTML-escaped here; the feed writer then escapes it once more for XML.
      description: escapeHtml(a.summary),
      categories: a.topics.map((slug) => site.topicBySlug.get(slug)?.name ?? slug),
    };
    if (edition?.date) item.pubDate = new Date(`${edition.date}T00:00:00+09:00`);
    return item;
  });
}

/** robots.txt allowing everything and naming the sitemap index (when the site has one). */
export function robotsTxt(sitemapUrl?: string): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
