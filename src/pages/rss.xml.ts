import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { RSS_LIMIT, SITE_DESCRIPTION, SITE_NAME } from '../lib/site/config';
import { rssItems } from '../lib/site/feed';
import { routes } from '../lib/site/urls';
import { absolute, loadSite } from '../components/site-data';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absolute(routes.home()),
    items: rssItems(site, RSS_LIMIT, absolute),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>ko</language><atom:link href="${absolute(routes.rss())}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
