/** A tiny in-memory stand-in for Pagefind's search, for the search page's logic. */
import type { PagefindFragment, PagefindResponse, PagefindResult, SearchFn } from '@/lib/search/page/pagefind-types';

export interface FakePage {
  id: string;
  words: string[];
  edition: string;
  fragment?: Partial<PagefindFragment>;
}

export function result(page: FakePage): PagefindResult {
  return {
    id: page.id,
    score: 1,
    data: async () => ({
      url: `/articles/${page.id}/`,
      content: '',
      excerpt: '',
      meta: { title: page.id },
      filters: { edition: [page.edition] },
      ...page.fragment,
    }),
  };
}

/**
 * Prefix match on every term (all terms must match), like Pagefind; `"word"`
 * matches exactly. Records every call.
 */
export function fakeSearch(pages: FakePage[]): SearchFn & { calls: { term: string | null; filters: Record<string, string> }[] } {
  const calls: { term: string | null; filters: Record<string, string> }[] = [];
  const fn = async (term: string | null, filters: Record<string, string>): Promise<PagefindResponse> => {
    calls.push({ term, filters: { ...filters } });
    const matches = pages.filter((p) => {
      if (filters.edition && p.edition !== filters.edition) return false;
      if (term === null) return true;
      return term.split(' ').every((t) => {
        const exact = /^".*"$/.test(t);
        const key = exact ? t.slice(1, -1) : t;
        return p.words.some((w) => (exact ? w === key : w.startsWith(key)));
      });
    });
    const editions: Record<string, number> = {};
    for (const p of matches) editions[p.edition] = (editions[p.edition] ?? 0) + 1;
    return { results: matches.map(result), unfilteredResultCount: pages.length, filters: { edition: editions } };
  };
  return Object.assign(fn, { calls });
}
