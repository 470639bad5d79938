/** Writes a run's results: the tables on the console, the JSON for --rerender, the section of bench/results.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateBudgets } from './budgets';
import type { Options } from './options';
import { ROOT } from './paths';
import { mergeSection, renderSection } from './report';
import type { BenchResults } from './results';

/** Returns the exit code: 1 when a budget failed, else 0. */
export function writeResults(results: BenchResults, options: Options, saveJson: boolean): number {
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
