/**
 * The project's build against the bare Astro + Pagefind build of the same
 * articles (site.ts): the ratio the budget limits, and where the time goes,
 * stage by stage. Pure: one size's measurements in, figures and table rows out.
 */
import { documentsWorkMs, fullBuild, type SizeRun, type StepResult } from '../speed/results';
import { formatDuration } from '../speed/table';

/** The project's full build may take at most this many times the bare build's wall time. */
export const BASELINE_RATIO_LIMIT = 2.5;

export interface BaselineRatio {
  projectMs: number;
  bareMs: number;
  /** Wall time, project over bare. */
  ratio: number;
  /** CPU time of every step, project over bare (less disturbed by other work on the machine). */
  cpuRatio?: number;
}

const cpuOf = (steps: readonly (StepResult | undefined)[]): number | undefined => {
  let sum = 0;
  for (const s of steps) {
    if (!s || s.skipped) continue;
    if (s.cpuMs === undefined) return undefined;
    sum += s.cpuMs;
  }
  return sum;
};

/** Every step of the project's build (ingest, astro build, search documents, search index). */
const projectSteps = (run: SizeRun): StepResult[] => [run.ingest, run.astro, ...(run.stage ? [run.stage.documents] : []), run.index];

/** The ratio, when both builds ran and succeeded. */
export function baselineRatio(run: SizeRun): BaselineRatio | undefined {
  const bare = run.baseline;
  if (!bare || bare.astro.exitCode !== 0 || bare.pagefind?.exitCode !== 0) return undefined;
  if (projectSteps(run).some((s) => s.skipped || s.exitCode !== 0)) return undefined;
  const projectMs = fullBuild(run).ms;
  const projectCpu = cpuOf(projectSteps(run));
  const bareCpu = cpuOf([bare.astro, bare.pagefind]);
  return {
    projectMs,
    bareMs: bare.ms,
    ratio: projectMs / bare.ms,
    ...(projectCpu !== undefined && bareCpu ? { cpuRatio: projectCpu / bareCpu } : {}),
  };
}

const time = (ms: number | undefined, cpuMs?: number) =>
  ms === undefined ? '–' : `${formatDuration(ms)}${cpuMs === undefined ? '' : ` (cpu ${formatDuration(cpuMs)})`}`;
const extra = (project: number | undefined, bare: number | undefined) => {
  if (project === undefined) return '–';
  const d = project - (bare ?? 0);
  return `${d < 0 ? '−' : '+'}${formatDuration(Math.abs(d))}`;
};

/**
 * Where the time goes: one row per stage with the bare build's time, the
 * project's, and the project's CPU time beyond the bare build's (CPU adds up
 * across the steps that run side by side; wall time does not). Astro's own
 * phases (from both logs) under astro build.
 */
export function stageRows(run: SizeRun): string[][] {
  const bare = run.baseline;
  if (!bare) return [];
  const rows: string[][] = [];
  rows.push(['ingest (seed files → articles)', '–', time(run.ingest.ms, run.ingest.cpuMs), extra(run.ingest.cpuMs, 0)]);
  rows.push(['astro build', time(bare.astro.ms, bare.astro.cpuMs), time(run.astro.ms, run.astro.cpuMs), extra(run.astro.cpuMs, bare.astro.cpuMs)]);
  const phases = [...new Set([...bare.astroPhases, ...run.astroPhases].map(([name]) => name))];
  for (const name of phases) {
    const b = bare.astroPhases.find(([n]) => n === name)?.[1];
    const p = run.astroPhases.find(([n]) => n === name)?.[1];
    rows.push([`  · ${name}`, time(b), time(p), b !== undefined && p !== undefined ? extra(p, b) : '–']);
  }
  const lane = run.stage ? [run.stage.documents, run.index] : [run.index];
  const laneCpu = cpuOf(lane);
  const laneMs = (run.stage ? documentsWorkMs(run.stage) : 0) + run.index.ms;
  rows.push([
    `search index (bare: Pagefind CLI; project: documents → index, ${run.stage?.searchWaitMs === undefined ? 'beside' : 'after'} astro build)`,
    time(bare.pagefind?.ms, bare.pagefind?.cpuMs),
    time(laneMs, laneCpu),
    extra(laneCpu, bare.pagefind?.cpuMs),
  ]);
  const ratio = baselineRatio(run);
  const projectCpu = cpuOf(projectSteps(run));
  rows.push([
    '**whole build**',
    time(bare.ms, bare.cpuMs),
    time(fullBuild(run).ms, projectCpu),
    `${extra(projectCpu, bare.cpuMs)} cpu, ${extra(fullBuild(run).ms, bare.ms)} wall${ratio ? ` (${ratio.ratio.toFixed(2)}× the bare build's time)` : ''}`,
  ]);
  return rows;
}
