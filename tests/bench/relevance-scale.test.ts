import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScaleSite, scalePages } from '../../bench/relevance/scale';
import { score, summarize } from '../../bench/relevance/runner';
import { loadEditorial } from '../../src/lib/editorial/load';
import { pageText, type SearchPage } from '../../src/lib/search/pages';

const root = path.resolve(import.meta.dirname, '..', '..');
const editorial = loadEditorial(path.join(root, 'content'));
const haystack = readFileSync(path.join(root, 'tests', 'fixtures', 'labelled', '101_e3a94c07b51d28f6.txt'), 'utf8');
const needle: SearchPage = {
  id: 'aaaaaaaaaaaa',
  url: '/articles/aaaaaaaaaaaa/',
  file: '(needle)',
  title: '바늘 기사',
  paragraphs: ['본문'],
  summary: '본문',
  topics: [],
  edition: { stem: '900_needle', label: '바늘 호', order: 0 },
  text: pageText('바늘 기사', ['본문']),
};

describe('scalePages with needles', () => {
  it('puts the needles among generated pages in the newest edition, keeping the total', () => {
    const pages = scalePages({ articles: 60, seedTexts: [haystack], editorial, needles: [needle], replaceShare: 0 });
    expect(pages.length).toBe(60);
    const placed = pages.find((p) => p.id === needle.id)!;
    expect(placed.edition.order).toBeGreaterThan(Math.max(...pages.filter((p) => p !== placed).map((p) => p.edition.order)));
  });
});

describe('buildScaleSite with a shard size', () => {
  it('splits the augmented index by edition the way the site build does, newest shard first in ko-search.json', async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), 'relevance-shards-'));
    try {
      const site = await buildScaleSite({ articles: 80, seedTexts: [haystack], editorial, needles: [needle], replaceShare: 0, workDir, templateSite: path.join(workDir, 'none'), shardSize: 30 });
      const config = JSON.parse(readFileSync(path.join(site.siteDir, 'pagefind', 'ko-search.json'), 'utf8')) as { shards: { name: string; pages: number; editions: string[] }[]; vocabulary: { shards: number } };
      expect(config.shards.length).toBeGreaterThanOrEqual(2);
      expect(config.shards[0]!.name).toBe('newest');
      expect(config.shards[0]!.editions).toContain('900_needle');
      expect(config.shards.reduce((n, s) => n + s.pages, 0)).toBe(80);
      for (const shard of config.shards) expect(existsSync(path.join(site.siteDir, 'pagefind', shard.name, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(path.join(site.siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(config.vocabulary.shards).toBeGreaterThan(0);
      expect(site.result.augmented?.shards?.count).toBe(config.shards.length);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('score', () => {
  it('gives the reciprocal rank of the first expected article, and MRR over queries', () => {
    const outcome = (results: string[]) => ({ q: 'x', results, count: results.length, bytes: 0, firstBytes: 0, fetched: [], ms: 0, clientMs: 0, hrefs: [], excerpts: [] });
    const q = { q: 'x', category: 'compounds' as const, expect: ['x'], expected: ['/a/'] };
    const hit2 = score(q, outcome(['/b/', '/a/']));
    const miss = score(q, outcome(['/b/']));
    expect([hit2.rr, hit2.success1, hit2.success3, miss.rr]).toEqual([0.5, 0, 1, 0]);
    expect(summarize([hit2, miss]).mrr).toBe(0.25);
  });
});
