/** How many articles a topic had in each edition, oldest edition first, so a chart shows what is rising. */
import type { Article } from '../article-schema';

export interface TrendPoint {
  stem: string;
  /** The edition's short label (`3호`). */
  label: string;
  count: number;
}

/**
 * Counts per edition for the newest `limit` editions (given newest first, as
 * the site index keeps them), returned oldest first. Editions without an
 * article of the topic count 0, so gaps show.
 */
export function topicTrend(
  editionsNewestFirst: ReadonlyArray<{ stem: string; shortLabel: string }>,
  topicArticles: readonly Article[],
  limit: number,
): TrendPoint[] {
  const counts = new Map<string, number>();
  for (const a of topicArticles) counts.set(a.edition, (counts.get(a.edition) ?? 0) + 1);
  return editionsNewestFirst
    .slice(0, limit)
    .map((e) => ({ stem: e.stem, label: e.shortLabel, count: counts.get(e.stem) ?? 0 }))
    .reverse();
}

/** `1호 3건, 2호 5건, 3호 0건` — the data of a trend as a sentence, for a chart's text alternative. */
export function describeTrend(points: readonly TrendPoint[]): string {
  return points.map((p) => `${p.label} ${p.count.toLocaleString('ko-KR')}건`).join(', ');
}
