import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_BUILD, buildCommands, buildStages } from '@/lib/build/pipeline';

describe('buildStages', () => {
  it('ingests first, then builds pages beside the search documents and the index', () => {
    const stages = buildStages();
    expect(stages.map((stage) => stage.map((lane) => lane.map((c) => c.name)))).toEqual([
      [['ingest']],
      [[ASTRO_BUILD], ['search documents', 'search index']],
    ]);
    const [, [[astro], [documents, index]]] = stages as [unknown, [[{ args: string[] }], [{ args: string[] }, { args: string[]; waitsFor?: string }]]];
    expect(astro.args).toEqual(['build']);
    expect(documents.args).toContain('--prepare');
    // The documents lane collects each shard's garbage (run-index.ts), which needs the flag before the script.
    expect(documents.args.indexOf('--expose-gc')).toBeGreaterThanOrEqual(0);
    expect(documents.args.indexOf('--expose-gc')).toBeLessThan(documents.args.indexOf('scripts/index-search.ts'));
    // So does ingest, once every line is composed (ingest-pool.ts).
    const [[[ingest]]] = stages as unknown as [[[{ args: string[] }]]];
    expect(ingest.args.indexOf('--expose-gc')).toBeGreaterThanOrEqual(0);
    expect(ingest.args.indexOf('--expose-gc')).toBeLessThan(ingest.args.indexOf('scripts/ingest.ts'));
    expect(index.args).toEqual(expect.arrayContaining(['--prepared', '--pages-after-stdin']));
  });

  it('lets the index write only after astro build, in the same stage', () => {
    for (const stage of buildStages()) {
      const names = stage.flat().map((c) => c.name);
      for (const lane of stage) {
        for (const command of lane) {
          if (!command.waitsFor) continue;
          expect(names).toContain(command.waitsFor);
          expect(lane.map((c) => c.name)).not.toContain(command.waitsFor);
          expect(command.args).toContain('--pages-after-stdin');
        }
      }
    }
  });

  it('passes another Astro config on to astro build only', () => {
    const stages = buildStages({ astroConfig: 'x.mjs' });
    expect(buildCommands(stages).find((c) => c.name === ASTRO_BUILD)!.args).toEqual(['build', '--config', 'x.mjs']);
    expect(buildCommands(stages).filter((c) => c.args.includes('x.mjs'))).toHaveLength(1);
  });

  it('names scripts that exist', () => {
    for (const c of buildCommands(buildStages())) {
      const script = c.args.find((a) => a.endsWith('.ts'));
      if (script) expect(existsSync(path.resolve(script)), script).toBe(true);
    }
  });
});
