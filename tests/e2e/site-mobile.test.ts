/**
 * The reading site (issue 3): on a phone-sized viewport no page scrolls
 * sideways. Every crawled page is loaded at 360 px and at 320 px (the narrowest
 * width the issue names), with mobile emulation so the page's own viewport
 * meta decides the layout width.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headlineQuery } from './support/articles';
import { newGuardedContext } from './support/browser';
import type { CrawledPage } from './support/crawl';
import type { PageType } from './support/page-types';
import { useSite } from './support/site-session';
import { realRoot } from './support/variants';

const types: Array<PageType | 'search with results' | '404'> = [
  'home',
  'topics',
  'topic',
  'article',
  'editions',
  'edition',
  'organizations',
  'organization',
  'search',
  'search with results',
  '404',
];

async function overflowOf(context: BrowserContext, url: string, width: number, waitForResults: boolean) {
  const page = await context.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const expected = url.includes('/no-such-page/') ? 404 : 200;
    if (response?.status() !== expected) throw new Error(`${url} answered ${response?.status()}, expected ${expected}`);
    if (waitForResults) await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
    return await page.evaluate((screenWidth) => {
      const innerWidth = window.innerWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      const viewportMeta = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? null;
      const offenders: string[] = [];
      if (scrollWidth > screenWidth || innerWidth > screenWidth) {
        for (const el of document.body.querySelectorAll('*')) {
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.right <= screenWidth + 0.5) continue;
          // Report the innermost elements that stick out, not all their ancestors.
          if ([...el.children].some((c) => c.getBoundingClientRect().right > screenWidth + 0.5)) continue;
          const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
          offenders.push(`${name} right=${Math.round(rect.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
          if (offenders.length >= 5) break;
        }
      }
      return { innerWidth, scrollWidth, viewportMeta, offenders };
    }, width);
  } finally {
    await page.close();
  }
}

describe('no horizontal scrolling on a phone', () => {
  const s = useSite(realRoot);

  const pagesOf = (type: (typeof types)[number]): Array<{ url: string; results: boolean }> => {
    if (type === '404') return [{ url: s.server.url('no-such-page/'), results: false }];
    if (type === 'search with results') {
      const { query } = headlineQuery(s.site.contentDir);
      return [{ url: s.server.url(`search/?q=${encodeURIComponent(query)}`), results: true }];
    }
    const pages: CrawledPage[] = s.groups.get(type) ?? [];
    if (pages.length === 0) throw new Error(`the crawl found no "${type}" page`);
    return pages.map((p) => ({ url: p.url, results: false }));
  };

  describe.each([360, 320])('%i px wide', (width) => {
    it.each(types)('%s pages fit the screen', async (type) => {
      const failures: string[] = [];
      const { context } = await newGuardedContext(s.browser, {
        viewport: { width, height: 780 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      });
      try {
        for (const { url, results } of pagesOf(type)) {
          const r = await overflowOf(context, url, width, results);
          if (!r.viewportMeta || !/width\s*=\s*device-width/.test(r.viewportMeta)) {
            failures.push(`${url}: no <meta name="viewport" content="width=device-width, …"> (found ${JSON.stringify(r.viewportMeta)})`);
          } else if (r.scrollWidth > r.innerWidth || r.innerWidth > width) {
            // On a phone an over-wide page is either scrollable or zoomed out to fit.
            failures.push(
              `${url}: content is ${Math.max(r.scrollWidth, r.innerWidth)}px wide on a ${width}px screen\n    ${r.offenders.join('\n    ')}`,
            );
          }
        }
      } finally {
        await context.close();
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
});
