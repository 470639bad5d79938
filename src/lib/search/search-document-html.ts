/**
 * The HTML document Pagefind indexes for one article page (pure).
 *
 * Pagefind gets one small HTML document per article page, made here from the
 * page's text (pages.ts) — the title as the `<h1>` and the paragraphs, the
 * same blocks the built page shows in its `data-pagefind-body` — rather than
 * the whole built page: parsing navigation, related lists and footers Pagefind
 * would ignore anyway costs seconds and memory at 10,000 pages. The document
 * carries:
 *  - hidden elements with metadata (title, summary, topics, edition),
 *    filters (topic, edition) and optionally the edition sort key;
 *  - for the Korean-augmented index, one more `data-pagefind-body` element at
 *    the end holding the search tokens (analyzer.ts) after a SENTINEL. It has a
 *    low `data-pagefind-weight`, so a page containing the query word itself
 *    outranks one that only matches through a token; tokens that come from the
 *    title carry full weight. The search page cuts Pagefind's stored content
 *    at the SENTINEL, so excerpts are always the article's real text.
 *
 * The plain index (for comparison) gets the same documents without the token block.
 */
import { escapeHtml } from '../escape-html';
import { SENTINEL } from './excerpt';
import { encodeIndexedText } from './indexed-text';
import type { SearchPage } from './pages';

/** Weights of the token block (Pagefind's default weight is 1). */
export const TOKEN_WEIGHT = 0.25;
export const TITLE_TOKEN_WEIGHT = 1;
/** Characters of the summary kept in the index metadata. */
export const SUMMARY_CHARS = 100;

/** One page as Pagefind gets it: where it links to, which built file it is, the document to index. */
export interface SearchDocument {
  url: string;
  /** The built page (for messages and the existence check). */
  file: string;
  html: string;
}

/**
 * The summary travels in every result's fragment but is shown only when no
 * excerpt can be cut from the text, so a short one is enough.
 */
export function clipSummary(summary: string, max = SUMMARY_CHARS): string {
  const chars = [...summary.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}

/**
 * Hidden elements carrying metadata, filters and the sort key (Pagefind reads
 * them anywhere on the page). Pagefind indexes the words of metadata too, so
 * in the augmented index the title and the summary, which repeat the text,
 * are encoded like it (indexed-text.ts) and the search page decodes them.
 * Topic names stay as they are: encoding would split `지역·특구` into words
 * that match pages whose text never says `특구`.
 */
export function metadataHtml(page: SearchPage, editionSort = false, encode: (text: string) => string = (t) => t): string {
  const parts = [
    `<span data-pagefind-meta="title">${escapeHtml(encode(page.title))}</span>`,
    page.summary ? `<span data-pagefind-meta="summary">${escapeHtml(encode(clipSummary(page.summary)))}</span>` : '',
    `<span data-pagefind-meta="topics">${escapeHtml(page.topics.map((t) => t.name).join(', '))}</span>`,
    `<span data-pagefind-meta="edition">${escapeHtml(page.edition.label)}</span>`,
    ...page.topics.map((t) => `<span data-pagefind-filter="topic">${escapeHtml(t.slug)}</span>`),
    `<span data-pagefind-filter="edition">${escapeHtml(page.edition.stem)}</span>`,
    editionSort ? `<span data-pagefind-sort="edition">${String(page.edition.order).padStart(6, '0')}</span>` : '',
  ];
  return `<div hidden>${parts.join('')}</div>`;
}

/** The token block: sentinel, then title tokens (full weight), then body tokens (low weight). */
export function tokenBlockHtml(titleTokens: readonly string[], bodyTokens: readonly string[]): string {
  return (
    `<div data-pagefind-body data-pagefind-weight="${TOKEN_WEIGHT}">` +
    `<p>${SENTINEL}</p>` +
    (titleTokens.length ? `<p data-pagefind-weight="${TITLE_TOKEN_WEIGHT}">${escapeHtml(titleTokens.join(' '))}</p>` : '') +
    (bodyTokens.length ? `<p>${escapeHtml(bodyTokens.join(' '))}</p>` : '') +
    `</div>`
  );
}

/**
 * The document Pagefind indexes for a page: its text blocks inside
 * `data-pagefind-body` (the title as the heading, so Pagefind weighs it as
 * one), then `extra` (metadata, token block). The augmented index passes the
 * blocks encoded (`encodePage`).
 */
export function searchDocumentHtml(page: Pick<SearchPage, 'title' | 'paragraphs'>, extra = ''): string {
  return (
    `<!doctype html><html lang="ko"><body><article data-pagefind-body>` +
    `<h1>${escapeHtml(page.title)}</h1>` +
    page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `</article>${extra}</body></html>`
  );
}

/** A page's title and paragraphs as the augmented index holds them (indexed-text.ts), and its whole text so. */
export interface EncodedPage {
  title: string;
  paragraphs: string[];
  /** Equals `encodeIndexedText(page.text)`: encoding joins words with single spaces, block by block. */
  text: string;
}

export function encodePage(page: Pick<SearchPage, 'title' | 'paragraphs'>): EncodedPage {
  const title = encodeIndexedText(page.title);
  const paragraphs = page.paragraphs.map(encodeIndexedText);
  return { title, paragraphs, text: [title, ...paragraphs].filter(Boolean).join(' ') };
}
