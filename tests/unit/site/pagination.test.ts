import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageLinks, paginate } from '@/lib/site/pagination';

describe('paginate', () => {
  it('splits into pages of the given size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.total, p.start])).toEqual([
      [1, 3, 0],
      [2, 3, 2],
      [3, 3, 4],
    ]);
  });

  it('always yields one page, even for no items', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [], start: 0 }]);
  });

  it('rejects a bad page size', () => {
    expect(() => paginate([1], 0)).toThrow();
  });

  it('keeps every item exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (items, size) => {
        const pages = paginate(items, size);
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        expect(pages.every((p) => p.items.length <= size)).toBe(true);
      }),
    );
  });
});

describe('pageLinks', () => {
  const render = (current: number, total: number) =>
    pageLinks(current, total)
      .map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number)))
      .join(' ');

  it('shows first, last and a window around the current page', () => {
    expect(render(6, 12)).toBe('1 … 4 5 [6] 7 8 … 12');
    expect(render(1, 12)).toBe('[1] 2 3 … 12');
    expect(render(12, 12)).toBe('1 … 10 11 [12]');
  });

  it('fills a single skipped number instead of a gap', () => {
    expect(render(4, 7)).toBe('1 2 3 [4] 5 6 7');
  });

  it('handles one page', () => {
    expect(render(1, 1)).toBe('[1]');
  });

  it('lists each page at most once, ascending, with exactly one current', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((t) => fc.tuple(fc.integer({ min: 1, max: t }), fc.constant(t))), ([cur, total]) => {
        const nums = pageLinks(cur, total).flatMap((l) => (l.kind === 'page' ? [l.number] : []));
        expect(nums).toEqual([...new Set(nums)].sort((a, b) => a - b));
        expect(nums[0]).toBe(1);
        expect(nums.at(-1)).toBe(total);
        expect(pageLinks(cur, total).filter((l) => l.kind === 'page' && l.current)).toHaveLength(1);
      }),
    );
  });
});
