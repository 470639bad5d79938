/**
 * Runs the benchmark's steps as child processes, exactly as `npm run build` runs them, and
 * measures each: wall time, CPU time and the peak memory of its whole process tree.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BIN, ROOT, shownPath } from './paths';
import { createPeakTracker, parseGnuTimeVerbose } from './process-stats';
import type { StepResult } from './results';
import { GNU_TIME, hasGnuTime, hasProc, POLL_MS, sampleTree, ticksPerSecond } from './sample-processes';
import { formatBytes, formatDuration } from './table';

export interface StepSpec {
  label: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  logFile: string;
  /** Label of a step in another lane of runParallel: this step's standard input is closed when that one has exited. */
  waitsFor?: string;
}

export const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  // Node 24 from node_modules/.bin first: tsx and astro are `#!/usr/bin/env node` scripts.
  PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  NO_COLOR: '1',
});

/** `inputEnds`: the step's standard input is a pipe closed when this settles; without it, none. */
export async function runStep(spec: StepSpec, inputEnds?: Promise<void>): Promise<StepResult> {
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
    command: [spec.command, ...spec.args].map(shownPath).join(' '),
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
export async function runParallel(lanes: StepSpec[][]): Promise<{ steps: StepResult[][]; ms: number; peakKb: number }> {
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

/** The result of a step that did not run: `why` it was left out, or an earlier step failed. */
export function skipped(label: string, why?: string): StepResult {
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
