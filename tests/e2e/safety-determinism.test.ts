/**
 * Deterministic builds (issue 6): the same input built twice, into two
 * folders, gives byte-identical article entries and byte-identical sites.
 * Nothing is excluded: a timestamp, a random id or a path of the machine in
 * any output file is a difference.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './support/build-site';
import { determinismA, determinismB } from './support/variants';

function treeHashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (statSync(full).isDirectory()) walk(full);
      else out.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

function firstDifference(a: string, b: string): string {
  const fa = readFileSync(a);
  const fb = readFileSync(b);
  let i = 0;
  while (i < fa.length && i < fb.length && fa[i] === fb[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `at byte ${i}:\n      a: ${show(fa)}\n      b: ${show(fb)}`;
}

function compareTrees(label: string, a: string, b: string): string[] {
  const ha = treeHashes(a);
  const hb = treeHashes(b);
  const problems: string[] = [];
  for (const file of ha.keys()) if (!hb.has(file)) problems.push(`${label}: only in the first build: ${file}`);
  for (const file of hb.keys()) if (!ha.has(file)) problems.push(`${label}: only in the second build: ${file}`);
  for (const [file, hash] of ha) {
    const other = hb.get(file);
    if (other && other !== hash) problems.push(`${label}: ${file} differs ${firstDifference(path.join(a, file), path.join(b, file))}`);
  }
  return problems;
}

describe('deterministic builds', () => {
  let first: BuiltSite;
  let second: BuiltSite;

  it(
    'builds the same input twice into byte-identical output',
    async () => {
      first = await buildSite(determinismA);
      second = await buildSite(determinismB);
      const articles = compareTrees('articles', path.join(first.contentDir, 'articles'), path.join(second.contentDir, 'articles'));
      const site = compareTrees('site', first.outDir, second.outDir);
      const files = treeHashes(first.outDir);
      expect(files.size, 'files in the built site').toBeGreaterThan(20);
      expect(
        [...files.keys()].some((f) => f.startsWith('pagefind/')),
        'the search index is part of the comparison',
      ).toBe(true);
      const problems = [...articles, ...site];
      expect(problems.slice(0, 30), problems.slice(0, 30).join('\n')).toEqual([]);
    },
    30 * 60_000,
  );
});
