/**
 * URL building. Every internal link goes through `joinBase` so the site works
 * at a domain root and under a sub-path (BASE_PATH=/news/) alike.
 */

/** Joins the deploy base (`/`, `/news`, `/news/`) and a site path (`/topics/ai/`). */
export function joinBase(base: string, path: string): string {
  let prefix = base.trim();
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  prefix = prefix.replace(/\/+$/, '');
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}

/** A link builder bound to one base, e.g. `makeLinker(import.meta.env.BASE_URL)`. */
export function makeLinker(base: string): (path: string) => string {
  return (path: string) => joinBase(base, path);
}

/** Absolute URL of a site path: `https://example.org` + `/news/` + `/articles/x/`. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

const seg = (value: string) => encodeURIComponent(value);
const paged = (prefix: string, page: number) => (page > 1 ? `${prefix}${page}/` : prefix);

/** Site paths (without the base). Page 1 of a list has no number in its path. */
export const routes = {
  home: () => '/',
  article: (id: string) => `/articles/${seg(id)}/`,
  topics: () => '/topics/',
  topic: (slug: string, page = 1) => paged(`/topics/${seg(slug)}/`, page),
  editions: () => '/editions/',
  edition: (stem: string, page = 1) => paged(`/editions/${seg(stem)}/`, page),
  organizations: () => '/organizations/',
  organization: (slug: string, page = 1) => paged(`/organizations/${seg(slug)}/`, page),
  search: () => '/search/',
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  /** A share card (1200×630 PNG) by its key: `home`, `topics/ai`, `articles/<id>` … */
  card: (key: string) => `/og/${key.split('/').map(seg).join('/')}.png`,
};
