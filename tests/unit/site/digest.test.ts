import { describe, expect, it } from 'vitest';
import type { Topic } from '@/lib/editorial/schema';
import { buildDigest } from '@/lib/site/digest';
import { robotsTxt, rssItems } from '@/lib/site/feed';
import { buildSiteIndex } from '@/lib/site/site-index';
import { hexId, makeArticle } from './helpers';

const topics: Topic[] = [
  { slug: 'ai', name: '인공지능', description: 'AI', fallback: false, keywords: {} },
  { slug: 'rnd', name: '연구개발', description: 'R&D', fallback: false, keywords: {} },
  { slug: 'general', name: '일반', description: '기타', fallback: true, keywords: {} },
];

describe('buildDigest', () => {
  const limits = { main: 1, perSection: 2 };

  it('is null without articles', () => {
    expect(buildDigest(buildSiteIndex({ articles: [], topics, organizations: [] }), limits)).toBeNull();
  });

  it('shows only the latest edition: main stories first, the rest in topic sections, same-story groups once', () => {
    const old = makeArticle({ edition: '000_a', topics: ['ai'] });
    const x = makeArticle({ id: hexId(11), edition: '001_b', topics: ['rnd'], source: { file: 'b', line: 1 } });
    const y = makeArticle({ id: hexId(12), edition: '001_b', topics: ['ai', 'rnd'], source: { file: 'b', line: 2 }, sameStory: [hexId(13)] });
    const z = makeArticle({ id: hexId(13), edition: '001_b', topics: ['ai'], source: { file: 'b', line: 3 } });
    const w = makeArticle({ id: hexId(14), edition: '001_b', topics: ['ai'], source: { file: 'b', line: 4 } });
    const index = buildSiteIndex({ articles: [old, x, y, z, w], topics, organizations: [] });
    const digest = buildDigest(index, limits)!;
    expect(digest.edition.stem).toBe('001_b');
    expect(digest.articleCount).toBe(4);
    expect(digest.total).toBe(3);
    // The story reported twice in this edition leads.
    expect(digest.main.map((i) => [i.lead.id, i.others.map((o) => o.id)])).toEqual([[y.id, [z.id]]]);
    expect(digest.sections.map((s) => [s.slug, s.items.map((i) => i.lead.id), s.hidden, s.topicCount])).toEqual([
      ['ai', [w.id], 0, 4],
      ['rnd', [x.id], 0, 2],
    ]);
  });

  it('caps every section however large the edition is, and keeps the topic order', () => {
    const arts = Array.from({ length: 500 }, (_, i) =>
      makeArticle({ edition: '003_big', topics: [i % 2 ? 'general' : 'ai'], source: { file: 'big', line: i + 1 } }),
    );
    const digest = buildDigest(buildSiteIndex({ articles: arts, topics, organizations: [] }), { main: 10, perSection: 3 })!;
    expect(digest.main).toHaveLength(10);
    expect(digest.total).toBe(500);
    expect(digest.sections.map((s) => [s.slug, s.items.length, s.hidden])).toEqual([
      ['ai', 3, 250 - 5 - 3],
      ['general', 3, 250 - 5 - 3],
    ]);
  });
});

describe('feed', () => {
  it('lists the newest articles with absolute links and edition dates', () => {
    const a = makeArticle({ edition: '000_a', title: '옛 기사' });
    const b = makeArticle({ edition: '001_b', title: '발췌 제목', titleDerived: true, topics: ['ai'] });
    const index = buildSiteIndex({
      articles: [a, b],
      topics,
      organizations: [],
      editionMeta: (s) => (s === '001_b' ? { date: '2026-01-12' } : {}),
    });
    const items = rssItems(index, 1, (p) => `https://e.org/news${p}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: '[본문 발췌] 발췌 제목',
      link: `https://e.org/news/articles/${b.id}/`,
      categories: ['인공지능'],
    });
    expect(items[0]!.pubDate?.toISOString()).toBe('2026-01-11T15:00:00.000Z');
  });

  it('robots.txt names the sitemap', () => {
    expect(robotsTxt('https://e.org/news/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/news/sitemap-index.xml\n',
    );
  });

  it('robots.txt has no Sitemap line when the site has no address', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
