/** bench/results.md: one section per preset, rendered from a run's results. Pure. */
import { checkLinearity, type BudgetRow } from './budgets';
import { documentsWorkMs, fullBuild, type BenchResults, type PageStats, type QueryMeasurement, type SizeRun, type StepResult } from './results';
import { formatBytes, formatCount, formatDuration, markdownTable, verdictCell } from './table';
import { stageRows } from '../baseline/compare';

const kb = (k: number) => formatBytes(k * 1024);
const step = (s: StepResult) =>
  s.skipped
    ? 'not run'
    : `${formatDuration(s.ms)}${s.cpuMs === undefined ? '' : ` (cpu ${formatDuration(s.cpuMs)})`} · ${kb(s.peakKb)}${s.exitCode === 0 ? '' : ` · **exit ${s.exitCode ?? 'signal'}**`}`;
const page = (p: PageStats | undefined) =>
  p ? `${formatBytes(p.htmlBytes)} HTML · ${formatBytes(p.cssBytes)} CSS · ${p.jsBytes === 0 ? 'no JS' : `${formatBytes(p.jsBytes)} JS`}` : '–';

function sizeTable(sizes: readonly SizeRun[]): string {
  const header = ['', ...sizes.map((s) => `N = ${formatCount(s.n)}`)];
  const row = (label: string, f: (s: SizeRun) => string) => [label, ...sizes.map(f)];
  // Results written since the search index runs inside the middle stage.
  const withIndex = sizes.some((s) => s.stage?.withIndex);
  const build = (s: SizeRun) => {
    if (s.astro.skipped || s.index.skipped) return 'not run';
    const whole = fullBuild(s);
    return `**${formatDuration(whole.ms)}** · ${kb(whole.peakKb)}`;
  };
  const rows = [
    row('Corpus (seed files, size)', (s) => `${formatCount(s.seedFiles)} files · ${formatBytes(s.corpusBytes)}`),
    row('Entries written by ingest', (s) =>
      `${formatCount(s.entries)}${s.ingestCounts ? ` (${formatCount(s.ingestCounts.rejected ?? 0)} lines rejected, ${formatCount(s.ingestCounts.duplicates ?? 0)} duplicates)` : ''}`,
    ),
    row('Generate corpus (time · peak)', (s) => step(s.generate)),
    row('Ingest (time · peak)', (s) => step(s.ingest)),
    row('astro build (time · peak)', (s) => step(s.astro)),
    row('Search lane (site.yaml build.searchBesideAstroUpTo)', (s) => (s.stage ? (s.stage.searchWaitMs === undefined ? 'beside astro build' : 'after astro build') : '–')),
    row('Search documents (time · peak)', (s) => (s.stage ? step({ ...s.stage.documents, ms: documentsWorkMs(s.stage) }) : '–')),
    row(withIndex ? 'Search index, after the documents (time · peak)' : 'Search index (time · peak)', (s) => step(s.index)),
    row(withIndex ? 'astro build and the search lane (documents → index) (wall · peak of all)' : 'astro build ∥ search documents (wall · peak of both)', (s) =>
      s.stage ? `${formatDuration(s.stage.ms)} · ${kb(s.stage.peakKb)}` : '–',
    ),
    row(withIndex ? 'Full build = ingest + (astro build and the search lane)' : 'Full build = ingest + (astro ∥ documents) + index', build),
    row('Search index size (pagefind/)', (s) => `${formatBytes(s.indexBytes)} · ${formatCount(s.indexFiles)} files`),
    row('Plain Pagefind index of the same pages', (s) =>
      s.plainIndex ? `${formatBytes(s.plainIndex.bytes)} · ${formatCount(s.plainIndex.files)} files (${formatDuration(s.plainIndex.step.ms)})` : '–',
    ),
    row('dist/ total', (s) => `${formatBytes(s.dist.bytes)} · ${formatCount(s.dist.files)} files (${formatCount(s.dist.htmlFiles)} HTML)`),
    row('Largest article page', (s) => page(s.articlePages?.largest)),
    row('Median article page', (s) => page(s.articlePages?.median)),
    row('Home page', (s) => page(s.home)),
  ];
  return markdownTable(header, rows, { align: ['left', ...sizes.map(() => 'right' as const)] });
}

const ms = (m: QueryMeasurement | undefined) => (m?.error ? `error: ${m.error}` : m?.ms === undefined ? '–' : formatDuration(m.ms));
const bytes = (m: QueryMeasurement | undefined) =>
  !m || m.error
    ? '–'
    : `${formatBytes(m.pagefindBytes)}${m.pagefindRawBytes !== undefined && m.pagefindRawBytes !== m.pagefindBytes ? ` (${formatBytes(m.pagefindRawBytes)} unpacked)` : ''}, ${m.pagefindRequests} req.`;

function searchTable(results: BenchResults): string {
  const search = results.search!;
  const rows = search.queries.map((q) => {
    const ok = q.firstRuns.filter((r) => !r.error && r.ms !== undefined);
    const times = ok.map((r) => r.ms!).sort((a, b) => a - b);
    const median = times[Math.floor((times.length - 1) / 2)];
    const first = q.firstRuns.find((r) => !r.error) ?? q.firstRuns[0];
    const spread = times.length > 1 ? ` (${times.map((t) => Math.round(t)).join(' / ')} ms)` : '';
    const medianOf = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const pageMedian = medianOf(ok.filter((r) => r.pageMs !== undefined).map((r) => r.pageMs!));
    const startMedian = medianOf(ok.filter((r) => r.pagefindStartMs !== undefined).map((r) => r.pagefindStartMs!));
    const completeMedian = medianOf(ok.filter((r) => r.completeMs !== undefined).map((r) => r.completeMs!));
    return [
      q.query,
      first?.results === undefined ? '–' : formatCount(first.results),
      first?.firstResultBytes === undefined ? '–' : formatBytes(first.firstResultBytes),
      bytes(first),
      median === undefined ? ms(first) : `${formatDuration(median)}${spread}`,
      completeMedian === undefined ? '–' : formatDuration(completeMedian),
      startMedian === undefined ? '–' : formatDuration(startMedian),
      pageMedian === undefined ? '–' : formatDuration(pageMedian),
      bytes(q.later),
      ms(q.later),
      q.later?.pageMs === undefined ? '–' : formatDuration(q.later.pageMs),
    ];
  });
  return markdownTable(
    [
      'Query',
      'Results',
      'First query: from pagefind/ until first results',
      'First query: from pagefind/ in all',
      'First query: time to results',
      'First query: complete list',
      'First: pagefind/ starts at',
      'First: page search time',
      'Later query: from pagefind/',
      'Later query: time to results',
      'Later: page search time',
    ],
    rows,
    { align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'] },
  );
}

function kindTable(results: BenchResults): string | undefined {
  const queries = results.search?.queries ?? [];
  const firsts = queries.map((q) => q.firstRuns.find((r) => r.byKind && !r.error));
  const kinds = [...new Set([...firsts, ...queries.map((q) => q.later)].flatMap((r) => Object.keys(r?.byKind ?? {})))].sort();
  if (kinds.length === 0) return undefined;
  const cell = (m: QueryMeasurement | undefined, kind: string) => (m?.byKind?.[kind] === undefined ? '–' : formatBytes(m.byKind[kind]!));
  return markdownTable(
    ['Query', ...kinds.map((k) => `first: ${k}`), 'later: word index', 'later: fragments'],
    queries.map((q, i) => [q.query, ...kinds.map((k) => cell(firsts[i], k)), cell(q.later, 'word index chunks'), cell(q.later, 'result fragments')]),
    { align: ['left', ...kinds.map(() => 'right' as const), 'right', 'right'] },
  );
}

/** Was something else using the machine? (The benchmark itself accounts for a load of about one per core.) */
export function busyMachine(load: { start: number; max: number }, cores: number): boolean {
  return load.start > cores * 0.5 || load.max > cores * 1.5;
}

export function renderSection(results: BenchResults, budgets: readonly BudgetRow[]): string {
  const m = results.machine;
  const out: string[] = [];
  const sizes = results.sizes.map((s) => formatCount(s.n)).join(', ');
  out.push(`## ${results.preset === 'large' ? 'Large run' : 'Standard run'}: N = ${sizes}`);
  out.push('');
  out.push(
    `Measured ${results.date}${results.revision ? ` at commit ${results.revision}` : ''} on ${m.cpu}, **${m.cores} cores, ${formatBytes(m.memoryBytes)} memory**, ${m.os}; ` +
      `Node ${m.node}${m.astro ? `, Astro ${m.astro}` : ''}${m.pagefind ? `, Pagefind ${m.pagefind}` : ''}` +
      `${results.search?.browser ? `, ${results.search.browser}` : ''}. Whole run: ${formatDuration(results.totalMs)}.` +
      (m.load
        ? ` Load average (1 min): ${m.load.start.toFixed(2)} at the start, up to ${m.load.max.toFixed(2)} during the run` +
          // The benchmark's own steps keep up to about one process per core busy; more than that is other work.
          `${busyMachine(m.load, m.cores) ? ' — other work competed for the CPU, so wall-clock times are inflated; the cpu figures are not' : ''}.`
        : ''),
  );
  out.push('');
  out.push(`Corpus: \`npx tsx bench/corpus/cli.ts --seed ${results.corpus.seed}\`, phrase bank ${results.corpus.bank}. Peak memory: ${m.memorySource}.`);
  out.push('');
  out.push('### Budgets');
  out.push('');
  out.push(markdownTable(['Budget', 'Limit', 'Measured', 'Verdict'], budgets.map((b) => [b.budget, b.limit, b.measured, verdictCell(b.verdict)])));
  out.push('');
  out.push('### Build by corpus size');
  out.push('');
  out.push(sizeTable(results.sizes));
  out.push('');
  const largest = [...results.sizes].sort((a, b) => b.n - a.n)[0];
  if (largest?.articlePages) {
    out.push(`Largest article page at N = ${formatCount(largest.n)}: \`${largest.articlePages.largest.path}\`; stylesheets: ${largest.articlePages.largest.stylesheets.map((s) => `\`${s}\``).join(', ') || 'none'}.`);
    out.push('');
  }
  if (results.search) {
    out.push(`### Search in the browser (N = ${formatCount(results.search.n)})`);
    out.push('');
    if (results.search.skipped) {
      out.push(`Not measured: ${results.search.skipped}`);
    } else {
      out.push(
        'First query: a fresh browser profile opens `/search/?q=…`; bytes are the response bodies served from `pagefind/` until the results show, ' +
          'time runs from navigation start to the first result link in `[data-search-results]` (median of the runs, each run in brackets); ' +
          '"pagefind/ starts at" is when the page began fetching Pagefind (the time before it is page load and boot); ' +
          '"page search time" is what the page reports itself (`data-search-ms`: loading Pagefind, searching, rendering). ' +
          'Later query: typed into the search box of the page that already shows the previous query\'s results, then Enter; time runs from Enter. ' +
          (results.search.gzip
            ? 'The static server gzip-compresses text files (HTML, CSS, JS, JSON) as static hosts do; Pagefind\'s index files are compressed already and go out as they are. Bytes are as sent; "unpacked" is the files\' own size.'
            : 'The static server sends every file uncompressed (`--no-gzip`).'),
      );
      if (results.search.pageBytes !== undefined) out.push(`The search page itself (HTML, CSS, JS outside pagefind/) is ${formatBytes(results.search.pageBytes)}.`);
      out.push('');
      out.push(searchTable(results));
      const breakdown = kindTable(results);
      if (breakdown) {
        out.push('');
        out.push('Where the bytes of a query go (first run of each query, and the later query):');
        out.push('');
        out.push(breakdown);
      }
    }
    out.push('');
  }
  if (results.incremental) {
    const inc = results.incremental;
    out.push(`### Incremental rebuild (N = ${formatCount(inc.n)} + one seed file of ${inc.added} articles)`);
    out.push('');
    if (inc.ingestCounts) {
      const c = inc.ingestCounts;
      out.push(`The ingest wrote ${formatCount(c.new)} new entries and rewrote ${formatCount(c.changed)} existing ones (their related or same-story lists changed); ${formatCount(c.unchanged)} stayed byte for byte the same.`);
      out.push('');
    }
    out.push(
      markdownTable(
        ['Step', 'Time', 'Peak memory'],
        [
          ['Ingest', formatDuration(inc.ingest.ms), kb(inc.ingest.peakKb)],
          ['astro build (cache kept)', formatDuration(inc.astro.ms), kb(inc.astro.peakKb)],
          ...(inc.stage?.withIndex
            ? [
                ['Search documents', formatDuration(documentsWorkMs(inc.stage)), kb(inc.stage.documents.peakKb)],
                ['Search index (after the documents)', formatDuration(inc.index.ms), kb(inc.index.peakKb)],
                [`astro build and the search lane (${inc.stage.searchWaitMs === undefined ? 'side by side' : 'one after the other'})`, formatDuration(inc.stage.ms), kb(inc.stage.peakKb)],
              ]
            : [
                ...(inc.stage
                  ? [
                      ['Search documents (beside astro build)', formatDuration(inc.stage.documents.ms), kb(inc.stage.documents.peakKb)],
                      ['astro build ∥ search documents', formatDuration(inc.stage.ms), kb(inc.stage.peakKb)],
                    ]
                  : []),
                ['Search index', formatDuration(inc.index.ms), kb(inc.index.peakKb)],
              ]),
          ['**Whole build**', `**${formatDuration(fullBuild(inc).ms)}**`, kb(fullBuild(inc).peakKb)],
        ],
        { align: ['left', 'right', 'right'] },
      ),
    );
    out.push('');
  }
  if (results.scaling.length > 0) {
    const lin = checkLinearity(results.scaling);
    out.push('### Ingest against N');
    out.push('');
    out.push(
      markdownTable(
        ['Articles', 'Time', 'Time per article', 'Peak memory (tree)', 'Largest process high-water mark'],
        [...results.scaling]
          .sort((a, b) => a.articles - b.articles)
          .map((p) => [formatCount(p.articles), formatDuration(p.ms), `${(p.ms / p.articles).toFixed(2)} ms`, kb(p.peakKb), kb(p.hwmKb)]),
        { align: ['right', 'right', 'right', 'right', 'right'] },
      ),
    );
    out.push('');
    out.push(`Marginal memory (largest process): ${lin.detail}.`);
    out.push('');
  }
  const compared = results.sizes.filter((s) => s.baseline);
  for (const run of compared) {
    out.push(`### Where the time goes: the project against bare Astro + Pagefind (N = ${formatCount(run.n)})`);
    out.push('');
    out.push(
      'The bare build (`bench/baseline/`) renders the same ingested articles with Astro\'s defaults (glob loader, Markdown as it is, ' +
        'a list page and one page per article) and then runs the Pagefind CLI with its defaults over them' +
        ` (${formatCount(run.baseline!.htmlFiles)} HTML pages, index ${formatBytes(run.baseline!.indexBytes)}). ` +
        'The last column is the project\'s CPU time beyond the bare build\'s: CPU adds up across steps that run side by side, wall time does not.',
    );
    out.push('');
    out.push(markdownTable(['Stage', 'Bare Astro + Pagefind', 'Project', 'Project beyond bare'], stageRows(run), { align: ['left', 'right', 'right', 'right'] }));
    out.push('');
  }
  const phased = results.sizes.filter((s) => s.astroPhases.length > 0);
  if (phased.length > 0) {
    out.push('### astro build phases (from its log)');
    out.push('');
    const names = [...new Set(phased.flatMap((s) => s.astroPhases.map(([name]) => name)))];
    out.push(
      markdownTable(
        ['Phase', ...phased.map((s) => `N = ${formatCount(s.n)}`)],
        names.map((name) => [name, ...phased.map((s) => {
          const hit = s.astroPhases.find(([n]) => n === name);
          return hit ? formatDuration(hit[1]) : '–';
        })]),
        { align: ['left', ...phased.map(() => 'right' as const)] },
      ),
    );
    out.push('');
  }
  if (results.notes.length > 0) {
    out.push('### Notes');
    out.push('');
    for (const note of results.notes) out.push(`- ${note}`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

const FILE_HEAD = `# Benchmark results

Written by \`npm run bench\` (N = 1,000 and 10,000) and \`npm run bench:large\` (N = 50,000); each command replaces only its own section. How the numbers are measured: [README.md](README.md).
`;

/** Replaces (or appends) the section named `name` in the results file's text. */
export function mergeSection(existing: string | undefined, name: string, section: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${section}\n${end}`;
  const text = existing && existing.trim() !== '' ? existing : FILE_HEAD;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) return `${text.slice(0, from)}${block}${text.slice(to + end.length)}`.replace(/\n*$/, '\n');
  return `${text.replace(/\n*$/, '')}\n\n${block}\n`;
}
