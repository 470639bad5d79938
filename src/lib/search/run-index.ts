/**
 * The index step of the build, as a function: reads the entries, the built
 * pages and the editorial data, builds the index(es) and returns the figures.
 * scripts/index-search.ts is a thin CLI over this.
 */
import path from 'node:path';
import { loadEditorial } from '../editorial/load';
import type { Editorial } from '../editorial/schema';
import type { ProjectPaths } from '../project-paths';
import { buildSearchIndexes, type BuildResult, type IndexFigures } from './build-index';
import { readSearchPages } from './pages';
import { synonymGroups } from './synonyms';

export interface RunIndexOptions {
  paths: ProjectPaths;
  /** BASE_PATH as the deployer wrote it (`/`, `/news`, `/news/`). */
  base: string;
  /** Augmented index folder; default `<outDir>/pagefind`. */
  out?: string;
  /** Build the plain (no Korean augmentation) index instead, into `out`. */
  plain?: boolean;
  /** Build both: augmented into `out`, plain into this folder. */
  alsoPlainOut?: string;
  log?: (line: string) => void;
}

/** Terms from the editorial data that seed the analyzer's vocabulary. */
export function editorialTerms(editorial: Editorial): { extraTerms: string[] } {
  return {
    extraTerms: [
      ...editorial.topics.flatMap((t) => [t.name, ...Object.keys(t.keywords)]),
      ...editorial.synonyms.flat(),
      ...editorial.organizations.flatMap((o) => [o.name, ...o.aliases]),
    ],
  };
}

export async function runIndex(options: RunIndexOptions): Promise<BuildResult> {
  const { paths } = options;
  const editorial = loadEditorial(paths.dataDir);
  const pages = readSearchPages({
    articlesDir: paths.articlesDir,
    outDir: paths.outDir,
    seedsDir: paths.seedsDir,
    editorial,
    base: options.base,
  });
  const out = path.resolve(options.out ?? path.join(paths.outDir, 'pagefind'));
  return buildSearchIndexes({
    pages,
    ...(options.plain ? { plainOutputPath: out } : { outputPath: out }),
    ...(options.alsoPlainOut && !options.plain ? { plainOutputPath: path.resolve(options.alsoPlainOut) } : {}),
    synonymGroups: synonymGroups(editorial),
    ...editorialTerms(editorial),
    ...(options.log ? { log: options.log } : {}),
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Human-readable lines for one index. */
export function describeFigures(f: IndexFigures): string[] {
  return [
    `${f.mode === 'plain' ? 'plain Pagefind' : 'Korean-augmented'} index → ${f.outputPath}`,
    `  ${f.pages} pages, ${f.pageWords} page-words${f.mode === 'augmented' ? `, ${f.tokens} extra search tokens` : ''}, ${f.seconds.toFixed(2)} s`,
    `  index data ${kb(f.bytes.data)} (meta ${kb(f.bytes.meta)}, word index ${kb(f.bytes.index)} in ${f.indexChunks.count} chunks ` +
      `[avg ${kb(f.indexChunks.avgBytes)}, max ${kb(f.indexChunks.maxBytes)}], fragments ${kb(f.bytes.fragment)} ` +
      `[avg ${kb(f.fragments.avgBytes)}], filters ${kb(f.bytes.filter)})`,
    `  runtime ${kb(f.bytes.runtime)} (pagefind.js + worker + wasm), unused UI bundles ${kb(f.bytes.unusedUi)}, folder total ${kb(f.bytes.total)}`,
  ];
}
