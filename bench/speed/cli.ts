/**
 * npm run bench          N = 1,000 and 10,000: build times, memory, sizes, search in Chromium, incremental rebuild
 * npm run bench:large    N = 50,000
 *
 * Every step runs as a child process exactly as `npm run build` runs it, against a
 * generated corpus in bench/work/ (git-ignored; never content/). Prints the tables
 * and writes them to bench/results.md. See bench/README.md for what is measured how.
 *
 * The parts: options.ts (command line), run-step.ts and sample-processes.ts (timed child
 * processes), corpus-steps.ts (generate, build, ingest scaling), incremental.ts,
 * search-probe.ts (search in Chromium), machine.ts, write-results.ts and report.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDirs, describeBank, measureIngestScaling, measureSize, type CorpusRun } from './corpus-steps';
import { measureIncremental } from './incremental';
import { machine, revision } from './machine';
import { parseOptions, USAGE, type Options } from './options';
import { ROOT } from './paths';
import type { BenchResults } from './results';
import { hasGnuTime, hasProc } from './sample-processes';
import { measureSearch } from './search-probe';
import { formatBytes } from './table';
import { writeResults } from './write-results';

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
  const logs = path.join(options.work, 'logs', options.preset);
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const run: CorpusRun = { options, logs };
  const notes: string[] = [];
  const m = machine();
  if (!hasGnuTime()) notes.push('`/usr/bin/time` was not available: peak memory comes from /proc polling alone.');
  if (!hasProc) notes.push('No /proc: peak memory could not be sampled.');
  if (options.ingestOnly) notes.push('Run with `--ingest-only`: the corpus was generated and ingested; astro build, the search index, search and the incremental case were not run.');

  console.error(`bench (${options.preset}): N = ${options.sizes.join(', ')} on ${m.cores} cores, ${formatBytes(m.memoryBytes)}; scratch ${path.relative(ROOT, options.work)}/`);
  const results: BenchResults = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ...(revision() ? { revision: revision()! } : {}),
    preset: options.preset,
    machine: m,
    corpus: { seed: options.seed, bank: describeBank() },
    sizes: [],
    scaling: [],
    totalMs: 0,
    notes,
  };

  for (const n of options.sizes) {
    console.error(`\n  N = ${n.toLocaleString('en-US')}`);
    const sizeRun = await measureSize(run, n, results);
    if (!sizeRun) return 3;
    if (n === options.searchAt && !options.ingestOnly) {
      if (sizeRun.index.exitCode === 0) {
        console.error(`    search in the browser (${options.queries.length} queries × ${options.runs} cold runs, then typed)…`);
        try {
          results.search = await measureSearch(corpusDirs(run, n).dist, n, options.queries, options.runs, options.gzip);
        } catch (error) {
          results.search = { n, browser: '', queries: [], skipped: `browser run failed: ${(error as Error).message.split('\n')[0]}` };
        }
        if (results.search.skipped) console.error(`    search not measured: ${results.search.skipped}`);
      } else {
        results.search = { n, browser: '', queries: [], skipped: 'the build failed' };
      }
    }
  }

  await measureIngestScaling(run, results);
  if (options.incrementalAt !== undefined && !options.ingestOnly) await measureIncremental(run, options.incrementalAt, results);

  results.totalMs = performance.now() - started;
  clearInterval(loadPoll);
  results.machine.load = load;
  return writeResults(results, options, true);
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
