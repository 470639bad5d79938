/** The real first seed, end to end through ingest: a golden test of what readers get. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEntry } from '@/lib/ingest/entry-files';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '@/lib/article-schema';
import { loadEditorial } from '@/lib/editorial/load';
import { runIngest, type IngestResult } from '@/lib/ingest/run-ingest';

const seed = path.resolve('content/seeds/000_243a80f4f65a3ff9.txt');
let result: IngestResult;
const byLine = new Map<number, { data: Article; body: string }>();

beforeAll(async () => {
  const articlesDir = path.join(mkdtempSync(path.join(tmpdir(), 'golden-')), 'articles');
  result = await runIngest({ seedFiles: [seed], articlesDir, editorial: loadEditorial(path.resolve('content')) });
  for (const name of readdirSync(articlesDir)) {
    const { data, body: content } = parseEntry(readFileSync(path.join(articlesDir, name), 'utf8'));
    const article = articleSchema.parse(data);
    byLine.set(article.source.line, { data: article, body: content });
  }
});

describe('the first seed', () => {
  it('gives 15 articles and rejects nothing', () => {
    expect(result.articles.total).toBe(15);
    expect(result.rejections).toEqual([]);
    expect([...byLine.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('separates the glued headlines', () => {
    expect(byLine.get(3)!.data.title).toBe('국장급 협의체 월 1회 정례적 운영…예산 편성 과정에 상호 참여 확대');
    expect(byLine.get(3)!.body.startsWith('기획예산처와 과학기술정보통신부는')).toBe(true);
    expect(byLine.get(13)!.data.title).toBe('KT·LGU+ 침해사고 최종 조사결과 발표…"보안 허점 드러난 엄중 사안"');
    expect(byLine.get(8)!.data.deck).toHaveLength(2);
    expect(byLine.get(14)!.data.preface).toMatch(/^정책은 생활과 멀리/);
    for (const line of [2, 6, 9, 11]) expect(byLine.get(line)!.data.titleDerived).toBe(true);
  });

  it('groups lines 14 and 15, two outlets on the same announcement, and nothing else', () => {
    const a = byLine.get(14)!.data;
    const b = byLine.get(15)!.data;
    expect(a.sameStory).toEqual([b.id]);
    expect(b.sameStory).toEqual([a.id]);
    const grouped = [...byLine.values()].filter((x) => x.data.sameStory.length > 0);
    expect(grouped).toHaveLength(2);
  });

  it('gives every article a topic and at most one the fallback topic', () => {
    const fallback = [...byLine.values()].filter((x) => x.data.topics.includes('general'));
    expect(fallback.length).toBeLessThanOrEqual(1);
    expect(byLine.get(13)!.data.topics).toEqual(expect.arrayContaining(['security', 'telecom']));
    expect(byLine.get(4)!.data.topics[0]).toBe('climate');
  });

  it('resolves organisation aliases to canonical names', () => {
    expect(byLine.get(13)!.data.organizations).toEqual(expect.arrayContaining(['KT', 'LG유플러스', '과학기술정보통신부']));
    expect(byLine.get(3)!.data.organizations).toEqual(expect.arrayContaining(['기획예산처', '과학기술정보통신부']));
  });

  it('finds the key figures', () => {
    expect(byLine.get(2)!.data.figures.map((f) => f.value)).toEqual(expect.arrayContaining(['1673억 원', '44%']));
    expect(byLine.get(3)!.data.figures.map((f) => f.value)).toEqual(expect.arrayContaining(['35조 5000억 원', '85.3%']));
  });

  it('offers related articles for every article', () => {
    for (const { data } of byLine.values()) expect(data.related.length).toBeGreaterThan(0);
  });

  it('marks cut-off lines as truncated and keeps summaries to complete sentences', () => {
    expect(byLine.get(1)!.data.truncated).toBe(true);
    for (const { data } of byLine.values()) {
      expect([...data.summary].length).toBeLessThanOrEqual(201);
      expect(data.summary).toMatch(/[.!?…]["'”’)]*$/);
    }
  });
});

describe('the committed content', () => {
  it('equals a fresh ingest of content/seeds byte for byte, so a rebuild leaves git clean', async () => {
    const seedsDir = path.resolve('content/seeds');
    const seedFiles = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((n) => path.join(seedsDir, n));
    const freshDir = path.join(mkdtempSync(path.join(tmpdir(), 'fresh-')), 'articles');
    await runIngest({ seedFiles, articlesDir: freshDir, editorial: loadEditorial(path.resolve('content')) });
    const committed = path.resolve('content/articles');
    const names = readdirSync(freshDir).sort();
    expect(readdirSync(committed).filter((n) => n.endsWith('.md')).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(path.join(freshDir, name), 'utf8')).toBe(readFileSync(path.join(committed, name), 'utf8'));
    }
  });
});
