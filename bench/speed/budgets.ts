/**
 * The performance budgets of issue "Scale and speed", checked against one
 * benchmark run. Pure: measurements in, one verdict per budget out.
 */
import { documentsWorkMs, fullBuild, type BenchResults, type BuildSteps, type ScalingPoint, type SizeRun } from './results';
import { formatBytes, formatDuration, type Verdict } from './table';
import { BASELINE_RATIO_LIMIT, baselineRatio } from '../baseline/compare';

export const BUDGET_N = 10_000;
/** The common word whose complete result list is timed. */
export const COMPLETE_LIST_QUERY = '인공지능';
const KB = 1024;
const GB = 1024 ** 3;

export const LIMITS = {
  ingestMs: 10_000,
  buildMs: 90_000,
  buildPeakBytes: 3 * GB,
  articleHtmlBytes: 30 * KB,
  articleCssBytes: 15 * KB,
  articleJsBytes: 0,
  homeHtmlBytes: 100 * KB,
  firstQueryBytes: 250 * KB,
  firstQueryMs: 500,
  laterQueryBytes: 100 * KB,
  /** The complete result list (every index shard) for the common word below. */
  completeListMs: 1500,
  /** The search lane (documents + index) of a rebuild after one new seed file, as a share of the full build's. */
  incrementalIndexShare: 0.15,
  /** Memory per extra article in the upper half of N may be at most this many times that of the lower half. */
  linearSlopeRatio: 1.5,
};

export interface BudgetRow {
  budget: string;
  limit: string;
  measured: string;
  verdict: Verdict;
}

export interface Linearity {
  verdict: Verdict;
  /** KiB of peak memory per extra article, between the smallest and the middle point, and the middle and the largest. */
  lowerKbPerArticle?: number;
  upperKbPerArticle?: number;
  detail: string;
}

/**
 * Is peak memory linear in N? Uses the largest process's exact high-water mark.
 * With points at N₁ < N₂ < N₃ (N₂ the point nearest
 * N₃/2), the cost of each extra article between N₂ and N₃ may be at most
 * `ratio` times the cost between N₁ and N₂ (plus 1 KiB/article for noise).
 * Superlinear growth (pairwise tables, quadratic scans) shows up as a steeper
 * upper half. Needs at least three distinct N.
 */
export function checkLinearity(points: readonly ScalingPoint[], ratio = LIMITS.linearSlopeRatio): Linearity {
  const byN = [...new Map(points.map((p) => [p.articles, p])).values()].sort((a, b) => a.articles - b.articles);
  if (byN.length < 3) return { verdict: 'n/a', detail: 'needs ingest runs at three or more sizes' };
  const first = byN[0]!;
  const last = byN.at(-1)!;
  const middle = byN
    .slice(1, -1)
    .reduce((best, p) => (Math.abs(p.articles - last.articles / 2) < Math.abs(best.articles - last.articles / 2) ? p : best));
  const lower = (middle.hwmKb - first.hwmKb) / (middle.articles - first.articles);
  const upper = (last.hwmKb - middle.hwmKb) / (last.articles - middle.articles);
  const ok = upper <= Math.max(lower, 0) * ratio + 1;
  return {
    verdict: ok ? 'PASS' : 'FAIL',
    lowerKbPerArticle: lower,
    upperKbPerArticle: upper,
    detail: `${lower.toFixed(1)} KB/article from ${first.articles.toLocaleString('en-US')} to ${middle.articles.toLocaleString('en-US')}, ${upper.toFixed(1)} KB/article from ${middle.articles.toLocaleString('en-US')} to ${last.articles.toLocaleString('en-US')}`,
  };
}

const under = (value: number | undefined, limit: number): Verdict => (value === undefined ? 'n/a' : value < limit ? 'PASS' : 'FAIL');
const atMost = (value: number | undefined, limit: number): Verdict => (value === undefined ? 'n/a' : value <= limit ? 'PASS' : 'FAIL');
const kFor = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en-US'));
const stepFailed = (run: SizeRun) => [run.ingest, run.astro, run.index, ...(run.stage ? [run.stage.documents] : [])].some((s) => s.exitCode !== 0);

/** The worst of the cold runs of each query: [bytes, ms (median of the runs)]. */
export function firstQueryWorst(results: BenchResults): { bytes?: number; ms?: number; query?: string; msQuery?: string; errors: string[] } {
  const errors: string[] = [];
  let bytes: number | undefined;
  let ms: number | undefined;
  let query: string | undefined;
  let msQuery: string | undefined;
  for (const q of results.search?.queries ?? []) {
    const ok = q.firstRuns.filter((r) => !r.error && r.ms !== undefined);
    for (const r of q.firstRuns) if (r.error) errors.push(`${q.query}: ${r.error}`);
    if (ok.length === 0) continue;
    // Bytes until the first results (a sharded index fetches its older shards after them); all bytes when the page does not say.
    const b = Math.max(...ok.map((r) => r.firstResultBytes ?? r.pagefindBytes));
    const times = ok.map((r) => r.ms!).sort((a, b2) => a - b2);
    const median = times[Math.floor((times.length - 1) / 2)]!;
    if (bytes === undefined || b > bytes) [bytes, query] = [b, q.query];
    if (ms === undefined || median > ms) [ms, msQuery] = [median, q.query];
  }
  return { ...(bytes !== undefined ? { bytes } : {}), ...(ms !== undefined ? { ms } : {}), ...(query ? { query } : {}), ...(msQuery ? { msQuery } : {}), errors };
}

export function evaluateBudgets(results: BenchResults): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const at = results.sizes.find((s) => s.n === BUDGET_N);
  const notRun = `not run at N = ${BUDGET_N.toLocaleString('en-US')}`;

  // Ingest
  rows.push({
    budget: `Ingest of ${BUDGET_N.toLocaleString('en-US')} articles`,
    limit: `< ${formatDuration(LIMITS.ingestMs)}`,
    measured: at ? formatDuration(at.ingest.ms) + (at.ingest.exitCode === 0 ? '' : ` (exit ${at.ingest.exitCode})`) : notRun,
    verdict: at ? (at.ingest.exitCode === 0 ? under(at.ingest.ms, LIMITS.ingestMs) : 'FAIL') : 'n/a',
  });
  const linear = checkLinearity(results.scaling);
  rows.push({ budget: 'Ingest peak memory linear in N', limit: `upper-half KB/article ≤ ${LIMITS.linearSlopeRatio}× lower half`, measured: linear.detail, verdict: linear.verdict });

  // Full build
  if (at && (at.astro.skipped || at.index.skipped)) {
    rows.push({ budget: `Full build of ${BUDGET_N.toLocaleString('en-US')} (ingest + astro + index)`, limit: `< ${formatDuration(LIMITS.buildMs)}`, measured: 'not run', verdict: 'n/a' });
    rows.push({ budget: `Full build of ${BUDGET_N.toLocaleString('en-US')}: peak memory`, limit: `< ${formatBytes(LIMITS.buildPeakBytes)}`, measured: 'not run', verdict: 'n/a' });
  } else if (at) {
    const whole = fullBuild(at);
    const total = whole.ms;
    const peak = whole.peakKb * 1024;
    const failed = stepFailed(at);
    rows.push({
      budget: `Full build of ${BUDGET_N.toLocaleString('en-US')} (ingest + astro + index)`,
      limit: `< ${formatDuration(LIMITS.buildMs)}`,
      measured: `${formatDuration(total)} (${[at.ingest.ms, whole.middleMs, ...(whole.afterMs ? [whole.afterMs] : [])].map(formatDuration).join(' + ')})${failed ? ', a step failed' : ''}`,
      verdict: failed ? 'FAIL' : under(total, LIMITS.buildMs),
    });
    rows.push({
      budget: `Full build of ${BUDGET_N.toLocaleString('en-US')}: peak memory`,
      limit: `< ${formatBytes(LIMITS.buildPeakBytes)}`,
      measured: formatBytes(peak),
      verdict: under(peak, LIMITS.buildPeakBytes),
    });
  } else {
    rows.push({ budget: `Full build of ${BUDGET_N.toLocaleString('en-US')} (ingest + astro + index)`, limit: `< ${formatDuration(LIMITS.buildMs)}`, measured: notRun, verdict: 'n/a' });
    rows.push({ budget: `Full build of ${BUDGET_N.toLocaleString('en-US')}: peak memory`, limit: `< ${formatBytes(LIMITS.buildPeakBytes)}`, measured: notRun, verdict: 'n/a' });
  }

  // Peak memory of the whole build at every N (the 50,000 run included).
  const built = results.sizes.filter((s) => !s.astro.skipped && !s.index.skipped);
  if (built.length) {
    const peaks = built.map((s) => ({ n: s.n, peak: fullBuild(s).peakKb * 1024 }));
    rows.push({
      budget: 'Full build: peak memory, all processes together (every N)',
      limit: `≤ ${formatBytes(LIMITS.buildPeakBytes)}`,
      measured: peaks.map((p) => `${kFor(p.n)}: ${formatBytes(p.peak)}`).join(', '),
      verdict: atMost(Math.max(...peaks.map((p) => p.peak)), LIMITS.buildPeakBytes),
    });
  }
  // Against a bare Astro + Pagefind build of the same articles in the same run, at 10,000 and every larger N.
  const compared = results.sizes.filter((s) => s.n >= BUDGET_N && s.baseline);
  const ratios = compared.map((s) => ({ n: s.n, ratio: baselineRatio(s) }));
  rows.push({
    budget: `Full build: time against bare Astro + Pagefind in the same run (${kFor(BUDGET_N)} and larger)`,
    limit: `≤ ${BASELINE_RATIO_LIMIT}×`,
    measured:
      ratios
        .map(({ n, ratio: r }) =>
          r
            ? `${kFor(n)}: ${r.ratio.toFixed(2)}× (${formatDuration(r.projectMs)} / ${formatDuration(r.bareMs)}${r.cpuRatio === undefined ? '' : `; cpu ${r.cpuRatio.toFixed(2)}×`})`
            : `${kFor(n)}: a build failed`,
        )
        .join(', ') || `not run at N ≥ ${BUDGET_N.toLocaleString('en-US')}`,
    verdict: ratios.length === 0 ? 'n/a' : ratios.every((r) => r.ratio && r.ratio.ratio <= BASELINE_RATIO_LIMIT) ? 'PASS' : 'FAIL',
  });

  // Incremental: the search lane (documents + index) after one new seed file, against the full build's.
  const inc = results.incremental;
  const full = inc ? results.sizes.find((s) => s.n === inc.n) : undefined;
  if (inc && full?.stage && inc.stage) {
    const lane = (b: BuildSteps) => ({ cpu: (b.stage!.documents.cpuMs ?? NaN) + (b.index.cpuMs ?? NaN), wall: documentsWorkMs(b.stage!) + b.index.ms });
    const a = lane(full);
    const b = lane(inc);
    const share = b.cpu / a.cpu;
    rows.push({
      budget: `Rebuild after one new seed file (${inc.added} articles) on ${kFor(inc.n)}: search documents + index, CPU time against the full build's`,
      limit: `≤ ${Math.round(LIMITS.incrementalIndexShare * 100)}%`,
      measured: Number.isFinite(share)
        ? `${(share * 100).toFixed(1)}% (CPU ${formatDuration(b.cpu)} / ${formatDuration(a.cpu)}; wall, the index step waiting for astro build included: ${formatDuration(b.wall)} / ${formatDuration(a.wall)})`
        : 'no CPU time measured',
      verdict: Number.isFinite(share) ? atMost(share, LIMITS.incrementalIndexShare) : 'n/a',
    });
  }

  // Pages, at every N
  const withPages = results.sizes.filter((s) => s.articlePages);
  const worst = (f: (s: SizeRun) => number) => (withPages.length ? Math.max(...withPages.map(f)) : undefined);
  const list = (f: (s: SizeRun) => string) => withPages.map((s) => `${kFor(s.n)}: ${f(s)}`).join(', ') || 'no article pages';
  rows.push({
    budget: 'Article page HTML (largest page)',
    limit: `< ${formatBytes(LIMITS.articleHtmlBytes)}`,
    measured: list((s) => formatBytes(s.articlePages!.largest.htmlBytes)),
    verdict: under(worst((s) => s.articlePages!.largest.htmlBytes), LIMITS.articleHtmlBytes),
  });
  rows.push({
    budget: 'Article page CSS (any page)',
    limit: `< ${formatBytes(LIMITS.articleCssBytes)}`,
    measured: list((s) => formatBytes(s.articlePages!.maxCssBytes)),
    verdict: under(worst((s) => s.articlePages!.maxCssBytes), LIMITS.articleCssBytes),
  });
  rows.push({
    budget: 'Article page JavaScript (any page)',
    limit: 'none',
    measured: list((s) => (s.articlePages!.pagesWithJs === 0 ? 'none' : `${s.articlePages!.pagesWithJs} pages, up to ${formatBytes(s.articlePages!.maxJsBytes)}`)),
    verdict: atMost(worst((s) => s.articlePages!.maxJsBytes), LIMITS.articleJsBytes),
  });
  const withHome = results.sizes.filter((s) => s.home);
  rows.push({
    budget: 'Home page HTML (every N)',
    limit: `< ${formatBytes(LIMITS.homeHtmlBytes)}`,
    measured: withHome.map((s) => `${kFor(s.n)}: ${formatBytes(s.home!.htmlBytes)}`).join(', ') || 'no home page',
    verdict: under(withHome.length ? Math.max(...withHome.map((s) => s.home!.htmlBytes)) : undefined, LIMITS.homeHtmlBytes),
  });

  // Search
  const search = results.search;
  const searchAt = search ? `N = ${kFor(search.n)}` : '';
  // At 10,000 and at every larger N (the 50,000 run).
  const budgetSearch = search && search.n >= BUDGET_N && !search.skipped;
  const first = firstQueryWorst(results);
  const na = (why: string) => ({ measured: why, verdict: 'n/a' as Verdict });
  const reason = !search ? 'not measured' : search.skipped ? `skipped: ${search.skipped}` : `measured at ${searchAt}, budget is for N = ${kFor(BUDGET_N)}`;
  rows.push({
    budget: 'Search, first query: bytes from pagefind/ until the first results (worst query)',
    limit: `< ${formatBytes(LIMITS.firstQueryBytes)}`,
    ...(budgetSearch
      ? first.bytes === undefined
        ? { measured: `no query showed results${first.errors.length ? ` (${first.errors[0]})` : ''}`, verdict: 'FAIL' as Verdict }
        : { measured: `${formatBytes(first.bytes)} (${first.query})`, verdict: under(first.bytes, LIMITS.firstQueryBytes) }
      : na(reason)),
  });
  rows.push({
    budget: 'Search, first query: time to results (worst query, median of runs)',
    limit: `< ${formatDuration(LIMITS.firstQueryMs)}`,
    ...(budgetSearch
      ? first.ms === undefined
        ? { measured: 'no query showed results', verdict: 'FAIL' as Verdict }
        : { measured: `${formatDuration(first.ms)} (${first.msQuery})`, verdict: under(first.ms, LIMITS.firstQueryMs) }
      : na(reason)),
  });
  const common = search?.queries.find((q) => q.query === COMPLETE_LIST_QUERY);
  const completeTimes = (common?.firstRuns ?? []).filter((r) => !r.error && r.completeMs !== undefined).map((r) => r.completeMs!).sort((a, b) => a - b);
  const completeMedian = completeTimes.length ? completeTimes[Math.floor((completeTimes.length - 1) / 2)] : undefined;
  rows.push({
    budget: `Search, first query: complete result list for ${COMPLETE_LIST_QUERY} (median of runs)`,
    limit: `≤ ${formatDuration(LIMITS.completeListMs)}`,
    ...(budgetSearch
      ? completeMedian === undefined
        ? { measured: common ? 'the page never said the list was complete' : `${COMPLETE_LIST_QUERY} not among the queries`, verdict: common ? ('FAIL' as Verdict) : ('n/a' as Verdict) }
        : { measured: `${formatDuration(completeMedian)} (${common!.firstRuns.find((r) => r.results)?.results ?? '?'} results)`, verdict: atMost(completeMedian, LIMITS.completeListMs) }
      : na(reason)),
  });
  const later = (search?.queries ?? []).map((q) => q.later).filter((m) => m && !m.error) as NonNullable<SearchResultsLater>[];
  const laterWorst = later.length ? Math.max(...later.map((m) => m.pagefindBytes)) : undefined;
  rows.push({
    budget: 'Search, later queries: bytes from pagefind/ (worst query)',
    limit: `< ${formatBytes(LIMITS.laterQueryBytes)}`,
    ...(budgetSearch
      ? laterWorst === undefined
        ? { measured: 'not measured', verdict: 'FAIL' as Verdict }
        : { measured: formatBytes(laterWorst), verdict: under(laterWorst, LIMITS.laterQueryBytes) }
      : na(reason)),
  });
  return rows;
}

type SearchResultsLater = NonNullable<BenchResults['search']>['queries'][number]['later'];
