/**
 * Finds (or, as root on Debian, installs) the Chromium the browser tests drive.
 * The logic lives in scripts/ensure-chromium.sh so CI and people can run the
 * same thing by hand; this wrapper turns its failure into a loud error.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './paths';

export function ensureChromium(): string {
  const script = path.join(projectRoot, 'scripts', 'ensure-chromium.sh');
  const result = spawnSync('bash', [script], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // apt-get may need a few minutes on a fresh machine.
    timeout: 20 * 60_000,
  });
  const stderr = (result.stderr ?? '').trim();
  const found = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !found) {
    throw new Error(
      [
        '',
        '==================================================================',
        ' The browser tests (tests/e2e) need Chromium, and none was found.',
        '==================================================================',
        stderr || `scripts/ensure-chromium.sh exited with ${result.status ?? result.signal}`,
        '',
        'Fix: run `bash scripts/ensure-chromium.sh` as root (it runs',
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk`),',
        'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
        '',
      ].join('\n'),
    );
  }
  if (stderr) process.stderr.write(`${stderr}\n`);
  return found;
}
