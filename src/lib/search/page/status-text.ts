/**
 * The sentences the search page announces (the live status line and the empty state).
 */
export interface StatusFacts {
  query: string;
  total: number;
  hasFilters: boolean;
  newestFirst: boolean;
  /** No shown result contains a query word: Pagefind matched the query's longest known beginning. */
  loose: boolean;
}

export function statusText(f: StatusFacts): string {
  const scope = f.hasFilters ? ' (필터 적용)' : '';
  if (f.total === 0) return f.query ? `‘${f.query}’ 검색 결과가 없습니다.` : '필터에 맞는 기사가 없습니다.';
  return (
    `${f.query ? `‘${f.query}’ ` : ''}검색 결과 ${f.total}건${scope}${f.newestFirst ? ', 최신 호부터' : ''}` +
    (f.loose ? ' — 검색어와 똑같은 낱말은 없어 비슷한 말로 찾은 결과입니다' : '')
  );
}

/** The empty state's heading. */
export function emptyHeading(query: string, hasFilters: boolean): string {
  return query ? `‘${query}’에 맞는 기사를 찾지 못했습니다${hasFilters ? ' (필터 적용)' : ''}.` : '고른 필터에 맞는 기사가 없습니다.';
}
