/**
 * The pages the search index covers: one per article entry
 * (content/articles/*.md) whose page the site build wrote
 * (`<outDir>/articles/<id>/index.html`), with the text the page shows in its
 * `data-pagefind-body` and the metadata the results list shows (title,
 * summary, topics, edition). The text comes from the entry, not from the
 * built HTML: the page only arranges it, and reading 10,000 pages back costs
 * time and memory the index step does not need. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { articleSchema, type Article } from '../article-schema';
import type { Editorial } from '../editorial/schema';
import { parseEntry } from '../ingest/entry-files';
import { describeIssues } from '../zod-issues';
import { readEditionMeta } from '../editorial/edition-sidecar';
import { buildSiteIndex } from '../site/site-index';
import type { EditionNaming } from '../site/settings';
import { joinBase, routes } from '../site/urls';

export interface SearchPage {
  id: string;
  /** Link target, base included (`/news/articles/0123456789ab/`). */
  url: string;
  /** Path of the built HTML file. */
  file: string;
  title: string;
  /** The text blocks under the title, in page order: deck lines, preface, body paragraphs. */
  paragraphs: string[];
  summary: string;
  topics: { slug: string; name: string }[];
  edition: {
    stem: string;
    /** What readers see (`1호` or the sidecar title). */
    label: string;
    /** 0 = oldest edition; larger is newer (the sort key). */
    order: number;
  };
  /**
   * The title and the paragraphs as plain text, one block per line: what
   * Pagefind indexes for the page and what the search tokens are computed from.
   */
  text: string;
}

/** The page's plain text: title, then one paragraph per line. */
export function pageText(title: string, paragraphs: readonly string[]): string {
  return [title, ...paragraphs].join('\n');
}

export interface ReadPagesOptions {
  articlesDir: string;
  outDir: string;
  seedsDir: string;
  editorial: Editorial;
  /** How editions are named (site.yaml `editions`), as on the pages. */
  editionNaming?: EditionNaming;
  /** Deploy base as given (`/`, `/news`, `/news/`). */
  base: string;
  /**
   * Fail when an entry's page is not in the built site (default true). Off
   * while the site is still being built; the index step checks afterwards
   * (`missingPages`).
   */
  requireBuiltPages?: boolean;
}

export interface ArticleEntry {
  data: Article;
  body: string;
  file: string;
}

/** Reads and validates every `content/articles/*.md` entry. */
export function readArticleEntries(articlesDir: string): ArticleEntry[] {
  if (!existsSync(articlesDir)) throw new Error(`${articlesDir}: no such folder (run the ingest step first)`);
  return readdirSync(articlesDir)
    .filter((name) => /^[0-9a-f]{12}\.md$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(articlesDir, name);
      const parsed = parseEntry(readFileSync(file, 'utf8'));
      const result = articleSchema.safeParse(parsed.data);
      if (!result.success) {
        throw new Error(`${file}: ${describeIssues(result.error)}`);
      }
      return { data: result.data, body: parsed.body, file };
    });
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Plain text of a Markdown body: text and inline code values, one block per line. */
export function markdownToText(markdown: string): string {
  return markdownBlocks(markdown).join('\n');
}

/** The text blocks of a Markdown body (paragraphs, headings, table cells, code). */
export function markdownBlocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as MdNode;
  const blocks: string[] = [];
  const inline = (node: MdNode): string =>
    node.value !== undefined && (node.type === 'text' || node.type === 'inlineCode')
      ? node.value
      : node.type === 'break'
        ? ' '
        : (node.children ?? []).map(inline).join('');
  const walk = (node: MdNode) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') blocks.push(inline(node));
    else if (node.type === 'code' && node.value) blocks.push(node.value);
    else for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return blocks;
}

/**
 * What a search page is made from, as the entry has it: the page less its
 * text blocks, with the deck, the preface and the Markdown body they come
 * from. Reading these is cheap; parsing the Markdown (`searchPageOf`) is not,
 * and the index step needs it only for the shards its cache lacks.
 */
export interface SearchSource extends Omit<SearchPage, 'paragraphs' | 'text'> {
  deck: string[];
  preface?: string;
  /** The entry's Markdown body. */
  body: string;
}

export function readSearchSources(options: ReadPagesOptions): SearchSource[] {
  const entries = readArticleEntries(options.articlesDir);
  const site = buildSiteIndex({
    articles: entries.map((e) => e.data),
    topics: options.editorial.topics,
    organizations: options.editorial.organizations,
    editionMeta: (stem) => readEditionMeta(options.seedsDir, stem),
    ...(options.editionNaming ? { editionNaming: options.editionNaming } : {}),
  });
  const editionCount = site.editions.length;
  const orderOf = new Map(site.editions.map((e, i) => [e.stem, editionCount - 1 - i]));
  const sources: SearchSource[] = [];
  for (const { data, body } of entries) {
    const sitePath = routes.article(data.id);
    const file = path.join(options.outDir, ...sitePath.split('/').filter(Boolean), 'index.html');
    const edition = site.editionByStem.get(data.edition)!;
    sources.push({
      id: data.id,
      url: joinBase(options.base, sitePath),
      file,
      title: data.title,
      deck: data.deck,
      ...(data.preface ? { preface: data.preface } : {}),
      body,
      summary: data.summary,
      topics: data.topics.map((slug) => ({ slug, name: site.topicBySlug.get(slug)?.name ?? slug })),
      edition: { stem: edition.stem, label: edition.label, order: orderOf.get(edition.stem) ?? 0 },
    });
  }
  if (options.requireBuiltPages !== false) assertBuilt(sources.map((p) => p.file));
  return sources;
}

/** The page a source makes: its text blocks parsed out of the Markdown. */
export function searchPageOf(source: SearchSource): SearchPage {
  const { id, url, file, title, deck, preface, body, summary, topics, edition } = source;
  const paragraphs = [...deck, ...(preface ? [preface] : []), ...markdownBlocks(body)].filter(Boolean);
  return { id, url, file, title, paragraphs, summary, topics, edition, text: pageText(title, paragraphs) };
}

export function readSearchPages(options: ReadPagesOptions): SearchPage[] {
  return readSearchSources(options).map(searchPageOf);
}

/** Throws when any of the built pages is missing (the site was not built, or not from these entries). */
export function assertBuilt(files: Iterable<string>): void {
  const missing: string[] = [];
  for (const file of files) if (!existsSync(file)) missing.push(file);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} article page(s) missing from the built site (run astro build first), e.g. ${missing.slice(0, 3).join(', ')}`,
    );
  }
}
