import type { APIRoute } from 'astro';
import { robotsTxt } from '@/lib/site/feed';
import { routes } from '@/lib/site/urls';
import { absolute } from '@/lib/site/site-data';

// Without a site address there is no sitemap, so no Sitemap line either.
export const GET: APIRoute = () =>
  new Response(robotsTxt(absolute(routes.sitemap())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
