import { describe, expect, it } from 'vitest';
import { baselineRatio, stageRows } from '../../bench/baseline/compare';
import { baselineCommands } from '../../bench/baseline/site';
import { evaluateBudgets } from '../../bench/speed/budgets';
import { renderSection } from '../../bench/speed/report';
import type { BaselineBuild, BenchResults, SizeRun, StepResult } from '../../bench/speed/results';

const step = (label: string, ms: number, cpuMs?: number, exitCode = 0): StepResult => ({
  label,
  command: label,
  ms,
  ...(cpuMs === undefined ? {} : { cpuMs }),
  exitCode,
  peakKb: 1024,
  treeRssKb: 1024,
  singleHwmKb: 1024,
  logFile: '',
});
const bare = (astroMs: number, pagefindMs: number, over: Partial<BaselineBuild> = {}): BaselineBuild => ({
  astro: step('bare astro build', astroMs, astroMs),
  pagefind: step('bare pagefind', pagefindMs, pagefindMs),
  ms: astroMs + pagefindMs,
  cpuMs: astroMs + pagefindMs,
  peakKb: 2048,
  astroPhases: [['generate pages', astroMs / 2]],
  htmlFiles: 10_001,
  indexBytes: 30e6,
  ...over,
});
// Ingest 10 s, then astro build (40 s) beside documents (10 s) → index (20 s): 50 s in all.
const run = (n: number, baseline?: BaselineBuild): SizeRun => ({
  n,
  seedFiles: 1,
  corpusBytes: 1,
  entries: n,
  generate: step('generate', 1),
  ingest: step('ingest', 10_000, 12_000),
  astro: step('astro build', 40_000, 41_000),
  stage: { ms: 40_000, peakKb: 1, documents: step('search documents', 10_000, 9_000), withIndex: true },
  index: step('search index', 20_000, 18_000),
  indexBytes: 0,
  indexFiles: 0,
  dist: { bytes: 0, files: 0, htmlFiles: 0 },
  astroPhases: [
    ['content sync (to the second)', 12_000],
    ['generate pages', 20_000],
  ],
  ...(baseline ? { baseline } : {}),
});
const results = (sizes: SizeRun[]): BenchResults => ({
  date: '2026-01-01T00:00:00Z',
  preset: 'standard',
  machine: { cpu: 'CPU', cores: 2, memoryBytes: 1, os: 'Linux', node: 'v24', memorySource: 'proc' },
  corpus: { seed: 'bench', bank: 'bank' },
  sizes,
  scaling: [],
  totalMs: 1,
  notes: [],
});
const bareRow = (r: BenchResults) => evaluateBudgets(r).find((row) => row.budget.includes('bare Astro'))!;

describe('baselineRatio', () => {
  it('divides the full build (ingest + the side-by-side stage) by the bare build', () => {
    const ratio = baselineRatio(run(10_000, bare(20_000, 5_000)))!;
    expect(ratio.projectMs).toBe(50_000);
    expect(ratio.ratio).toBe(2);
    expect(ratio.cpuRatio).toBeCloseTo(80_000 / 25_000);
  });

  it('has no ratio when the bare build or a project step failed', () => {
    expect(baselineRatio(run(10_000, bare(20_000, 5_000, { pagefind: step('bare pagefind', 1, 1, 1) })))).toBeUndefined();
    expect(baselineRatio(run(10_000))).toBeUndefined();
  });
});

describe('the bare-build budget', () => {
  it('passes at 2.5× and fails above, judging only 10,000 and larger', () => {
    expect(bareRow(results([run(1000, bare(1000, 100)), run(10_000, bare(20_000, 5_000))])).verdict).toBe('PASS');
    const slow = bareRow(results([run(10_000, bare(15_000, 4_000))]));
    expect(slow.verdict).toBe('FAIL');
    expect(slow.measured).toContain('10k: 2.63×');
    expect(bareRow(results([run(1000, bare(100, 100))])).verdict).toBe('n/a');
  });

  it('fails when the bare build broke', () => {
    expect(bareRow(results([run(10_000, bare(20_000, 5_000, { astro: step('bare astro build', 1, 1, 1) }))])).verdict).toBe('FAIL');
  });
});

describe('stageRows', () => {
  it('puts each stage of both builds side by side with the CPU time beyond the bare build', () => {
    const rows = stageRows(run(10_000, bare(20_000, 5_000)));
    expect(rows.map((r) => r[0])).toEqual([
      'ingest (seed files → articles)',
      'astro build',
      '  · generate pages',
      '  · content sync (to the second)',
      'search index (bare: Pagefind CLI; project: documents → index, beside astro build)',
      '**whole build**',
    ]);
    expect(rows[1]![3]).toBe('+21.0 s');
    expect(rows[2]![3]).toBe('+10.0 s');
    expect(rows[3]![1]).toBe('–');
    expect(rows[4]![3]).toBe('+22.0 s');
    expect(rows[5]![3]).toContain('2.00×');
  });

  it('counts the search documents from when they started, on a site whose search lane waited for astro build', () => {
    const waited = run(10_000, bare(20_000, 5_000));
    // astro build 40 s, then documents 10 s → index 20 s: the documents step ran 50 s, 40 of them waiting.
    waited.stage = { ...waited.stage!, ms: 70_000, documents: step('search documents', 50_000, 9_000), searchWaitMs: 40_000 };
    const rows = stageRows(waited);
    const lane = rows.find((r) => r[0]!.startsWith('search index'))!;
    expect(lane[0]).toBe('search index (bare: Pagefind CLI; project: documents → index, after astro build)');
    expect(lane[2]).toBe('30.0 s (cpu 27.0 s)');
    expect(baselineRatio(waited)!.projectMs).toBe(80_000);
  });

  it('renders a section per size that has a bare build', () => {
    const text = renderSection(results([run(1000), run(10_000, bare(20_000, 5_000))]), []);
    expect(text).toContain('the project against bare Astro + Pagefind (N = 10,000)');
    expect(text).not.toContain('(N = 1,000)');
  });
});

describe('baselineCommands', () => {
  it('builds the bare site from the given articles into the given folder, then indexes that folder', () => {
    const [astro, pagefind] = baselineCommands({ articles: '/w/content/articles', out: '/w/bare', cache: '/w/bare-cache' });
    expect(astro.args.slice(0, 2)).toEqual(['build', '--root']);
    expect(astro.env).toEqual({ BASELINE_ARTICLES_DIR: '/w/content/articles', BASELINE_OUT_DIR: '/w/bare', BASELINE_CACHE_DIR: '/w/bare-cache' });
    expect(pagefind.args).toEqual(['--site', '/w/bare']);
  });
});
