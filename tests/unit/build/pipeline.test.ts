import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStages } from '../../../src/lib/build/pipeline';

describe('buildStages', () => {
  it('ingests first, builds pages beside the search documents, indexes last', () => {
    const stages = buildStages();
    expect(stages.map((s) => s.map((c) => c.name))).toEqual([['ingest'], ['astro build', 'search documents'], ['search index']]);
    expect(stages[1]![0]!.args).toEqual(['build']);
    expect(stages[1]![1]!.args).toContain('--prepare');
    expect(stages[2]![0]!.args).toContain('--prepared');
  });

  it('passes another Astro config on to astro build only', () => {
    const stages = buildStages({ astroConfig: 'x.mjs' });
    expect(stages[1]![0]!.args).toEqual(['build', '--config', 'x.mjs']);
    expect(stages.flat().filter((c) => c.args.includes('x.mjs'))).toHaveLength(1);
  });

  it('names scripts that exist', () => {
    for (const c of buildStages().flat()) {
      const script = c.args.find((a) => a.endsWith('.ts'));
      if (script) expect(existsSync(path.resolve(script)), script).toBe(true);
    }
  });
});
