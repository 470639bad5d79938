/**
 * The RSS feed, /rss.xml. A feed needs absolute links, so a site without an
 * address (no SITE_URL, no `url` in site.yaml) has no feed rather than one
 * whose every link is dead: the route then has no path to build.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssItems } from '@/lib/site/feed';
import { routes } from '@/lib/site/urls';
import { absolute, hasAddress, loadSite, settings } from '@/lib/site/site-data';

export const getStaticPaths = (() => (hasAddress ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const url = (path: string) => absolute(path)!;
  return rss({
    title: settings.name,
    description: settings.description,
    site: url(routes.home()),
    items: rssItems(site, settings.limits.rssItems, url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${settings.language}</language><atom:link href="${url(routes.rss())}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
