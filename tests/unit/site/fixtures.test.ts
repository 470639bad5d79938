import { describe, expect, it } from 'vitest';
import { fixtureArticles } from './helpers';

describe('site fixtures', () => {
  const articles = fixtureArticles();

  it('are schema-valid and cover what the pages show', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.edition)).size).toBe(2);
    expect(articles.some((a) => a.titleDerived)).toBe(true);
    expect(articles.some((a) => a.preface)).toBe(true);
    expect(articles.some((a) => a.sameStory.length > 0)).toBe(true);
  });

  it('have unique ids and links that point at fixtures', () => {
    const ids = new Set(articles.map((a) => a.id));
    expect(ids.size).toBe(articles.length);
    for (const a of articles) {
      for (const id of [...a.related, ...a.sameStory]) expect(ids.has(id), `${a.id} → ${id}`).toBe(true);
    }
  });
});
