/** The shape of one benchmark run's measurements (filled in by bench/speed/cli.ts). */

export interface StepResult {
  /** What ran, e.g. `ingest`, `astro build`. */
  label: string;
  /** The command line, for the log. */
  command: string;
  ms: number;
  /** CPU time (user + system) of the whole tree, ms: the larger of GNU time's figure and the sum over /proc samples. */
  cpuMs?: number;
  exitCode: number | null;
  /** Reported peak (KiB): max(tree RSS sum, largest single-process high-water mark). */
  peakKb: number;
  /** Largest sum of resident sets over the process tree at one sample, KiB. */
  treeRssKb: number;
  /** Largest single-process high-water mark, KiB, and which process it was. */
  singleHwmKb: number;
  singleName?: string;
  /** Where the step's output went. */
  logFile: string;
  /** Not run on purpose (e.g. `--ingest-only`). */
  skipped?: boolean;
}

export interface PageStats {
  /** Site path, e.g. `/articles/0123456789ab/`. */
  path: string;
  htmlBytes: number;
  /** Stylesheet files the page links plus inline `<style>` bytes. */
  cssBytes: number;
  /** Script files (and module preloads) plus executable inline scripts, bytes. */
  jsBytes: number;
  stylesheets: string[];
  scripts: string[];
}

export interface ArticlePagesStats {
  count: number;
  largest: PageStats;
  median: PageStats;
  /** Worst over every article page. */
  maxCssBytes: number;
  maxJsBytes: number;
  pagesWithJs: number;
}

import type { IngestCounts } from './ingest-log';

/**
 * The build's middle stage (src/lib/build/pipeline.ts): `astro build` beside
 * the search documents, and (`withIndex`) then the search index, which adds
 * the documents to Pagefind while Astro still runs and writes the index once
 * Astro has finished. Wall time and peak memory of the whole stage.
 */
export interface ParallelStage {
  ms: number;
  /** Largest sum of resident sets over the stage's commands at one sample (or the largest single high-water mark), KiB. */
  peakKb: number;
  documents: StepResult;
  /** The search index ran inside this stage; absent in results written when it ran after it. */
  withIndex?: boolean;
  /**
   * How long the search documents waited for astro build to finish before
   * they started (a site past site.yaml `build.searchBesideAstroUpTo`, from the
   * step's log); absent when the search lane ran beside astro build.
   */
  searchWaitMs?: number;
}

/** Time the search documents worked, without waiting for astro build. */
export function documentsWorkMs(stage: ParallelStage): number {
  return stage.documents.ms - (stage.searchWaitMs ?? 0);
}

/** The steps of one whole build, as `npm run build` runs them. */
export interface BuildSteps {
  ingest: StepResult;
  astro: StepResult;
  /** Absent in results written before the build ran the search documents beside Astro. */
  stage?: ParallelStage;
  index: StepResult;
}

/**
 * Whole build: ingest, then the middle stage, then (in results from before
 * the index joined the middle stage) the search index.
 */
export function fullBuild(run: BuildSteps): { ms: number; peakKb: number; middleMs: number; afterMs: number } {
  const middleMs = run.stage?.ms ?? run.astro.ms;
  const middlePeak = run.stage?.peakKb ?? run.astro.peakKb;
  const after = run.stage?.withIndex ? undefined : run.index;
  return {
    ms: run.ingest.ms + middleMs + (after?.ms ?? 0),
    peakKb: Math.max(run.ingest.peakKb, middlePeak, after?.peakKb ?? 0),
    middleMs,
    afterMs: after?.ms ?? 0,
  };
}

export interface SizeRun extends BuildSteps {
  /** Articles asked of the generator. */
  n: number;
  seedFiles: number;
  corpusBytes: number;
  /** Entries the ingest wrote. */
  entries: number;
  /** What the ingest said it did. */
  ingestCounts?: IngestCounts;
  generate: StepResult;
  /** `<outDir>/pagefind`, bytes and files. */
  indexBytes: number;
  indexFiles: number;
  plainIndex?: { step: StepResult; bytes: number; files: number };
  dist: { bytes: number; files: number; htmlFiles: number };
  articlePages?: ArticlePagesStats;
  home?: PageStats;
  /** Astro's own phase lines, e.g. ["generating static routes", 41234]. */
  astroPhases: Array<[string, number]>;
  /** The bare Astro + Pagefind build of the same articles (bench/baseline/), when it ran. */
  baseline?: BaselineBuild;
}

/** bench/baseline/: astro build of a bare site over the same articles, then the Pagefind CLI with its defaults. */
export interface BaselineBuild {
  astro: StepResult;
  /** Absent when astro build failed. */
  pagefind?: StepResult;
  /** astro build + Pagefind, one after the other. */
  ms: number;
  cpuMs?: number;
  peakKb: number;
  astroPhases: Array<[string, number]>;
  /** HTML files the bare site has. */
  htmlFiles: number;
  /** `pagefind/` of the bare site. */
  indexBytes: number;
}

export interface QueryMeasurement {
  /** Bytes of response bodies served from `pagefind/` for this query, as sent (gzip for text files). */
  pagefindBytes: number;
  /** The same files' sizes, uncompressed. */
  pagefindRawBytes?: number;
  pagefindRequests: number;
  /** Time to the first result link, ms (from navigation start for a first query, from Enter for a later one). */
  ms?: number;
  /** The page's own search time (`data-search-ms`), when it reports one. */
  pageMs?: number;
  /**
   * Bytes from `pagefind/` whose response had ended when the first result
   * appeared (Resource Timing's encodedBodySize: the body as sent). A page
   * that searches a sharded index shows the newest shard first and fetches
   * the older shards after; `pagefindBytes` counts those too.
   */
  firstResultBytes?: number;
  /** Time until the page said the list was complete (every shard answered), ms, same origin as `ms`. */
  completeMs?: number;
  /** When the page began fetching from pagefind/ (ms after navigation start; first queries only). */
  pagefindStartMs?: number;
  results?: number;
  /** Bytes by kind of pagefind/ file (runtime JS, wasm, metadata, word index chunks, fragments, filters). */
  byKind?: Record<string, number>;
  error?: string;
}

export interface SearchQueryResult {
  query: string;
  /** Each cold run: a new browser profile, /search/?q=… loaded from scratch. */
  firstRuns: QueryMeasurement[];
  /** Typed into the search box after another query on the same page. */
  later?: QueryMeasurement;
}

export interface SearchResults {
  n: number;
  browser: string;
  queries: SearchQueryResult[];
  /** Bytes of the whole search page load (HTML, CSS, JS) outside pagefind/ for the first query. */
  pageBytes?: number;
  /** Whether the server gzip-compressed text files. */
  gzip?: boolean;
  skipped?: string;
}

export interface IncrementalResult extends BuildSteps {
  n: number;
  added: number;
  /** What the ingest said it did (new, changed: entries whose related lists moved, …). */
  ingestCounts?: IngestCounts;
}

export interface ScalingPoint {
  articles: number;
  ms: number;
  peakKb: number;
  /** The largest single process's high-water mark (exact; no sampling), KiB. */
  hwmKb: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  astro?: string;
  pagefind?: string;
  memorySource: string;
  /** 1-minute load average when the run started, and the highest seen during it (other work on the machine slows wall-clock times). */
  load?: { start: number; max: number };
}

export interface BenchResults {
  date: string;
  /** `git describe`-like: the commit measured and how many files differed from it. */
  revision?: string;
  preset: string;
  machine: Machine;
  corpus: { seed: string; bank: string };
  sizes: SizeRun[];
  /** Ingest runs over growing prefixes of the largest corpus (memory and time against N). */
  scaling: ScalingPoint[];
  search?: SearchResults;
  incremental?: IncrementalResult;
  totalMs: number;
  notes: string[];
}
