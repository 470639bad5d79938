/**
 * Hostile input (issue 6): a seed full of markup, template, Markdown and
 * script payloads (tests/fixtures/hostile) is built into a site next to the
 * real seed. Every page type built from it is loaded in Chromium: no dialog
 * opens, nothing from the seed runs or becomes an element, and the text shows
 * up literally — on the article, the cards, the search results, the feed,
 * the JSON-LD, the <title> and the meta tags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normaliseText, readArticles, type ArticleFile } from './support/articles';
import { newGuardedContext, watchPage } from './support/browser';
import { cspViolations, inspectPageSafety, recordCspViolations } from './support/safety';
import { useSite } from './support/site-session';
import { hostile, hostileSeedDir } from './support/variants';

const SEED_FILE = '900_0badc0de00000000.txt';
const SEED_LINES = readFileSync(path.join(hostileSeedDir, SEED_FILE), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const SIDECAR_TITLE = `보안 특별판 <script>window.__pwned='edition'</script> & {{ 7*7 }} "따옴표"`;

/** Shown text equals the full text, or is a prefix of it cut with `…`. */
function sameOrCut(shown: string, full: string): boolean {
  const a = normaliseText(shown);
  const b = normaliseText(full);
  if (a === b) return true;
  const cut = a.replace(/\s*(…|\.\.\.)$/, '');
  return cut !== a && cut.length >= 10 && b.startsWith(cut);
}

/** The page text where a sentence should be: found by its first few characters. */
function closestRun(text: string, sentence: string): string {
  for (let n = 12; n >= 4; n -= 4) {
    const at = text.indexOf(sentence.slice(0, n));
    if (at >= 0) return text.slice(at, at + sentence.length + 10);
  }
  return '(not found)';
}

/**
 * The part of a seed line that must appear, contiguously, in the article's
 * body: every sentence but the first (headline and lead, which the title and
 * summary checks cover) and the last (cut off in the source).
 */
function middleOf(line: string): string {
  const sentences = line.split(/(?<=다\.)\s+/);
  return normaliseText(sentences.slice(1, -1).join(' '));
}

describe('a site built from a hostile seed', () => {
  const pageProblems: string[] = [];
  const s = useSite(hostile, {
    onContext: recordCspViolations,
    onPage: async (page) => {
      pageProblems.push(...(await inspectPageSafety(page)));
      // A violation on a hostile page means markup from the seed tried to load or run something.
      pageProblems.push(...(await cspViolations(page)).map((v) => `${new URL(page.url()).pathname}: CSP violation: ${v}`));
    },
  });

  let hostileArticles: ArticleFile[] = [];
  const byLine = new Map<number, ArticleFile>();
  const loadArticles = () => {
    if (hostileArticles.length > 0) return;
    hostileArticles = readArticles(s.site.contentDir).filter((a) => a.data.sources.some((src) => src.file === SEED_FILE));
    for (const a of hostileArticles) for (const src of a.data.sources) if (src.file === SEED_FILE) byLine.set(src.line, a);
  };

  async function withPage<T>(fn: (page: Page, watch: ReturnType<typeof watchPage>) => Promise<T>): Promise<T> {
    const { context, externalRequests } = await newGuardedContext(s.browser);
    await recordCspViolations(context);
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      const result = await fn(page, watch);
      expect(watch.dialogs, 'dialogs').toEqual([]);
      expect(watch.pageErrors, 'page errors').toEqual([]);
      expect(externalRequests, 'requests leaving the site').toEqual([]);
      return result;
    } finally {
      await context.close();
    }
  }

  it('turns every hostile line into an article', () => {
    loadArticles();
    const missing = SEED_LINES.map((_, i) => i + 1).filter((line) => !byLine.has(line));
    expect(missing, `lines of ${SEED_FILE} with no article (see ${s.site.contentDir}/ingest-report.txt)`).toEqual([]);
  });

  it('runs nothing from the seed on any page, and every page and link still works', () => {
    expect(s.crawl.htmlPages.length).toBeGreaterThan(10);
    const all = [...s.crawl.problems, ...pageProblems];
    expect(all, all.join('\n')).toEqual([]);
  });

  it('shows each line literally on its article page: body, title, <title>, meta tags, JSON-LD', async () => {
    loadArticles();
    const failures: string[] = [];
    await withPage(async (page) => {
      for (const [line, article] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
        const seedLine = SEED_LINES[line - 1]!;
        const { id, title, summary } = article.data;
        const url = s.server.url(`articles/${id}/`);
        const response = await page.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) {
          failures.push(`line ${line}: ${url} answered ${response?.status()}`);
          continue;
        }
        const shown = await page.evaluate(() => {
          const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
          const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((el) => {
            try {
              const data = JSON.parse(el.textContent ?? '');
              return Array.isArray(data) ? data : (data['@graph'] ?? [data]);
            } catch {
              return [];
            }
          });
          const news = ld.find((d: { '@type'?: unknown }) => /NewsArticle|Article/.test(String(d['@type'])));
          return {
            main: ((document.querySelector('main') ?? document.body) as HTMLElement).innerText,
            h1: (document.querySelector('h1') as HTMLElement | null)?.innerText ?? '',
            documentTitle: document.title,
            description: meta('meta[name="description"]'),
            ogTitle: meta('meta[property="og:title"]'),
            ogDescription: meta('meta[property="og:description"]'),
            ldHeadline: news ? String(news.headline ?? '') : null,
            ldDescription: news && news.description !== undefined ? String(news.description) : null,
          };
        });
        const main = normaliseText(shown.main);
        const where = `line ${line} (${url})`;
        const middle = middleOf(seedLine);
        if (!main.includes(middle)) {
          const lost = seedLine
            .split(/(?<=다\.)\s+/)
            .slice(1, -1)
            .filter((sentence) => !main.includes(normaliseText(sentence)))
            .map((sentence) => `seed: ${sentence}\n      page: ${closestRun(main, normaliseText(sentence))}`);
          failures.push(
            `${where}: body does not show the seed text literally:\n      ${lost.join('\n      ') || '(each sentence is there, but not in one run)'}`,
          );
        }
        if (!seedLine.includes(title.replace(/…$/, ''))) failures.push(`${where}: title "${title}" is not text from the seed line`);
        if (!normaliseText(shown.h1).includes(normaliseText(title)))
          failures.push(`${where}: <h1> "${shown.h1}" does not show the title "${title}"`);
        if (!normaliseText(shown.documentTitle).includes(normaliseText(title)))
          failures.push(`${where}: <title> "${shown.documentTitle}" does not show the title literally`);
        if (shown.ogTitle === null || !normaliseText(shown.ogTitle).includes(normaliseText(title)))
          failures.push(`${where}: og:title ${JSON.stringify(shown.ogTitle)} does not show the title literally`);
        if (shown.description === null || !sameOrCut(shown.description, summary))
          failures.push(`${where}: meta description ${JSON.stringify(shown.description)} is not the summary ${JSON.stringify(summary)}`);
        if (shown.ogDescription !== null && !sameOrCut(shown.ogDescription, summary))
          failures.push(`${where}: og:description ${JSON.stringify(shown.ogDescription)} is not the summary`);
        if (shown.ldHeadline === null) failures.push(`${where}: no NewsArticle JSON-LD`);
        else if (!sameOrCut(shown.ldHeadline, title))
          failures.push(`${where}: JSON-LD headline ${JSON.stringify(shown.ldHeadline)} is not the title ${JSON.stringify(title)}`);
        if (shown.ldDescription !== null && !sameOrCut(shown.ldDescription, summary))
          failures.push(`${where}: JSON-LD description ${JSON.stringify(shown.ldDescription)} is not the summary`);
        failures.push(...(await inspectPageSafety(page)));
      }
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('shows titles, summaries and the edition title literally on the home and edition pages', async () => {
    loadArticles();
    const stem = SEED_FILE.replace(/\.txt$/, '');
    const failures: string[] = [];
    await withPage(async (page) => {
      for (const sitePath of ['', `editions/${stem}/`]) {
        const response = await page.goto(s.server.url(sitePath), { waitUntil: 'load' });
        if (response?.status() !== 200) {
          failures.push(`/${sitePath} answered ${response?.status()}`);
          continue;
        }
        const { text, linked } = await page.evaluate(() => ({
          text: ((document.querySelector('main') ?? document.body) as HTMLElement).innerText,
          linked: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).pathname),
        }));
        const shown = normaliseText(text);
        if (!shown.includes(normaliseText(SIDECAR_TITLE)))
          failures.push(`/${sitePath}: the edition title is not shown literally: ${SIDECAR_TITLE}`);
        for (const article of hostileArticles) {
          const onPage = linked.some((p) => p.endsWith(`/articles/${article.data.id}/`));
          // The edition page lists all its articles; the home page those it links.
          if (!onPage && sitePath === '') continue;
          if (!onPage) failures.push(`/${sitePath}: no link to article ${article.data.id}`);
          if (!shown.includes(normaliseText(article.data.title)))
            failures.push(`/${sitePath}: title not shown literally: ${article.data.title}`);
          if (sitePath !== '' && !shown.includes(normaliseText(article.data.summary).replace(/…$/, '').slice(0, 60))) {
            failures.push(`/${sitePath}: summary not shown literally: ${article.data.summary}`);
          }
        }
        failures.push(...(await inspectPageSafety(page)));
      }
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('search: hostile results and hostile queries stay text', async () => {
    loadArticles();
    const failures: string[] = [];
    await withPage(async (page) => {
      // A word of a hostile headline, exactly as written there.
      const hangulWord = (title: string) => title.split(/\s+/).find((w) => /^[가-힣]{2,}$/.test(w));
      const target =
        hostileArticles.find((a) => /<script>/.test(a.data.title) && hangulWord(a.data.title)) ??
        hostileArticles.find((a) => hangulWord(a.data.title));
      if (!target) throw new Error('no hostile article has a Hangul word in its title to search for');
      const query = hangulWord(target.data.title)!;
      const response = await page.goto(s.server.url(`search/?q=${encodeURIComponent(query)}`), { waitUntil: 'load' });
      expect(response?.status(), 'the search page').toBe(200);
      const results = page.locator('[data-search-results] a[href]');
      await results.first().waitFor({ state: 'attached', timeout: 20_000 });
      const resultText = normaliseText(await page.locator('[data-search-results]').innerText());
      if (!resultText.includes(normaliseText(target.data.title))) {
        failures.push(
          `results for "${query}" do not show the title literally: ${target.data.title}\n      got: ${resultText.slice(0, 300)}`,
        );
      }
      failures.push(...(await inspectPageSafety(page)));

      for (const hostileQuery of [
        `<img src=x onerror="window.__pwned='query';alert(1)">`,
        `"><svg onload="window.__pwned='query2'">`,
        `</script><script>window.__pwned='query3'</script>`,
        `{{ 7*7 }} {alert(1)} [x](javascript:alert(1))`,
      ]) {
        await page.goto(s.server.url(`search/?q=${encodeURIComponent(hostileQuery)}`), { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        // The header has a search box too; the page's own box shows the query.
        const values = await page.$$eval('input[name="q"]', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
        if (!values.includes(hostileQuery))
          failures.push(`no search box shows the query ${JSON.stringify(hostileQuery)} (boxes: ${JSON.stringify(values)})`);
        failures.push(...(await inspectPageSafety(page)));
      }
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('the RSS feed parses and a feed reader would show the text, not markup', async () => {
    loadArticles();
    const response = await fetch(s.server.url('rss.xml'));
    expect(response.status).toBe(200);
    const xml = await response.text();
    const feed = await withPage(async (page) => {
      await page.goto(s.server.url(''), { waitUntil: 'load' });
      return page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        const error = doc.querySelector('parsererror');
        if (error) return { error: error.textContent ?? 'parse error', items: [] };
        const items = [...doc.getElementsByTagName('item')].map((item) => {
          const get = (tag: string) => item.getElementsByTagName(tag)[0]?.textContent ?? null;
          // Feed readers treat <description> (and content:encoded) as HTML.
          const asHtml = (html: string | null) => {
            if (html === null) return null;
            const body = new DOMParser().parseFromString(html, 'text/html').body;
            const elements = [...body.querySelectorAll('*')].map((el) => ({
              tag: el.tagName.toLowerCase(),
              attrs: [...el.attributes].map((a) => `${a.name}=${a.value.slice(0, 40)}`),
            }));
            return { text: body.textContent ?? '', elements };
          };
          return {
            title: get('title'),
            link: get('link'),
            description: asHtml(get('description')),
            content: asHtml(get('content:encoded')),
          };
        });
        return { error: null, items };
      }, xml);
    });
    expect(feed.error, 'rss.xml is well-formed XML').toBeNull();
    const safeTags = new Set(['p', 'br', 'em', 'strong', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'span', 'a', 'mark', 'small', 'abbr']);
    const failures: string[] = [];
    for (const article of hostileArticles) {
      const item = feed.items.find((i) => (i.link ?? '').includes(`/articles/${article.data.id}/`));
      if (!item) continue; // a feed may hold only the latest articles
      const where = `rss item ${article.data.id}`;
      // The feed may label a title (e.g. as derived); the title itself must be there as written.
      if (
        item.title === null ||
        !(normaliseText(item.title).includes(normaliseText(article.data.title)) || sameOrCut(item.title, article.data.title))
      )
        failures.push(`${where}: <title> ${JSON.stringify(item.title)} is not the title ${JSON.stringify(article.data.title)}`);
      for (const [name, html] of [
        ['description', item.description],
        ['content:encoded', item.content],
      ] as const) {
        if (!html) continue;
        for (const el of html.elements) {
          if (!safeTags.has(el.tag) || el.attrs.some((a) => /^on/i.test(a) || /javascript:/i.test(a))) {
            failures.push(
              `${where}: <${name}> would render <${el.tag} ${el.attrs.join(' ')}> in a feed reader (escape seed text as HTML inside it)`,
            );
          }
        }
      }
      if (
        item.description &&
        !sameOrCut(item.description.text, article.data.summary) &&
        !normaliseText(item.description.text).includes(normaliseText(article.data.summary))
      ) {
        failures.push(
          `${where}: <description> reads ${JSON.stringify(item.description.text.slice(0, 120))}, not the summary ${JSON.stringify(article.data.summary)}`,
        );
      }
    }
    const covered = hostileArticles.filter((a) => feed.items.some((i) => (i.link ?? '').includes(`/articles/${a.data.id}/`)));
    expect(covered.length, 'hostile articles in the feed (they are the latest edition)').toBeGreaterThan(0);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
