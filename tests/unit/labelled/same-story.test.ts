/**
 * Same-story grouping measured on the labelled seed together with the first
 * seed: pairs found against the gold pairs (precision and recall, printed).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '@/lib/article-schema';
import { loadEditorial } from '@/lib/editorial/load';
import { parseEntry } from '@/lib/ingest/entry-files';
import { runIngest } from '@/lib/ingest/run-ingest';

const labelled = path.resolve('tests/fixtures/labelled/101_e3a94c07b51d28f6.txt');
const gold = (JSON.parse(readFileSync(path.resolve('tests/fixtures/labelled/101_e3a94c07b51d28f6.gold.json'), 'utf8')) as {
  gold: { line: number; sameStoryAs: number | null }[];
}).gold;
const firstSeed = path.resolve('content/seeds/000_243a80f4f65a3ff9.txt');

/** `file:line` of both reports, in order. */
const pairKey = (a: string, b: string) => [a, b].sort().join(' ~ ');

describe('same-story pairs on the labelled seed and the first seed', () => {
  it('groups the two reports of one announcement and nothing else', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'same-story-'));
    mkdirSync(path.join(root, 'seeds'));
    for (const f of [labelled, firstSeed]) copyFileSync(f, path.join(root, 'seeds', path.basename(f)));
    const articlesDir = path.join(root, 'articles');
    await runIngest({
      seedFiles: readdirSync(path.join(root, 'seeds')).map((n) => path.join(root, 'seeds', n)),
      articlesDir,
      editorial: loadEditorial(path.resolve('content')),
    });
    const articles: Article[] = readdirSync(articlesDir).map((n) => articleSchema.parse(parseEntry(readFileSync(path.join(articlesDir, n), 'utf8')).data));
    const where = new Map(articles.map((a) => [a.id, `${a.source.file.slice(0, 3)}:${a.source.line}`]));
    const found = new Set(articles.flatMap((a) => a.sameStory.map((o) => pairKey(where.get(a.id)!, where.get(o)!))));
    const expected = new Set([
      ...gold.filter((g) => g.sameStoryAs !== null && g.line < g.sameStoryAs).map((g) => pairKey(`101:${g.line}`, `101:${g.sameStoryAs}`)),
      // The first seed's two reports of the AI 교육 거점 announcement (32곳, 24일), as its golden test holds.
      pairKey('000:14', '000:15'),
    ]);
    const right = [...found].filter((p) => expected.has(p));
    console.log(
      `same-story pairs: found ${found.size}, right ${right.length}, expected ${expected.size}; ` +
        `precision ${(right.length / Math.max(1, found.size)).toFixed(2)}, recall ${(right.length / expected.size).toFixed(2)}` +
        (found.size > right.length ? `; wrong: ${[...found].filter((p) => !expected.has(p)).join(', ')}` : ''),
    );
    expect([...found].sort()).toEqual([...expected].sort());
    rmSync(root, { recursive: true, force: true });
  });
});
