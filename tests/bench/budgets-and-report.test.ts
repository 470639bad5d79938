import { describe, expect, it } from 'vitest';
import { checkLinearity, evaluateBudgets } from '../../bench/speed/budgets';
import { busyMachine, mergeSection, renderSection } from '../../bench/speed/report';
import type { BenchResults, SizeRun, StepResult } from '../../bench/speed/results';

const step = (label: string, ms: number, peakMb: number): StepResult => ({
  label,
  command: label,
  ms,
  exitCode: 0,
  peakKb: peakMb * 1024,
  treeRssKb: peakMb * 1024,
  singleHwmKb: peakMb * 1024,
  logFile: '',
});
const page = (path: string, htmlKb: number, cssKb = 11, jsBytes = 0) => ({
  path,
  htmlBytes: htmlKb * 1024,
  cssBytes: cssKb * 1024,
  jsBytes,
  stylesheets: ['/_astro/a.css'],
  scripts: [],
});
const size = (n: number, over: Partial<SizeRun> = {}): SizeRun => ({
  n,
  seedFiles: n / 100,
  corpusBytes: n * 3200,
  entries: n,
  generate: step('generate', 1000, 150),
  ingest: step('ingest', n * 0.5, 200 + n / 50),
  astro: step('astro build', n * 5, 800 + n / 10),
  index: step('search index', n * 2, 600),
  indexBytes: n * 4000,
  indexFiles: n,
  dist: { bytes: n * 30_000, files: n * 2, htmlFiles: n },
  articlePages: { count: n, largest: page('/articles/x/', 17), median: page('/articles/y/', 13), maxCssBytes: 11 * 1024, maxJsBytes: 0, pagesWithJs: 0 },
  home: page('/', 40),
  astroPhases: [['generate pages', n * 3]],
  ...over,
});
const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  date: '2026-01-01T00:00:00Z',
  preset: 'standard',
  machine: { cpu: 'CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, os: 'Linux', node: 'v24', memorySource: 'proc', load: { start: 0.1, max: 0.5 } },
  corpus: { seed: 'bench', bank: 'content/seeds (1 file)' },
  sizes: [size(1000), size(10_000)],
  scaling: [
    { articles: 1000, ms: 500, peakKb: 220_000, hwmKb: 200_000 },
    { articles: 5000, ms: 2500, peakKb: 420_000, hwmKb: 400_000 },
    { articles: 10_000, ms: 5000, peakKb: 670_000, hwmKb: 650_000 },
  ],
  search: {
    n: 10_000,
    browser: 'Chromium',
    queries: [
      { query: '인공지능', firstRuns: [{ pagefindBytes: 200 * 1024, pagefindRequests: 17, ms: 400, completeMs: 900, results: 900 }], later: { pagefindBytes: 40 * 1024, pagefindRequests: 10, ms: 50 } },
      { query: '반도체', firstRuns: [{ pagefindBytes: 210 * 1024, pagefindRequests: 17, ms: 450, results: 30 }, { pagefindBytes: 210 * 1024, pagefindRequests: 17, ms: 900 }, { pagefindBytes: 210 * 1024, pagefindRequests: 17, ms: 300 }], later: { pagefindBytes: 50 * 1024, pagefindRequests: 10, ms: 60 } },
    ],
  },
  totalMs: 300_000,
  notes: [],
  ...over,
});

describe('checkLinearity', () => {
  it('passes when each extra article costs about the same', () => {
    expect(checkLinearity(results().scaling).verdict).toBe('PASS');
  });

  it('fails when the upper half costs much more per article', () => {
    const quadratic = [1000, 5000, 10_000].map((n) => ({ articles: n, ms: 0, peakKb: 0, hwmKb: 100_000 + n * n * 0.01 }));
    const verdict = checkLinearity(quadratic);
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.upperKbPerArticle!).toBeGreaterThan(verdict.lowerKbPerArticle! * 1.5);
  });

  it('needs three sizes', () => {
    expect(checkLinearity(results().scaling.slice(0, 2)).verdict).toBe('n/a');
  });
});

describe('evaluateBudgets', () => {
  it('passes a run within every budget', () => {
    const rows = evaluateBudgets(results());
    // No bare Astro + Pagefind build in these results: that budget does not apply.
    const bare = (r: { budget: string }) => r.budget.includes('bare Astro');
    expect(rows.filter(bare).map((r) => r.verdict)).toEqual(['n/a']);
    expect(rows.filter((r) => !bare(r)).map((r) => r.verdict)).toEqual(rows.filter((r) => !bare(r)).map(() => 'PASS'));
    // The median of the cold runs is judged, not the slowest one.
    expect(rows.find((r) => r.budget.includes('time to results'))!.measured).toContain('450 ms');
  });

  it('fails the budgets a run breaks', () => {
    const slow = results({
      sizes: [size(1000), size(10_000, { astro: step('astro build', 120_000, 3500), home: page('/', 120), articlePages: { count: 1, largest: page('/a/', 31), median: page('/a/', 31), maxCssBytes: 16 * 1024, maxJsBytes: 500, pagesWithJs: 1 } })],
    });
    const failed = evaluateBudgets(slow).filter((r) => r.verdict === 'FAIL').map((r) => r.budget);
    expect(failed).toEqual([
      'Full build of 10,000 (ingest + astro + index)',
      'Full build of 10,000: peak memory',
      'Full build: peak memory, all processes together (every N)',
      'Article page HTML (largest page)',
      'Article page CSS (any page)',
      'Article page JavaScript (any page)',
      'Home page HTML (every N)',
    ]);
  });

  it('says n/a for budgets of a size that was not run', () => {
    const rows = evaluateBudgets(results({ sizes: [size(50_000)], search: undefined, scaling: [] }));
    expect(rows.find((r) => r.budget.startsWith('Ingest of'))!.verdict).toBe('n/a');
    expect(rows.find((r) => r.budget.startsWith('Search, first query: bytes'))!.verdict).toBe('n/a');
    expect(rows.find((r) => r.budget.startsWith('Home page'))!.verdict).toBe('PASS');
  });

  it('fails search budgets when no query showed results', () => {
    const broken = results({ search: { n: 10_000, browser: 'C', queries: [{ query: 'x', firstRuns: [{ pagefindBytes: 0, pagefindRequests: 0, error: 'timeout' }] }] } });
    const rows = evaluateBudgets(broken).filter((r) => r.budget.startsWith('Search'));
    // The complete-list budget is for 인공지능, which this run did not ask.
    expect(rows.map((r) => r.verdict)).toEqual(['FAIL', 'FAIL', 'n/a', 'FAIL']);
  });

  it('judges the bytes until the first results, the complete list, the 50,000 run and the rebuild after a new seed file', () => {
    const first = { pagefindBytes: 900 * 1024, firstResultBytes: 120 * 1024, pagefindRequests: 40, ms: 300, completeMs: 2000, results: 5000 };
    const big = results({
      sizes: [size(10_000), size(50_000, { astro: step('astro build', 400_000, 3300) })],
      search: { n: 50_000, browser: 'C', queries: [{ query: '인공지능', firstRuns: [first], later: { pagefindBytes: 40 * 1024, pagefindRequests: 5, ms: 40 } }] },
    });
    const rows = evaluateBudgets(big);
    const verdict = (start: string) => rows.find((r) => r.budget.startsWith(start))!;
    expect(verdict('Search, first query: bytes').verdict).toBe('PASS');
    expect(verdict('Search, first query: bytes').measured).toContain('120');
    expect(verdict('Search, first query: complete result list').verdict).toBe('FAIL');
    expect(verdict('Full build: peak memory, all processes').verdict).toBe('FAIL');

    const lane = (docsCpu: number, indexCpu: number) => ({
      stage: { ms: 1, peakKb: 1, withIndex: true, documents: { ...step('search documents', docsCpu, 100), cpuMs: docsCpu } },
      index: { ...step('search index', indexCpu, 100), cpuMs: indexCpu },
    });
    const withInc = (incDocs: number, incIndex: number) =>
      evaluateBudgets(
        results({
          sizes: [size(1000), size(10_000, lane(20_000, 40_000))],
          incremental: { n: 10_000, added: 30, ingest: step('ingest', 1, 1), astro: step('astro build', 1, 1), ...lane(incDocs, incIndex) },
        }),
      ).find((r) => r.budget.startsWith('Rebuild after one new seed file'))!;
    expect(withInc(4000, 4000).verdict).toBe('PASS');
    expect(withInc(4000, 6000).verdict).toBe('FAIL');
    expect(withInc(4000, 6000).measured).toContain('16.7%');
  });
});

describe('report', () => {
  it('renders the tables with the machine line and verdicts', () => {
    const r = results();
    const text = renderSection(r, evaluateBudgets(r));
    expect(text).toMatch(/^## Standard run: N = 1,000, 10,000/);
    expect(text).toContain('2 cores, 8.00 GB memory');
    expect(text).toContain('| 인공지능');
    expect(text).toContain('✅ PASS');
    expect(text).toContain('### Ingest against N');
  });

  it('replaces its own section and keeps the others', () => {
    const first = mergeSection(undefined, 'standard', 'A1');
    expect(first).toContain('# Benchmark results');
    expect(first).toContain('<!-- bench:standard -->\nA1\n<!-- /bench:standard -->');
    const both = mergeSection(first, 'large', 'B1');
    const replaced = mergeSection(both, 'standard', 'A2');
    expect(replaced).toContain('A2');
    expect(replaced).not.toContain('A1');
    expect(replaced).toContain('B1');
    expect(replaced.indexOf('A2')).toBeLessThan(replaced.indexOf('B1'));
  });
});

describe('busyMachine', () => {
  it('blames other work only beyond the load the benchmark makes itself', () => {
    expect(busyMachine({ start: 0.6, max: 2.0 }, 2)).toBe(false);
    expect(busyMachine({ start: 4.8, max: 5.4 }, 2)).toBe(true);
    expect(busyMachine({ start: 0.2, max: 3.5 }, 2)).toBe(true);
  });
});
