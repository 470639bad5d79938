import { describe, expect, it } from 'vitest';
import { settledQuery } from '@/lib/search/page/composing';
import { createEngineLoader, LOAD_FAILED_MESSAGE } from '@/lib/search/page/engine-loader';
import { createLatestGuard } from '@/lib/search/page/latest';

describe('createLatestGuard (stale results)', () => {
  it('lets only the newest search touch the page', async () => {
    const guard = createLatestGuard();
    const shown: string[] = [];
    const search = async (q: string, ms: number) => {
      const ticket = guard.next();
      await new Promise((r) => setTimeout(r, ms));
      if (guard.isCurrent(ticket)) shown.push(q);
    };
    // The slow search for `특` finishes after the one for `특구` started.
    await Promise.all([search('특', 30), search('특구', 5)]);
    expect(shown).toEqual(['특구']);
    expect(guard.current).toBe(2);
  });
});

describe('createEngineLoader (index-load failure)', () => {
  it('loads once for concurrent callers', async () => {
    let loads = 0;
    const loader = createEngineLoader(async () => ++loads);
    expect(loader.state).toBe('idle');
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect([a, b, loads, loader.state]).toEqual([1, 1, 1, 'ready']);
  });

  it('reports a failed load and tries again on the next search', async () => {
    let attempts = 0;
    const loader = createEngineLoader(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return 'engine';
    });
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.state).toBe('failed');
    await expect(loader.load()).resolves.toBe('engine');
    expect(loader.state).toBe('ready');
    expect(attempts).toBe(2);
    expect(LOAD_FAILED_MESSAGE).toMatch(/불러오지 못했습니다/);
  });
});

describe('settledQuery (typing with a Korean IME)', () => {
  it('drops the syllable still being composed', () => {
    expect(settledQuery('특ㄱ')).toEqual({ query: '특', composing: true });
    expect(settledQuery('과기정ㅌ')).toEqual({ query: '과기정', composing: true });
    expect(settledQuery('무선 ㅊ')).toEqual({ query: '무선', composing: true });
    expect(settledQuery('ㄱ')).toEqual({ query: '', composing: true });
    expect(settledQuery('ㅎㅏ')).toEqual({ query: '', composing: true });
  });

  it('leaves settled queries alone', () => {
    expect(settledQuery(' 특구 ')).toEqual({ query: '특구', composing: false });
    expect(settledQuery('AI')).toEqual({ query: 'AI', composing: false });
    expect(settledQuery('')).toEqual({ query: '', composing: false });
  });
});
