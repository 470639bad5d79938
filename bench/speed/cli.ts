/**
 * npm run bench          N = 1,000 and 10,000: build times, memory, sizes, search in Chromium, incremental rebuild
 * npm run bench:large    N = 50,000
 *
 * Every step runs as a child process exactly as `npm run build` runs it, against a
 * generated corpus in bench/work/ (git-ignored; never content/). Prints the tables
 * and writes them to bench/results.md. See bench/README.md for what is measured how.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAstroPhases, shareCardLine } from './astro-log';
import { evaluateBudgets } from './budgets';
import { parseIngestSummary } from './ingest-log';
import { extractPageAssets, lowerMedian, siteFileFor } from './html-assets';
import {
  createPeakTracker,
  parseGnuTimeVerbose,
  parseProcStat,
  parseProcStatus,
  processTree,
  type ProcStat,
  type TreeSample,
} from './process-stats';
import { mergeSection, renderSection } from './report';
import type {
  ArticlePagesStats,
  BenchResults,
  BuildSteps,
  IncrementalResult,
  Machine,
  PageStats,
  QueryMeasurement,
  SearchQueryResult,
  SearchResults,
  SizeRun,
  StepResult,
} from './results';
import { formatBytes, formatDuration } from './table';
import { buildStages, type BuildCommand } from '../../src/lib/build/pipeline';
import { chromiumArgs, chromiumVersion, findChromium } from '../lib/chromium';
import { startStaticServer, type FetchRecord } from '../lib/static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const DEFAULT_QUERIES = ['인공지능', '연구개발특구', '과기정통부 예산', '정보보호', '디지털 배움터', '반도체'];
const WARM_UP_QUERY = '과학기술';
const POLL_MS = 100;

const USAGE = `usage: npm run bench [-- options]      (npm run bench:large = --large)

  --large               N = 50,000 (search measured at 50,000, no incremental case)
  --sizes A,B,…         corpus sizes, e.g. 1000,10000 or 1k,10k (default 1k,10k)
  --search-at N|none    build to run the browser queries on (default 10000, or the largest size)
  --incremental-at N|none  build to add one 30-article seed file to and rebuild (default 10000 when run)
  --queries "q1,q2,…"   search queries (default: ${DEFAULT_QUERIES.join(', ')})
  --runs K              cold runs per query (default 5)
  --no-gzip             serve text files uncompressed to the browser (default: gzip, as static hosts do)
  --seed S              corpus seed (default "bench")
  --no-plain            skip the plain Pagefind index for comparison
  --avoid-numeric-ids   generate the corpus with --avoid-numeric-ids (ids such as 0135331e0165 that
                        YAML reads as numbers are drawn again); the report says so
  --ingest-only         generate and ingest only (no astro build, index, search or incremental case)
  --rerender            rewrite the results section from bench/work/results-<preset>.json (no measuring)
  --only-search         measure search only, on the build a previous run left in bench/work/n<search-at>/dist
  --work DIR            scratch folder (default bench/work)
  --results FILE        Markdown file to update (default bench/results.md; "-" to write none)
Exit codes: 0 every budget passed (or not applicable), 1 a budget failed, 2 bad usage, 3 the benchmark itself broke`;

interface Options {
  preset: 'standard' | 'large';
  sizes: number[];
  searchAt?: number;
  incrementalAt?: number;
  queries: string[];
  runs: number;
  seed: string;
  plain: boolean;
  avoidNumericIds: boolean;
  onlySearch: boolean;
  ingestOnly: boolean;
  rerender: boolean;
  gzip: boolean;
  work: string;
  results?: string;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      large: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      'search-at': { type: 'string' },
      'incremental-at': { type: 'string' },
      queries: { type: 'string' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: 'bench' },
      'no-plain': { type: 'boolean', default: false },
      'avoid-numeric-ids': { type: 'boolean', default: false },
      'only-search': { type: 'boolean', default: false },
      'ingest-only': { type: 'boolean', default: false },
      rerender: { type: 'boolean', default: false },
      'no-gzip': { type: 'boolean', default: false },
      work: { type: 'string', default: 'bench/work' },
      results: { type: 'string', default: 'bench/results.md' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const preset = values.large ? 'large' : 'standard';
  const whole = (s: string, what: string) => {
    const k = /^(\d+(?:\.\d+)?)k$/i.exec(s.trim());
    const n = k ? Number(k[1]) * 1000 : Number(s.trim().replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: "${s}" is not a whole number ≥ 1`);
    return n;
  };
  const sizes = values.sizes
    ? values.sizes.split(/[\s,;]+/).filter(Boolean).map((s) => whole(s, '--sizes'))
    : preset === 'large'
      ? [50_000]
      : [1_000, 10_000];
  const pickSize = (value: string | undefined, fallback: number | undefined, what: string) => {
    if (value === 'none') return undefined;
    if (value === undefined) return fallback;
    const n = whole(value, what);
    if (!sizes.includes(n)) throw new Error(`${what} ${n} is not one of --sizes ${sizes.join(',')}`);
    return n;
  };
  const largest = Math.max(...sizes);
  const runs = whole(values.runs, '--runs');
  return {
    preset,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    searchAt: pickSize(values['search-at'], sizes.includes(10_000) ? 10_000 : largest, '--search-at'),
    incrementalAt: pickSize(values['incremental-at'], preset === 'large' ? undefined : sizes.includes(10_000) ? 10_000 : largest, '--incremental-at'),
    queries: values.queries ? values.queries.split(',').map((q) => q.trim()).filter(Boolean) : DEFAULT_QUERIES,
    runs,
    seed: values.seed,
    plain: !values['no-plain'],
    avoidNumericIds: values['avoid-numeric-ids'],
    onlySearch: values['only-search'],
    ingestOnly: values['ingest-only'],
    rerender: values.rerender,
    gzip: !values['no-gzip'],
    work: path.resolve(ROOT, values.work),
    ...(values.results === '-' ? {} : { results: path.resolve(ROOT, values.results) }),
  };
}

/* --------------------------------------------------------------------------------------------- */
/* Child processes, timed, with the peak memory of their whole process tree                       */
/* --------------------------------------------------------------------------------------------- */

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | undefined;
function hasGnuTime(): boolean {
  if (gnuTimeWorks === undefined) {
    const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }) : undefined;
    gnuTimeWorks = probe?.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '');
  }
  return gnuTimeWorks;
}
const hasProc = existsSync('/proc/self/status');

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const probe = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const n = Number(probe.stdout?.trim());
    clockTicks = probe.status === 0 && n > 0 ? n : 100;
  }
  return clockTicks;
}

function sampleTree(rootPid: number, exclude: number | undefined): TreeSample[] {
  const all: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) all.push(stat);
    } catch {
      // gone between readdir and read
    }
  }
  const samples: TreeSample[] = [];
  const ticks = new Map(all.map((p) => [p.pid, p.cpuTicks]));
  for (const pid of processTree(rootPid, all)) {
    if (pid === exclude) continue;
    try {
      const s = parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      samples.push({ pid, ...(s.name ? { name: s.name } : {}), rssKb: s.vmRssKb ?? 0, hwmKb: s.vmHwmKb ?? 0, cpuTicks: ticks.get(pid) ?? 0 });
    } catch {
      // exited
    }
  }
  return samples;
}

interface StepSpec {
  label: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  logFile: string;
  /** Label of a step in another lane of runParallel: this step's standard input is closed when that one has exited. */
  waitsFor?: string;
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  // Node 24 from node_modules/.bin first: tsx and astro are `#!/usr/bin/env node` scripts.
  PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
});

/** `inputEnds`: the step's standard input is a pipe closed when this settles; without it, none. */
async function runStep(spec: StepSpec, inputEnds?: Promise<void>): Promise<StepResult> {
  mkdirSync(path.dirname(spec.logFile), { recursive: true });
  const timeFile = `${spec.logFile}.time`;
  rmSync(timeFile, { force: true });
  const wrap = hasGnuTime();
  const argv = wrap ? [GNU_TIME, '-v', '-o', timeFile, spec.command, ...spec.args] : [spec.command, ...spec.args];
  const log = openSync(spec.logFile, 'w');
  const tracker = createPeakTracker();
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env: { ...baseEnv(), ...spec.env }, stdio: [inputEnds ? 'pipe' : 'ignore', log, log] });
  if (inputEnds && child.stdin) {
    const input = child.stdin;
    input.on('error', () => undefined);
    void inputEnds.then(() => input.end());
  }
  const poll = hasProc && child.pid !== undefined ? setInterval(() => tracker.add(sampleTree(child.pid!, wrap ? child.pid : undefined)), POLL_MS) : undefined;
  if (poll && child.pid !== undefined) tracker.add(sampleTree(child.pid, wrap ? child.pid : undefined));
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      writeFileSync(spec.logFile, `\n${error.message}\n`, { flag: 'a' });
      resolve(127);
    });
    child.on('exit', (code) => resolve(code));
  });
  const ms = performance.now() - started;
  if (poll) clearInterval(poll);
  closeSync(log);
  let cpuMs: number | undefined;
  if (wrap && existsSync(timeFile)) {
    const report = parseGnuTimeVerbose(readFileSync(timeFile, 'utf8'));
    if (report.maxRssKb !== undefined) tracker.addSingle(report.maxRssKb, `${path.basename(spec.command)} (GNU time)`);
    if (report.userSeconds !== undefined && report.systemSeconds !== undefined) cpuMs = (report.userSeconds + report.systemSeconds) * 1000;
  }
  const peak = tracker.result();
  // GNU time misses children their parent never waited for (Pagefind's binary); /proc sampling sees them.
  if (peak.cpuTicks > 0) cpuMs = Math.max(cpuMs ?? 0, (peak.cpuTicks / ticksPerSecond()) * 1000);
  const result: StepResult = {
    label: spec.label,
    command: [spec.command, ...spec.args].map((a) => (path.isAbsolute(a) && !path.relative(ROOT, a).startsWith('..') ? path.relative(ROOT, a) : a)).join(' '),
    ms,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    exitCode,
    peakKb: peak.peakKb,
    treeRssKb: peak.treeRssKb,
    singleHwmKb: peak.singleHwmKb,
    ...(peak.singleName ? { singleName: peak.singleName } : {}),
    logFile: path.relative(ROOT, spec.logFile),
  };
  const status = exitCode === 0 ? '' : `  ✗ exit ${exitCode ?? 'signal'} — see ${result.logFile}`;
  const cpu = cpuMs === undefined ? '' : `  cpu ${formatDuration(cpuMs).padStart(9)}`;
  console.error(`    ${spec.label.padEnd(28)} ${formatDuration(ms).padStart(10)}${cpu}  peak ${formatBytes(peak.peakKb * 1024).padStart(9)}${status}`);
  if (exitCode !== 0) {
    const tail = readFileSync(spec.logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    console.error(tail.replace(/^/gm, '      | '));
  }
  return result;
}

/**
 * Lanes of steps that run at the same time (a stage of the build); the steps
 * of a lane run one after another, and a lane stops at a failed step. Each
 * step is measured as by runStep; the stage's own peak is the largest sum over
 * all of this process's children at one sample, since the steps share the machine.
 */
async function runParallel(lanes: StepSpec[][]): Promise<{ steps: StepResult[][]; ms: number; peakKb: number }> {
  const tracker = createPeakTracker();
  const started = performance.now();
  const poll = hasProc ? setInterval(() => tracker.add(sampleTree(process.pid, process.pid)), POLL_MS) : undefined;
  // A step that waits for another is let go when that one exits, failed or not (it then finds what is missing itself).
  const exited = new Map(lanes.flat().map((spec) => [spec.label, Promise.withResolvers<void>()]));
  const steps = await Promise.all(
    lanes.map(async (lane) => {
      const done: StepResult[] = [];
      for (const spec of lane) {
        const result = await runStep(spec, spec.waitsFor ? exited.get(spec.waitsFor)?.promise : undefined);
        exited.get(spec.label)!.resolve();
        done.push(result);
        if (result.exitCode !== 0) break;
      }
      for (const spec of lane.slice(done.length)) exited.get(spec.label)!.resolve();
      return done;
    }),
  );
  if (poll) clearInterval(poll);
  const ms = performance.now() - started;
  const peak = tracker.result();
  return { steps, ms, peakKb: Math.max(peak.treeRssKb, ...steps.flat().map((s) => s.singleHwmKb)) };
}

/* --------------------------------------------------------------------------------------------- */
/* Files                                                                                          */
/* --------------------------------------------------------------------------------------------- */

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

function folderSize(dir: string): { bytes: number; files: number; htmlFiles: number } {
  const total = { bytes: 0, files: 0, htmlFiles: 0 };
  if (!existsSync(dir)) return total;
  walk(dir, (file, size) => {
    total.bytes += size;
    total.files++;
    if (file.endsWith('.html')) total.htmlFiles++;
  });
  return total;
}

function pageStatsReader(distDir: string) {
  const assetSize = new Map<string, number>();
  const sizeOf = (sitePath: string) => {
    let size = assetSize.get(sitePath);
    if (size === undefined) {
      const file = siteFileFor(sitePath);
      size = file && existsSync(path.join(distDir, file)) ? statSync(path.join(distDir, file)).size : 0;
      assetSize.set(sitePath, size);
    }
    return size;
  };
  return (sitePath: string): PageStats | undefined => {
    const file = siteFileFor(sitePath);
    if (!file || !existsSync(path.join(distDir, file))) return undefined;
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const assets = extractPageAssets(html, sitePath);
    return {
      path: sitePath,
      htmlBytes: Buffer.byteLength(html, 'utf8'),
      cssBytes: assets.stylesheets.reduce((sum, s) => sum + sizeOf(s), 0) + assets.inlineStyleBytes,
      jsBytes: assets.scripts.reduce((sum, s) => sum + sizeOf(s), 0) + assets.inlineScriptBytes,
      stylesheets: assets.stylesheets,
      scripts: assets.scripts,
    };
  };
}

function articlePageStats(distDir: string): ArticlePagesStats | undefined {
  const dir = path.join(distDir, 'articles');
  if (!existsSync(dir)) return undefined;
  const read = pageStatsReader(distDir);
  const pages: PageStats[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const stats = read(`/articles/${entry.name}/`);
    if (stats) pages.push(stats);
  }
  if (pages.length === 0) return undefined;
  pages.sort((a, b) => a.htmlBytes - b.htmlBytes || (a.path < b.path ? -1 : 1));
  return {
    count: pages.length,
    largest: pages.at(-1)!,
    median: lowerMedian(pages)!,
    maxCssBytes: Math.max(...pages.map((p) => p.cssBytes)),
    maxJsBytes: Math.max(...pages.map((p) => p.jsBytes)),
    pagesWithJs: pages.filter((p) => p.jsBytes > 0).length,
  };
}

function countLines(file: string): number {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').length;
}

/* --------------------------------------------------------------------------------------------- */
/* What a search fetched (from the static server's log)                                           */
/* --------------------------------------------------------------------------------------------- */

interface Counters {
  /** Bytes on the wire (gzip-compressed for text files when the browser asks for it). */
  pagefindBytes: number;
  /** The same responses' file sizes, uncompressed. */
  pagefindRawBytes: number;
  pagefindRequests: number;
  otherBytes: number;
  otherRequests: number;
  /** Bytes per kind of pagefind/ file. */
  byKind: Record<string, number>;
}

/** What a file under pagefind/ is, for the breakdown of a query's bytes. */
function pagefindKind(pathname: string): string {
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (pathname.includes('/index/')) return 'word index chunks';
  if (pathname.includes('/fragment/')) return 'result fragments';
  if (pathname.includes('/filter/')) return 'filters';
  if (name.endsWith('.pf_meta')) return 'metadata (page list)';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.js')) return 'JS (pagefind.js, worker)';
  return 'entry and config JSON';
}

/** Sums the server's log since its last reset into what a query fetched. */
function countersOf(log: readonly FetchRecord[]): Counters {
  const c: Counters = { pagefindBytes: 0, pagefindRawBytes: 0, pagefindRequests: 0, otherBytes: 0, otherRequests: 0, byKind: {} };
  for (const r of log) {
    if (r.sitePath.startsWith('/pagefind/')) {
      c.pagefindBytes += r.bytes;
      c.pagefindRawBytes += r.rawBytes;
      c.pagefindRequests++;
      const kind = pagefindKind(r.sitePath);
      c.byKind[kind] = (c.byKind[kind] ?? 0) + r.bytes;
    } else {
      c.otherBytes += r.bytes;
      c.otherRequests++;
    }
  }
  return c;
}

/* --------------------------------------------------------------------------------------------- */
/* Search in Chromium                                                                             */
/* --------------------------------------------------------------------------------------------- */

/** The browser for the search measurements, if this machine has one (the benchmark never installs it). */
function benchChromium(): { path: string; version: string } | { missing: string } {
  try {
    const executable = findChromium({ install: false });
    return { path: executable, version: chromiumVersion(executable) };
  } catch (error) {
    return { missing: (error as Error).message.trim().split('\n').filter(Boolean).slice(-4).join(' ') };
  }
}

/** Articles in the seed file the incremental case adds (a day's edition is 15–30). */
const INCREMENTAL_ARTICLES = 30;

/** Console message the observer sends when it has recorded a time. */
const RESULTS_SIGNAL = '__bench_results';
/** Console message the observer sends when the result list is complete (every index shard answered). */
const COMPLETE_SIGNAL = '__bench_complete';

// Installed before any page script: records when the first result link for the expected query
// appears in [data-search-results] (or the page says there is none), in the page's own clock,
// and says so on the console, so the benchmark waits without running anything in the page.
const OBSERVER = `(() => {
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

const READ_STATE = `(() => {
  const b = window.__bench;
  if (!b) return undefined;
  const status = document.querySelector('[data-search-status]');
  const list = document.querySelector('[data-search-results]');
  const pf = performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).map((e) => e.startTime);
  return { at: b.at, mark: b.mark, links: b.links, empty: b.empty, status: status ? status.textContent : '', pageMs: list ? list.getAttribute('data-search-ms') : null, pagefindStart: pf.length ? Math.min(...pf) : null, firstBytes: b.firstBytes, doneAt: b.doneAt, doneStatus: b.doneStatus };
})()`;

interface BrowserState {
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
function measured(c: Counters, state: BrowserState, ms: number): QueryMeasurement {
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
function failed(c: Counters, error: unknown): QueryMeasurement {
  return { pagefindBytes: c.pagefindBytes, pagefindRequests: c.pagefindRequests, error: (error as Error).message.split('\n')[0]! };
}

async function measureSearch(distDir: string, n: number, queries: string[], runs: number, gzip: boolean): Promise<SearchResults> {
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

/* --------------------------------------------------------------------------------------------- */
/* The run                                                                                        */
/* --------------------------------------------------------------------------------------------- */

function packageVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function machine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) osName = `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux
  }
  const node = spawnSync('node', ['--version'], { encoding: 'utf8', env: baseEnv() }).stdout?.trim() || process.version;
  return {
    cpu: os.cpus()[0]?.model?.trim() || os.arch(),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: osName,
    node,
    ...(packageVersion('astro') ? { astro: packageVersion('astro')! } : {}),
    ...(packageVersion('pagefind') ? { pagefind: packageVersion('pagefind')! } : {}),
    memorySource: hasGnuTime()
      ? `largest of (a) the sum of VmRSS over the step's process tree, sampled every ${POLL_MS} ms from /proc, and (b) the largest single-process high-water mark (VmHWM; GNU time's maximum resident set size)`
      : `largest of the sum of VmRSS over the step's process tree (sampled every ${POLL_MS} ms from /proc) and the largest single-process VmHWM; /usr/bin/time not found (apt-get install time adds an exact cross-check)`,
  };
}

function revision(): string | undefined {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  const changed = (dirty.stdout ?? '').split('\n').filter(Boolean).length;
  return `${head.stdout.trim()}${changed ? ` with ${changed} uncommitted file change${changed === 1 ? '' : 's'}` : ''}`;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.rerender) {
    const json = path.join(options.work, `results-${options.preset}.json`);
    if (!existsSync(json)) {
      console.error(`bench: ${path.relative(ROOT, json)} not found; run the benchmark first`);
      return 3;
    }
    return writeResults(JSON.parse(readFileSync(json, 'utf8')) as BenchResults, options, false);
  }
  if (options.onlySearch) {
    if (options.searchAt === undefined) {
      console.error('bench: --only-search needs --search-at N');
      return 2;
    }
    const dist = path.join(options.work, `n${options.searchAt}`, 'dist');
    const search = await measureSearch(dist, options.searchAt, options.queries, options.runs, options.gzip);
    console.log(JSON.stringify(search, null, 2));
    return search.skipped ? 3 : 0;
  }
  const started = performance.now();
  const load = { start: os.loadavg()[0]!, max: os.loadavg()[0]! };
  const loadPoll = setInterval(() => (load.max = Math.max(load.max, os.loadavg()[0]!)), 5_000);
  loadPoll.unref();
  const work = options.work;
  const logs = path.join(work, 'logs', options.preset);
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const tsx = path.join(BIN, 'tsx');
  const notes: string[] = [];
  const m = machine();
  if (!hasGnuTime()) notes.push('`/usr/bin/time` was not available: peak memory comes from /proc polling alone.');
  if (!hasProc) notes.push('No /proc: peak memory could not be sampled.');
  if (options.ingestOnly) notes.push('Run with `--ingest-only`: the corpus was generated and ingested; astro build, the search index, search and the incremental case were not run.');
  const plain = options.plain;
  if (options.avoidNumericIds) {
    notes.push(
      'Generated with `--avoid-numeric-ids`: lines whose article id reads as a YAML 1.2 number (e.g. `0135331e0165`, `031182635124`) were drawn again.',
    );
  }

  const bankFiles = existsSync(path.join(ROOT, 'content', 'seeds'))
    ? readdirSync(path.join(ROOT, 'content', 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    : [];
  const bankHash = createHash('sha256')
    .update(bankFiles.map((f) => readFileSync(path.join(ROOT, 'content', 'seeds', f), 'utf8')).join('\n\u0000'))
    .digest('hex')
    .slice(0, 12);

  console.error(`bench (${options.preset}): N = ${options.sizes.join(', ')} on ${m.cores} cores, ${formatBytes(m.memoryBytes)}; scratch ${path.relative(ROOT, work)}/`);
  const results: BenchResults = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ...(revision() ? { revision: revision()! } : {}),
    preset: options.preset,
    machine: m,
    corpus: {
      seed: options.seed + (options.avoidNumericIds ? ' --avoid-numeric-ids' : ''),
      bank: `content/seeds (${bankFiles.length} file${bankFiles.length === 1 ? '' : 's'}, ${bankHash})`,
    },
    sizes: [],
    scaling: [],
    totalMs: 0,
    notes,
  };

  const dirs = (n: number) => {
    const dir = path.join(work, `n${n}`);
    return {
      dir,
      content: path.join(dir, 'content'),
      seeds: path.join(dir, 'content', 'seeds'),
      dist: path.join(dir, 'dist'),
      plain: path.join(dir, 'plain-pagefind'),
      cache: path.join(dir, 'astro-cache'),
      buildCache: path.join(dir, 'build-cache'),
      config: path.join(dir, 'astro.config.bench.mjs'),
    };
  };
  const logFor = (n: number, label: string) => path.join(logs, `n${n}-${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.log`);
  // A site address, as a deployed build has: with it the build writes the sitemap, the feed and the share cards.
  const envFor = (n: number) => ({
    DIGEST_CONTENT_DIR: dirs(n).content,
    DIGEST_OUT_DIR: dirs(n).dist,
    DIGEST_CACHE_DIR: dirs(n).buildCache,
    SITE_URL: process.env.SITE_URL || 'https://bench.example.org',
  });
  // The stages of `npm run build` (src/lib/build/pipeline.ts), each command measured on its own.
  const buildSteps = async (n: number, suffix = ''): Promise<BuildSteps> => {
    const d = dirs(n);
    const [[[ingestCmd]], [[astroCmd], [documentsCmd, indexCmd]]] = buildStages({ astroConfig: path.relative(ROOT, d.config) }) as [
      [[BuildCommand]],
      [[BuildCommand], [BuildCommand, BuildCommand]],
    ];
    const spec = (c: BuildCommand, log: string): StepSpec => ({
      label: `${c.name}${suffix}`,
      command: path.join(BIN, c.bin),
      args: c.args,
      env: envFor(n),
      logFile: logFor(n, `${log}${suffix}`),
      ...(c.waitsFor ? { waitsFor: `${c.waitsFor}${suffix}` } : {}),
    });
    const ingest = await runStep(spec(ingestCmd, 'ingest'));
    if (ingest.exitCode !== 0 || options.ingestOnly) {
      const why = options.ingestOnly ? '--ingest-only' : undefined;
      return { ingest, astro: skipped(`astro build${suffix}`, why), index: skipped(`search index${suffix}`, why) };
    }
    const middle = await runParallel([
      [spec(astroCmd, 'astro')],
      [spec(documentsCmd, 'documents'), spec(indexCmd, 'index')],
    ]);
    const [[astroStep], [documents, indexStep]] = middle.steps as [[StepResult], [StepResult, StepResult?]];
    const stage = { ms: middle.ms, peakKb: middle.peakKb, documents, withIndex: true };
    console.error(`    ${'  = side by side'.padEnd(28)} ${formatDuration(middle.ms).padStart(10)}  peak ${formatBytes(middle.peakKb * 1024).padStart(9)}`);
    const index = indexStep ?? skipped(`search index${suffix}`);
    return { ingest, astro: astroStep, stage, index };
  };

  for (const n of options.sizes) {
    console.error(`\n  N = ${n.toLocaleString('en-US')}`);
    const d = dirs(n);
    rmSync(d.dir, { recursive: true, force: true });
    mkdirSync(d.seeds, { recursive: true });
    // Astro's cache (content data store) per corpus, so runs never share or clobber node_modules/.astro.
    writeFileSync(
      d.config,
      `// Written by bench/speed/cli.ts: the project's config with a cache folder of this corpus's own.\n` +
        `import config from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};\n` +
        `export default { ...config, cacheDir: ${JSON.stringify(`${d.cache}/`)} };\n`,
    );
    const generate = await runStep({
      label: 'generate corpus',
      command: tsx,
      args: ['bench/corpus/cli.ts', '--count', String(n), '--out', d.seeds, '--seed', options.seed, '--clean', ...(options.avoidNumericIds ? ['--avoid-numeric-ids'] : [])],
      logFile: logFor(n, 'generate'),
    });
    if (generate.exitCode !== 0) return 3;
    const seedFiles = readdirSync(d.seeds).filter((f) => f.endsWith('.txt'));
    const steps = await buildSteps(n);
    const run: SizeRun = {
      n,
      seedFiles: seedFiles.length,
      corpusBytes: seedFiles.reduce((s, f) => s + statSync(path.join(d.seeds, f)).size, 0),
      entries: existsSync(path.join(d.content, 'articles')) ? readdirSync(path.join(d.content, 'articles')).filter((f) => f.endsWith('.md')).length : 0,
      ...ingestCountsOf(steps.ingest),
      generate,
      ...steps,
      indexBytes: 0,
      indexFiles: 0,
      dist: folderSize(d.dist),
      astroPhases: existsSync(logFor(n, 'astro')) ? parseAstroPhases(readFileSync(logFor(n, 'astro'), 'utf8')) : [],
    };
    const index = folderSize(path.join(d.dist, 'pagefind'));
    run.indexBytes = index.bytes;
    run.indexFiles = index.files;
    if (steps.index.exitCode === 0 && plain) {
      const step = await runStep({ label: 'plain Pagefind index', command: tsx, args: ['scripts/index-search.ts', '--plain', '--out', d.plain], env: envFor(n), logFile: logFor(n, 'plain-index') });
      const size = folderSize(d.plain);
      run.plainIndex = { step, bytes: size.bytes, files: size.files };
    }
    if (steps.astro.exitCode === 0) {
      const pages = articlePageStats(d.dist);
      if (pages) run.articlePages = pages;
      const home = pageStatsReader(d.dist)('/');
      if (home) run.home = home;
    }
    const cardLine = existsSync(logFor(n, 'astro')) ? shareCardLine(readFileSync(logFor(n, 'astro'), 'utf8')) : undefined;
    if (cardLine) notes.push(`N = ${n.toLocaleString('en-US')}, cold build: ${cardLine} (${folderSize(path.join(d.dist, 'og')).files.toLocaleString('en-US')} files in dist/og/).`);
    results.sizes.push(run);
    results.scaling.push({ articles: n, ms: steps.ingest.ms, peakKb: steps.ingest.peakKb, hwmKb: steps.ingest.singleHwmKb });

    if (n === options.searchAt && !options.ingestOnly) {
      if (steps.index.exitCode === 0) {
        console.error(`    search in the browser (${options.queries.length} queries × ${options.runs} cold runs, then typed)…`);
        try {
          results.search = await measureSearch(d.dist, n, options.queries, options.runs, options.gzip);
        } catch (error) {
          results.search = { n, browser: '', queries: [], skipped: `browser run failed: ${(error as Error).message.split('\n')[0]}` };
        }
        if (results.search.skipped) console.error(`    search not measured: ${results.search.skipped}`);
      } else {
        results.search = { n, browser: '', queries: [], skipped: 'the build failed' };
      }
    }
  }

  // Ingest over growing prefixes of the largest corpus: is memory (and time) linear in N?
  const largest = Math.max(...options.sizes);
  const big = dirs(largest);
  const ordered = readdirSync(big.seeds).filter((f) => f.endsWith('.txt')).sort();
  const cumulative: number[] = [];
  ordered.reduce((sum, f, i) => (cumulative[i] = sum + countLines(path.join(big.seeds, f))), 0);
  const scalingDir = path.join(work, `scaling-${options.preset}`);
  const taken = new Set(results.scaling.map((p) => p.articles));
  console.error(`\n  ingest over prefixes of the ${largest.toLocaleString('en-US')} corpus`);
  for (const share of [0.25, 0.5]) {
    const upto = cumulative.findIndex((c) => c >= share * largest);
    if (upto < 0 || upto === ordered.length - 1 || taken.has(cumulative[upto]!)) continue;
    rmSync(scalingDir, { recursive: true, force: true });
    mkdirSync(scalingDir, { recursive: true });
    const files = ordered.slice(0, upto + 1).map((f) => path.join(big.seeds, f));
    const step = await runStep({
      label: `ingest ${cumulative[upto]!.toLocaleString('en-US')}`,
      command: tsx,
      args: ['scripts/ingest.ts', '--quiet', ...files],
      env: { DIGEST_CONTENT_DIR: scalingDir },
      logFile: path.join(logs, `scaling-${cumulative[upto]}.log`),
    });
    if (step.exitCode === 0) results.scaling.push({ articles: cumulative[upto]!, ms: step.ms, peakKb: step.peakKb, hwmKb: step.singleHwmKb });
    taken.add(cumulative[upto]!);
  }
  rmSync(scalingDir, { recursive: true, force: true });

  // Incremental: one more seed file of INCREMENTAL_ARTICLES articles on the built corpus, then the whole build again.
  if (options.incrementalAt !== undefined && !options.ingestOnly) {
    const n = options.incrementalAt;
    const d = dirs(n);
    const run = results.sizes.find((s) => s.n === n);
    if (run && run.index.exitCode === 0) {
      console.error(`\n  incremental: N = ${n.toLocaleString('en-US')} + one seed file of ${INCREMENTAL_ARTICLES} articles`);
      const names = readdirSync(d.seeds).filter((f) => f.endsWith('.txt')).sort();
      const next = Number.parseInt(names.at(-1) ?? '0', 10) + 1;
      const generate = await runStep({
        label: `generate ${INCREMENTAL_ARTICLES} more`,
        command: tsx,
        args: [
          'bench/corpus/cli.ts', '--count', String(INCREMENTAL_ARTICLES), '--out', d.seeds, '--seed', `${options.seed}-incremental`,
          '--first-file', String(next), '--lines-per-file', '20', ...(options.avoidNumericIds ? ['--avoid-numeric-ids'] : []),
        ],
        logFile: logFor(n, 'incremental-generate'),
      });
      if (generate.exitCode === 0) {
        const steps = await buildSteps(n, ' (incremental)');
        const inc: IncrementalResult = { n, added: INCREMENTAL_ARTICLES, ...steps, ...ingestCountsOf(steps.ingest) };
        results.incremental = inc;
      }
    }
  }

  results.totalMs = performance.now() - started;
  clearInterval(loadPoll);
  results.machine.load = load;
  return writeResults(results, options, true);
}

function writeResults(results: BenchResults, options: Options, saveJson: boolean): number {
  const budgets = evaluateBudgets(results);
  const section = renderSection(results, budgets);
  console.log(`\n${section}\n`);
  const json = path.join(options.work, `results-${results.preset}.json`);
  if (saveJson) writeFileSync(json, JSON.stringify(results, null, 2));
  if (options.results) {
    const existing = existsSync(options.results) ? readFileSync(options.results, 'utf8') : undefined;
    mkdirSync(path.dirname(options.results), { recursive: true });
    writeFileSync(options.results, mergeSection(existing, results.preset, section));
    console.error(`wrote ${path.relative(ROOT, options.results)} (section "${results.preset}")${saveJson ? ` and ${path.relative(ROOT, json)}` : ''}`);
  }
  const failed = budgets.filter((b) => b.verdict === 'FAIL');
  console.error(failed.length ? `${failed.length} budget(s) FAILED: ${failed.map((b) => b.budget).join('; ')}` : 'every budget passed (or did not apply)');
  return failed.length ? 1 : 0;
}

function ingestCountsOf(step: StepResult) {
  const counts = step.logFile && existsSync(path.join(ROOT, step.logFile)) ? parseIngestSummary(readFileSync(path.join(ROOT, step.logFile), 'utf8')) : undefined;
  return counts ? { ingestCounts: counts } : {};
}

function skipped(label: string, why?: string): StepResult {
  return {
    label,
    command: `(not run: ${why ?? 'an earlier step failed'})`,
    ms: 0,
    exitCode: null,
    peakKb: 0,
    treeRssKb: 0,
    singleHwmKb: 0,
    logFile: '',
    ...(why ? { skipped: true } : {}),
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 3;
  },
);
