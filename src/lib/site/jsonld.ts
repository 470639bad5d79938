/**
 * Structured data (schema.org JSON-LD). Seed text is untrusted: the serializer
 * escapes every character that could end the surrounding <script> element or
 * break a JavaScript parser, so the output is safe inside `set:html`.
 */

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON for a `<script type="application/ld+json">` element. */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error('JSON-LD data must be serializable');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function breadcrumbListLd(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute canonical URL (none when the site has no address). */
  url?: string;
  /** BCP 47 language of the text; default `ko`. */
  language?: string;
  /** Absolute URL of the share image. */
  image?: string;
  /** ISO date of the edition, when known. */
  datePublished?: string;
  sections: string[];
  keywords: string[];
  /** Names of organisations the article is about. */
  about: string[];
  publisherName: string;
  /** Absolute URL of the site's home. */
  publisherUrl?: string;
  /** The edition the article belongs to. */
  edition: { name: string; url?: string };
}

/** Google shows at most 110 characters of a headline. */
function headline(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 110 ? text : `${chars.slice(0, 109).join('')}…`;
}

export function newsArticleLd(input: NewsArticleInput) {
  const publisher = { '@type': 'Organization', name: input.publisherName, ...(input.publisherUrl ? { url: input.publisherUrl } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline(input.headline),
    description: input.description,
    ...(input.url ? { url: input.url, mainEntityOfPage: { '@type': 'WebPage', '@id': input.url } } : {}),
    ...(input.image ? { image: input.image } : {}),
    inLanguage: input.language ?? 'ko',
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.sections.length ? { articleSection: input.sections } : {}),
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.about.length ? { about: input.about.map((name) => ({ '@type': 'Organization', name })) } : {}),
    isPartOf: { '@type': 'CreativeWork', name: input.edition.name, ...(input.edition.url ? { url: input.edition.url } : {}) },
    publisher,
    author: publisher,
  };
}
