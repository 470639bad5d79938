/**
 * Crawls a built site served by static-server.ts, in Chromium, from the base
 * URL (plus robots.txt), following every internal link: `a[href]`,
 * `link[href]`, `img`/`script`/`source`/`iframe` sources, GET form actions,
 * Open Graph URLs, URLs in JSON-LD, and the URLs inside the RSS feed, the
 * sitemaps and robots.txt. Links to SITE_URL count as internal and are checked against the
 * local server. Every internal URL must answer 200 without a redirect and stay
 * under the base path; fragment links must point at an element that exists.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newGuardedContext, watchPage } from './browser';
import type { StaticServer } from '../../../bench/lib/static-server';

export interface CrawledPage {
  url: string;
  /** Path relative to the base, e.g. `topics/ai/` (home is ``). */
  sitePath: string;
  status: number;
  contentType: string;
  linkedFrom: string[];
}

export interface CrawlResult {
  pages: Map<string, CrawledPage>;
  /** HTML pages that answered 200, in crawl order. */
  htmlPages: CrawledPage[];
  problems: string[];
  externalLinks: Set<string>;
}

export interface CrawlOptions {
  server: StaticServer;
  /** SITE_URL of the build: absolute links to it are mapped onto the server. */
  siteUrl: string;
  browser: Browser;
  /** Extra site paths to start from besides the home page. */
  extraStarts?: string[];
  maxPages?: number;
  /** Called on every HTML page after it loaded (before links are read). */
  onPage?: (page: Page, crawled: CrawledPage) => Promise<void>;
  /** Called once on the crawl's browser context before any page opens. */
  onContext?: (context: BrowserContext) => Promise<void>;
}

interface FoundLink {
  kind: string;
  raw: string;
  url: string;
}

export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const { server, siteUrl, browser, maxPages = 3000 } = options;
  const siteOrigin = new URL(siteUrl).origin;
  const pages = new Map<string, CrawledPage>();
  const problems: string[] = [];
  const externalLinks = new Set<string>();
  const queue: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const fragmentLinks: Array<{ target: string; fragment: string; from: string }> = [];

  const describe = (url: string) => {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  };

  /** Maps a link onto the local server; null when it leaves the site. */
  const toLocal = (href: string): URL | null => {
    let u: URL;
    try {
      u = new URL(href);
    } catch {
      return null;
    }
    if (u.origin === siteOrigin) u = new URL(`${u.pathname}${u.search}${u.hash}`, server.origin);
    if (u.origin !== server.origin) return null;
    return u;
  };

  const enqueue = (href: string, from: string, kind: string) => {
    const trimmed = href.trim();
    if (/^javascript:/i.test(trimmed)) {
      problems.push(`${kind} with a javascript: URL on ${describe(from)}: ${trimmed.slice(0, 80)}`);
      return;
    }
    if (/^(mailto|tel|data|blob):/i.test(trimmed)) return;
    const local = toLocal(trimmed);
    if (!local) {
      externalLinks.add(trimmed);
      return;
    }
    if (!local.pathname.startsWith(server.base)) {
      problems.push(`${kind} on ${describe(from)} leaves the base path ${server.base}: ${trimmed}`);
      return;
    }
    const fragment = local.hash ? decodeURIComponent(local.hash.slice(1)) : '';
    local.hash = '';
    const key = local.href;
    if (fragment) fragmentLinks.push({ target: key, fragment, from });
    const known = pages.get(key);
    if (known) {
      if (!known.linkedFrom.includes(from)) known.linkedFrom.push(from);
      return;
    }
    pages.set(key, {
      url: key,
      sitePath: local.pathname.slice(server.base.length),
      status: 0,
      contentType: '',
      linkedFrom: from ? [from] : [],
    });
    queue.push(key);
  };

  const { context, externalRequests } = await newGuardedContext(browser);
  await options.onContext?.(context);
  const page = await context.newPage();
  const watch = watchPage(page);

  enqueue(server.url(''), '', 'start');
  enqueue(server.url('robots.txt'), '', 'start');
  for (const extra of options.extraStarts ?? []) enqueue(server.url(extra), '', 'start');

  try {
    while (queue.length > 0) {
      if (pages.size > maxPages) {
        problems.push(`crawl stopped after ${maxPages} URLs (a link loop?)`);
        break;
      }
      const url = queue.shift()!;
      const record = pages.get(url)!;
      const from = record.linkedFrom.length ? ` (linked from ${record.linkedFrom.slice(0, 3).map(describe).join(', ')})` : '';
      const response = await fetch(url, { redirect: 'manual' });
      record.status = response.status;
      record.contentType = response.headers.get('content-type') ?? '';
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200) {
        const where = response.headers.get('location');
        problems.push(`${response.status}${where ? ` → ${where}` : ''} ${describe(url)}${from}`);
        continue;
      }
      const type = record.contentType.split(';')[0]!.trim();
      if (type === 'text/html') {
        const failedBefore = watch.failedRequests.length;
        const nav = await page.goto(url, { waitUntil: 'load' });
        if (!nav || nav.status() !== 200) problems.push(`browser got ${nav?.status()} for ${describe(url)}`);
        await options.onPage?.(page, record);
        const { links, ids } = await page.evaluate(extractLinks);
        idsByPage.set(url, new Set(ids));
        for (const link of links) enqueue(link.url, url, `${link.kind} "${link.raw.slice(0, 120)}"`);
        for (const failed of watch.failedRequests.slice(failedBefore)) {
          problems.push(`${describe(url)} failed to load ${failed}`);
        }
      } else if (/xml/.test(type) || url.endsWith('.xml')) {
        const text = body.toString('utf8');
        for (const m of text.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/\1>/g)) {
          const value = decodeXml(m[2]!);
          if (m[1] === 'guid' && !/^https?:/.test(value)) continue;
          enqueue(value, url, `<${m[1]}>`);
        }
        for (const m of text.matchAll(/<(?:atom:)?link\s[^>]*href="([^"]+)"/g)) enqueue(decodeXml(m[1]!), url, '<atom:link>');
      } else if (type === 'text/plain' && url.endsWith('robots.txt')) {
        for (const m of body.toString('utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) enqueue(m[1]!, url, 'robots.txt Sitemap');
      }
    }
  } finally {
    await context.close();
  }

  for (const { target, fragment, from } of fragmentLinks) {
    const ids = idsByPage.get(target);
    if (!ids) continue; // not an HTML page that loaded; reported above
    if (fragment === 'top' || fragment === '') continue; // `#top` scrolls to the top per the HTML spec
    if (!ids.has(fragment)) problems.push(`link to #${fragment} on ${describe(target)} has no target (from ${describe(from)})`);
  }
  for (const external of externalRequests) problems.push(`a page requested an outside URL: ${external}`);
  for (const error of watch.pageErrors) problems.push(`script error: ${error}`);
  for (const dialog of watch.dialogs) problems.push(`a dialog opened: ${dialog}`);

  const htmlPages = [...pages.values()].filter((p) => p.status === 200 && p.contentType.startsWith('text/html'));
  return { pages, htmlPages, problems: [...new Set(problems)], externalLinks };
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .trim();
}

/** Runs in the page. */
function extractLinks(): { links: FoundLink[]; ids: string[] } {
  const links: FoundLink[] = [];
  const add = (kind: string, raw: string | null, base = document.baseURI) => {
    if (raw === null) return;
    try {
      links.push({ kind, raw, url: new URL(raw, base).href });
    } catch {
      links.push({ kind, raw, url: raw });
    }
  };
  document.querySelectorAll('a[href], area[href]').forEach((el) => add(el.tagName.toLowerCase(), el.getAttribute('href')));
  document.querySelectorAll('link[href]').forEach((el) => {
    const rel = el.getAttribute('rel') ?? '';
    if (/\b(preconnect|dns-prefetch)\b/i.test(rel)) return;
    add(`link[rel=${rel}]`, el.getAttribute('href'));
  });
  document
    .querySelectorAll('img[src], script[src], source[src], iframe[src], video[src], audio[src]')
    .forEach((el) => add(el.tagName.toLowerCase(), el.getAttribute('src')));
  document.querySelectorAll('form').forEach((form) => {
    const method = (form.getAttribute('method') ?? 'get').toLowerCase();
    if (method !== 'get') return;
    const action = form.getAttribute('action');
    if (action !== null) add('form[action]', action.split('?')[0]!);
  });
  document
    .querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')
    .forEach((el) => add(`meta[${el.getAttribute('property') ?? el.getAttribute('name')}]`, el.getAttribute('content')));
  // URLs inside JSON-LD (canonical url, breadcrumb items, publisher…).
  document.querySelectorAll('script[type="application/ld+json"]').forEach((el) => {
    const walk = (value: unknown) => {
      if (typeof value === 'string') {
        if (/^https?:\/\//.test(value)) add('JSON-LD', value);
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    try {
      walk(JSON.parse(el.textContent ?? ''));
    } catch {
      // an unparsable block is reported by the safety checks
    }
  });
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  document.querySelectorAll('a[name]').forEach((el) => ids.push(el.getAttribute('name') ?? ''));
  return { links, ids };
}
