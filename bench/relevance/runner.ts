/**
 * Drives the real search page in Chromium (playwright-core) and scores the
 * results: each query runs in a fresh browser context (cold cache), typed into
 * the search box; we wait until the page has rendered results for exactly that
 * query, then read the result links, the bytes the server sent from
 * `pagefind/`, and the time to results.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium';
import { CATEGORIES, sitePathOf, type Category, type ResolvedQuery } from './queries';
import type { StaticServer } from '../lib/static-server';

/** Launches Chromium (bench/lib/chromium.ts); throws (never skips) when it is missing. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

export interface SearchOutcome {
  q: string;
  /** Site paths of the rendered results, in order (first page of results). */
  results: string[];
  /** Total results the page reported. */
  count: number;
  /** Bytes sent from `pagefind/` for this search, cold cache. */
  bytes: number;
  /** Of `bytes`, those fetched by the time the first results were on screen (the newest shard's, on a sharded index). */
  firstBytes: number;
  /** Each file fetched from `pagefind/` for this search and its bytes on the wire (where `bytes` went). */
  fetched: { path: string; bytes: number }[];
  /** Wall time from the last keystroke to rendered results (includes the input debounce). */
  ms: number;
  /** The page's own figure: search start to rendered results (no debounce). */
  clientMs: number;
  /** Result links as rendered (with text fragments). */
  hrefs: string[];
  /** Text of the rendered excerpts. */
  excerpts: string[];
}

export interface SearchOnceOptions {
  /** Extra URL query for the search page (`topic=ai`). */
  params?: string;
  /** Type key by key instead of filling the box at once. */
  typeKeys?: boolean;
  timeoutMs?: number;
}

export async function searchOnce(browser: Browser, server: StaticServer, q: string, options: SearchOnceOptions = {}): Promise<SearchOutcome> {
  const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(`search/${options.params ? `?${options.params}` : ''}`), { waitUntil: 'load' });
    server.reset();
    const input = page.locator('#search-q');
    await input.click();
    if (options.typeKeys) await input.pressSequentially(q, { delay: 20 });
    else await input.fill(q);
    const started = Date.now();
    // A sharded index shows the newest shard's results first (state `partial`), then every shard's (`done`).
    const shown = (states: readonly string[]) =>
      page
        .waitForFunction(
          ({ query, states }) => {
            const root = document.querySelector<HTMLElement>('[data-search]');
            const list = document.querySelector<HTMLElement>('[data-search-results]');
            return states.includes(root?.dataset.searchState ?? '') && list?.dataset.searchQuery === query;
          },
          { query: q.trim(), states },
          { timeout: options.timeoutMs ?? 15_000, polling: 10 },
        )
        .catch((error: Error) => {
          throw new Error(`search for "${q}" did not finish: ${error.message}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
        });
    await shown(['partial', 'done']);
    const firstBytes = server.bytesUnder('/pagefind/');
    await shown(['done']);
    const ms = Date.now() - started;
    const facts = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      return {
        hrefs: [...list.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        excerpts: [...list.querySelectorAll<HTMLElement>('.search-result-excerpt')].map((p) => p.textContent ?? ''),
        count: Number(list.dataset.searchCount ?? '0'),
        clientMs: Number(list.dataset.searchMs ?? '0'),
      };
    });
    // Every fetch of this search is done by now: the page renders only after the shown results' fragments arrived.
    if (errors.length) throw new Error(`page errors while searching "${q}": ${errors.join('; ')}`);
    return {
      q,
      results: facts.hrefs.map((h) => sitePathOf(h, server.base)),
      count: facts.count,
      bytes: server.bytesUnder('/pagefind/'),
      firstBytes,
      fetched: server.log.filter((r) => r.sitePath.startsWith('/pagefind/')).map((r) => ({ path: r.sitePath, bytes: r.bytes })),
      ms,
      clientMs: facts.clientMs,
      hrefs: facts.hrefs,
      excerpts: facts.excerpts,
    };
  } finally {
    await context.close();
  }
}

export interface ScoredQuery extends ResolvedQuery {
  outcome: SearchOutcome;
  success1: number;
  success3: number;
  recall5: number;
  /** Reciprocal rank of the first expected article among the shown results (0 when none is shown). */
  rr: number;
}

export function score(query: ResolvedQuery, outcome: SearchOutcome): ScoredQuery {
  const top = (k: number) => outcome.results.slice(0, k);
  const hit = (k: number) => (top(k).some((r) => query.expected.includes(r)) ? 1 : 0);
  const inTop5 = query.expected.filter((e) => top(5).includes(e)).length;
  return {
    ...query,
    outcome,
    success1: hit(1),
    success3: hit(3),
    recall5: inTop5 / Math.min(query.expected.length, 5),
    rr: (() => {
      const at = outcome.results.findIndex((r) => query.expected.includes(r));
      return at < 0 ? 0 : 1 / (at + 1);
    })(),
  };
}

export interface Summary {
  n: number;
  success1: number;
  success3: number;
  recall5: number;
  /** Mean reciprocal rank. */
  mrr: number;
  avgResults: number;
  avgBytes: number;
  maxBytes: number;
  /** Bytes until the first results were shown (the same as `bytes` on one index). */
  maxFirstBytes: number;
  avgMs: number;
  avgClientMs: number;
}

export function summarize(scored: ScoredQuery[]): Summary {
  const mean = (f: (s: ScoredQuery) => number) => (scored.length ? scored.reduce((a, s) => a + f(s), 0) / scored.length : 0);
  return {
    n: scored.length,
    success1: mean((s) => s.success1),
    success3: mean((s) => s.success3),
    recall5: mean((s) => s.recall5),
    mrr: mean((s) => s.rr),
    avgResults: mean((s) => s.outcome.count),
    avgBytes: mean((s) => s.outcome.bytes),
    maxBytes: Math.max(0, ...scored.map((s) => s.outcome.bytes)),
    maxFirstBytes: Math.max(0, ...scored.map((s) => s.outcome.firstBytes)),
    avgMs: mean((s) => s.outcome.ms),
    avgClientMs: mean((s) => s.outcome.clientMs),
  };
}

export function summarizeByCategory(scored: ScoredQuery[]): { category: Category | 'overall'; summary: Summary }[] {
  const out: { category: Category | 'overall'; summary: Summary }[] = [];
  for (const category of Object.keys(CATEGORIES) as Category[]) {
    const subset = scored.filter((s) => s.category === category);
    if (subset.length) out.push({ category, summary: summarize(subset) });
  }
  out.push({ category: 'overall', summary: summarize(scored) });
  return out;
}

export async function runBench(browser: Browser, server: StaticServer, queries: ResolvedQuery[], onEach?: (s: ScoredQuery) => void): Promise<ScoredQuery[]> {
  const scored: ScoredQuery[] = [];
  for (const query of queries) {
    const s = score(query, await searchOnce(browser, server, query.q));
    onEach?.(s);
    scored.push(s);
  }
  return scored;
}
