import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/lib/memory/bounded-cache';

describe('BoundedCache', () => {
  it('returns what was set, and undefined for what was not', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
  });

  it('never holds more than two generations', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      cache.set(i, i);
      expect(cache.size).toBeLessThanOrEqual(20);
    }
    expect(cache.get(999)).toBe(999);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps an entry that is used while others come and go', () => {
    const cache = new BoundedCache<string, number>(3);
    cache.set('often', 1);
    for (let i = 0; i < 50; i++) {
      cache.set(`once-${i}`, i);
      expect(cache.get('often')).toBe(1);
    }
    expect(cache.get('once-0')).toBeUndefined();
  });

  it('drops an entry not used for two generations', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // a, b are now the old generation
    expect(cache.has('a')).toBe(true);
    cache.set('d', 4);
    cache.set('e', 5); // c, d old; a, b dropped
    expect(cache.has('a')).toBe(false);
    expect(cache.get('c')).toBe(3);
  });

  it('caches undefined-free falsy values and overwrites in place', () => {
    const cache = new BoundedCache<string, boolean>(2);
    cache.set('no', false);
    expect(cache.get('no')).toBe(false);
    cache.set('no', true);
    expect(cache.get('no')).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('forgets everything on clear, and rejects a generation below 1', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(() => new BoundedCache(0)).toThrow(/at least 1/u);
  });
});
