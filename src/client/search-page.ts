/**
 * The search page's client script (src/pages/search/index.astro): DOM wiring
 * only. The logic lives in small tested modules under src/lib/search/page/:
 *  - composing.ts    the query without a syllable still being composed (IME);
 *  - find-results.ts which Pagefind searches a query plan runs (query.ts plans it);
 *  - segmenter.ts    cuts a compound query against the site's vocabulary shards;
 *  - result-source.ts paging (`결과 더 보기`) and newest-first across editions;
 *  - latest.ts       drops a stale result when a newer query was typed;
 *  - engine-loader.ts loads Pagefind once, retries after a failed load;
 *  - result-view.ts  title, excerpt, highlights (synonyms included) and link of a result;
 *  - status-text.ts, url-state.ts  the announced sentences and the shareable address.
 *
 * Everything from the index is inserted with textContent; the only markup we
 * produce is our own <mark> elements.
 */
import type { Segment } from '@/lib/search/excerpt';
import { planQuery, type QueryPlan } from '@/lib/search/query';
import { createSynonymIndex, type SynonymIndex } from '@/lib/search/synonyms';
import { settledQuery } from '@/lib/search/page/composing';
import { createEngineLoader, LOAD_FAILED_MESSAGE } from '@/lib/search/page/engine-loader';
import { findResults } from '@/lib/search/page/find-results';
import { createFragmentCache, exactFirst, exactForms } from '@/lib/search/page/exact-first';
import { createLatestGuard } from '@/lib/search/page/latest';
import type { PagefindInstance, PagefindModule, SearchConfig, SearchFn } from '@/lib/search/page/pagefind-types';
import { createPager, listSource, moreLabel, newestFirstSource, NO_RESULTS, type Pager } from '@/lib/search/page/result-source';
import { hasMark, resultView, type ResultView, type ViewContext } from '@/lib/search/page/result-view';
import { emptyHeading, statusText } from '@/lib/search/page/status-text';
import { readSearchState, searchQueryString, type SearchState } from '@/lib/search/page/url-state';
import { createVocabularyLoader, type VocabularyLoader } from '@/lib/search/page/segmenter';
import { createShardedSearch, OLDER_PENDING, shardBasePaths, type MergingInstance, type SearchPhase, type ShardedConfig, type ShardedSearch } from '@/lib/search/page/shard-search';

const DEBOUNCE_MS = 180;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

interface Engine {
  shards: ShardedSearch;
  config: SearchConfig;
  synonyms: SynonymIndex;
  /** The site's vocabulary shards, when the index has them. */
  vocabulary: VocabularyLoader | null;
}

function setUp(root: HTMLElement) {
  // The deploy base (`/` or `/news/`), fixed at build time.
  const base = (import.meta.env.BASE_URL || '/').replace(/\/*$/, '/');
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const editionSelect = form.querySelector<HTMLSelectElement>('select[name="edition"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const emptyQuery = root.querySelector<HTMLElement>('[data-search-empty-query]')!;
  const clearFilters = root.querySelector<HTMLButtonElement>('[data-search-clear-filters]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const hint = root.querySelector<HTMLElement>('[data-search-hint]');
  // Labels and the newest-first order of editions come from the filter menus the page was built with.
  const optionsOf = (select: HTMLSelectElement) =>
    [...select.options].filter((o) => o.value).map((o) => [o.value, o.textContent ?? o.value] as const);
  const topicName = new Map(optionsOf(topicSelect));
  const editionLabel = new Map(optionsOf(editionSelect));
  const editionsNewestFirst = [...editionLabel.keys()];

  root.dataset.searchState = 'idle';
  hint?.removeAttribute('hidden');

  const engine = createEngineLoader<Engine>(async () => {
    // The settings (with the list of shards) and Pagefind's code load side by side.
    const [loadedConfig, module] = await Promise.all([
      fetch(`${base}pagefind/ko-search.json`)
        .then((r) => (r.ok ? (r.json() as Promise<ShardedConfig>) : null))
        .catch(() => null),
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
    ]);
    const cfg: ShardedConfig = loadedConfig ?? { mode: 'plain', sentinel: '', synonyms: [] };
    // An instance starts fetching its index files as soon as it is created. No
    // web worker: it would download a second copy of the search code
    // (pagefind-worker.js); a search over a shard takes milliseconds on the main thread.
    const shards = createShardedSearch({
      basePaths: shardBasePaths(`${base}pagefind/`, cfg.shards),
      editions: (cfg.shards ?? []).map((s) => s.editions),
      common: cfg.common ?? [],
      create: async (basePath) => {
        const pf = module.createInstance({ basePath, noWorker: true });
        // Result URLs are stored with the base path already in them.
        await pf.options({ baseUrl: '/', excerptLength: 28 });
        return pf;
      },
      merge: (pf, basePath) => (pf as PagefindInstance & MergingInstance).mergeIndex(basePath, { baseUrl: '/', excerptLength: 28 }),
    });
    warmUpSegmenter();
    const vocabulary = cfg.vocabulary
      ? createVocabularyLoader(async (n) => {
          const response = await fetch(`${base}pagefind/ko-vocab/${n}.json`);
          if (!response.ok) throw new Error(`vocabulary shard ${n}: ${response.status}`);
          return (await response.json()) as string[];
        }, cfg.vocabulary.shards)
      : null;
    return { shards, config: cfg, synonyms: createSynonymIndex(cfg.synonyms), vocabulary };
  });

  const latest = createLatestGuard();
  let pager: Pager = createPager(NO_RESULTS);
  let view: ViewContext = { plan: null, mode: 'plain', topicName, editionLabel };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = (): SearchState => ({
    q: input.value.trim(),
    topic: topicSelect.value,
    edition: editionSelect.value,
    sort: sortSelect.value,
  });

  function syncUrl() {
    const url = `${location.pathname}${searchQueryString(state())}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  }

  function setStatus(text: string) {
    if (status.textContent !== text) status.textContent = text;
  }

  async function run() {
    const s = state();
    syncUrl();
    const { query, composing } = settledQuery(s.q);
    const filters: Record<string, string> = {};
    if (s.topic) filters.topic = s.topic;
    if (s.edition) filters.edition = s.edition;
    const hasFilters = Object.keys(filters).length > 0;
    // Mid-syllable with nothing settled (`ㄱ`): keep what is shown.
    if (composing && !query) return;
    const ticket = latest.next();
    const started = performance.now();
    if (!query && !hasFilters) {
      pager = createPager(NO_RESULTS);
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      root.dataset.searchState = 'idle';
      list.dataset.searchQuery = '';
      list.dataset.searchCount = '0';
      setStatus('');
      return;
    }
    root.dataset.searchState = 'loading';
    let loaded: Engine;
    try {
      loaded = await engine.load();
    } catch {
      if (!latest.isCurrent(ticket)) return;
      root.dataset.searchState = 'error';
      setStatus(LOAD_FAILED_MESSAGE);
      return;
    }
    const { shards, config, synonyms, vocabulary } = loaded;
    const newest = s.sort === 'new';
    const common = config.common ?? [];
    let plan: QueryPlan | null = query && config.mode === 'augmented' ? planQuery(query, synonyms, { common }) : null;
    if (plan && vocabulary) {
      // A compound the index does not hold is searched as the pieces it does (`재사용발사체` → `재사용 발사체`).
      const segment = await vocabulary.segmenterFor([...plan.terms, ...plan.unstemmed]);
      plan = planQuery(query, synonyms, { segment, common });
    }
    const nextView: ViewContext = { plan, mode: config.mode, topicName, editionLabel };
    const fragments = createFragmentCache();
    // The newest shard's results are shown at once; every shard's (merged by
    // score) replace them when the older shards have answered (shard-search.ts).
    const phases: SearchPhase[] = shards.sharded && !shards.onlyNewest(filters) && !shards.onlyOlder(filters) ? ['first', 'all'] : ['all'];
    for (const phase of phases) {
      const search: SearchFn = phase === 'first' ? shards.first : shards.all;
      // Newest-first needs per-edition counts, which Pagefind reports only once its filter index is loaded.
      if (newest) await shards.filters(phase);
      const { found: raw, usedTerms, editionCounts } = await findResults(search, plan, query, filters);
      if (!latest.isCurrent(ticket)) return;
      // Articles with the query as typed (`카카오의`, `실증랩`) ahead of ones with only its stem or pieces.
      const cached = raw.map(fragments);
      const found = plan && !newest ? await exactFirst(cached, exactForms(plan)) : cached;
      if (!latest.isCurrent(ticket)) return;
      // Nothing in the newest shard: say nothing until every shard has answered.
      if (phase === 'first' && found.length === 0) continue;
      const source = newest
        ? newestFirstSource(search, usedTerms, filters, editionCounts, editionsNewestFirst, found.length)
        : listSource(found);
      const nextPager = createPager(source);
      const views = await loadPage(nextPager, nextView);
      // While a syllable is being composed a query that finds nothing keeps the previous results on screen.
      if (!latest.isCurrent(ticket) || (composing && source.total === 0 && pager.shown > 0)) return;
      pager = nextPager;
      view = nextView;
      list.replaceChildren(...views.map(renderResult));
      updateMore();
      const total = source.total;
      const complete = phase === 'all';
      root.dataset.searchState = complete ? 'done' : 'partial';
      list.dataset.searchQuery = s.q;
      list.dataset.searchCount = String(total);
      list.dataset.searchPhase = phase;
      list.dataset[complete ? 'searchMs' : 'searchFirstMs'] = String(Math.round(performance.now() - started));
      empty.hidden = total > 0;
      if (total === 0) {
        emptyQuery.textContent = emptyHeading(s.q, hasFilters);
        clearFilters.hidden = !hasFilters;
      }
      const text = statusText({ query: s.q, total, hasFilters, newestFirst: newest, loose: plan !== null && !hasMark(views) });
      setStatus(complete ? text : `${text} ${OLDER_PENDING}`);
    }
  }

  /** The next page of results as views (fragments fetched in parallel). */
  async function loadPage(p: Pager, context: ViewContext): Promise<ResultView[]> {
    const batch = await p.next();
    const fragments = await Promise.all(batch.map((r) => r.data()));
    return fragments.map((f) => resultView(f, context));
  }

  function updateMore() {
    more.hidden = !pager.hasMore;
    more.textContent = moreLabel(pager.shown, pager.total);
  }

  function renderResult(v: ResultView): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result-title';
    const a = document.createElement('a');
    a.href = v.href;
    appendSegments(a, v.title);
    heading.append(a);
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    if (v.topics) meta.append(span('search-result-topics', v.topics));
    if (v.edition) meta.append(span('search-result-edition', v.edition));
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    appendSegments(excerpt, v.excerpt);
    li.append(heading, meta, excerpt);
    return li;
  }

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  input.addEventListener('input', () => {
    syncUrl();
    schedule();
  });
  input.addEventListener('focus', () => void engine.load().catch(() => undefined), { once: true });
  for (const select of [topicSelect, editionSelect, sortSelect]) select.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(0);
  });
  clearFilters.addEventListener('click', () => {
    topicSelect.value = '';
    editionSelect.value = '';
    schedule(0);
    input.focus();
  });
  more.addEventListener('click', async () => {
    const ticket = latest.current;
    const p = pager;
    const before = p.shown;
    const views = await loadPage(p, view);
    if (!latest.isCurrent(ticket) || p !== pager) return;
    list.append(...views.map(renderResult));
    updateMore();
    // Move focus to the first newly shown result so keyboard users continue from there.
    list.querySelectorAll<HTMLAnchorElement>('.search-result a')[before]?.focus();
  });

  // Arrow keys move between the input and the result links; Escape goes back to the input.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result a')];
    const target = event.target as HTMLElement;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      if (target === input && links[0]) {
        event.preventDefault();
        links[0].focus();
      } else if (at >= 0 && links[at + 1]) {
        event.preventDefault();
        links[at + 1]!.focus();
      }
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]!).focus();
    } else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault();
      input.focus();
    }
  });

  // Deep link: /search/?q=…&topic=…&edition=…&sort=new
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);
  const initial = readSearchState(location.search, {
    topic: values(topicSelect),
    edition: values(editionSelect),
    sort: values(sortSelect),
  });
  input.value = initial.q;
  if (initial.topic) topicSelect.value = initial.topic;
  if (initial.edition) editionSelect.value = initial.edition;
  if (initial.sort) sortSelect.value = initial.sort;
  // Filters from the address are shown, not left folded away.
  if (topicSelect.value || editionSelect.value || sortSelect.value) root.querySelector('details[data-search-options]')?.setAttribute('open', '');
  if (input.value || topicSelect.value || editionSelect.value) void run();
}

/**
 * Pagefind splits every query with an Intl.Segmenter. The first one a page
 * builds loads the browser's text-break data, 10–30 ms of main-thread work
 * measured in Chromium, which would land between the index arriving and the
 * first search. Building one while the page waits for Pagefind's files takes
 * that off the first query's path; later segmenters build in microseconds.
 */
function warmUpSegmenter() {
  if (typeof Intl.Segmenter !== 'function') return;
  const warm = () => {
    try {
      new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }).segment('가');
    } catch {
      // Nothing to warm up: Pagefind falls back the same way.
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 500 });
  else setTimeout(warm, 0);
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

function appendSegments(parent: HTMLElement, segments: Segment[]) {
  for (const seg of segments) {
    if (seg.mark) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(seg.text));
    }
  }
}
