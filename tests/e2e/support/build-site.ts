/**
 * Builds a site variant (a set of seed files + a base path) into its own folder
 * under the e2e work folder: ingest → astro build → search index, the same three
 * steps as `npm run build`, driven by the DIGEST_* / SITE_URL / BASE_PATH
 * variables. A variant is built at most once per test run; test files that ask
 * for the same variant share it. Builds never run concurrently.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { binDir, projectRoot } from './paths';

export interface Variant {
  /** Folder name under the work folder; also names the build in messages. */
  name: string;
  /** Seed files (and edition sidecars) copied into `<content>/seeds/`. */
  seeds: string[];
  /** BASE_PATH as a deployer would write it (`/`, `/news`, `/news/`). */
  basePath: string;
  /** SITE_URL. Links to this origin count as internal. Empty: a site without an address. */
  siteUrl: string;
  /**
   * Text of `site.yaml` for this build: the project's editorial files are
   * copied to a data folder of the build's own with this site.yaml beside them.
   * Omitted: the project's content/ as it is.
   */
  siteYaml?: string;
  /** More environment for the build (e.g. DIGEST_SEARCH_SHARD_SIZE). */
  env?: Record<string, string>;
  /** Text of `corrections.yaml` for this build, beside the other editorial files (as with siteYaml). */
  corrections?: string;
}

export interface BuiltSite {
  variant: Variant;
  /** DIGEST_CONTENT_DIR: holds `seeds/`, `articles/`, the ingest report. */
  contentDir: string;
  /** DIGEST_DATA_DIR: the editorial files and site.yaml. */
  dataDir: string;
  /** DIGEST_OUT_DIR: the built site. */
  outDir: string;
  /** The base path normalised to start and end with `/`. */
  base: string;
  logFile: string;
}

export const SITE_URL = 'https://digest.example.org';

/** The project's own seed files (content/seeds), as a fresh clone has them. */
export function projectSeeds(): string[] {
  const dir = path.join(projectRoot, 'content', 'seeds');
  return listSeedFiles(dir);
}

/** Seed files (`*.txt`) and edition sidecars (`*.yaml`) in a folder, sorted. */
export function listSeedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|ya?ml)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export function normaliseBase(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const inFlight = new Map<string, Promise<BuiltSite>>();

export function buildSite(variant: Variant): Promise<BuiltSite> {
  let p = inFlight.get(variant.name);
  if (!p) {
    p = buildOnce(variant);
    inFlight.set(variant.name, p);
  }
  return p;
}

async function buildOnce(variant: Variant): Promise<BuiltSite> {
  const workDir = inject('e2eWorkDir');
  if (!workDir) throw new Error('e2eWorkDir not provided: run the e2e tests through vitest (tests/e2e/support/global-setup.ts)');
  const dir = path.join(workDir, variant.name);
  const site: BuiltSite = {
    variant,
    contentDir: path.join(dir, 'content'),
    dataDir: variant.siteYaml === undefined && variant.corrections === undefined ? path.join(projectRoot, 'content') : path.join(dir, 'data'),
    outDir: path.join(dir, 'dist'),
    base: normaliseBase(variant.basePath),
    logFile: path.join(dir, 'build.log'),
  };
  const doneMarker = path.join(dir, '.done');
  const failedMarker = path.join(dir, '.failed');
  const fingerprint = JSON.stringify(variant);

  await withLock(path.join(workDir, '.build-lock'), async () => {
    if (existsSync(doneMarker) && readFileSync(doneMarker, 'utf8') === fingerprint) return;
    // A build that already failed in this run fails the next file at once
    // instead of costing another full build.
    const failedKey = `${inject('e2eRunId')}\n${fingerprint}\n`;
    if (existsSync(failedMarker)) {
      const failed = readFileSync(failedMarker, 'utf8');
      if (failed.startsWith(failedKey)) throw new Error(failed.slice(failedKey.length));
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(site.contentDir, 'seeds'), { recursive: true });
    mkdirSync(path.join(site.contentDir, 'articles'), { recursive: true });
    for (const seed of variant.seeds) copyFileSync(seed, path.join(site.contentDir, 'seeds', path.basename(seed)));
    if (variant.siteYaml !== undefined || variant.corrections !== undefined) {
      mkdirSync(site.dataDir, { recursive: true });
      const projectData = path.join(projectRoot, 'content');
      for (const f of readdirSync(projectData).filter((f) => f.endsWith('.yaml'))) copyFileSync(path.join(projectData, f), path.join(site.dataDir, f));
      if (variant.siteYaml !== undefined) writeFileSync(path.join(site.dataDir, 'site.yaml'), variant.siteYaml);
      if (variant.corrections !== undefined) writeFileSync(path.join(site.dataDir, 'corrections.yaml'), variant.corrections);
    }
    try {
      await runPipeline(site, path.join(dir, 'astro-cache'));
    } catch (error) {
      writeFileSync(failedMarker, `${inject('e2eRunId')}\n${fingerprint}\n${(error as Error).message}`);
      throw error;
    }
    writeFileSync(doneMarker, fingerprint);
  });
  return site;
}

/**
 * Adds seed files to a built site and runs the whole build again in the same
 * folders (the build's caches kept), as an owner does after a new edition.
 * Returns what the build printed. The site is not rebuilt again by buildSite
 * in this run, but a later run with a kept work folder starts it over.
 */
export async function addSeedsAndRebuild(site: BuiltSite, seeds: string[]): Promise<string> {
  const dir = path.dirname(site.outDir);
  return withLock(path.join(inject('e2eWorkDir'), '.build-lock'), async () => {
    rmSync(path.join(dir, '.done'), { force: true });
    for (const seed of seeds) copyFileSync(seed, path.join(site.contentDir, 'seeds', path.basename(seed)));
    const before = existsSync(site.logFile) ? readFileSync(site.logFile, 'utf8').length : 0;
    await runPipeline(site, path.join(dir, 'astro-cache'));
    return readFileSync(site.logFile, 'utf8').slice(before);
  });
}

async function runPipeline(site: BuiltSite, cacheDir: string): Promise<void> {
  // The vitest worker's own variables must not leak into the build: Vite puts
  // BASE_URL=/ (and MODE, DEV, PROD, SSR) into process.env, and Astro lets a
  // BASE_URL from the environment override import.meta.env.BASE_URL.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST|VITEST_.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX|DIGEST_.*|SITE_URL|BASE_PATH)$/.test(key),
    ),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    DIGEST_CONTENT_DIR: site.contentDir,
    DIGEST_DATA_DIR: site.dataDir,
    DIGEST_OUT_DIR: site.outDir,
    DIGEST_CACHE_DIR: path.join(path.dirname(site.outDir), 'cache'),
    SITE_URL: site.variant.siteUrl,
    BASE_PATH: site.variant.basePath,
    DIGEST_E2E_ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...site.variant.env,
  };
  const log = createWriteStream(site.logFile, { flags: 'a' });
  // The same stages as `npm run build` (scripts/build.ts), with the tests' own Astro config.
  const steps: Array<[string, string[]]> = [[path.join(binDir, 'tsx'), ['scripts/build.ts', '--astro-config', 'tests/e2e/support/astro.e2e.config.mjs']]];
  try {
    for (const [cmd, args] of steps) {
      const script = args[0]!.endsWith('.ts') ? path.join(projectRoot, args[0]!) : null;
      if (script && !existsSync(script)) {
        throw new Error(
          `build "${site.variant.name}": ${path.relative(projectRoot, script)} does not exist yet (a build step of \`npm run build\`)`,
        );
      }
      log.write(`\n$ ${path.basename(cmd)} ${args.join(' ')}\n`);
      const { code, output } = await run(cmd, args, env, log);
      if (code !== 0) {
        const tail = output.split('\n').slice(-60).join('\n');
        throw new Error(
          `build "${site.variant.name}" failed at \`${path.basename(cmd)} ${args.join(' ')}\` (exit ${code}); full log: ${site.logFile}\n${tail}`,
        );
      }
    }
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: NodeJS.WritableStream): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      log.write(text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** A lock across test workers: one build at a time in the whole run. */
async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockHolderIsGone(lockDir)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderIsGone(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    return false; // just created, pid not written yet
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
