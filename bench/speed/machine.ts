/** The machine and the code a run measured, for the report's header. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Machine } from './results';
import { ROOT } from './paths';
import { baseEnv } from './run-step';
import { hasGnuTime, POLL_MS } from './sample-processes';

function packageVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export function machine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) osName = `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux
  }
  const node = spawnSync('node', ['--version'], { encoding: 'utf8', env: baseEnv() }).stdout?.trim() || process.version;
  return {
    cpu: os.cpus()[0]?.model?.trim() || os.arch(),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: osName,
    node,
    ...(packageVersion('astro') ? { astro: packageVersion('astro')! } : {}),
    ...(packageVersion('pagefind') ? { pagefind: packageVersion('pagefind')! } : {}),
    memorySource: hasGnuTime()
      ? `largest of (a) the sum of VmRSS over the step's process tree, sampled every ${POLL_MS} ms from /proc, and (b) the largest single-process high-water mark (VmHWM; GNU time's maximum resident set size)`
      : `largest of the sum of VmRSS over the step's process tree (sampled every ${POLL_MS} ms from /proc) and the largest single-process VmHWM; /usr/bin/time not found (apt-get install time adds an exact cross-check)`,
  };
}

export function revision(): string | undefined {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  const changed = (dirty.stdout ?? '').split('\n').filter(Boolean).length;
  return `${head.stdout.trim()}${changed ? ` with ${changed} uncommitted file change${changed === 1 ? '' : 's'}` : ''}`;
}
