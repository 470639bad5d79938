import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/corpus/prng';

describe('createRng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRng('seed');
    const b = createRng('seed');
    const c = createRng('other');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in range', () => {
    const rng = createRng(7);
    for (let i = 0; i < 5000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
    }
    expect(rng.hex(13)).toMatch(/^[0-9a-f]{13}$/);
    expect(() => rng.int(3, 1)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('covers the range roughly evenly', () => {
    const rng = createRng('even');
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[rng.int(0, 9)]++;
    for (const c of counts) expect(c).toBeGreaterThan(1700);
  });

  it('shuffles without losing items, and forks independent streams', () => {
    const rng = createRng('s');
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect([...rng.shuffle(items)].sort()).toEqual(items);
    const f1 = createRng('p').fork('a');
    const f2 = createRng('p').fork('a');
    const f3 = createRng('p').fork('b');
    expect(f1.next()).toBe(f2.next());
    expect(createRng('p').fork('a').next()).not.toBe(f3.next());
    expect(rng.weighted(['x', 'y'], [0, 1])).toBe('y');
  });
});
