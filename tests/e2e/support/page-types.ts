/**
 * Page types of the reading site, recognised by their path under the base
 * (the routes of issue 3: /topics/<slug>/, /articles/<id>/, /editions/<stem>/,
 * /organizations/<slug>/, /search/).
 */
import type { CrawledPage } from './crawl';

export type PageType = 'home' | 'topics' | 'topic' | 'article' | 'editions' | 'edition' | 'organizations' | 'organization' | 'search';

const patterns: Array<[PageType, RegExp]> = [
  ['home', /^$/],
  ['topics', /^topics\/$/],
  ['topic', /^topics\/[^/]+\/$/],
  ['article', /^articles\/[^/]+\/$/],
  ['editions', /^editions\/$/],
  ['edition', /^editions\/[^/]+\/$/],
  ['organizations', /^organizations\/$/],
  ['organization', /^organizations\/[^/]+\/$/],
  ['search', /^search\/$/],
];

export function pageTypeOf(sitePath: string): PageType | 'other' {
  const bare = sitePath.split('?')[0]!;
  for (const [type, re] of patterns) if (re.test(bare)) return type;
  return 'other';
}

/** HTML pages grouped by type, in crawl order. */
export function groupPages(pages: CrawledPage[]): Map<PageType | 'other', CrawledPage[]> {
  const groups = new Map<PageType | 'other', CrawledPage[]>();
  for (const page of pages) {
    const type = pageTypeOf(page.sitePath);
    const list = groups.get(type) ?? [];
    list.push(page);
    groups.set(type, list);
  }
  return groups;
}

/** The first crawled page of a type, or a clear failure naming what is missing. */
export function firstOfType(groups: Map<PageType | 'other', CrawledPage[]>, type: PageType): CrawledPage {
  const page = groups.get(type)?.[0];
  if (!page) {
    const seen = [...groups.entries()].map(([t, l]) => `${t}: ${l.length}`).join(', ');
    throw new Error(`the crawl found no "${type}" page (found ${seen || 'nothing'})`);
  }
  return page;
}
