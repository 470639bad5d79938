/**
 * Seed text becomes Markdown only through mdast-util-to-markdown, which escapes
 * whatever would otherwise turn into structure (`#`, `*`, `[x](…)`, `<script>`,
 * `---`), so the page always shows the literal seed text.
 */
import type { Paragraph, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree);
}
