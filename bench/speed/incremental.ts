/** The incremental-rebuild case: one more day's seed file on a built corpus, then the whole build again. */
import { readdirSync } from 'node:fs';
import { buildSteps, corpusDirs, ingestCountsOf, logFor, TSX, type CorpusRun } from './corpus-steps';
import type { BenchResults } from './results';
import { runStep } from './run-step';

/** Articles in the seed file the incremental case adds (a day's edition is 15–30). */
const INCREMENTAL_ARTICLES = 30;

/** Measures the case on the corpus of size `n` when its build succeeded; sets `results.incremental`. */
export async function measureIncremental(run: CorpusRun, n: number, results: BenchResults): Promise<void> {
  const d = corpusDirs(run, n);
  const built = results.sizes.find((s) => s.n === n);
  if (!built || built.index.exitCode !== 0) return;
  console.error(`\n  incremental: N = ${n.toLocaleString('en-US')} + one seed file of ${INCREMENTAL_ARTICLES} articles`);
  const names = readdirSync(d.seeds).filter((f) => f.endsWith('.txt')).sort();
  const next = Number.parseInt(names.at(-1) ?? '0', 10) + 1;
  const generate = await runStep({
    label: `generate ${INCREMENTAL_ARTICLES} more`,
    command: TSX,
    args: [
      'bench/corpus/cli.ts', '--count', String(INCREMENTAL_ARTICLES), '--out', d.seeds, '--seed', `${run.options.seed}-incremental`,
      '--first-file', String(next), '--lines-per-file', '20',
    ],
    logFile: logFor(run, n, 'incremental-generate'),
  });
  if (generate.exitCode !== 0) return;
  const steps = await buildSteps(run, n, ' (incremental)');
  results.incremental = { n, added: INCREMENTAL_ARTICLES, ...steps, ...ingestCountsOf(steps.ingest) };
}
