/** How many share cards a build drew and took from the cache (no rendering code: astro.config.mjs imports this). */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
export interface CardStats {
  rendered: number;
  cached: number;
  renderMs: number;
  /** Cache folder and the files of it this build used (the rest is pruned at the end). */
  cacheDir?: string;
  used: Set<string>;
}

/**
 * Counts for the build's summary line (astro.config.mjs prints them when the
 * build is done) and the benchmark. Kept on globalThis because Astro's config
 * and its page bundle load separate copies of this module.
 */
const STATS_KEY = Symbol.for('news-digest.share-card-stats');
export function shareCardStats(): CardStats {
  const holder = globalThis as unknown as Record<symbol, CardStats | undefined>;
  holder[STATS_KEY] ??= { rendered: 0, cached: 0, renderMs: 0, used: new Set() };
  return holder[STATS_KEY];
}

/** `share cards: 12 drawn (1.4 s, 117 ms each), 30 from cache` — the benchmark reads this line. */
export function shareCardSummary(stats: CardStats = shareCardStats()): string {
  const each = stats.rendered ? `, ${Math.round(stats.renderMs / stats.rendered)} ms each` : '';
  return `share cards: ${stats.rendered} drawn (${(stats.renderMs / 1000).toFixed(1)} s${each}), ${stats.cached} from cache`;
}


/**
 * Deletes cached cards this build did not use, so the cache (kept across CI
 * runs) holds one build's cards, not every card ever drawn. Returns how many.
 */
export function pruneCardCache(stats: CardStats = shareCardStats()): number {
  if (!stats.cacheDir || stats.used.size === 0) return 0;
  let removed = 0;
  for (const name of readdirSync(stats.cacheDir)) {
    if (stats.used.has(name)) continue;
    rmSync(path.join(stats.cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}
