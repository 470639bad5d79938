/**
 * The script the search probe installs in the search page, what it reads back, and how that
 * becomes one query's figures. The page's own clock times the search; the probe only listens.
 */
import type { QueryMeasurement } from './results';
import type { Counters } from './search-fetches';

/** Console message the observer sends when it has recorded a time. */
export const RESULTS_SIGNAL = '__bench_results';
/** Console message the observer sends when the result list is complete (every index shard answered). */
export const COMPLETE_SIGNAL = '__bench_complete';

// Installed before any page script: records when the first result link for the expected query
// appears in [data-search-results] (or the page says there is none), in the page's own clock,
// and says so on the console, so the benchmark waits without running anything in the page.
export const OBSERVER = `(() => {
  const b = (window.__bench = { expect: new URLSearchParams(location.search).get('q') || '', mark: 0, at: undefined, links: 0, empty: false, sawReset: false, pageMs: undefined, status: '' });
  const check = () => {
    const root = document.querySelector('[data-search]');
    const done = document.querySelector('[data-search-results]');
    // Complete: the page says every shard has answered (data-search-state="done") for this query.
    if (b.at !== undefined && b.doneAt === undefined && root && done && root.getAttribute('data-search-state') === 'done' && done.getAttribute('data-search-query') === b.expect) {
      b.doneAt = performance.now();
      b.doneStatus = (document.querySelector('[data-search-status]') || {}).textContent || '';
      console.debug('${COMPLETE_SIGNAL}');
    }
    if (b.at !== undefined) return;
    const list = document.querySelector('[data-search-results]');
    if (!list) return;
    const links = list.querySelectorAll('a[href]').length;
    const q = list.getAttribute('data-search-query');
    if (links === 0 && b.mark !== 0) b.sawReset = true;
    const forThisQuery = q === null ? b.mark === 0 || b.sawReset : q === b.expect;
    const empty = document.querySelector('[data-search-empty]');
    const emptyShown = !!empty && !empty.hidden && q === b.expect;
    if ((links > 0 && forThisQuery) || emptyShown) {
      b.at = performance.now();
      b.links = links;
      b.empty = links === 0;
      b.pageMs = list.getAttribute('data-search-ms');
      // Bytes from pagefind/ whose response had ended when the first results appeared (Resource Timing, body as sent).
      b.firstBytes = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/') && e.responseEnd <= b.at).reduce((n, e) => n + (e.encodedBodySize || 0), 0);
      console.debug('${RESULTS_SIGNAL}');
      check();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export const READ_STATE = `(() => {
  const b = window.__bench;
  if (!b) return undefined;
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const pf = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).map((e) => e.startTime);
  return { at: b.at, mark: b.mark, links: b.links, empty: b.empty, status: status ? status.textContent : '', pageMs: list ? list.getAttribute('data-search-ms') : null, pagefindStart: pf.length ? Math.min(...pf) : null, firstBytes: b.firstBytes, doneAt: b.doneAt, doneStatus: b.doneStatus };
})()`;

export interface BrowserState {
  at?: number;
  mark: number;
  links: number;
  empty: boolean;
  status: string;
  pageMs: string | null;
  /** When the first pagefind/ request started, page clock. */
  pagefindStart: number | null;
  /** Bytes from pagefind/ received by the time the first results appeared. */
  firstBytes?: number;
  /** When the list was complete (every shard answered), page clock, and the status then. */
  doneAt?: number;
  doneStatus?: string;
}

const resultCount = (s: BrowserState) => {
  const m = /([\d,]+)\s*건/.exec(s.status ?? '');
  return m ? Number(m[1]!.replace(/,/g, '')) : s.links;
};

/** One query's figures: what the server sent, and what the page showed after `ms`. */
export function measured(c: Counters, state: BrowserState, ms: number): QueryMeasurement {
  return {
    pagefindBytes: c.pagefindBytes,
    pagefindRawBytes: c.pagefindRawBytes,
    pagefindRequests: c.pagefindRequests,
    ms,
    ...(state.pageMs ? { pageMs: Number(state.pageMs) } : {}),
    ...(state.firstBytes !== undefined ? { firstResultBytes: state.firstBytes } : {}),
    ...(state.doneAt !== undefined && state.at !== undefined ? { completeMs: ms + (state.doneAt - state.at) } : {}),
    results: state.doneStatus ? resultCount({ ...state, status: state.doneStatus }) : resultCount(state),
    byKind: c.byKind,
    ...(state.empty ? { error: 'no results' } : {}),
  };
}

/** A query that did not show results: what was sent, and why. */
export function failed(c: Counters, error: unknown): QueryMeasurement {
  return { pagefindBytes: c.pagefindBytes, pagefindRequests: c.pagefindRequests, error: (error as Error).message.split('\n')[0]! };
}
