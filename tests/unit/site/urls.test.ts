import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, makeLinker, routes } from '@/lib/site/urls';

describe('joinBase', () => {
  it.each([
    ['/', '/topics/', '/topics/'],
    ['/', '/', '/'],
    ['/news', '/topics/', '/news/topics/'],
    ['/news/', '/topics/', '/news/topics/'],
    ['news', 'topics/', '/news/topics/'],
    ['/news/', '/', '/news/'],
    ['/news//', '/rss.xml', '/news/rss.xml'],
    ['', '/a/', '/a/'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('keeps query and hash', () => {
    expect(joinBase('/news', '/search/?q=AI#top')).toBe('/news/search/?q=AI#top');
  });

  it('makeLinker binds a base', () => {
    expect(makeLinker('/x/')(routes.article('0123456789ab'))).toBe('/x/articles/0123456789ab/');
  });
});

describe('absoluteUrl', () => {
  it('resolves against the site origin and base', () => {
    expect(absoluteUrl('https://example.org', '/news', '/topics/ai/')).toBe('https://example.org/news/topics/ai/');
    expect(absoluteUrl('https://example.org/', '/', '/')).toBe('https://example.org/');
  });
});

describe('routes', () => {
  it('page 1 has no number, later pages do', () => {
    expect(routes.topic('ai')).toBe('/topics/ai/');
    expect(routes.topic('ai', 1)).toBe('/topics/ai/');
    expect(routes.topic('ai', 3)).toBe('/topics/ai/3/');
    expect(routes.edition('000_abc', 2)).toBe('/editions/000_abc/2/');
    expect(routes.organization('msit', 2)).toBe('/organizations/msit/2/');
  });

  it('encodes unusual path segments', () => {
    expect(routes.edition('호 1')).toBe('/editions/%ED%98%B8%201/');
  });

  it('every route ends with a slash except files', () => {
    for (const p of [routes.home(), routes.topics(), routes.editions(), routes.organizations(), routes.search()]) {
      expect(p.endsWith('/')).toBe(true);
    }
    expect(routes.rss()).toBe('/rss.xml');
    expect(routes.sitemap()).toBe('/sitemap-index.xml');
  });
});
