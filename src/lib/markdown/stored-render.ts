/**
 * What the content data store keeps of a rendered article. Astro's Markdown
 * renderer copies the whole front matter into `rendered.metadata.frontmatter`
 * (for `remarkPluginFrontmatter`), next to the same values already in `data`.
 * No page reads that copy, yet it is a third of the store: at 50,000 articles
 * 66 of its 200 million characters, held in memory by every page-rendering
 * process and written into the build's data module. The rest of the entry
 * (HTML, headings, image paths) is kept as it is.
 */
export interface StoredEntry {
  id: string;
  rendered?: { html: string; metadata?: { frontmatter?: unknown; [key: string]: unknown } };
}

/** The entry without the front matter copy in its rendered metadata (the entry itself when it has none). */
export function withoutFrontmatterCopy<T extends StoredEntry>(entry: T): T {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}
