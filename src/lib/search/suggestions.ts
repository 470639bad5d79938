/**
 * Example queries for the search page, taken from the built site so that
 * they find something on any owner's corpus: its most mentioned
 * organisations (by the shortest alias a reader would type), and for its
 * largest topics the editorial keyword that the most article titles and
 * summaries contain. Nothing is hard-coded.
 */
export interface SuggestionInput {
  /** Organisations that have articles, most articles first, with their aliases. */
  organizations: readonly { name: string; aliases: readonly string[]; count: number }[];
  /** Topics with article counts and editorial keywords. */
  topics: readonly { count: number; keywords: readonly string[] }[];
  /** Titles and summaries of the articles. */
  texts: readonly string[];
}

/** Shortest Hangul alias (`과기정통부`) or else the name: the form readers type. */
function typedName(org: { name: string; aliases: readonly string[] }): string {
  const hangul = org.aliases.filter((a) => /^[\uAC00-\uD7A3]{2,}$/.test(a)).sort((a, b) => a.length - b.length);
  return hangul[0] ?? org.name;
}

export function searchExamples(input: SuggestionInput, limit = 5): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (q && !out.includes(q)) out.push(q);
  };
  const orgs = [...input.organizations].filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
  const topics = [...input.topics].filter((t) => t.count > 0).sort((a, b) => b.count - a.count);
  const hits = (keyword: string) => input.texts.reduce((n, t) => n + (t.includes(keyword) ? 1 : 0), 0);
  // Alternate: an organisation, a topic term, … so both kinds show even when the limit is small.
  let o = 0;
  let t = 0;
  while (out.length < limit && (o < orgs.length || t < topics.length)) {
    if (o < orgs.length) add(typedName(orgs[o++]!));
    if (out.length >= limit) break;
    while (t < topics.length) {
      const best = topics[t++]!.keywords
        .map((k) => ({ k, n: hits(k) }))
        .filter((x) => x.n > 0 && !out.includes(x.k))
        .sort((a, b) => b.n - a.n)[0];
      if (best) {
        add(best.k);
        break;
      }
    }
  }
  return out.slice(0, limit);
}
