/**
 * What the benchmark reads about running processes: GNU time when the machine has it, and
 * samples of a process tree's memory and CPU from /proc (parsed by process-stats.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseProcStat, parseProcStatus, processTree, type ProcStat, type TreeSample } from './process-stats';

/** How often a running step's process tree is sampled. */
export const POLL_MS = 100;

export const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | undefined;
export function hasGnuTime(): boolean {
  if (gnuTimeWorks === undefined) {
    const probe = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }) : undefined;
    gnuTimeWorks = probe?.status === 0 && /Maximum resident set size/.test(probe.stderr ?? '');
  }
  return gnuTimeWorks;
}
export const hasProc = existsSync('/proc/self/status');

let clockTicks: number | undefined;
export function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const probe = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const n = Number(probe.stdout?.trim());
    clockTicks = probe.status === 0 && n > 0 ? n : 100;
  }
  return clockTicks;
}

export function sampleTree(rootPid: number, exclude: number | undefined): TreeSample[] {
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
