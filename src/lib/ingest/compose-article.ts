/**
 * One accepted line → one article entry (front matter + Markdown body).
 * Corpus-level fields (related, sameStory) are filled in later by the caller.
 */
import type { Article, SourceRef } from '../article-schema';
import { createTopicClassifier, type TopicClassifier } from '../corpus/classify-topics';
import type { DiscoveredOrganization } from '../corpus/discover-organizations';
import { createOrganizationMatcher, type OrganizationMatcher } from '../corpus/organizations';
import { termCounts, type TermCounts } from '../corpus/text-features';
import { paragraphsToMarkdown } from '../markdown/body-markdown';
import {
  extractDates,
  extractFigures,
  readingMinutes,
  splitArticle,
  summarize,
  toParagraphs,
} from '../parse/index';
import type { Correction, Editorial } from '../editorial/schema';
import { applyCorrection } from './apply-correction';
import { articleIdFor } from './article-id';

export interface ComposeContext {
  topics: TopicClassifier;
  organizations: OrganizationMatcher;
  /** Editor's corrections by article id. */
  corrections?: ReadonlyMap<string, Correction>;
}

export interface ComposedArticle {
  data: Article;
  body: string;
  /** The whole cleaned line, for corpus-level similarity. */
  text: string;
  /** Its term counts, counted here so that large runs count them on the ingest worker threads. */
  terms: TermCounts;
  /** Organisations named in the text that the directory does not list (for the report and the corpus pass). */
  discovered: DiscoveredOrganization[];
  /** For an article left in the fallback topic, its key nouns (the report proposes topics from them). */
  fallbackNouns: string[];
}

/** The matchers and corrections composing needs, built once per thread from the editorial data. */
export function createComposeContext(editorial: Editorial): ComposeContext {
  return {
    topics: createTopicClassifier(editorial.topics),
    organizations: createOrganizationMatcher(editorial.organizations, { ignore: editorial.ignoredOrganizations }),
    corrections: new Map((editorial.corrections ?? []).map((c) => [c.id, c])),
  };
}

export function editionOf(file: string): string {
  return file.replace(/\.txt$/i, '');
}

export function composeArticle(text: string, sources: SourceRef[], context: ComposeContext): ComposedArticle {
  const id = articleIdFor(text);
  const correction = context.corrections?.get(id);
  const parts = correction ? applyCorrection(text, splitArticle(text), correction) : splitArticle(text);
  const heading = [parts.titleDerived ? '' : parts.title, ...parts.deck].join(' ');
  const first = sources[0]!;
  // A byline names the outlet that filed the story, not an organisation the story is about.
  const organizations = context.organizations.analyse(parts.byline ? text.replace(parts.byline.text, ' ') : text);
  const topics = context.topics.classifyInDetail({ heading, body: parts.body });
  const data: Article = {
    id,
    title: parts.title,
    titleDerived: parts.titleDerived,
    deck: parts.deck,
    ...(parts.preface ? { preface: parts.preface } : {}),
    ...(parts.label ? { label: parts.label } : {}),
    ...(parts.byline ? { byline: parts.byline } : {}),
    summary: summarize(parts.body),
    topics: correction?.topics ?? topics.topics,
    organizations: correction?.organizations ?? organizations.names,
    figures: extractFigures(parts.body),
    dates: extractDates(parts.body),
    edition: editionOf(first.file),
    source: first,
    sources,
    truncated: parts.truncated,
    readingMinutes: readingMinutes(text),
    related: [],
    sameStory: [],
  };
  return { data, body: paragraphsToMarkdown(toParagraphs(parts.body)), text, terms: termCounts(text), discovered: organizations.discovered, fallbackNouns: topics.keyNouns };
}
