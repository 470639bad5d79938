/**
 * The corpus steps of a run: for each size N, generate a corpus in the scratch folder, build it
 * stage by stage as `npm run build` does (src/lib/build/pipeline.ts), and read what the build
 * wrote; then ingest growing prefixes of the largest corpus to see how ingest scales.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildStages, type BuildCommand } from '../../src/lib/build/pipeline';
import { measureBaseline } from '../baseline/measure';
import { parseAstroPhases, shareCardLine } from './astro-log';
import { articlePageStats, countLines, folderSize, pageStatsReader } from './dist-stats';
import { parseIngestSummary } from './ingest-log';
import { searchWaitOf } from './search-log';
import type { Options } from './options';
import { BIN, ROOT } from './paths';
import type { BenchResults, BuildSteps, SizeRun, StepResult } from './results';
import { runParallel, runStep, skipped, type StepSpec } from './run-step';
import { formatBytes, formatDuration } from './table';

/** What every corpus step needs: the options, and the folder this preset's step logs go to. */
export interface CorpusRun {
  options: Options;
  logs: string;
}

export const TSX = path.join(BIN, 'tsx');

/** The folders of the corpus of size `n` in the scratch folder. */
export function corpusDirs(run: CorpusRun, n: number) {
  const dir = path.join(run.options.work, `n${n}`);
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
}

export function logFor(run: CorpusRun, n: number, label: string): string {
  return path.join(run.logs, `n${n}-${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.log`);
}

// A site address, as a deployed build has: with it the build writes the sitemap, the feed and the share cards.
function envFor(run: CorpusRun, n: number): Record<string, string> {
  const d = corpusDirs(run, n);
  return {
    DIGEST_CONTENT_DIR: d.content,
    DIGEST_OUT_DIR: d.dist,
    DIGEST_CACHE_DIR: d.buildCache,
    SITE_URL: process.env.SITE_URL || 'https://bench.example.org',
  };
}

/** The phrase bank the generator draws from (content/seeds), named with a hash of its text. */
export function describeBank(): string {
  const seeds = path.join(ROOT, 'content', 'seeds');
  const bankFiles = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort() : [];
  const bankHash = createHash('sha256')
    .update(bankFiles.map((f) => readFileSync(path.join(seeds, f), 'utf8')).join('\n\u0000'))
    .digest('hex')
    .slice(0, 12);
  return `content/seeds (${bankFiles.length} file${bankFiles.length === 1 ? '' : 's'}, ${bankHash})`;
}

/** The ingest step's counts (articles, rejected lines …), read from its log. */
export function ingestCountsOf(step: StepResult) {
  const counts = step.logFile && existsSync(path.join(ROOT, step.logFile)) ? parseIngestSummary(readFileSync(path.join(ROOT, step.logFile), 'utf8')) : undefined;
  return counts ? { ingestCounts: counts } : {};
}

/** The stages of `npm run build` (src/lib/build/pipeline.ts) on the corpus of size `n`, each command measured on its own. */
export async function buildSteps(run: CorpusRun, n: number, suffix = ''): Promise<BuildSteps> {
  const d = corpusDirs(run, n);
  const [[[ingestCmd]], [[astroCmd], [documentsCmd, indexCmd]]] = buildStages({ astroConfig: path.relative(ROOT, d.config) }) as [
    [[BuildCommand]],
    [[BuildCommand], [BuildCommand, BuildCommand]],
  ];
  const spec = (c: BuildCommand, log: string): StepSpec => ({
    label: `${c.name}${suffix}`,
    command: path.join(BIN, c.bin),
    args: c.args,
    env: envFor(run, n),
    logFile: logFor(run, n, `${log}${suffix}`),
    ...(c.waitsFor ? { waitsFor: `${c.waitsFor}${suffix}` } : {}),
  });
  const ingest = await runStep(spec(ingestCmd, 'ingest'));
  if (ingest.exitCode !== 0 || run.options.ingestOnly) {
    const why = run.options.ingestOnly ? '--ingest-only' : undefined;
    return { ingest, astro: skipped(`astro build${suffix}`, why), index: skipped(`search index${suffix}`, why) };
  }
  const middle = await runParallel([
    [spec(astroCmd, 'astro')],
    [spec(documentsCmd, 'documents'), spec(indexCmd, 'index')],
  ]);
  const [[astroStep], [documents, indexStep]] = middle.steps as [[StepResult], [StepResult, StepResult?]];
  const waitMs = documents.logFile && existsSync(path.join(ROOT, documents.logFile)) ? searchWaitOf(readFileSync(path.join(ROOT, documents.logFile), 'utf8')) : undefined;
  const stage = { ms: middle.ms, peakKb: middle.peakKb, documents, withIndex: true, ...(waitMs === undefined ? {} : { searchWaitMs: waitMs }) };
  console.error(`    ${'  = side by side'.padEnd(28)} ${formatDuration(middle.ms).padStart(10)}  peak ${formatBytes(middle.peakKb * 1024).padStart(9)}`);
  const index = indexStep ?? skipped(`search index${suffix}`);
  return { ingest, astro: astroStep, stage, index };
}

/**
 * Generates the corpus of size `n`, builds it, and adds what was measured to `results`
 * (and a note on the share cards). Returns the run, or undefined when the corpus could not be generated.
 */
export async function measureSize(run: CorpusRun, n: number, results: BenchResults): Promise<SizeRun | undefined> {
  const d = corpusDirs(run, n);
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
    command: TSX,
    args: ['bench/corpus/cli.ts', '--count', String(n), '--out', d.seeds, '--seed', run.options.seed, '--clean'],
    logFile: logFor(run, n, 'generate'),
  });
  if (generate.exitCode !== 0) return undefined;
  const seedFiles = readdirSync(d.seeds).filter((f) => f.endsWith('.txt'));
  const steps = await buildSteps(run, n);
  const astroLog = logFor(run, n, 'astro');
  const sizeRun: SizeRun = {
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
    astroPhases: existsSync(astroLog) ? parseAstroPhases(readFileSync(astroLog, 'utf8')) : [],
  };
  const index = folderSize(path.join(d.dist, 'pagefind'));
  sizeRun.indexBytes = index.bytes;
  sizeRun.indexFiles = index.files;
  if (steps.index.exitCode === 0 && run.options.plain) {
    const step = await runStep({ label: 'plain Pagefind index', command: TSX, args: ['scripts/index-search.ts', '--plain', '--out', d.plain], env: envFor(run, n), logFile: logFor(run, n, 'plain-index') });
    const size = folderSize(d.plain);
    sizeRun.plainIndex = { step, bytes: size.bytes, files: size.files };
  }
  if (steps.astro.exitCode === 0 && run.options.baseline) {
    console.error('    bare Astro + Pagefind of the same articles:');
    sizeRun.baseline = await measureBaseline(path.join(d.content, 'articles'), d.dir, (label) => logFor(run, n, label));
  }
  if (steps.astro.exitCode === 0) {
    const pages = articlePageStats(d.dist);
    if (pages) sizeRun.articlePages = pages;
    const home = pageStatsReader(d.dist)('/');
    if (home) sizeRun.home = home;
  }
  const cardLine = existsSync(astroLog) ? shareCardLine(readFileSync(astroLog, 'utf8')) : undefined;
  if (cardLine) results.notes.push(`N = ${n.toLocaleString('en-US')}, cold build: ${cardLine} (${folderSize(path.join(d.dist, 'og')).files.toLocaleString('en-US')} files in dist/og/).`);
  results.sizes.push(sizeRun);
  results.scaling.push({ articles: n, ms: steps.ingest.ms, peakKb: steps.ingest.peakKb, hwmKb: steps.ingest.singleHwmKb });
  return sizeRun;
}

/** Ingest over growing prefixes (a quarter, a half) of the largest corpus: is memory (and time) linear in N? */
export async function measureIngestScaling(run: CorpusRun, results: BenchResults): Promise<void> {
  const largest = Math.max(...run.options.sizes);
  const big = corpusDirs(run, largest);
  const ordered = readdirSync(big.seeds).filter((f) => f.endsWith('.txt')).sort();
  const cumulative: number[] = [];
  ordered.reduce((sum, f, i) => (cumulative[i] = sum + countLines(path.join(big.seeds, f))), 0);
  const scalingDir = path.join(run.options.work, `scaling-${run.options.preset}`);
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
      command: TSX,
      args: ['--expose-gc', 'scripts/ingest.ts', '--quiet', ...files],
      env: { DIGEST_CONTENT_DIR: scalingDir },
      logFile: path.join(run.logs, `scaling-${cumulative[upto]}.log`),
    });
    if (step.exitCode === 0) results.scaling.push({ articles: cumulative[upto]!, ms: step.ms, peakKb: step.peakKb, hwmKb: step.singleHwmKb });
    taken.add(cumulative[upto]!);
  }
  rmSync(scalingDir, { recursive: true, force: true });
}
