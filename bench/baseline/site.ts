/**
 * The bare Astro + Pagefind build the benchmark times beside the project's
 * (bench/baseline/: Astro's defaults, one list page, one page per article,
 * Markdown rendered as it is; then the Pagefind CLI with its defaults over the
 * built pages). It reads the project's ingested articles, so both builds
 * render the same corpus. Pure: folders in, commands out; the benchmark runs
 * and measures them like the project's own steps.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASELINE_ROOT = path.dirname(fileURLToPath(import.meta.url));

export interface BaselineFolders {
  /** The ingested `content/articles` of the corpus. */
  articles: string;
  /** Where the bare site is built (its `pagefind/` goes inside). */
  out: string;
  /** Astro's cache of the bare site (emptied before the build: a cold build, as the project's full build is). */
  cache: string;
}

export interface BaselineCommand {
  name: string;
  /** Executable in node_modules/.bin. */
  bin: 'astro' | 'pagefind';
  args: string[];
  env: Record<string, string>;
}

export const BASELINE_ASTRO = 'bare astro build';
export const BASELINE_PAGEFIND = 'bare pagefind';

/** astro build of the bare site, then Pagefind over what it built. */
export function baselineCommands(folders: BaselineFolders): [BaselineCommand, BaselineCommand] {
  return [
    {
      name: BASELINE_ASTRO,
      bin: 'astro',
      args: ['build', '--root', BASELINE_ROOT],
      env: { BASELINE_ARTICLES_DIR: folders.articles, BASELINE_OUT_DIR: folders.out, BASELINE_CACHE_DIR: folders.cache },
    },
    { name: BASELINE_PAGEFIND, bin: 'pagefind', args: ['--site', folders.out], env: {} },
  ];
}
