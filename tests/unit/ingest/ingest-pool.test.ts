import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '@/lib/editorial/load';
import { findSimilarArticles } from '@/lib/corpus/similar-articles';
import { IngestPool, composeAll } from '@/lib/ingest/ingest-pool';
import { saveEntry } from '@/lib/ingest/entry-files';

const editorial = loadEditorial(path.resolve('content'));
const items = Array.from({ length: 1600 }, (_, i) => ({
  text: `과기정통부, 제${i}차 AI 예산 확대…"국산 칩 키운다" 과학기술정보통신부는 ${i % 28 + 1}일 인공지능 반도체 연구개발에 ${i}00억 원을 투입한다고 밝혔다. 지난해보다 ${i % 90}% 늘어난 규모다. 과기정통부는 국산 칩을`,
  sources: [{ file: '001_x.txt', line: i + 1 }],
}));

describe('composeAll', () => {
  it('gives the same articles, in the same order, with worker threads as without', async () => {
    const inline = await composeAll(items, editorial, { threads: 1 });
    const failures: unknown[] = [];
    const threaded = await composeAll(items, editorial, { threads: 3, onWorkerFailure: (e) => failures.push(e) });
    expect(failures).toEqual([]);
    expect(threaded).toHaveLength(items.length);
    expect(threaded).toEqual(inline);
  }, 60_000);
});

describe('IngestPool', () => {
  it('takes lines as they are read, sees sources added later, and scores and saves on its workers as on one thread', async () => {
    const failures: unknown[] = [];
    const pool = new IngestPool(editorial, { threads: 2, onWorkerFailure: (e) => failures.push(e) });
    const sources = items.map((item) => [...item.sources]);
    try {
      items.forEach((item, i) => pool.add({ text: item.text, sources: sources[i]! }));
      // A repeat of line 1 found after the line was handed over.
      sources[0]!.push({ file: '002_y.txt', line: 7 });
      const articles = await pool.finish();
      expect(articles[0]!.data.sources).toEqual([items[0]!.sources[0], { file: '002_y.txt', line: 7 }]);
      const inputs = articles.map((a) => ({ id: a.data.id, text: a.text, terms: a.terms }));
      const threaded = await pool.findSimilar(inputs, { maxRelated: 4 });
      expect(failures).toEqual([]);
      expect(threaded).toEqual(findSimilarArticles(inputs, { maxRelated: 4 }));
      expect([...threaded.related.values()].some((list) => list.length > 0)).toBe(true);

      // Entries saved with the worker's help are the files one thread writes.
      const entries = articles.slice(0, 300).map((a) => ({ data: a.data, body: a.body, exists: false }));
      const together = mkdtempSync(path.join(os.tmpdir(), 'pool-save-'));
      const alone = mkdtempSync(path.join(os.tmpdir(), 'pool-save-'));
      try {
        expect(await pool.saveEntries(together, entries, true)).toEqual(entries.map(() => 'new'));
        expect(readdirSync(together)).toEqual([]);
        const outcomes = await pool.saveEntries(together, entries);
        expect(outcomes).toEqual(entries.map(() => 'new'));
        for (const e of entries) saveEntry(alone, e.data, e.body, false);
        const names = readdirSync(alone).sort();
        expect(readdirSync(together).sort()).toEqual(names);
        for (const name of names) expect(readFileSync(path.join(together, name), 'utf8')).toBe(readFileSync(path.join(alone, name), 'utf8'));
        expect(await pool.saveEntries(together, entries.map((e) => ({ ...e, exists: true })), true)).toEqual(entries.map(() => 'unchanged'));
      } finally {
        rmSync(together, { recursive: true, force: true });
        rmSync(alone, { recursive: true, force: true });
      }
    } finally {
      pool.close();
    }
  }, 60_000);
});

describe('IngestPool when its worker exits', () => {
  const exitingWorker = (exitOn: string) => ({ script: new URL('../../fixtures/ingest/exiting-worker.mjs', import.meta.url), data: { exitOn } });

  for (const exitOn of ['compose', 'score', 'save']) {
    it(`does the work on the main thread when the worker exits on a ${exitOn} job`, async () => {
      const failures: unknown[] = [];
      const pool = new IngestPool(editorial, { threads: 2, worker: exitingWorker(exitOn), onWorkerFailure: (e) => failures.push(e) });
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pool-exit-'));
      try {
        for (const item of items) pool.add({ text: item.text, sources: [...item.sources] });
        const articles = await pool.finish();
        expect(articles).toEqual(await composeAll(items, editorial, { threads: 1 }));
        const inputs = articles.map((a) => ({ id: a.data.id, text: a.text, terms: a.terms }));
        expect(await pool.findSimilar(inputs, { maxRelated: 4 })).toEqual(findSimilarArticles(inputs, { maxRelated: 4 }));
        const entries = articles.slice(0, 50).map((a) => ({ data: a.data, body: a.body, exists: false }));
        expect(await pool.saveEntries(dir, entries)).toEqual(entries.map(() => 'new'));
        expect(readdirSync(dir)).toHaveLength(50);
        expect(failures).toHaveLength(1);
        expect(String(failures[0])).toMatch(/exited with 0/);
      } finally {
        pool.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
