/** Text tables for the relevance benchmark. */
import { CATEGORIES, type Category } from './queries';
import { summarizeByCategory, type ScoredQuery, type Summary } from './runner';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const kb = (n: number) => `${(n / 1024).toFixed(1)}KB`.padStart(8);
const label = (c: Category | 'overall') => (c === 'overall' ? '전체 overall' : `${CATEGORIES[c]} ${c}`);

export function sideBySide(ours: ScoredQuery[], plain?: ScoredQuery[]): string {
  const a = summarizeByCategory(ours);
  const b = plain ? summarizeByCategory(plain) : undefined;
  const lines: string[] = [];
  const head = 'category'.padEnd(28) + '  n  ' + ' S@3   R@5   S@1   MRR  results   bytes(avg/max)  first(max)     ms';
  lines.push(b ? `${head}  ||  plain: S@3   R@5   S@1   MRR  results   bytes(avg/max)  first(max)     ms` : head);
  a.forEach(({ category, summary }, i) => {
    const row = (s: Summary) =>
      `${pct(s.success3)} ${pct(s.recall5)} ${pct(s.success1)} ${s.mrr.toFixed(2).padStart(5)} ${s.avgResults.toFixed(1).padStart(7)} ${kb(s.avgBytes)}/${kb(s.maxBytes)}    ${kb(s.maxFirstBytes)} ${s.avgClientMs.toFixed(0).padStart(5)}`;
    let line = `${label(category).padEnd(28)} ${String(summary.n).padStart(2)}  ${row(summary)}`;
    if (b) line += `  ||         ${row(b[i]!.summary)}`;
    lines.push(line);
  });
  lines.push('S@3 = success@3 (an expected article in the top 3), R@5 = recall@5, S@1 = success@1, MRR = mean reciprocal rank (first page of results);');
  lines.push('results = average result count (lower is more precise); bytes = fetched from pagefind/ per query, cold cache, until every shard answered;');
  lines.push('first = fetched until the first results were on screen (the newest shard\'s on a sharded index; the same as bytes on one index);');
  lines.push('ms = search start → results rendered, as measured by the page (add the 180 ms input debounce for typing).');
  return lines.join('\n');
}

export function perQuery(ours: ScoredQuery[], plain?: ScoredQuery[]): string {
  const rank = (s: ScoredQuery) => {
    const i = s.outcome.results.findIndex((r) => s.expected.includes(r));
    return i < 0 ? (s.outcome.count > 0 ? `-(${s.outcome.count})` : '0 res') : `#${i + 1}/${s.outcome.count}`;
  };
  return ours
    .map((s, i) => {
      const p = plain?.[i];
      const mark = s.success3 ? '✓' : '✗';
      return `${mark} ${s.category.padEnd(13)} ${s.q.padEnd(18)} ours ${rank(s).padEnd(8)} ${kb(s.outcome.firstBytes)}/${kb(s.outcome.bytes)} ${String(s.outcome.clientMs).padStart(4)}ms` +
        (p ? `   plain ${rank(p).padEnd(8)} ${kb(p.outcome.bytes)}` : '');
    })
    .join('\n');
}
