/**
 * The stages of `npm run build`. A stage is a set of lanes that run at the
 * same time; the commands of one lane run one after another; a stage starts
 * when the one before it has finished.
 *
 *   1. ingest              seed files → content/articles
 *   2. astro build         entries → dist/ (pages)
 *      ∥ search documents  entries → prepared search documents (needs no
 *                          pages, so it uses the second core while Astro renders)
 *        → search index    documents → Pagefind, still beside Astro; it waits
 *                          for astro build to finish before it checks the
 *                          pages and writes dist/pagefind
 *
 * On a site with more articles than site.yaml `build.searchBesideAstroUpTo`
 * the search lane starts only once astro build has finished
 * (`searchAfterPages`): both steps' memory grows with the archive, and side
 * by side their sum is the build's peak. The stages stay the same; the
 * documents command decides when it has counted the articles ingest wrote.
 *
 * scripts/build.ts runs this; the end-to-end tests and the benchmark run the
 * same stages, so what they measure is what `npm run build` does.
 */
import type { BuildSettings } from '../site/settings';

export interface BuildCommand {
  name: string;
  /** Executable in node_modules/.bin (`node` is the project's Node 24). */
  bin: 'node' | 'astro';
  args: string[];
  /**
   * Name of a command in another lane of the same stage. This command's
   * standard input is a pipe that is closed once that command has finished
   * successfully; it reads its input to the end before its last step.
   */
  waitsFor?: string;
}

/** Commands that run one after another. */
export type BuildLane = BuildCommand[];
/** Lanes that run side by side. */
export type BuildStage = BuildLane[];

/**
 * TypeScript scripts run in one Node process with tsx's loader; the `tsx`
 * command would start a second Node process around it (about 40 MB more,
 * counted at the build's memory peak).
 */
const script = (file: string, ...args: string[]) => ['--import', 'tsx', file, ...args];

/**
 * Lets a script collect its garbage when it knows a large piece of work is
 * done (`globalThis.gc`, memory/collect-garbage). The search documents are
 * made shard by shard; each shard's documents and word maps (about 200 MB at
 * 2,000 articles) outlive the young generation and, left to V8, piled up to
 * about 2.2 GB at 50,000 articles before a full collection, beside Astro's
 * own peak. Ingest drops its word analyses once every line is composed; left
 * to V8, the worker thread's heap kept them (about 0.6 GB at 50,000).
 */
const EXPOSE_GC = '--expose-gc';

export interface PipelineOptions {
  /** Astro config file other than astro.config.mjs (tests, benchmark). */
  astroConfig?: string;
}

export const ASTRO_BUILD = 'astro build';

export function buildStages(options: PipelineOptions = {}): BuildStage[] {
  return [
    [[{ name: 'ingest', bin: 'node', args: [EXPOSE_GC, ...script('scripts/ingest.ts')] }]],
    [
      [{ name: ASTRO_BUILD, bin: 'astro', args: ['build', ...(options.astroConfig ? ['--config', options.astroConfig] : [])] }],
      [
        // At a lower CPU priority, so Astro keeps its core; at 10,000 articles this lane now runs longer than Astro (bench/results.md).
        {
          name: 'search documents',
          bin: 'node',
          args: [EXPOSE_GC, ...script('scripts/index-search.ts', '--prepare', '--background', '--after-pages-if-large')],
          waitsFor: ASTRO_BUILD,
        },
        {
          name: 'search index',
          bin: 'node',
          args: script('scripts/index-search.ts', '--prepared', '--pages-after-stdin', '--background'),
          waitsFor: ASTRO_BUILD,
        },
      ],
    ],
  ];
}

/** Whether the search lane of a site with this many articles waits for astro build to finish before it starts. */
export function searchAfterPages(articles: number, settings: BuildSettings): boolean {
  return articles > settings.searchBesideAstroUpTo;
}

/** Every command of the pipeline, in order. */
export function buildCommands(stages: readonly BuildStage[]): BuildCommand[] {
  return stages.flat(2);
}
