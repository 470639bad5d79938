import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_BUILD, buildCommands, buildStages, searchAfterPages } from '@/lib/build/pipeline';
import { defaultSiteSettings } from '@/lib/site/settings';

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

  it('lets the index write only after astro build, in the same stage, and the documents wait for it on a large site', () => {
    const waiting = new Map<string, string[]>();
    for (const stage of buildStages()) {
      const names = stage.flat().map((c) => c.name);
      for (const lane of stage) {
        for (const command of lane) {
          if (!command.waitsFor) continue;
          expect(names).toContain(command.waitsFor);
          expect(lane.map((c) => c.name)).not.toContain(command.waitsFor);
          waiting.set(command.name, command.args);
        }
      }
    }
    // What each one does once astro build has finished (its standard input ends).
    expect([...waiting.keys()]).toEqual(['search documents', 'search index']);
    expect(waiting.get('search documents')).toContain('--after-pages-if-large');
    expect(waiting.get('search index')).toContain('--pages-after-stdin');
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

describe('searchAfterPages', () => {
  const upTo = (n: number) => ({ ...defaultSiteSettings.build, searchBesideAstroUpTo: n });

  it('keeps the search lane beside astro build up to the setting, and after it beyond', () => {
    expect(searchAfterPages(20_000, upTo(20_000))).toBe(false);
    expect(searchAfterPages(20_001, upTo(20_000))).toBe(true);
    expect(searchAfterPages(0, upTo(0))).toBe(false);
    expect(searchAfterPages(1, upTo(0))).toBe(true);
  });

  it('keeps a two-year archive beside astro build by default, not a ten-year one', () => {
    expect(searchAfterPages(10_000, defaultSiteSettings.build)).toBe(false);
    expect(searchAfterPages(50_000, defaultSiteSettings.build)).toBe(true);
  });
});
