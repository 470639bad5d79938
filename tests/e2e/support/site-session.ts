/**
 * One built site, served and crawled, for the tests of one file:
 *
 *   const s = useSite(realRoot);          // registers beforeAll/afterAll
 *   it('…', () => { s.crawl.problems … s.server.url('topics/') … });
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { buildSite, type BuiltSite, type Variant } from './build-site';
import { crawlSite, type CrawlOptions, type CrawlResult } from './crawl';
import { groupPages, type PageType } from './page-types';
import type { CrawledPage } from './crawl';
import { startStaticServer, type StaticServer } from '../../../bench/lib/static-server';

export interface SiteSession {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  crawl: CrawlResult;
  groups: Map<PageType | 'other', CrawledPage[]>;
}

export interface UseSiteOptions {
  /** Crawl the site in beforeAll (default true). */
  crawl?: boolean;
  /** Runs on every crawled HTML page (see crawlSite). */
  onPage?: CrawlOptions['onPage'];
  /** Set up each crawl context (e.g. init scripts). */
  onContext?: CrawlOptions['onContext'];
}

export function useSite(variant: Variant, options: UseSiteOptions = {}): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.site = await buildSite(variant);
    session.server = await startStaticServer({ root: session.site.outDir, base: session.site.base });
    session.browser = await launchBrowser();
    if (options.crawl !== false) {
      const crawl = () =>
        crawlSite({
          server: session.server,
          siteUrl: variant.siteUrl,
          browser: session.browser,
          onPage: options.onPage,
          onContext: options.onContext,
        });
      // A plain crawl is the same for every file that uses this build: do it once per run.
      session.crawl = options.onPage || options.onContext ? await crawl() : await cachedCrawl(session, crawl);
      session.groups = groupPages(session.crawl.htmlPages);
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

interface StoredCrawl {
  origin: string;
  pages: CrawledPage[];
  problems: string[];
  externalLinks: string[];
}

/** Crawl results are stored with the server origin they were made on; URLs are moved to this file's server. */
async function cachedCrawl(session: SiteSession, crawl: () => Promise<CrawlResult>): Promise<CrawlResult> {
  const file = path.join(path.dirname(session.site.outDir), `crawl-${inject('e2eRunId')}.json`);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredCrawl;
    const move = (url: string) => (url.startsWith(stored.origin) ? session.server.origin + url.slice(stored.origin.length) : url);
    const pages = stored.pages.map((p) => ({ ...p, url: move(p.url), linkedFrom: p.linkedFrom.map(move) }));
    return {
      pages: new Map(pages.map((p) => [p.url, p])),
      htmlPages: pages.filter((p) => p.status === 200 && p.contentType.startsWith('text/html')),
      problems: stored.problems.map((problem) => problem.split(stored.origin).join(session.server.origin)),
      externalLinks: new Set(stored.externalLinks),
    };
  }
  const result = await crawl();
  const stored: StoredCrawl = {
    origin: session.server.origin,
    pages: [...result.pages.values()],
    problems: result.problems,
    externalLinks: [...result.externalLinks],
  };
  writeFileSync(file, JSON.stringify(stored));
  return result;
}
