/** The speed benchmark's command line: its options, their defaults and the usage text. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './paths';

const DEFAULT_QUERIES = ['인공지능', '연구개발특구', '과기정통부 예산', '정보보호', '디지털 배움터', '반도체'];

export const USAGE = `usage: npm run bench [-- options]      (npm run bench:large = --large)

  --large               N = 50,000 (search measured at 50,000, no incremental case)
  --sizes A,B,…         corpus sizes, e.g. 1000,10000 or 1k,10k (default 1k,10k)
  --search-at N|none    build to run the browser queries on (default 10000, or the largest size)
  --incremental-at N|none  build to add one 30-article seed file to and rebuild (default 10000 when run)
  --queries "q1,q2,…"   search queries (default: ${DEFAULT_QUERIES.join(', ')})
  --runs K              cold runs per query (default 5)
  --no-gzip             serve text files uncompressed to the browser (default: gzip, as static hosts do)
  --seed S              corpus seed (default "bench")
  --no-plain            skip the plain Pagefind index for comparison
  --no-baseline         skip the bare Astro + Pagefind build of the same articles (bench/baseline/)
  --ingest-only         generate and ingest only (no astro build, index, search or incremental case)
  --rerender            rewrite the results section from bench/work/results-<preset>.json (no measuring)
  --only-search         measure search only, on the build a previous run left in bench/work/n<search-at>/dist
  --work DIR            scratch folder (default bench/work)
  --results FILE        Markdown file to update (default bench/results.md; "-" to write none)
Exit codes: 0 every budget passed (or not applicable), 1 a budget failed, 2 bad usage, 3 the benchmark itself broke`;

export interface Options {
  preset: 'standard' | 'large';
  sizes: number[];
  searchAt?: number;
  incrementalAt?: number;
  queries: string[];
  runs: number;
  seed: string;
  plain: boolean;
  /** Build the bare Astro + Pagefind site of each corpus too (bench/baseline/). */
  baseline: boolean;
  onlySearch: boolean;
  ingestOnly: boolean;
  rerender: boolean;
  gzip: boolean;
  work: string;
  results?: string;
}

export function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      large: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      'search-at': { type: 'string' },
      'incremental-at': { type: 'string' },
      queries: { type: 'string' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: 'bench' },
      'no-plain': { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'only-search': { type: 'boolean', default: false },
      'ingest-only': { type: 'boolean', default: false },
      rerender: { type: 'boolean', default: false },
      'no-gzip': { type: 'boolean', default: false },
      work: { type: 'string', default: 'bench/work' },
      results: { type: 'string', default: 'bench/results.md' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const preset = values.large ? 'large' : 'standard';
  const whole = (s: string, what: string) => {
    const k = /^(\d+(?:\.\d+)?)k$/i.exec(s.trim());
    const n = k ? Number(k[1]) * 1000 : Number(s.trim().replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: "${s}" is not a whole number ≥ 1`);
    return n;
  };
  const sizes = values.sizes
    ? values.sizes.split(/[\s,;]+/).filter(Boolean).map((s) => whole(s, '--sizes'))
    : preset === 'large'
      ? [50_000]
      : [1_000, 10_000];
  const pickSize = (value: string | undefined, fallback: number | undefined, what: string) => {
    if (value === 'none') return undefined;
    if (value === undefined) return fallback;
    const n = whole(value, what);
    if (!sizes.includes(n)) throw new Error(`${what} ${n} is not one of --sizes ${sizes.join(',')}`);
    return n;
  };
  const largest = Math.max(...sizes);
  const runs = whole(values.runs, '--runs');
  return {
    preset,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    searchAt: pickSize(values['search-at'], sizes.includes(10_000) ? 10_000 : largest, '--search-at'),
    incrementalAt: pickSize(values['incremental-at'], preset === 'large' ? undefined : sizes.includes(10_000) ? 10_000 : largest, '--incremental-at'),
    queries: values.queries ? values.queries.split(',').map((q) => q.trim()).filter(Boolean) : DEFAULT_QUERIES,
    runs,
    seed: values.seed,
    plain: !values['no-plain'],
    baseline: !values['no-baseline'],
    onlySearch: values['only-search'],
    ingestOnly: values['ingest-only'],
    rerender: values.rerender,
    gzip: !values['no-gzip'],
    work: path.resolve(ROOT, values.work),
    ...(values.results === '-' ? {} : { results: path.resolve(ROOT, values.results) }),
  };
}

