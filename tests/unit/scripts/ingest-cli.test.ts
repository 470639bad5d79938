/** The ingest CLI as a site owner uses it: output, exit codes, and a run killed mid-write. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEntry } from '@/lib/ingest/entry-files';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/lib/article-schema';

const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('scripts/ingest.ts');

function contentDir(seeds: Record<string, string | Buffer>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
  mkdirSync(path.join(dir, 'seeds'));
  for (const [name, text] of Object.entries(seeds)) writeFileSync(path.join(dir, 'seeds', name), text);
  return dir;
}

function ingest(dir: string, ...args: string[]) {
  const run = spawnSync(tsx, [cli, ...args], {
    env: { ...process.env, DIGEST_CONTENT_DIR: dir, DIGEST_DATA_DIR: path.resolve('content') },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const article = (n: number) =>
  `과학기술정보통신부는 ${n}일 연구개발 예산 배분 방안 제${n}호를 발표했다. 올해 예산은 ${n}00억 원 규모로 지난해보다 늘었다. 세부 계획은`;

describe('npm run ingest', () => {
  it('prints a parseable summary and lists each rejected line as file:line: reason', () => {
    const dir = contentDir({ '001_a.txt': `${article(1)}\n🚀🚀🚀\n\n${article(2)}\n` });
    const { code, stdout } = ingest(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('files: 1');
    expect(stdout).toContain('lines: 4');
    expect(stdout).toContain('articles: 2 (new 2, changed 0, unchanged 0, removed 0)');
    expect(stdout).toMatch(/^001_a\.txt:2: no-text: /m);
    expect(readFileSync(path.join(dir, 'ingest-report.txt'), 'utf8')).toContain('001_a.txt:2: no-text');
  });

  it('exits 1 under --strict when a line was rejected, and 0 when none was', () => {
    expect(ingest(contentDir({ '001_a.txt': `${article(1)}\nEnglish only line with no Korean at all here\n` }), '--strict').code).toBe(1);
    expect(ingest(contentDir({ '001_a.txt': `${article(1)}\n` }), '--strict').code).toBe(0);
  });

  it('exits 2 on bad usage and 3 when a named file does not exist', () => {
    const dir = contentDir({});
    expect(ingest(dir, '--no-such-flag').code).toBe(2);
    expect(ingest(dir, '--max-line-length', 'lots').code).toBe(2);
    const missing = ingest(dir, path.join(dir, 'missing.txt'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('missing.txt');
  });

  it('writes nothing under --dry-run', () => {
    const dir = contentDir({ '001_a.txt': `${article(1)}\n` });
    const { code, stdout } = ingest(dir, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('new 1');
    expect(existsSync(path.join(dir, 'articles'))).toBe(false);
  });

  it('ingests only the files named on the command line', () => {
    const dir = contentDir({ '001_a.txt': `${article(1)}\n`, '002_b.txt': `${article(2)}\n` });
    const { stdout } = ingest(dir, path.join(dir, 'seeds', '002_b.txt'));
    expect(stdout).toContain('files: 1');
    expect(readdirSync(path.join(dir, 'articles'))).toHaveLength(1);
  });

  it('leaves only whole, valid entries when killed mid-write, and the next run completes the set', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => article(i + 1)).join('\n');
    const dir = contentDir({ '001_big.txt': lines });
    const articles = path.join(dir, 'articles');
    const child = spawn(tsx, [cli, '--quiet'], {
      env: { ...process.env, DIGEST_CONTENT_DIR: dir, DIGEST_DATA_DIR: path.resolve('content') },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Kill as soon as the first entries land, while the rest are still being written.
    while (!(existsSync(articles) && readdirSync(articles).some((n) => n.endsWith('.md')))) {
      await new Promise((r) => setTimeout(r, 1));
    }
    child.kill('SIGKILL');
    expect(await exited).toBeNull();

    const written = readdirSync(articles).filter((n) => n.endsWith('.md'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(4000);
    for (const name of written) {
      expect(() => articleSchema.parse(parseEntry(readFileSync(path.join(articles, name), 'utf8')).data)).not.toThrow();
    }

    const resumed = ingest(dir, '--quiet');
    expect(resumed.code).toBe(0);
    const complete = readdirSync(articles);
    expect(complete.filter((n) => n.endsWith('.md'))).toHaveLength(4000);
    expect(complete.filter((n) => !n.endsWith('.md'))).toEqual([]);

    // …and equals a run that was never interrupted.
    const clean = contentDir({});
    cpSync(path.join(dir, 'seeds'), path.join(clean, 'seeds'), { recursive: true });
    ingest(clean, '--quiet');
    for (const name of complete.slice(0, 50)) {
      expect(readFileSync(path.join(articles, name), 'utf8')).toBe(readFileSync(path.join(clean, 'articles', name), 'utf8'));
    }
  }, 120_000);
});
