import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article-schema';
import { linkedStoryGroups } from '@/lib/site/site-index';
import { collapseToStoryItems, prevNext, relatedOf, sameStoryOf } from '@/lib/site/stories';
import { hexId, makeArticle } from './helpers';

function corpus(articles: Article[]) {
  return { byId: new Map(articles.map((a) => [a.id, a])), groups: linkedStoryGroups(articles) };
}

describe('collapseToStoryItems', () => {
  it('shows a same-story group once, at its first member, listing the others', () => {
    const a = makeArticle({ id: hexId(1), sameStory: [hexId(3)] });
    const b = makeArticle({ id: hexId(2) });
    const c = makeArticle({ id: hexId(3), sameStory: [hexId(1)] });
    const { byId, groups } = corpus([a, b, c]);
    const items = collapseToStoryItems([a, b, c], groups, byId);
    expect(items.map((i) => [i.lead.id, i.others.map((o) => o.id)])).toEqual([
      [a.id, [c.id]],
      [b.id, []],
    ]);
  });

  it('prefers a member with a real headline as the lead', () => {
    const a = makeArticle({ id: hexId(1), titleDerived: true, sameStory: [hexId(2)] });
    const b = makeArticle({ id: hexId(2), sameStory: [hexId(1)] });
    const { byId, groups } = corpus([a, b]);
    const [item] = collapseToStoryItems([a, b], groups, byId);
    expect(item!.lead.id).toBe(b.id);
    expect(item!.others.map((o) => o.id)).toEqual([a.id]);
  });

  it('lists members outside the list (other editions) as sources too', () => {
    const a = makeArticle({ id: hexId(1), sameStory: [hexId(2)] });
    const b = makeArticle({ id: hexId(2), sameStory: [hexId(1)], edition: '009_old' });
    const { byId, groups } = corpus([a, b]);
    const items = collapseToStoryItems([a], groups, byId);
    expect(items).toHaveLength(1);
    expect(items[0]!.others.map((o) => o.id)).toEqual([b.id]);
  });

  it('never drops or repeats an article', () => {
    const arts = Array.from({ length: 30 }, (_, i) =>
      makeArticle({ id: hexId(i + 1), sameStory: i % 3 === 0 && i > 0 ? [hexId(i)] : [] }),
    );
    const { byId, groups } = corpus(arts);
    const items = collapseToStoryItems(arts, groups, byId);
    const seen = items.flatMap((i) => [i.lead.id, ...i.others.map((o) => o.id)]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(arts.map((a) => a.id)));
  });
});

describe('sameStoryOf / relatedOf', () => {
  it('returns the rest of the group', () => {
    const a = makeArticle({ id: hexId(1), sameStory: [hexId(2)] });
    const b = makeArticle({ id: hexId(2) });
    const { byId, groups } = corpus([a, b]);
    expect(sameStoryOf(b, groups, byId).map((x) => x.id)).toEqual([a.id]);
  });

  it('drops self, same-story members, missing ids and duplicates, and caps the list', () => {
    const a = makeArticle({
      id: hexId(1),
      sameStory: [hexId(2)],
      related: [hexId(1), hexId(2), hexId(3), hexId(404), hexId(3), hexId(4), hexId(5)],
    });
    const others = [2, 3, 4, 5].map((n) => makeArticle({ id: hexId(n) }));
    const { byId, groups } = corpus([a, ...others]);
    expect(relatedOf(a, byId, groups, 10).map((x) => x.id)).toEqual([hexId(3), hexId(4), hexId(5)]);
    expect(relatedOf(a, byId, groups, 2).map((x) => x.id)).toEqual([hexId(3), hexId(4)]);
  });
});

describe('prevNext', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('picks neighbours', () => {
    expect(prevNext(list, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(prevNext(list, 'a')).toEqual({ next: { id: 'b' } });
    expect(prevNext(list, 'c')).toEqual({ prev: { id: 'b' } });
    expect(prevNext(list, 'zz')).toEqual({});
  });
});
