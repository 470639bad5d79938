/**
 * Reading on a phone and on a desktop (issue 19), on a site of 45 articles
 * whose latest edition has 30 (the real seed + tests/fixtures/phone):
 *  - the home page's first screen shows enough headlines, and the whole page
 *    of a 30-article edition fits in six phone screens;
 *  - its topic sections follow the topic menu's order on screen;
 *  - no text is set in a synthetic italic (Hangul has none);
 *  - every visible target outside running text is at least 24×24 px, and the
 *    primary ones (a card, the search button, page links) 44 px tall;
 *  - on a phone the search page's first result starts high on the screen;
 *  - axe finds nothing on the pages this changed, at phone width, light and dark.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe';
import { newGuardedContext } from './support/browser';
import { firstOfType, type PageType } from './support/page-types';
import { useSite } from './support/site-session';
import { phone } from './support/variants';

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const screens = [
  { name: 'phone', viewport: PHONE, isMobile: true },
  { name: 'desktop', viewport: DESKTOP, isMobile: false },
] as const;

const s = useSite(phone);

async function withPage<T>(
  screen: (typeof screens)[number],
  url: string,
  run: (page: Page) => Promise<T>,
  options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {},
): Promise<T> {
  const { context }: { context: BrowserContext } = await newGuardedContext(s.browser, {
    viewport: screen.viewport,
    isMobile: screen.isMobile,
    hasTouch: screen.isMobile,
    ...options,
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(200);
    return await run(page);
  } finally {
    await context.close();
  }
}

/** A query the search page answers: a Hangul word of the first headline on the home page. */
async function searchUrl(): Promise<string> {
  return withPage(screens[1], s.server.url(''), async (page) => {
    const title = (await page.locator('.headline .title').first().innerText()).trim();
    const word = title.split(/\s+/).find((w) => /^[가-힣]{2,}$/.test(w));
    if (!word) throw new Error(`no Hangul word in the first headline "${title}"`);
    return s.server.url(`search/?q=${encodeURIComponent(word)}`);
  });
}

/** Headlines (main-list links and card titles) whose whole box is inside the first screen. */
function headlinesInFirstScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const height = window.innerHeight;
    return [...document.querySelectorAll('main .headline, main .card-link')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= height;
    }).length;
  });
}

describe('the home page scans', () => {
  it('has a 30-article latest edition to measure', () => {
    const home = firstOfType(s.groups, 'home');
    expect(home.url).toBeTruthy();
  });

  it('shows at least 5 headlines in the first phone screen and fits in 6 screens', async () => {
    await withPage(screens[0], s.server.url(''), async (page) => {
      const count = await page.evaluate(() => document.querySelector('.eyebrow')?.textContent ?? '');
      expect(count).toContain('기사 30건');
      expect(await headlinesInFirstScreen(page)).toBeGreaterThanOrEqual(5);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `home page is ${height}px tall`).toBeLessThanOrEqual(6 * PHONE.height);
    });
  });

  it('shows at least 10 headlines in the first desktop screen', async () => {
    await withPage(screens[1], s.server.url(''), async (page) => {
      expect(await headlinesInFirstScreen(page)).toBeGreaterThanOrEqual(10);
    });
  });

  it.each(screens)('keeps the topic sections in the topic menu order on screen ($name)', async (screen) => {
    await withPage(screen, s.server.url(''), async (page) => {
      const { menu, sections } = await page.evaluate(() => ({
        menu: [...document.querySelectorAll<HTMLAnchorElement>('.jump-nav a')].map((a) => a.hash.slice(1)),
        sections: [...document.querySelectorAll('.digest-section')].map((section) => {
          const heading = section.querySelector('h2')!;
          const r = section.getBoundingClientRect();
          return { id: heading.id, top: r.top + window.scrollY, left: r.left };
        }),
      }));
      expect(sections.length).toBeGreaterThan(3);
      expect(sections.map((x) => x.id)).toEqual(menu);
      // Reading order on screen: each section starts below the one before, or beside it to the right on the same row.
      for (let i = 1; i < sections.length; i++) {
        const [prev, cur] = [sections[i - 1]!, sections[i]!];
        const sameRow = Math.abs(cur.top - prev.top) < 1;
        expect(sameRow ? cur.left > prev.left : cur.top > prev.top, `${prev.id} → ${cur.id}`).toBe(true);
      }
    });
  });
});

const pageTypes: PageType[] = ['home', 'topics', 'topic', 'article', 'editions', 'edition', 'organizations', 'organization', 'search'];

/** URLs of one page of every type, plus the search page with results. */
async function allPages(): Promise<Array<{ label: string; url: string; results: boolean }>> {
  return [
    ...pageTypes.map((type) => ({ label: type, url: firstOfType(s.groups, type).url, results: false })),
    { label: 'search with results', url: await searchUrl(), results: true },
  ];
}

describe('titles are upright', () => {
  it.each(screens)('no Hangul text is set in italic or oblique ($name)', async (screen) => {
    const failures: string[] = [];
    for (const { label, url, results } of await allPages()) {
      await withPage(screen, url, async (page) => {
        if (results) await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
        const slanted = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.body.querySelectorAll('*')) {
            const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
            if (!/[가-힣]/.test(own)) continue;
            const style = getComputedStyle(el).fontStyle;
            if (style !== 'normal') out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ${style}: ${own.trim().slice(0, 30)}`);
          }
          return out;
        });
        if (slanted.length) failures.push(`${label} ${url}\n    ${slanted.slice(0, 5).join('\n    ')}`);
      });
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('marks a derived title with its badge in the body text colour', async () => {
    await withPage(screens[0], s.server.url(''), async (page) => {
      const derived = page.locator('.title.title-derived').first();
      expect(await derived.count()).toBe(1);
      expect(await derived.locator('.derived-hint').innerText()).toBe('본문 발췌');
      const [titleColour, bodyColour] = await page.evaluate(() => [
        getComputedStyle(document.querySelector('.title.title-derived a, .title.title-derived')!).color,
        getComputedStyle(document.body).color,
      ]);
      expect(titleColour).toBe(bodyColour);
    });
  });
});

describe('targets a thumb can hit', () => {
  it.each(screens)('every visible target outside running text is at least 24×24, primary ones 44 px tall ($name)', async (screen) => {
    const failures: string[] = [];
    for (const { label, url, results } of await allPages()) {
      await withPage(screen, url, async (page) => {
        if (results) await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
        const small = await page.evaluate(() => {
          const out: string[] = [];
          const describe = (el: Element, w: number, h: number) =>
            `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(w)}×${Math.round(h)} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
          for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            let r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || r.bottom + window.scrollY <= 0) continue; // not rendered, or parked off-screen (skip link)
            const closed = el.closest('details:not([open])');
            if (closed && el.tagName !== 'SUMMARY') continue;
            if (el.closest('p, .article-body')) continue; // running text keeps its inline links
            // A stretched link's target is the box its ::after covers.
            if (getComputedStyle(el, '::after').position === 'absolute') r = (el.closest('.card') ?? el).getBoundingClientRect();
            if (r.width < 24 || r.height < 24) out.push(describe(el, r.width, r.height));
            const primary = el.matches('.card-link, .headline, form[role="search"] button, .pagination a, .search-more');
            if (primary && r.height < 44) out.push(`primary ${describe(el, r.width, r.height)}`);
          }
          return out;
        });
        if (small.length) failures.push(`${label} ${url}\n    ${small.slice(0, 8).join('\n    ')}`);
      });
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('opens the article from anywhere on a card, and the card holds one link to it', async () => {
    await withPage(screens[0], s.server.url(''), async (page) => {
      const card = page.locator('.digest-section .card').first();
      const href = await card.locator('.card-link').getAttribute('href');
      expect(await card.locator(`a[href="${href}"]`).count()).toBe(1);
      // A tap on the summary, away from the title, lands on the article.
      await card.locator('.card-summary').scrollIntoViewIfNeeded();
      const box = (await card.locator('.card-summary').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL((u) => u.pathname === href);
    });
  });
});

describe('search on a phone', () => {
  it('puts the first result right under the query box, with one search box on the page', async () => {
    await withPage(screens[0], await searchUrl(), async (page) => {
      const first = page.locator('[data-search-results] .search-result').first();
      await first.waitFor({ state: 'visible', timeout: 20_000 });
      const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(400);
      expect(await page.locator('input[type="search"]').count()).toBe(1);
      expect(await page.locator('select[name="edition"]').evaluate((el) => el.closest('label')?.textContent)).toContain('발행 호');
    });
  });

  it('says once that nothing was found, and spaces its sentences', async () => {
    await withPage(screens[0], s.server.url(`search/?q=${encodeURIComponent('쀍뛣뷁')}`), async (page) => {
      await page.locator('[data-search-empty]').waitFor({ state: 'visible', timeout: 20_000 });
      // Elements on screen that say the query (the status line beside the empty state is for screen readers only).
      const saying = await page.evaluate((q) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('main *')) {
          const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
          const r = el.getBoundingClientRect();
          if (own.includes(q) && r.width > 1 && r.height > 1) out.push(own.trim());
        }
        return out;
      }, '쀍뛣뷁');
      expect(saying).toHaveLength(1);
      const visible = await page.evaluate(() => document.querySelector('main')!.innerText);
      expect(visible).not.toMatch(/[가-힣][:：][가-힣]/);
    });
  });
});

describe('time a reader can place', () => {
  it('dates an article by its edition and reads a bare day against it', async () => {
    await withPage(screens[0], s.server.url(''), async (page) => {
      const links = await page.locator('main .headline').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      let read = 0;
      for (const href of links) {
        await page.goto(href);
        const meta = await page.locator('.article-meta').innerText();
        expect(meta).toMatch(/원문 일부, 약 [\d,]+자/);
        expect(meta).not.toContain('분 분량');
        expect(await page.locator('.article-meta time').getAttribute('datetime')).toBe('2026-04-13');
        for (const time of await page.locator('.article-dates time').all()) {
          // A day read against 13 April: in April up to the 13th, or a later day said with 오는.
          expect(await time.getAttribute('datetime')).toMatch(/^2026-0[345]-\d\d$/);
          read += 1;
        }
      }
      expect(read).toBeGreaterThan(0);
    });
  });
});

describe('axe at phone width', () => {
  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    it.each(['home', 'article', 'topic', 'search'] as const)('%s page has no axe violation', async (type) => {
      const url = type === 'search' ? await searchUrl() : firstOfType(s.groups, type).url;
      await withPage(
        screens[0],
        url,
        async (page) => {
          if (type === 'search') await page.locator('[data-search-results] a[href]').first().waitFor({ state: 'attached', timeout: 20_000 });
          const violations = await runAxe(page);
          expect(violations.map((v) => v.id), `${url}\n${describeViolations(violations)}`).toEqual([]);
        },
        { colorScheme, bypassCSP: true },
      );
    });
  });
});
