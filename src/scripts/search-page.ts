/**
 * The search page's client script (src/pages/search/index.astro).
 *
 * - `/search/?q=…&topic=…&edition=…&sort=new` is a shareable deep link: read on
 *   load, kept up to date with history.replaceState while the reader types.
 * - Pagefind is loaded lazily from `{base}pagefind/pagefind.js`, so the page
 *   works under a sub-path. Its `ko-search.json` says whether the index is the
 *   Korean-augmented one; if so the query is normalised (src/lib/search/query.ts)
 *   and excerpts are cut from the article's real text (decoded from the
 *   indexed form, see src/lib/search/indexed-text.ts) with substring
 *   highlights; for a plain index the raw query and Pagefind's excerpt are used.
 * - Everything from the index is inserted with textContent; the only markup we
 *   produce from Pagefind's excerpt is our own <mark> elements.
 * - Result links carry a URL text fragment (`#:~:text=…`), so the browser
 *   highlights the matched words on the article page without any script there.
 */
import {
  buildExcerpt,
  createHighlighter,
  encodeTextDirective,
  markRanges,
  parsePagefindExcerpt,
  readableContent,
  textFragmentFor,
  type Segment,
} from '../lib/search/excerpt';
import { decodeIndexedText } from '../lib/search/indexed-text';
import { planQuery, type QueryPlan } from '../lib/search/query';
import { createSynonymIndex, type SynonymIndex } from '../lib/search/synonyms';

interface SearchConfig {
  mode: 'augmented' | 'plain';
  sentinel: string;
  synonyms: string[][];
}

interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per filter value (for filters whose index is loaded). */
  filters?: Record<string, Record<string, number>>;
}

/** Results to show, loaded as far as needed. */
interface ResultSource {
  total: number;
  take: (n: number) => Promise<PagefindResult[]>;
}

interface PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance: (o?: Record<string, unknown>) => PagefindInstance;
}

/** Results per page: each needs its own fragment download (about 2 KB), so the first page stays small. */
const PAGE_SIZE = 8;
const DEBOUNCE_MS = 180;
/** Below this many results the query's joined/split spellings are tried too (see QueryPlan.fallbacks). */
const FALLBACK_BELOW = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

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

  let engine: Promise<{ pf: PagefindInstance; config: SearchConfig; synonyms: SynonymIndex }> | undefined;
  const loadEngine = () => {
    engine ??= (async () => {
      const config = fetch(`${base}pagefind/ko-search.json`)
        .then((r) => (r.ok ? (r.json() as Promise<SearchConfig>) : null))
        .catch(() => null);
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
      // Created as soon as its code is in, so Pagefind starts fetching its
      // index files without waiting for ours. No web worker: it would download
      // a second copy of the search code (pagefind-worker.js); a search over
      // this index takes milliseconds on the main thread.
      const pf = module.createInstance({ basePath: `${base}pagefind/`, noWorker: true });
      warmUpSegmenter();
      // Result URLs are stored with the base path already in them.
      await pf.options({ baseUrl: '/', excerptLength: 28 });
      const cfg: SearchConfig = (await config) ?? { mode: 'plain', sentinel: '', synonyms: [] };
      return { pf, config: cfg, synonyms: createSynonymIndex(cfg.synonyms) };
    })();
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };

  let generation = 0;
  let source: ResultSource = { total: 0, take: async () => [] };
  let shown = 0;
  let plan: QueryPlan | null = null;
  /** The loaded index's mode (augmented indexes store encoded text, see readableFragment). */
  let indexMode: SearchConfig['mode'] = 'plain';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = () => ({
    q: input.value.trim(),
    topic: topicSelect.value,
    edition: editionSelect.value,
    sort: sortSelect.value,
  });

  function syncUrl() {
    const s = state();
    const params = new URLSearchParams();
    if (s.q) params.set('q', s.q);
    if (s.topic) params.set('topic', s.topic);
    if (s.edition) params.set('edition', s.edition);
    if (s.sort) params.set('sort', s.sort);
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  }

  function setStatus(text: string) {
    if (status.textContent !== text) status.textContent = text;
  }

  async function run() {
    const id = ++generation;
    const s = state();
    syncUrl();
    const started = performance.now();
    const filters: Record<string, string> = {};
    if (s.topic) filters.topic = s.topic;
    if (s.edition) filters.edition = s.edition;
    const hasFilters = Object.keys(filters).length > 0;
    if (!s.q && !hasFilters) {
      source = { total: 0, take: async () => [] };
      shown = 0;
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
    let loaded;
    try {
      loaded = await loadEngine();
    } catch {
      if (id !== generation) return;
      root.dataset.searchState = 'error';
      setStatus('검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.');
      return;
    }
    const { pf, config, synonyms } = loaded;
    indexMode = config.mode;
    const newest = s.sort === 'new';
    // Newest-first needs per-edition counts, which Pagefind reports only once its filter index is loaded.
    if (newest) await pf.filters();

    // Relevance: the main search, then (when it finds little) the query's other spellings.
    const found: PagefindResult[] = [];
    const seen = new Set<string>();
    const usedTerms: (string | null)[] = [];
    const editionCounts = new Map<string, number>();
    const searchWith = async (term: string | null) => {
      const response = await pf.search(term, { filters });
      const rs = response?.results ?? [];
      if (rs.length) usedTerms.push(term);
      for (const r of rs) if (!seen.has(r.id)) (seen.add(r.id), found.push(r));
      for (const [stem, n] of Object.entries(response?.filters?.edition ?? {})) {
        editionCounts.set(stem, Math.max(editionCounts.get(stem) ?? 0, n));
      }
    };
    plan = null;
    if (!s.q) {
      await searchWith(null);
    } else if (config.mode === 'augmented') {
      plan = planQuery(s.q, synonyms);
      if (plan.terms.length) await searchWith(plan.terms.join(' '));
      for (const variant of plan.fallbacks) {
        // A joined word alone is looked up exactly: for a word it does not know,
        // Pagefind would otherwise fall back to its longest known prefix
        // (`과기정통부무선전력전송` → every page with `과기정통부`). Joined words
        // among other terms cannot be, so those are tried only when nothing was found.
        const single = variant.kind === 'joined' && variant.terms.length === 1;
        const guess = variant.kind === 'split' || (variant.kind === 'joined' && !single);
        if (found.length >= (guess ? 1 : FALLBACK_BELOW)) continue;
        await searchWith(single ? `"${variant.terms[0]}"` : variant.terms.join(' '));
      }
    } else {
      await searchWith(s.q);
    }
    if (id !== generation) return;
    source = newest ? newestFirst(pf, usedTerms, filters, editionCounts, found.length) : listSource(found);
    shown = 0;
    list.replaceChildren();
    await renderMore(id);
    if (id !== generation) return;
    const total = source.total;
    const elapsed = Math.round(performance.now() - started);
    root.dataset.searchState = 'done';
    list.dataset.searchQuery = s.q;
    list.dataset.searchCount = String(total);
    list.dataset.searchMs = String(elapsed);
    const scope = hasFilters ? ' (필터 적용)' : '';
    if (total === 0) {
      empty.hidden = false;
      emptyQuery.textContent = s.q ? `‘${s.q}’에 맞는 기사를 찾지 못했습니다${scope}.` : `고른 필터에 맞는 기사가 없습니다.`;
      clearFilters.hidden = !hasFilters;
      setStatus(s.q ? `‘${s.q}’ 검색 결과가 없습니다.` : '필터에 맞는 기사가 없습니다.');
    } else {
      empty.hidden = true;
      // Pagefind answers a word it does not know with pages holding the word's
      // longest known beginning; when no shown result contains any query word, say so.
      const loose = plan !== null && list.querySelector('mark') === null;
      setStatus(
        `${s.q ? `‘${s.q}’ ` : ''}검색 결과 ${total}건${scope}${newest ? ', 최신 호부터' : ''}` +
          (loose ? ' — 검색어와 똑같은 낱말은 없어 비슷한 말로 찾은 결과입니다' : ''),
      );
    }
  }

  /**
   * Newest edition first, by relevance inside an edition. Instead of Pagefind's
   * sort (whose page list every first search would download), the query is
   * re-run with an edition filter, newest edition first, only as far as the
   * results shown so far need.
   */
  function newestFirst(
    pf: PagefindInstance,
    terms: (string | null)[],
    filters: Record<string, string>,
    counts: Map<string, number>,
    total: number,
  ): ResultSource {
    const editions = editionsNewestFirst.filter((stem) => (counts.get(stem) ?? 0) > 0 && (!filters.edition || filters.edition === stem));
    const loadedResults: PagefindResult[] = [];
    const seenIds = new Set<string>();
    let next = 0;
    return {
      total,
      async take(n) {
        while (loadedResults.length < n && next < editions.length) {
          const edition = editions[next++]!;
          for (const term of terms) {
            const response = await pf.search(term, { filters: { ...filters, edition } });
            for (const r of response?.results ?? []) if (!seenIds.has(r.id)) (seenIds.add(r.id), loadedResults.push(r));
          }
        }
        return loadedResults.slice(0, n);
      },
    };
  }

  function listSource(found: PagefindResult[]): ResultSource {
    return { total: found.length, take: async (n) => found.slice(0, n) };
  }

  async function renderMore(id: number) {
    const batch = (await source.take(shown + PAGE_SIZE)).slice(shown);
    const fragments = (await Promise.all(batch.map((r) => r.data()))).map(readableFragment);
    if (id !== generation) return;
    const firstNew = shown;
    for (const fragment of fragments) list.append(renderResult(fragment));
    shown += batch.length;
    more.hidden = shown >= source.total || batch.length === 0;
    more.textContent = `결과 더 보기 (${shown}/${source.total})`;
    return firstNew;
  }

  /**
   * The augmented index stores its metadata encoded for indexing, like the
   * text (indexed-text.ts; `readableContent` decodes the text): decode it.
   */
  function readableFragment(fragment: PagefindFragment): PagefindFragment {
    if (indexMode !== 'augmented') return fragment;
    const meta: PagefindFragment['meta'] = {};
    for (const [key, value] of Object.entries(fragment.meta)) meta[key] = value === undefined ? value : decodeIndexedText(value);
    return { ...fragment, meta };
  }

  function renderResult(fragment: PagefindFragment): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const title = fragment.meta.title ?? fragment.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    let fragmentDirective = '';
    let titleSegments: Segment[] = [{ text: title, mark: false }];
    if (plan) {
      const highlight = createHighlighter(plan.highlights);
      // The stored content starts with the title (the page's h1): excerpt from what follows.
      let text = readableContent(fragment.content);
      if (text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.]+/, '');
      const ranges = highlight(text);
      let shownRanges = ranges;
      if (!text && fragment.meta.summary) {
        excerpt.textContent = fragment.meta.summary;
      } else {
        const built = buildExcerpt(text, ranges);
        appendSegments(excerpt, built.segments);
        if (built.shown.length) shownRanges = built.shown;
      }
      const titleRanges = highlight(title);
      titleSegments = markRanges(title, titleRanges);
      // Point the text fragment at the words the excerpt showed (the body), else at the title.
      fragmentDirective = textFragmentFor(text, shownRanges) || textFragmentFor(title, titleRanges);
    } else if (indexMode === 'augmented') {
      // No query (filters only): the start of the article's text.
      let text = readableContent(fragment.content);
      if (text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.]+/, '');
      appendSegments(excerpt, buildExcerpt(text || (fragment.meta.summary ?? ''), []).segments);
    } else {
      const segments = parsePagefindExcerpt(fragment.excerpt);
      appendSegments(excerpt, segments);
      const words = segments.filter((seg) => seg.mark).map((seg) => seg.text);
      fragmentDirective = words.length
        ? `#:~:${[...new Set(words)].slice(0, 3).map((w) => `text=${encodeTextDirective(w)}`).join('&')}`
        : '';
    }

    const heading = document.createElement('h2');
    heading.className = 'search-result-title';
    const a = document.createElement('a');
    a.href = `${fragment.url}${fragmentDirective}`;
    appendSegments(a, titleSegments);
    heading.append(a);

    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    const topics = (fragment.filters.topic ?? []).map((slug) => topicName.get(slug) ?? slug);
    const topicText = topics.length ? topics.join(' · ') : (fragment.meta.topics ?? '');
    if (topicText) {
      const t = document.createElement('span');
      t.className = 'search-result-topics';
      t.textContent = topicText;
      meta.append(t);
    }
    const editionStem = fragment.filters.edition?.[0];
    const edition = (editionStem && editionLabel.get(editionStem)) || fragment.meta.edition;
    if (edition) {
      const e = document.createElement('span');
      e.className = 'search-result-edition';
      e.textContent = edition;
      meta.append(e);
    }
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
  input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
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
    const id = generation;
    const before = shown;
    await renderMore(id);
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
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const pick = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(topicSelect, params.get('topic'));
  pick(editionSelect, params.get('edition'));
  pick(sortSelect, params.get('sort'));
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

