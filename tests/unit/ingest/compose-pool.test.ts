import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../../src/lib/editorial/load';
import { composeAll } from '../../../src/lib/ingest/compose-pool';

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
