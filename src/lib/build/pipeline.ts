/**
 * The stages of `npm run build`. Commands in one stage run at the same time;
 * a stage starts when the one before it has finished.
 *
 *   1. ingest            seed files → content/articles
 *   2. astro build       entries → dist/ (pages)
 *      search documents  entries → prepared search documents (no pages needed,
 *                        so it uses the second core while Astro renders)
 *   3. search index      prepared documents → dist/pagefind (needs the pages)
 *
 * scripts/build.ts runs this; the end-to-end tests and the benchmark run the
 * same stages, so what they measure is what `npm run build` does.
 */
export interface BuildCommand {
  name: string;
  /** Executable in node_modules/.bin (`node` is the project's Node 24). */
  bin: 'node' | 'astro';
  args: string[];
}

/**
 * TypeScript scripts run in one Node process with tsx's loader; the `tsx`
 * command would start a second Node process around it (about 40 MB more,
 * counted at the build's memory peak).
 */
const script = (file: string, ...args: string[]) => ['--import', 'tsx', file, ...args];

export interface PipelineOptions {
  /** Astro config file other than astro.config.mjs (tests, benchmark). */
  astroConfig?: string;
}

export function buildStages(options: PipelineOptions = {}): BuildCommand[][] {
  return [
    [{ name: 'ingest', bin: 'node', args: script('scripts/ingest.ts') }],
    [
      { name: 'astro build', bin: 'astro', args: ['build', ...(options.astroConfig ? ['--config', options.astroConfig] : [])] },
      { name: 'search documents', bin: 'node', args: script('scripts/index-search.ts', '--prepare') },
    ],
    [{ name: 'search index', bin: 'node', args: script('scripts/index-search.ts', '--prepared') }],
  ];
}
