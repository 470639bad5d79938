/**
 * The browser search probe: serves a build's dist/ as a static host does and times queries
 * on its search page in Chromium: first queries in a fresh profile, then later ones typed
 * into the same page. Records what pagefind/ sent for each.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumArgs, chromiumVersion, findChromium } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import type { QueryMeasurement, SearchQueryResult, SearchResults } from './results';
import { countersOf } from './search-fetches';
import { COMPLETE_SIGNAL, failed, measured, OBSERVER, READ_STATE, RESULTS_SIGNAL, type BrowserState } from './search-observer';
import { formatBytes } from './table';

/** Typed first into the page the later queries share, so that they find Pagefind loaded. */
const WARM_UP_QUERY = '과학기술';

/** The browser for the search measurements, if this machine has one (the benchmark never installs it). */
function benchChromium(): { path: string; version: string } | { missing: string } {
  try {
    const executable = findChromium({ install: false });
    return { path: executable, version: chromiumVersion(executable) };
  } catch (error) {
    return { missing: (error as Error).message.trim().split('\n').filter(Boolean).slice(-4).join(' ') };
  }
}

export async function measureSearch(distDir: string, n: number, queries: string[], runs: number, gzip: boolean): Promise<SearchResults> {
  const chromium = benchChromium();
  if ('missing' in chromium) {
    return { n, browser: '', queries: [], skipped: `no Chromium found: ${chromium.missing}` };
  }
  if (!existsSync(path.join(distDir, 'search', 'index.html'))) {
    return { n, browser: chromium.version, queries: [], skipped: 'the build has no search page (dist/search/index.html)' };
  }
  const { chromium: playwright } = await import('playwright-core');
  // `no-cache`: a later query in the same page asks again for what it needs, as on a host that revalidates.
  const server = await startStaticServer({ root: distDir, gzip, cacheControl: 'no-cache' });
  const browser = await playwright.launch({ executablePath: chromium.path, args: chromiumArgs, headless: true });
  const results: SearchResults = { n, browser: chromium.version, queries: [], gzip };
  const TIMEOUT = 20_000;
  // The page's observer signals on the console; the state is read once after that. Polling the
  // page instead (page.waitForFunction cannot: the site's Content-Security-Policy forbids the eval
  // a string predicate needs) ran a DevTools evaluation on the page's main thread every few
  // milliseconds, and that work delayed the very search being timed.
  const watchResults = (page: import('playwright-core').Page) => {
    let signals = 0;
    let wake: (() => void) | undefined;
    let completes = 0;
    page.on('console', (message) => {
      if (message.text() === COMPLETE_SIGNAL) {
        completes++;
        wake?.();
        return;
      }
      if (message.text() !== RESULTS_SIGNAL) return;
      signals++;
      wake?.();
    });
    /** Waits until the page says the list is complete (at most `ms`); false when it never did. */
    const complete = async (seen: number, ms = TIMEOUT): Promise<boolean> => {
      const until = performance.now() + ms;
      while (completes <= seen) {
        const left = until - performance.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => (clearTimeout(timer), resolve());
        });
        wake = undefined;
      }
      return true;
    };
    /** Waits for a signal after the `seen`-th, then reads the page's figures. */
    const next = async (seen: number): Promise<BrowserState> => {
      const until = performance.now() + TIMEOUT;
      while (signals <= seen) {
        const left = until - performance.now();
        if (left <= 0) {
          const state = (await page.evaluate(READ_STATE).catch(() => undefined)) as BrowserState | undefined;
          throw new Error(`no results within ${TIMEOUT / 1000} s${state?.status ? ` (status: ${state.status})` : ''}`);
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => (clearTimeout(timer), resolve());
        });
        wake = undefined;
      }
      const state = (await page.evaluate(READ_STATE)) as BrowserState | undefined;
      if (state?.at === undefined) throw new Error('the page signalled results but recorded no time');
      return state;
    };
    return { next, seen: () => signals, complete, completes: () => completes };
  };
  const settle = () => server.quiet('/pagefind/', 400, 5_000);
  try {
    // First queries: a fresh profile (empty cache) per run.
    for (const query of queries) {
      const entry: SearchQueryResult = { query, firstRuns: [] };
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript({ content: OBSERVER });
        const watch = watchResults(page);
        server.reset();
        let measurement: QueryMeasurement;
        try {
          await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: TIMEOUT });
          await watch.next(0);
          // A page that searches its index in shards shows the newest shard's results first: wait for the whole list.
          await watch.complete(0);
          const state = (await page.evaluate(READ_STATE)) as BrowserState;
          await settle();
          const c = countersOf(server.log);
          measurement = {
            ...measured(c, state, state.at!),
            ...(state.pagefindStart !== null ? { pagefindStartMs: state.pagefindStart } : {}),
          };
          if (results.pageBytes === undefined) results.pageBytes = c.otherBytes;
        } catch (error) {
          measurement = failed(countersOf(server.log), error);
        }
        entry.firstRuns.push(measurement);
        await context.close();
      }
      results.queries.push(entry);
      const ok = entry.firstRuns.filter((r) => !r.error);
      console.error(
        `    search "${query}": ${ok[0]?.results ?? 0} results, first query ${formatBytes(ok[0]?.pagefindBytes ?? 0)} from pagefind/, ` +
          `${ok.map((r) => `${Math.round(r.ms!)} ms`).join(' / ') || entry.firstRuns[0]?.error}`,
      );
    }

    // Later queries: one page; a warm-up query first, then each query typed into the box.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript({ content: OBSERVER });
    const watch = watchResults(page);
    try {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(WARM_UP_QUERY)}`, { waitUntil: 'commit', timeout: TIMEOUT });
      await watch.next(0);
      await settle();
      for (const entry of results.queries) {
        server.reset();
        const seen = watch.seen();
        const completesSeen = watch.completes();
        let measurement: QueryMeasurement;
        try {
          await page.evaluate(`(() => {
            const b = window.__bench;
            Object.assign(b, { at: undefined, links: 0, empty: false, sawReset: false, expect: ${JSON.stringify(entry.query)} });
            const input = document.querySelector('[data-search] input[name="q"]') || document.querySelector('main input[name="q"]');
            input.value = ${JSON.stringify(entry.query)};
            input.dispatchEvent(new Event('input', { bubbles: true }));
            b.mark = performance.now();
            if (input.form) input.form.requestSubmit();
          })()`);
          await watch.next(seen);
          await watch.complete(completesSeen);
          const state = (await page.evaluate(READ_STATE)) as BrowserState;
          await settle();
          const c = countersOf(server.log);
          measurement = measured(c, state, state.at! - state.mark);
        } catch (error) {
          measurement = failed(countersOf(server.log), error);
        }
        entry.later = measurement;
        console.error(`    later "${entry.query}": ${formatBytes(measurement.pagefindBytes)} from pagefind/, ${measurement.error ?? `${Math.round(measurement.ms!)} ms`}`);
      }
    } catch (error) {
      console.error(`    later queries: ${(error as Error).message.split('\n')[0]}`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
