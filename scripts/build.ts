/**
 * npm run build: the stages of src/lib/build/pipeline.ts, each command as a
 * child process. Output of lanes that run side by side is prefixed with the
 * command's name. Stops at the first command that fails (the others of
 * its stage are stopped) and exits with its exit code.
 *
 * Before anything runs it reads content/site.yaml (an invalid file stops the
 * build, naming file and line) and says plainly when the site has no address:
 * then nothing absolute is written (see src/lib/site/settings.ts). With
 * --strict-url (or DIGEST_STRICT_URL=1) a missing address is an error (CI).
 *
 *   tsx scripts/build.ts [--astro-config FILE] [--strict-url]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildStages, type BuildCommand } from '../src/lib/build/pipeline';
import { projectPaths } from '../src/lib/project-paths';
import { loadSiteSettings } from '../src/lib/site/load-settings';
import { MISSING_ADDRESS_MESSAGE, resolveSiteAddress, strictAddress } from '../src/lib/site/settings';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

const { values } = parseArgs({ options: { 'astro-config': { type: 'string' }, 'strict-url': { type: 'boolean' } } });
if (values['strict-url']) process.env.DIGEST_STRICT_URL = '1';

try {
  const address = resolveSiteAddress(loadSiteSettings(projectPaths().dataDir));
  if (!address.url) {
    if (strictAddress()) {
      console.error(`build: ${MISSING_ADDRESS_MESSAGE} (--strict-url: 중단합니다)`);
      process.exit(3);
    }
    console.warn(`build: 경고: ${MISSING_ADDRESS_MESSAGE}`);
  }
} catch (error) {
  console.error(`build: ${(error as Error).message}`);
  process.exit(3);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function pipeLines(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream, prefix: string): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

function run(
  command: BuildCommand,
  prefixed: boolean,
  children: Set<ChildProcess>,
  /** Settles when the command this one waits for has finished: then its standard input is closed. */
  inputEnds?: Promise<void>,
): Promise<{ code: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(path.join(BIN, command.bin), command.args, {
      cwd: ROOT,
      // The project's Node (the `node` devDependency) for every command, however this script was started.
      env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` },
      stdio: [inputEnds ? 'pipe' : 'ignore', prefixed ? 'pipe' : 'inherit', prefixed ? 'pipe' : 'inherit'],
    });
    children.add(child);
    if (inputEnds && child.stdin) {
      const input = child.stdin;
      // A command that already exited cannot be written to; that is not an error here.
      input.on('error', () => undefined);
      void inputEnds.then(() => input.end());
    }
    if (prefixed) {
      pipeLines(child.stdout!, process.stdout, `[${command.name}] `);
      pipeLines(child.stderr!, process.stderr, `[${command.name}] `);
    }
    child.on('error', (error) => {
      console.error(`build: could not start ${command.name}: ${error.message}`);
      children.delete(child);
      resolve({ code: 127, ms: performance.now() - started });
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 128 : 1), ms: performance.now() - started });
    });
  });
}

const started = performance.now();
const timings: string[] = [];
const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

for (const stage of buildStages(values['astro-config'] ? { astroConfig: values['astro-config'] } : {})) {
  const stageStarted = performance.now();
  // The first command to fail is the one reported; the others are stopped.
  let failed: { command: BuildCommand; code: number } | undefined;
  const succeeded = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  for (const command of stage.flat()) succeeded.set(command.name, Promise.withResolvers<void>());
  const lanes = await Promise.all(
    stage.map(async (lane) => {
      const done: string[] = [];
      for (const command of lane) {
        if (failed) break;
        const result = await run(command, stage.length > 1, children, command.waitsFor ? succeeded.get(command.waitsFor)?.promise : undefined);
        done.push(`${command.name} ${seconds(result.ms)}`);
        if (result.code !== 0) {
          if (!failed) {
            failed = { command, code: result.code };
            for (const other of children) other.kill('SIGTERM');
          }
          break;
        }
        succeeded.get(command.name)!.resolve();
      }
      return done.join(' → ');
    }),
  );
  timings.push(lanes.join(' ∥ '));
  if (failed) {
    console.error(`build: ${failed.command.name} failed (exit ${failed.code}) after ${seconds(performance.now() - stageStarted)}`);
    process.exit(failed.code);
  }
}
console.log(`build: ${timings.map((t) => `[${t}]`).join(' then ')}; total ${seconds(performance.now() - started)}`);
