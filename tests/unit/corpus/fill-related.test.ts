import { describe, expect, it } from 'vitest';
import { fillRelated, type FillInput } from '@/lib/corpus/fill-related';

const article = (id: string, topics: string[], edition = '001', related: string[] = [], sameStory: string[] = []): FillInput => ({
  id,
  topics,
  edition,
  related,
  sameStory,
});

describe('fillRelated', () => {
  it('keeps similarity-based lists that are already full', () => {
    const a = article('a', ['ai'], '001', ['b', 'c']);
    fillRelated([a, article('b', ['ai']), article('c', ['ai']), article('d', ['ai'])], 2);
    expect(a.related).toEqual(['b', 'c']);
  });

  it('borrows from the same story first, then shares a topic newest edition first, then the same edition', () => {
    const a = article('a', ['edu'], '002', [], ['s']);
    const s = article('s', ['edu'], '002', ['x'], ['a']);
    const x = article('x', ['ai'], '001');
    const old = article('old', ['edu'], '001');
    const neu = article('neu', ['edu'], '003');
    const sameEdition = article('e', ['law'], '002');
    fillRelated([a, s, x, old, neu, sameEdition], 4);
    expect(a.related).toEqual(['x', 'neu', 'old', 'e']);
  });

  it('never offers the article itself or a member of its story', () => {
    const a = article('a', ['edu'], '001', [], ['b']);
    const b = article('b', ['edu'], '001', [], ['a']);
    fillRelated([a, b], 3);
    expect(a.related).toEqual([]);
  });
});
