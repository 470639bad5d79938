/**
 * Runs a query plan against Pagefind: the main search, then (when it finds
 * little) the query's other spellings, merged without duplicates.
 */
import { withoutCommon } from '../common-words';
import type { QueryPlan } from '../query';
import type { PagefindResult, SearchFn } from './pagefind-types';

/** Below this many results the query's joined/split spellings are tried too (see QueryPlan.fallbacks). */
export const FALLBACK_BELOW = 3;

export interface FoundResults {
  /** Results in order: the main search's first, then each fallback's new ones. */
  found: PagefindResult[];
  /** The terms that found something, in order (the newest-first sort re-runs exactly these). */
  usedTerms: (string | null)[];
  /** Results per edition (largest count any of the searches reported). */
  editionCounts: Map<string, number>;
}

/**
 * One Pagefind search per step. `plan` null searches `raw` as typed (a plain
 * index), or nothing but the filters when `raw` is empty.
 */
export async function findResults(
  search: SearchFn,
  plan: QueryPlan | null,
  raw: string,
  filters: Record<string, string>,
): Promise<FoundResults> {
  const found: PagefindResult[] = [];
  const seen = new Set<string>();
  const usedTerms: (string | null)[] = [];
  const editionCounts = new Map<string, number>();
  const searchWith = async (term: string | null) => {
    const response = await search(term, filters);
    const rs = response?.results ?? [];
    if (rs.length) usedTerms.push(term);
    for (const r of rs) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        found.push(r);
      }
    }
    for (const [stem, n] of Object.entries(response?.filters?.edition ?? {})) {
      editionCounts.set(stem, Math.max(editionCounts.get(stem) ?? 0, n));
    }
  };
  if (!plan) {
    await searchWith(raw ? raw : null);
    return { found, usedTerms, editionCounts };
  }
  for (const step of searchSteps(plan)) {
    if (found.length >= step.below) continue;
    await searchWith(step.term);
  }
  return { found, usedTerms, editionCounts };
}

export interface SearchStep {
  /** What Pagefind gets. */
  term: string;
  /** Run only while fewer results than this were found (Infinity: always). */
  below: number;
}

/**
 * The searches a plan asks for, in order.
 *  - the main terms, always;
 *  - `runs` (Latin and Hangul apart), `synonym` (a cut piece replaced by its
 *    synonym), `whole` (a cut compound as typed) and `joined` (two neighbouring
 *    terms as one word) while few results were found. A lone `joined` word is
 *    looked up exactly (`"무선충전"`): for a word it does not know Pagefind
 *    would fall back to its longest known prefix (`과기정통부무선전력전송` →
 *    every page with `과기정통부`). A joined pair among other terms
 *    (`정보 보호 공시` → `정보보호 공시`) runs while few were found too: a
 *    common part such as `정보` is indexed on its own only where the text
 *    writes it alone, so the spaced query can find one stray page and miss
 *    the article that writes the compound;
 *  - the guess — `split` anywhere — only when nothing was found.
 * Each search leaves out the site's common words when it has other terms
 * (common-words.ts: `ai 산불` searches `산불`); steps that become the same search run once.
 */
export function searchSteps(plan: QueryPlan): SearchStep[] {
  const common = new Set(plan.common);
  const steps: SearchStep[] = [];
  const push = (terms: readonly string[], below: number, exact: boolean) => {
    const kept = withoutCommon(terms, common).terms;
    const term = exact && kept.length === 1 ? `"${kept[0]}"` : kept.join(' ');
    if (!steps.some((s) => s.term === term)) steps.push({ term, below });
  };
  if (plan.terms.length) push(plan.terms, Infinity, false);
  for (const variant of plan.fallbacks) {
    const single = (variant.kind === 'joined' || variant.kind === 'whole') && variant.terms.length === 1;
    push(variant.terms, variant.kind === 'split' ? 1 : FALLBACK_BELOW, single);
  }
  return steps;
}
