/** What the benchmark reads from the search documents step's log (scripts/index-search.ts --prepare). Pure. */

/**
 * How long the step waited for astro build before it started, in ms: a site
 * past site.yaml `build.searchBesideAstroUpTo` logs `waited … s for astro
 * build`; undefined when it ran beside astro build.
 */
export function searchWaitOf(log: string): number | undefined {
  const waited = /search documents: waited (\d+(?:\.\d+)?) s for astro build/.exec(log);
  return waited ? Number(waited[1]) * 1000 : undefined;
}
