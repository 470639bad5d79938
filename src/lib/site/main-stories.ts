/**
 * The edition's main stories: the short list at the top of the home page.
 *
 * Ranking, most important first:
 *  1. reports: how many articles of this edition tell the same story. A story
 *     that several outlets (or several lines of the edition) carry is the one
 *     readers are most likely to have heard about.
 *  2. substance: how many distinct key figures and organisations the lead
 *     names, each counted up to a cap so that one table-like article full of
 *     numbers cannot outrank everything else.
 *  3. a real headline before a title cut from the lead (a list of headlines
 *     reads better with headlines).
 *  4. the edition's own order (seed line), so ties keep the editor's order and
 *     the result is deterministic.
 */
import type { StoryItem } from './stories';

/** Figures and organisations each count up to this many. */
export const SUBSTANCE_CAP = 4;

export interface StoryRank {
  reports: number;
  substance: number;
  headline: boolean;
}

/** The ranking keys of one story item; `edition` limits `reports` to that edition's articles. */
export function storyRank(item: StoryItem, edition: string): StoryRank {
  const reports = 1 + item.others.filter((o) => o.edition === edition).length;
  const figures = new Set(item.lead.figures.map((f) => f.value)).size;
  const organizations = new Set(item.lead.organizations).size;
  const substance = Math.min(figures, SUBSTANCE_CAP) + Math.min(organizations, SUBSTANCE_CAP);
  return { reports, substance, headline: !item.lead.titleDerived };
}

/**
 * The `limit` most important items of an edition's list (in the order given,
 * which is the edition's order), ranked as described above.
 */
export function rankMainStories(items: readonly StoryItem[], edition: string, limit: number): StoryItem[] {
  const ranked = items.map((item, position) => ({ item, position, rank: storyRank(item, edition) }));
  ranked.sort(
    (a, b) =>
      b.rank.reports - a.rank.reports ||
      b.rank.substance - a.rank.substance ||
      Number(b.rank.headline) - Number(a.rank.headline) ||
      a.position - b.position,
  );
  return ranked.slice(0, Math.max(0, limit)).map((r) => r.item);
}
