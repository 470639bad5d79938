/**
 * The sharded search index in Chromium, on a small site built with a tiny
 * shard size (DIGEST_SEARCH_SHARD_SIZE=8, several shards):
 *  - results from every shard appear: the newest shard's first, then every
 *    shard's in Pagefind's merged order (by score); newest-first runs across
 *    shards; topic and edition filters and highlights work on old shards too;
 *  - adding a seed file and building again indexes one shard, copies the
 *    others from the cache, and writes the same dist/ as a clean build; that
 *    site makes its search index after astro build (site.yaml
 *    `build.searchBesideAstroUpTo: 0`, the order of a large archive), the
 *    clean one beside it, so the order changes nothing in dist/.
 *
 * The editions are the project's real seed lines and the labelled fixture's,
 * dealt into five seed files; the query is chosen from what the built
 * entries hold (a word every shard has), not written into the test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../bench/lib/static-server';
import { readArticleEntries, type ArticleEntry } from '@/lib/search/pages';
import { planQuery } from '@/lib/search/query';
import { createSynonymIndex } from '@/lib/search/synonyms';
import type { SearchConfigFile } from '@/lib/search/search-documents';
import { launchBrowser } from './support/browser';
import { addSeedsAndRebuild, buildSite, SITE_URL, type BuiltSite, type Variant } from './support/build-site';
import { projectRoot } from './support/paths';

const SHARD_SIZE = '8';
const EDITIONS = 5;

/** Five seed files (editions 001–005) from the real seed's and the labelled fixture's lines, in order. */
function shardSeeds(): string[] {
  const sources = [
    path.join(projectRoot, 'content', 'seeds'),
    path.join(projectRoot, 'tests', 'fixtures', 'labelled'),
  ].flatMap((dir) => readdirSync(dir).filter((n) => /^\d{3}_[0-9a-f]+\.txt$/.test(n)).sort().map((n) => path.join(dir, n)));
  const lines = sources.flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim()));
  const dir = path.join(os.tmpdir(), `digest-shard-seeds-${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  const per = Math.ceil(lines.length / EDITIONS);
  return Array.from({ length: EDITIONS }, (_, k) => {
    const text = `${lines.slice(k * per, (k + 1) * per).join('\n')}\n`;
    const file = path.join(dir, `${String(k + 1).padStart(3, '0')}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`);
    writeFileSync(file, text);
    return file;
  });
}

const seeds = shardSeeds();
const env = { DIGEST_SEARCH_SHARD_SIZE: SHARD_SIZE };
const clean: Variant = { name: 'shards-clean', seeds, basePath: '/', siteUrl: SITE_URL, env };
/** The project's site.yaml with the search lane after astro build whatever the site's size. */
function searchAfterAstroYaml(): string {
  const yaml = readFileSync(path.join(projectRoot, 'content', 'site.yaml'), 'utf8');
  const setting = /^(\s+searchBesideAstroUpTo:)\s*\d+/m;
  if (!setting.test(yaml)) throw new Error('content/site.yaml has no build.searchBesideAstroUpTo to set');
  return yaml.replace(setting, '$1 0');
}
const grown: Variant = { name: 'shards-grown', seeds: seeds.slice(0, -1), basePath: '/', siteUrl: SITE_URL, env, siteYaml: searchAfterAstroYaml() };

/** Every file under a folder and a hash of its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

interface SiteFacts {
  config: SearchConfigFile;
  entries: ArticleEntry[];
  /** Article id → index of its shard in the manifest (0 = newest). */
  shardOf: Map<string, number>;
  /** Edition stem → its order (larger is newer). */
  editionOrder: Map<string, number>;
  /** A word some article of every shard starts a word with; the articles that do. */
  word: string;
  withWord: Set<string>;
}

const wordsOf = (e: ArticleEntry) =>
  `${e.data.title} ${e.body}`
    .split(/\s+/)
    .map((w) => /^[가-힣]{2,}/.exec(w.replace(/^[^가-힣]+/, ''))?.[0])
    .filter((w): w is string => Boolean(w));

function siteFacts(site: BuiltSite): SiteFacts {
  const config = JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', 'ko-search.json'), 'utf8')) as SearchConfigFile;
  const entries = readArticleEntries(path.join(site.contentDir, 'articles'));
  const shardOfEdition = new Map<string, number>();
  config.shards!.forEach((s, i) => s.editions.forEach((stem) => shardOfEdition.set(stem, i)));
  const shardOf = new Map(entries.map((e) => [e.data.id, shardOfEdition.get(e.data.edition)!]));
  const stems = [...new Set(entries.map((e) => e.data.edition))].sort();
  const editionOrder = new Map(stems.map((s, i) => [s, i]));
  // Words (their leading Hangul run, four syllables or more: few false prefixes) by shard.
  const shardsOfWord = new Map<string, Set<number>>();
  const articlesOfWord = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const w of wordsOf(e)) {
      if ([...w].length < 4) continue;
      (shardsOfWord.get(w) ?? shardsOfWord.set(w, new Set()).get(w)!).add(shardOf.get(e.data.id)!);
      (articlesOfWord.get(w) ?? articlesOfWord.set(w, new Set()).get(w)!).add(e.data.id);
    }
  }
  const everywhere = [...shardsOfWord].filter(([, s]) => s.size === config.shards!.length).map(([w]) => w);
  everywhere.sort((a, b) => articlesOfWord.get(b)!.size - articlesOfWord.get(a)!.size || a.localeCompare(b));
  const word = everywhere[0];
  if (!word) throw new Error('no word of four syllables occurs in every shard: the test corpus is too small for this test');
  // Every article where some word starts with it (Pagefind's prefix match).
  const withWord = new Set(entries.filter((e) => `${e.data.title} ${e.body}`.split(/\s+/).some((w) => w.replace(/^[^가-힣]+/, '').startsWith(word))).map((e) => e.data.id));
  return { config, entries, shardOf, editionOrder, word, withWord };
}

const idOf = (href: string) => /\/articles\/([0-9a-f]{12})\//.exec(href)?.[1] ?? href;

describe('search over several shards', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let facts: SiteFacts;

  beforeAll(async () => {
    site = await buildSite(clean);
    facts = siteFacts(site);
    server = await startStaticServer({ root: site.outDir, base: site.base, gzip: true });
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a search address and notes the result links each time the page marks a phase. */
  async function open(query: string): Promise<Page> {
    const page = await browser.newPage({ locale: 'ko-KR' });
    await page.addInitScript(() => {
      const w = window as unknown as { __phases: { phase: string; hrefs: string[] }[] };
      w.__phases = [];
      new MutationObserver(() => {
        const list = document.querySelector<HTMLElement>('[data-search-results]');
        const phase = list?.dataset.searchPhase;
        if (!list || !phase || w.__phases.at(-1)?.phase === phase) return;
        w.__phases.push({ phase, hrefs: [...list.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')].map((a) => a.getAttribute('href')!) });
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search-phase'] });
    });
    await page.goto(server.url(`search/${query}`), { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchState === 'done', null, { timeout: 30_000 });
    return page;
  }

  /** Every result of the search, pressing 결과 더 보기 until it is gone. */
  async function allResults(page: Page): Promise<{ href: string; marks: number; edition: string }[]> {
    const more = page.locator('[data-search-more]');
    for (let i = 0; i < 50 && (await more.isVisible()); i++) {
      const before = await page.locator('.search-result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
    return page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('h2 a')!.getAttribute('href')!,
        marks: li.querySelectorAll('mark').length,
        edition: li.querySelector('.search-result-edition')?.textContent ?? '',
      })),
    );
  }

  it('is built in several shards, newest first in ko-search.json', () => {
    expect(facts.config.shards!.length).toBeGreaterThanOrEqual(3);
    const firstEditions = facts.config.shards!.map((s) => s.editions[0]!);
    expect([...firstEditions].sort().reverse()).toEqual(firstEditions);
  });

  it('shows the newest shard at once, then every shard in the merged order, with highlights', async () => {
    // Typed as the page searches it: a typed form the plan cuts (a particle) would put articles with that form first (exact-first.ts).
    const typed = planQuery(facts.word).terms.join(' ');
    const page = await open(`?q=${encodeURIComponent(typed)}`);
    const phases = await page.evaluate(() => (window as unknown as { __phases: { phase: string; hrefs: string[] }[] }).__phases);
    expect(phases.map((p) => p.phase)).toEqual(['first', 'all']);
    expect(phases[0]!.hrefs.length).toBeGreaterThan(0);
    for (const href of phases[0]!.hrefs) expect(facts.shardOf.get(idOf(href))).toBe(0);

    const results = await allResults(page);
    const ids = results.map((r) => idOf(r.href));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(await page.locator('[data-search-results]').getAttribute('data-search-count'))).toBe(ids.length);
    // Every article that has the word is found, from every shard.
    for (const id of facts.withWord) expect(ids).toContain(id);
    expect(new Set(ids.map((id) => facts.shardOf.get(id)))).toEqual(new Set(facts.config.shards!.map((_, i) => i)));
    // Each result shows where it matched.
    for (const r of results) expect(r.marks, r.href).toBeGreaterThan(0);

    // The order is Pagefind's merged order: every shard searched on its own, results by score (newer shard first on a tie).
    const term = planQuery(typed, createSynonymIndex(facts.config.synonyms)).terms.join(' ');
    const names = facts.config.shards!.map((s) => s.name);
    // As a string: vitest would rewrite a dynamic import() inside a function.
    const expected = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const scored = [];
      for (const name of ${JSON.stringify(names)}) {
        const pf = pagefind.createInstance({ basePath: '/pagefind/' + name + '/', noWorker: true });
        await pf.options({ baseUrl: '/' });
        const response = await pf.search(${JSON.stringify(term)});
        for (const r of response.results) scored.push({ score: r.score, url: (await r.data()).url });
      }
      return scored.sort((a, b) => b.score - a.score).map((s) => s.url);
    })()`)) as string[];
    expect(expected.length).toBeGreaterThan(0);
    expect(ids.slice(0, expected.length)).toEqual(expected.map(idOf));
    await page.close();
  }, 120_000);

  it('sorts newest first across shards', async () => {
    const page = await open(`?q=${encodeURIComponent(facts.word)}&sort=new`);
    const ids = (await allResults(page)).map((r) => idOf(r.href));
    const orders = ids.map((id) => facts.editionOrder.get(facts.entries.find((e) => e.data.id === id)!.data.edition)!);
    expect([...orders].sort((a, b) => b - a)).toEqual(orders);
    expect(new Set(ids.map((id) => facts.shardOf.get(id))).size).toBe(facts.config.shards!.length);
    await page.close();
  }, 120_000);

  it('filters by an edition of the oldest shard and by a topic across shards', async () => {
    const oldest = facts.entries.filter((e) => facts.withWord.has(e.data.id) && facts.shardOf.get(e.data.id) === facts.config.shards!.length - 1);
    const stem = oldest[0]!.data.edition;
    let page = await open(`?q=${encodeURIComponent(facts.word)}&edition=${stem}`);
    let ids = (await allResults(page)).map((r) => idOf(r.href));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(facts.entries.find((e) => e.data.id === id)!.data.edition).toBe(stem);
    for (const e of oldest.filter((x) => x.data.edition === stem)) expect(ids).toContain(e.data.id);
    await page.close();

    // The topic most of the word's articles share, found in more than one shard.
    const topicCount = new Map<string, number>();
    for (const e of facts.entries) if (facts.withWord.has(e.data.id)) for (const t of e.data.topics) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
    const topic = [...topicCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    page = await open(`?q=${encodeURIComponent(facts.word)}&topic=${topic}`);
    ids = (await allResults(page)).map((r) => idOf(r.href));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(facts.entries.find((e) => e.data.id === id)!.data.topics).toContain(topic);
    for (const e of facts.entries) if (facts.withWord.has(e.data.id) && e.data.topics.includes(topic)) expect(ids).toContain(e.data.id);
    await page.close();
  }, 120_000);
});

describe('a new seed file after a sharded build', () => {
  it('indexes one shard, reuses the others, and writes the same dist/ as a clean build (search after astro build there)', async () => {
    const cleanSite = await buildSite(clean);
    const site = await buildSite(grown);
    const before = (JSON.parse(readFileSync(path.join(site.outDir, 'pagefind', 'ko-search.json'), 'utf8')) as SearchConfigFile).shards!;
    const log = await addSeedsAndRebuild(site, seeds.slice(-1));
    const figures = /(\d+) shard\(s\) of \d+ articles or more: (\d+) indexed, (\d+) reused from the cache/.exec(log);
    expect(figures, log.slice(-3000)).not.toBeNull();
    expect(log).toMatch(/\[search documents\] search documents: \d+ articles, more than build\.searchBesideAstroUpTo \(0\): starting when astro build has finished/);
    expect(log).toMatch(/\[search documents\] search documents: waited \d+\.\d+ s for astro build/);
    expect(readFileSync(cleanSite.logFile, 'utf8')).not.toMatch(/starting when astro build has finished/);
    const [count, indexed, reused] = figures!.slice(1).map(Number) as [number, number, number];
    expect(indexed).toBe(1);
    expect(reused).toBe(count - 1);
    expect(reused).toBeGreaterThanOrEqual(before.length - 1);
    const rebuilt = tree(site.outDir);
    const fresh = tree(cleanSite.outDir);
    const differing = [...new Set([...rebuilt.keys(), ...fresh.keys()])].filter((f) => rebuilt.get(f) !== fresh.get(f));
    expect(differing).toEqual([]);
  }, 900_000);
});
