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
  it('is null without articles', () => {
    expect(buildDigest(buildSiteIndex({ articles: [], topics, organizations: [] }), 10)).toBeNull();
  });

  it('shows only the latest edition, in topic sections, same-story groups once', () => {
    const old = makeArticle({ edition: '000_a', topics: ['ai'] });
    const x = makeArticle({ id: hexId(11), edition: '001_b', topics: ['rnd'], source: { file: 'b', line: 1 } });
    const y = makeArticle({ id: hexId(12), edition: '001_b', topics: ['ai', 'rnd'], source: { file: 'b', line: 2 }, sameStory: [hexId(13)] });
    const z = makeArticle({ id: hexId(13), edition: '001_b', topics: ['ai'], source: { file: 'b', line: 3 } });
    const index = buildSiteIndex({ articles: [old, x, y, z], topics, organizations: [] });
    const digest = buildDigest(index, 10)!;
    expect(digest.edition.stem).toBe('001_b');
    expect(digest.articleCount).toBe(3);
    expect(digest.total).toBe(2);
    expect(digest.sections.map((s) => [s.slug, s.items.map((i) => i.lead.id)])).toEqual([
      ['ai', [y.id]],
      ['rnd', [x.id]],
    ]);
    expect(digest.sections[0]!.items[0]!.others.map((o) => o.id)).toEqual([z.id]);
  });

  it('caps the number of items however large the edition is', () => {
    const arts = Array.from({ length: 500 }, (_, i) =>
      makeArticle({ edition: '003_big', topics: [i % 2 ? 'ai' : 'general'], source: { file: 'big', line: i + 1 } }),
    );
    const digest = buildDigest(buildSiteIndex({ articles: arts, topics, organizations: [] }), 24)!;
    expect(digest.shown).toBe(24);
    expect(digest.total).toBe(500);
    expect(digest.sections.reduce((n, s) => n + s.items.length, 0)).toBe(24);
    expect(digest.sections.map((s) => s.slug)).toEqual(['ai', 'general']);
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
