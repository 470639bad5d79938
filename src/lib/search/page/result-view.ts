/**
 * What one search result shows, as plain data: the title and excerpt as
 * segments (some marked), the link with its URL text fragment, the topics
 * and the edition. The page turns it into DOM nodes with textContent only.
 *
 * Highlighting: for the augmented index the excerpt is cut from the article's
 * own text (decoded from the indexed form) and marks every form in
 * `plan.highlights` — the query's terms, their parts and their synonyms
 * (`AI` marks `인공지능` too). For a plain index Pagefind's own excerpt is used.
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
} from '../excerpt';
import { decodeIndexedText } from '../indexed-text';
import type { QueryPlan } from '../query';
import type { PagefindFragment, SearchConfig } from './pagefind-types';

export interface ResultView {
  href: string;
  title: Segment[];
  excerpt: Segment[];
  /** Topic names joined for display ('' when none). */
  topics: string;
  /** Edition label ('' when unknown). */
  edition: string;
}

export interface ViewContext {
  plan: QueryPlan | null;
  mode: SearchConfig['mode'];
  /** Topic slug → name, edition stem → label (from the page's filter menus). */
  topicName: ReadonlyMap<string, string>;
  editionLabel: ReadonlyMap<string, string>;
}

/** The augmented index stores its metadata encoded for indexing, like the text: decode it. */
export function readableFragment(fragment: PagefindFragment, mode: SearchConfig['mode']): PagefindFragment {
  if (mode !== 'augmented') return fragment;
  const meta: PagefindFragment['meta'] = {};
  for (const [key, value] of Object.entries(fragment.meta)) meta[key] = value === undefined ? value : decodeIndexedText(value);
  return { ...fragment, meta };
}

/** The stored content starts with the title (the page's h1): the text after it. */
function textAfterTitle(content: string, title: string): string {
  let text = readableContent(content);
  if (text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.]+/, '');
  return text;
}

export function resultView(raw: PagefindFragment, context: ViewContext): ResultView {
  const fragment = readableFragment(raw, context.mode);
  const title = fragment.meta.title ?? fragment.url;
  let excerpt: Segment[];
  let directive = '';
  let titleSegments: Segment[] = [{ text: title, mark: false }];
  if (context.plan) {
    const highlight = createHighlighter(context.plan.highlights);
    const text = textAfterTitle(fragment.content, title);
    const ranges = highlight(text);
    let shownRanges = ranges;
    if (!text && fragment.meta.summary) {
      excerpt = [{ text: fragment.meta.summary, mark: false }];
    } else {
      const built = buildExcerpt(text, ranges);
      excerpt = built.segments;
      if (built.shown.length) shownRanges = built.shown;
    }
    const titleRanges = highlight(title);
    titleSegments = markRanges(title, titleRanges);
    // Point the text fragment at the words the excerpt showed (the body), else at the title.
    directive = textFragmentFor(text, shownRanges) || textFragmentFor(title, titleRanges);
  } else if (context.mode === 'augmented') {
    // No query (filters only): the start of the article's text.
    const text = textAfterTitle(fragment.content, title);
    excerpt = buildExcerpt(text || (fragment.meta.summary ?? ''), []).segments;
  } else {
    excerpt = parsePagefindExcerpt(fragment.excerpt);
    const words = excerpt.filter((seg) => seg.mark).map((seg) => seg.text);
    directive = words.length ? `#:~:${[...new Set(words)].slice(0, 3).map((w) => `text=${encodeTextDirective(w)}`).join('&')}` : '';
  }
  const topics = (fragment.filters.topic ?? []).map((slug) => context.topicName.get(slug) ?? slug);
  const editionStem = fragment.filters.edition?.[0];
  return {
    href: `${fragment.url}${directive}`,
    title: titleSegments,
    excerpt,
    topics: topics.length ? topics.join(' · ') : (fragment.meta.topics ?? ''),
    edition: (editionStem && context.editionLabel.get(editionStem)) || fragment.meta.edition || '',
  };
}

/** Whether any shown segment is marked (a result list with no mark matched only loosely). */
export const hasMark = (views: readonly ResultView[]) => views.some((v) => v.title.some((s) => s.mark) || v.excerpt.some((s) => s.mark));
