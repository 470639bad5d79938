/**
 * The search page's shareable address: `/search/?q=…&topic=…&edition=…&sort=new`.
 */
export interface SearchState {
  q: string;
  topic: string;
  edition: string;
  sort: string;
}

/** The address query for a state (`?q=…`, or '' when nothing is set); keys in a fixed order. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'topic', 'edition', 'sort'] as const) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Reads a state from an address query. Filter values the page does not offer
 * (an old link to a removed topic) are ignored: `allowed` lists the offered values.
 */
export function readSearchState(
  search: string,
  allowed: { topic: readonly string[]; edition: readonly string[]; sort: readonly string[] },
): SearchState {
  const params = new URLSearchParams(search);
  const pick = (key: 'topic' | 'edition' | 'sort') => {
    const value = params.get(key);
    return value && allowed[key].includes(value) ? value : '';
  };
  return { q: params.get('q') ?? '', topic: pick('topic'), edition: pick('edition'), sort: pick('sort') };
}
