/**
 * The reading site (issue 3): axe-core finds no violation on each page type,
 * in the light and the dark theme.
 */
import { describe, expect, it } from 'vitest';
import { headlineQuery } from './support/articles';
import { describeViolations, runAxe } from './support/axe';
import { newGuardedContext } from './support/browser';
import { firstOfType, type PageType } from './support/page-types';
import { useSite } from './support/site-session';
import { realRoot } from './support/variants';

type Case = { label: string; type?: PageType; path?: (s: ReturnType<typeof useSite>) => string; results?: boolean; status?: number };

const cases: Case[] = [
  { label: 'home', type: 'home' },
  { label: 'topic list', type: 'topics' },
  { label: 'topic', type: 'topic' },
  { label: 'article', type: 'article' },
  { label: 'edition list', type: 'editions' },
  { label: 'edition', type: 'edition' },
  { label: 'organisation list', type: 'organizations' },
  { label: 'organisation', type: 'organization' },
  { label: 'search (empty)', type: 'search' },
  {
    label: 'search with results',
    path: (s) => `search/?q=${encodeURIComponent(headlineQuery(s.site.contentDir).query)}`,
    results: true,
  },
  { label: '404', path: () => 'no-such-page/', status: 404 },
];

describe('accessibility (axe-core) of the reading site', () => {
  const s = useSite(realRoot);

  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    it.each(cases)('$label page has no axe violation', async (c) => {
      const url = c.type ? firstOfType(s.groups, c.type).url : s.server.url(c.path!(s));
      // axe is injected as an inline script, which the site's CSP rightly blocks.
      const { context } = await newGuardedContext(s.browser, { colorScheme, bypassCSP: true });
      try {
        const page = await context.newPage();
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status()).toBe(c.status ?? 200);
        if (c.results) await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
        expect(await page.getAttribute('html', 'lang')).toBe('ko');
        const violations = await runAxe(page);
        expect(
          violations.map((v) => v.id),
          `${url}\n${describeViolations(violations)}`,
        ).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
