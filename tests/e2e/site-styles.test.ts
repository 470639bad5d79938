/**
 * The CSS a page makes the reader download. Article pages, the pages most
 * opened from shared links, load the site's shared stylesheet and their own:
 * under the benchmark's "Article page CSS" budget (bench/speed/budgets.ts),
 * measured by the benchmark's own code, and without the rules of the pages
 * that have the most rules of their own, the search page and the home page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../bench/speed/budgets';
import { articlePageStats } from '../../bench/speed/dist-stats';
import { extractPageAssets, siteFileFor } from '../../bench/speed/html-assets';
import { headlineQuery } from './support/articles';
import { realRoot } from './support/variants';
import { useSite } from './support/site-session';

const s = useSite(realRoot, { crawl: false });

/** Every HTML file of a built site as a site path (`/`, `/articles/x/`, `/404.html`). */
function htmlPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(`/${path.relative(outDir, full).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Class names in an HTML document's class attributes. */
function classesInHtml(html: string): Set<string> {
  const classes = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of m[1]!.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** Class names a stylesheet's selectors mention (declarations, where `.5rem` and strings live, left out). */
function classesInCss(css: string): Set<string> {
  const classes = new Set<string>();
  for (const rule of css.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
    for (const m of rule[1]!.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1]!);
  }
  return classes;
}

/** Classes on `page` and on no other page of the site. */
function onlyOn(page: string, classesByPage: Map<string, Set<string>>): Set<string> {
  const elsewhere = new Set([...classesByPage].filter(([p]) => p !== page).flatMap(([, classes]) => [...classes]));
  return new Set([...classesByPage.get(page)!].filter((c) => !elsewhere.has(c)));
}

describe('stylesheets of article pages', () => {
  it('stay under the article page CSS budget, measured as the benchmark measures it', () => {
    const stats = articlePageStats(s.site.outDir);
    expect(stats?.count).toBeGreaterThan(0);
    expect(stats!.maxCssBytes, `largest: ${stats!.largest.path} links ${stats!.largest.stylesheets.join(', ')}`).toBeLessThan(LIMITS.articleCssBytes);
  });

  it('carry no rule for a class that only the search page or only the home page uses', async () => {
    const { outDir } = s.site;
    const read = (sitePath: string) => readFileSync(path.join(outDir, siteFileFor(sitePath)!), 'utf8');
    const pages = htmlPages(outDir);
    const classesByPage = new Map(pages.map((p) => [p, classesInHtml(read(p))]));

    // The search page draws its results with script: take its classes from the live page too.
    const browserPage = await s.browser.newPage();
    try {
      await browserPage.goto(s.server.url(`search/?q=${encodeURIComponent(headlineQuery(s.site.contentDir).query)}`));
      await browserPage.locator('#search-results li').first().waitFor({ timeout: 30_000 });
      const live = await browserPage.evaluate(() => [...document.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
      for (const name of live) classesByPage.get('/search/')!.add(name);
    } finally {
      await browserPage.close();
    }

    const searchOnly = onlyOn('/search/', classesByPage);
    const homeOnly = onlyOn('/', classesByPage);
    expect(searchOnly.size).toBeGreaterThan(0);
    expect(homeOnly.size).toBeGreaterThan(0);

    const articles = pages.filter((p) => p.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    const leaks = new Set<string>();
    for (const article of articles) {
      for (const sheet of extractPageAssets(read(article), article).stylesheets) {
        for (const name of classesInCss(read(sheet))) if (searchOnly.has(name) || homeOnly.has(name)) leaks.add(name);
      }
    }
    expect([...leaks].sort()).toEqual([]);
  });
});
