/**
 * Builds the bare Astro + Pagefind site (site.ts) over a corpus the benchmark
 * has just built with the project, measured by the same process sampling as
 * the project's steps (run-step.ts), and reads Astro's phases from its log.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseAstroPhases } from '../speed/astro-log';
import { folderSize } from '../speed/dist-stats';
import { BIN } from '../speed/paths';
import type { BaselineBuild } from '../speed/results';
import { runStep } from '../speed/run-step';
import { baselineCommands } from './site';

/** `articles`: the corpus's ingested articles; `dir`: its scratch folder; `logFor`: a step's log file. */
export async function measureBaseline(articles: string, dir: string, logFor: (label: string) => string): Promise<BaselineBuild> {
  const folders = { articles, out: path.join(dir, 'bare-dist'), cache: path.join(dir, 'bare-astro-cache') };
  // A cold build, as the project's full build is.
  rmSync(folders.out, { recursive: true, force: true });
  rmSync(folders.cache, { recursive: true, force: true });
  const [astroCmd, pagefindCmd] = baselineCommands(folders);
  const step = (c: typeof astroCmd) =>
    runStep({ label: c.name, command: path.join(BIN, c.bin), args: c.args, env: c.env, logFile: logFor(c.name) });
  const astro = await step(astroCmd);
  const pagefind = astro.exitCode === 0 ? await step(pagefindCmd) : undefined;
  const astroLog = logFor(astroCmd.name);
  const cpu = [astro.cpuMs, pagefind?.cpuMs];
  return {
    astro,
    ...(pagefind ? { pagefind } : {}),
    ms: astro.ms + (pagefind?.ms ?? 0),
    ...(cpu.every((c) => c !== undefined) ? { cpuMs: cpu.reduce((s, c) => s! + c!, 0) } : {}),
    peakKb: Math.max(astro.peakKb, pagefind?.peakKb ?? 0),
    astroPhases: existsSync(astroLog) ? parseAstroPhases(readFileSync(astroLog, 'utf8')) : [],
    htmlFiles: folderSize(folders.out).htmlFiles,
    indexBytes: folderSize(path.join(folders.out, 'pagefind')).bytes,
  };
}
