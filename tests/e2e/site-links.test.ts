/**
 * The reading site (issue 3): no broken internal link, at the domain root and
 * under a sub-path, and every built page reachable from the home page.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineQuery, readArticles } from './support/articles';
import { newGuardedContext, watchPage } from './support/browser';
import { firstOfType, type PageType } from './support/page-types';
import { useSite } from './support/site-session';
import { realRoot, realSubPath } from './support/variants';

const pageTypes: PageType[] = ['home', 'topics', 'topic', 'article', 'editions', 'edition', 'organizations', 'organization', 'search'];

function builtHtmlPaths(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') found.push(`${path.relative(outDir, dir).split(path.sep).join('/')}/`.replace(/^\/$/, ''));
    }
  };
  walk(outDir);
  return found.sort();
}

describe.each([
  ['domain root', realRoot],
  ['sub-path', realSubPath],
])('links of a build at the %s', (_label, variant) => {
  const s = useSite(variant);

  it('every internal link, asset, feed and sitemap URL answers 200 and stays under the base path', () => {
    expect(s.crawl.problems, s.crawl.problems.join('\n')).toEqual([]);
    expect(s.crawl.htmlPages.length).toBeGreaterThan(1);
  });

  it('reaches every page type, every article and every built page from the home page', () => {
    for (const type of pageTypes) firstOfType(s.groups, type);
    const crawled = new Set(s.crawl.htmlPages.map((p) => p.sitePath));
    const articles = readArticles(s.site.contentDir);
    expect(articles.length).toBeGreaterThan(0);
    const missingArticles = articles.map((a) => `articles/${a.data.id}/`).filter((p) => !crawled.has(p));
    expect(missingArticles, 'article pages no link leads to').toEqual([]);
    const orphans = builtHtmlPaths(s.site.outDir).filter((p) => !crawled.has(p));
    expect(orphans, 'built pages no link leads to').toEqual([]);
  });

  it('serves the site under its base only', async () => {
    const home = await fetch(s.server.url(''));
    expect(home.status).toBe(200);
    if (s.site.base !== '/') {
      const outside = await fetch(`${s.server.origin}/`);
      expect(outside.status).toBe(404);
    }
  });

  it('answers a missing URL with the 404 page, whose links work from a deep path', async () => {
    const missing = s.server.url('articles/000000000000/');
    const response = await fetch(missing);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<html[^>]*\blang="ko"/);

    const { context, externalRequests } = await newGuardedContext(s.browser);
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      const nav = await page.goto(missing, { waitUntil: 'load' });
      expect(nav?.status()).toBe(404);
      const hrefs = await page.$$eval('a[href], link[href]', (els) =>
        els
          .filter((el) => !(el.getAttribute('href') ?? '').startsWith('#'))
          .map((el) => (el as HTMLAnchorElement | HTMLLinkElement).href)
          .filter((h) => /^https?:/.test(h)),
      );
      const internal = [...new Set(hrefs.map((h) => h.split('#')[0]!))].filter((h) => h.startsWith(s.server.origin));
      expect(internal.length).toBeGreaterThan(0);
      const broken: string[] = [];
      for (const href of internal) {
        if (!new URL(href).pathname.startsWith(s.site.base)) broken.push(`${href} (outside ${s.site.base})`);
        const r = await fetch(href, { redirect: 'manual' });
        if (r.status !== 200) broken.push(`${href} (${r.status})`);
      }
      expect(broken, 'links on the 404 page, opened at a deep missing URL').toEqual([]);
      expect(watch.failedRequests, 'assets the 404 page failed to load at a deep URL').toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('links search results to article pages under the base path', async () => {
    // Whole words of a real headline: found by any search that indexes the pages.
    const { query, id } = headlineQuery(s.site.contentDir);
    const { context, externalRequests } = await newGuardedContext(s.browser);
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      const response = await page.goto(s.server.url(`search/?q=${encodeURIComponent(query)}`), { waitUntil: 'load' });
      expect(response?.status(), 'the search page').toBe(200);
      const results = page.locator('[data-search-results] a[href]');
      await results.first().waitFor({ state: 'attached', timeout: 20_000 });
      const hrefs = await results.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
      const broken: string[] = [];
      for (const href of hrefs) {
        const u = new URL(href);
        if (u.origin !== s.server.origin || !u.pathname.startsWith(s.site.base)) broken.push(`${href} (not under ${s.site.base})`);
        else {
          const r = await fetch(href, { redirect: 'manual' });
          if (r.status !== 200) broken.push(`${href} (${r.status})`);
        }
      }
      expect(broken, `result links for "${query}"`).toEqual([]);
      expect(
        hrefs.some((h) => h.includes(`/articles/${id}/`)),
        `"${query}" finds its own article`,
      ).toBe(true);
      expect(watch.failedRequests).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
