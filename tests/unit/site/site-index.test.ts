import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '@/lib/editorial/load';
import { readEditionMeta } from '@/lib/editorial/edition-sidecar';
import { buildSiteIndex, linkedStoryGroups } from '@/lib/site/site-index';
import type { Topic } from '@/lib/editorial/schema';
import type { DirectoryEntry } from '@/lib/corpus/organizations';
import { fixtureArticles, fixtureDir, hexId, makeArticle } from './helpers';

const topics: Topic[] = [
  { slug: 'general', name: '일반', description: '기타', fallback: true, keywords: {} },
  { slug: 'ai', name: '인공지능', description: 'AI', fallback: false, keywords: {} },
  { slug: 'rnd', name: '연구개발', description: 'R&D', fallback: false, keywords: {} },
];
const organizations: DirectoryEntry[] = [
  { name: '과학기술정보통신부', slug: 'msit', kind: 'government', aliases: ['과기정통부'] },
  { name: 'KT', slug: 'kt', kind: 'company', aliases: [] },
  { name: '경찰청', slug: 'police', kind: 'government', aliases: [] },
];

describe('buildSiteIndex', () => {
  it('orders editions newest first and articles by edition then line', () => {
    const a = makeArticle({ edition: '000_a', source: { file: '000_a.txt', line: 2 } });
    const b = makeArticle({ edition: '001_b', source: { file: '001_b.txt', line: 5 } });
    const c = makeArticle({ edition: '001_b', source: { file: '001_b.txt', line: 1 } });
    const d = makeArticle({ edition: '000_a', source: { file: '000_a.txt', line: 1 } });
    const index = buildSiteIndex({ articles: [a, b, c, d], topics, organizations });
    expect(index.editions.map((e) => [e.stem, e.count])).toEqual([
      ['001_b', 2],
      ['000_a', 2],
    ]);
    expect(index.articles.map((x) => x.id)).toEqual([c.id, b.id, d.id, a.id]);
    expect(index.byEdition.get('000_a')!.map((x) => x.id)).toEqual([d.id, a.id]);
  });

  it('counts topics in dictionary order with the fallback last, and keeps unknown slugs', () => {
    const arts = [
      makeArticle({ topics: ['ai', 'rnd'] }),
      makeArticle({ topics: ['general'] }),
      makeArticle({ topics: ['ai', 'ai'] }),
      makeArticle({ topics: ['quantum'] }),
    ];
    const index = buildSiteIndex({ articles: arts, topics, organizations });
    expect(index.topics.map((t) => [t.slug, t.count, t.known])).toEqual([
      ['ai', 2, true],
      ['rnd', 1, true],
      ['general', 1, true],
      ['quantum', 1, false],
    ]);
    expect(index.byTopic.get('ai')).toHaveLength(2);
  });

  it('maps organisation names and aliases to dictionary slugs', () => {
    const arts = [
      makeArticle({ organizations: ['과학기술정보통신부', 'KT'] }),
      makeArticle({ organizations: ['과기정통부', '과학기술정보통신부'] }),
    ];
    const index = buildSiteIndex({ articles: arts, topics, organizations });
    expect(index.organizations.map((o) => [o.slug, o.count])).toEqual([
      ['msit', 2],
      ['kt', 1],
    ]);
    expect(index.byOrganization.get('msit')).toHaveLength(2);
    expect(index.organizationBySlug.get('police')?.count).toBe(0);
  });

  it('gives names outside the directory (found by ingest) a page with a romanised slug and a kind from their head', () => {
    const arts = [
      makeArticle({ organizations: ['다온모빌리티', '과학기술정보통신부'] }),
      makeArticle({ organizations: ['다온모빌리티', '한국뇌과학연구원'] }),
    ];
    const index = buildSiteIndex({ articles: arts, topics, organizations });
    expect(index.organizationByName.get('다온모빌리티')).toMatchObject({ slug: 'daonmobilliti', kind: 'company', discovered: true, count: 2 });
    expect(index.organizationByName.get('한국뇌과학연구원')).toMatchObject({ kind: 'research', discovered: true, count: 1 });
    expect(index.organizationGroups.map((g) => [g.kind, g.organizations.map((o) => o.name)])).toEqual([
      ['government', ['과학기술정보통신부']],
      ['research', ['한국뇌과학연구원']],
      ['company', ['다온모빌리티']],
    ]);
  });

  it('keeps a discovered slug apart from a directory slug it would collide with', () => {
    const index = buildSiteIndex({
      articles: [makeArticle({ organizations: ['케이티'] })],
      topics,
      organizations: [{ name: 'KT 본사', slug: 'keiti', aliases: [] }],
    });
    expect(index.organizationByName.get('케이티')!.slug).toMatch(/^keiti-[0-9a-f]{6}$/);
  });

  it('applies edition sidecar metadata', () => {
    const index = buildSiteIndex({
      articles: [makeArticle({ edition: '002_z' })],
      topics,
      organizations,
      editionMeta: (stem) => (stem === '002_z' ? { title: '특집', date: '2026-02-01' } : {}),
    });
    expect(index.editions[0]).toMatchObject({ label: '특집', shortLabel: '1호', dateLabel: '2026년 2월 1일' });
  });

  it('numbers editions from the oldest, whatever their file numbers', () => {
    const index = buildSiteIndex({
      articles: [makeArticle({ id: 'aaaaaaaaaaa1', edition: '005_b' }), makeArticle({ id: 'aaaaaaaaaaa2', edition: '010_c' })],
      topics,
      organizations,
    });
    expect(index.editions.map((e) => [e.stem, e.shortLabel])).toEqual([
      ['010_c', '2호'],
      ['005_b', '1호'],
    ]);
  });

  it('indexes the site fixtures with the real editorial data', () => {
    const editorial = loadEditorial(path.resolve(fixtureDir, '../../../content'));
    const index = buildSiteIndex({
      articles: fixtureArticles(),
      topics: editorial.topics,
      organizations: editorial.organizations,
      editionMeta: (stem) => readEditionMeta(path.join(fixtureDir, 'seeds'), stem),
    });
    expect(index.editions.map((e) => e.stem)).toEqual(['001_5c1e0d9a7b3f2e48', '000_243a80f4f65a3ff9']);
    expect(index.editions[0]!.label).toBe('2026년 1월 둘째 주 과학·ICT 소식');
    expect(index.topics.filter((t) => !t.known)).toEqual([]);
    expect(index.sameStoryGroup.get('7a2e5c9d0b13')).toEqual(['8f1a6c3e9d27', '7a2e5c9d0b13']);
  });
});

describe('linkedStoryGroups', () => {
  it('joins links in either direction, transitively, ignoring unknown ids', () => {
    const a = makeArticle({ id: hexId(1) });
    const b = makeArticle({ id: hexId(2), sameStory: [hexId(1)] });
    const c = makeArticle({ id: hexId(3), sameStory: [hexId(2), hexId(99)] });
    const d = makeArticle({ id: hexId(4) });
    const groups = linkedStoryGroups([a, b, c, d]);
    expect(groups.get(a.id)).toEqual([a.id, b.id, c.id]);
    expect(groups.get(c.id)).toBe(groups.get(a.id));
    expect(groups.get(d.id)).toEqual([d.id]);
  });
});
