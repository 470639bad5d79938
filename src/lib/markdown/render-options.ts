/**
 * How article Markdown is rendered (remark → rehype), shared by Astro's config
 * and the round-trip tests. Seed text is data: no typographic rewriting of
 * quotes and dashes (SmartyPants), and no GFM, whose autolinks would turn a URL
 * in a seed into a link and `~~x~~` into strike-through.
 */
export const articleMarkdownOptions = { gfm: false, smartypants: false } as const;
