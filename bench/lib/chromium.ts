/**
 * The one way this project finds and drives Chromium: the browser tests, the
 * search relevance benchmark and the scale benchmark all use it.
 *
 * Finding (or, as root on Debian, installing) the browser is
 * bench/lib/ensure-chromium.sh, so people and CI can run the same thing by hand;
 * `findChromium` turns its failure into a loud error.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Flags for headless Chromium on these machines (root, no network but loopback). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

const ENSURE_SCRIPT = fileURLToPath(new URL('./ensure-chromium.sh', import.meta.url));

export interface FindChromiumOptions {
  /** Let the script run apt-get when no browser is found (default true). */
  install?: boolean;
}

const found = new Map<boolean, string>();

/** The Chromium executable's path; throws, with how to fix it, when there is none. */
export function findChromium({ install = true }: FindChromiumOptions = {}): string {
  const known = found.get(install);
  if (known) return known;
  const result = spawnSync('bash', [ENSURE_SCRIPT], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: install ? process.env : { ...process.env, DIGEST_NO_APT: '1' },
    // apt-get may need a few minutes on a fresh machine.
    timeout: 20 * 60_000,
  });
  const stderr = (result.stderr ?? '').trim();
  const executable = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !executable) {
    throw new Error(
      [
        '',
        '==================================================================',
        ' Chromium is needed (browser tests, search benchmarks), and none was found.',
        '==================================================================',
        stderr || `bench/lib/ensure-chromium.sh exited with ${result.status ?? result.signal}`,
        '',
        'Fix: run `bash bench/lib/ensure-chromium.sh` as root (it runs',
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk`),',
        'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
        '',
      ].join('\n'),
    );
  }
  if (stderr) process.stderr.write(`${stderr}\n`);
  found.set(install, executable);
  return executable;
}

/** What the executable says of itself (`Chromium 156.0… built on Debian…`). */
export function chromiumVersion(executable: string): string {
  const probe = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return (probe.stdout ?? '').split('\n').find((line) => /chrom/i.test(line))?.trim() ?? executable;
}
