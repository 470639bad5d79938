/**
 * Reading peak memory of a child process tree. Two independent sources:
 *
 *  - GNU time (`/usr/bin/time -v`): the kernel's high-water mark (ru_maxrss) of
 *    the largest single process in the tree, exact even for short spikes;
 *  - polling `/proc/<pid>/status` of every process in the tree: the sum of the
 *    resident sets at each sample (what the machine must hold at once), and each
 *    process's own high-water mark (VmHWM), which the kernel keeps between samples.
 *
 * The reported peak is the larger of the polled tree sum and the largest single
 * high-water mark. These functions only parse and add up; bench/speed/cli.ts reads
 * the files.
 */

export interface GnuTimeReport {
  /** Maximum resident set size, KiB (largest single process of the tree). */
  maxRssKb?: number;
  /** Wall clock, ms. */
  elapsedMs?: number;
  userSeconds?: number;
  systemSeconds?: number;
  exitStatus?: number;
}

/** Parses the report `/usr/bin/time -v` writes (to stderr or to `-o FILE`). */
export function parseGnuTimeVerbose(text: string): GnuTimeReport {
  const report: GnuTimeReport = {};
  const value = (label: string) => {
    const m = new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}:\\s*(.+)$`, 'm').exec(text);
    return m?.[1]?.trim();
  };
  const rss = value('Maximum resident set size (kbytes)');
  if (rss !== undefined && /^\d+$/.test(rss)) report.maxRssKb = Number(rss);
  const user = value('User time (seconds)');
  if (user !== undefined) report.userSeconds = Number(user);
  const system = value('System time (seconds)');
  if (system !== undefined) report.systemSeconds = Number(system);
  const exit = value('Exit status');
  if (exit !== undefined) report.exitStatus = Number(exit);
  const elapsed = value('Elapsed (wall clock) time (h:mm:ss or m:ss)');
  if (elapsed !== undefined) {
    // `1:02:03.45` or `2:03.45`
    const parts = elapsed.split(':').map(Number);
    if (parts.every((p) => Number.isFinite(p))) {
      const seconds = parts.reduce((acc, p) => acc * 60 + p, 0);
      report.elapsedMs = Math.round(seconds * 1000);
    }
  }
  return report;
}

export interface ProcStatus {
  name?: string;
  ppid?: number;
  /** Current resident set, KiB. */
  vmRssKb?: number;
  /** The process's resident high-water mark so far, KiB. */
  vmHwmKb?: number;
}

/** Parses `/proc/<pid>/status`. */
export function parseProcStatus(text: string): ProcStatus {
  const status: ProcStatus = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    const rest = line.slice(colon + 1).trim();
    if (key === 'Name') status.name = rest;
    else if (key === 'PPid') status.ppid = Number(rest);
    else if (key === 'VmRSS') status.vmRssKb = Number.parseInt(rest, 10);
    else if (key === 'VmHWM') status.vmHwmKb = Number.parseInt(rest, 10);
  }
  return status;
}

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** CPU time so far (user + system), in clock ticks (`getconf CLK_TCK`, usually 100 per second). */
  cpuTicks: number;
}

/** Parses `/proc/<pid>/stat`: parent pid and CPU time (the command name may hold spaces and parentheses). */
export function parseProcStat(text: string): ProcStat | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  // Fields after the name, starting with field 3 (state): ppid is field 4, utime 14, stime 15.
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return { pid, comm: text.slice(open + 1, close), ppid, cpuTicks: (Number.isFinite(utime) ? utime : 0) + (Number.isFinite(stime) ? stime : 0) };
}

/** `root` and every process below it, from (pid, ppid) pairs. */
export function processTree(root: number, processes: ReadonlyArray<{ pid: number; ppid: number }>): Set<number> {
  const children = new Map<number, number[]>();
  for (const p of processes) {
    const list = children.get(p.ppid);
    if (list) list.push(p.pid);
    else children.set(p.ppid, [p.pid]);
  }
  const tree = new Set<number>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!tree.has(child)) {
        tree.add(child);
        queue.push(child);
      }
    }
  }
  return tree;
}

export interface TreeSample {
  pid: number;
  name?: string;
  rssKb: number;
  hwmKb: number;
  /** CPU time so far, clock ticks. */
  cpuTicks?: number;
}

export interface PeakMemory {
  /** Largest sum of resident sets over the tree at one sample, KiB. */
  treeRssKb: number;
  /** Largest single-process high-water mark seen (VmHWM or GNU time), KiB. */
  singleHwmKb: number;
  /** Which process had it. */
  singleName?: string;
  /** The reported peak: max(treeRssKb, singleHwmKb), KiB. */
  peakKb: number;
  samples: number;
  /** Processes seen in the tree over the run. */
  processes: number;
  /** CPU time of every process seen, at its last sample, in clock ticks (a process's last < 100 ms are missed). */
  cpuTicks: number;
}

/** Accumulates samples of a process tree into its peak. */
export function createPeakTracker() {
  let treeRssKb = 0;
  let singleHwmKb = 0;
  let singleName: string | undefined;
  let samples = 0;
  const seen = new Set<number>();
  const cpu = new Map<number, number>();
  return {
    add(sample: readonly TreeSample[]): void {
      samples++;
      let sum = 0;
      for (const p of sample) {
        seen.add(p.pid);
        if (p.cpuTicks !== undefined) cpu.set(p.pid, Math.max(cpu.get(p.pid) ?? 0, p.cpuTicks));
        sum += p.rssKb;
        if (p.hwmKb > singleHwmKb) {
          singleHwmKb = p.hwmKb;
          singleName = p.name;
        }
      }
      if (sum > treeRssKb) treeRssKb = sum;
    },
    /** GNU time's figure for the largest single process, when it was available. */
    addSingle(kb: number, name?: string): void {
      if (kb > singleHwmKb) {
        singleHwmKb = kb;
        singleName = name;
      }
    },
    result(): PeakMemory {
      return {
        treeRssKb,
        singleHwmKb,
        ...(singleName ? { singleName } : {}),
        peakKb: Math.max(treeRssKb, singleHwmKb),
        samples,
        processes: seen.size,
        cpuTicks: [...cpu.values()].reduce((a, b) => a + b, 0),
      };
    },
  };
}
