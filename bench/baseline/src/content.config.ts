// The same article files the project builds from, read by Astro's glob loader with no schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articlesDir = process.env.BASELINE_ARTICLES_DIR;
if (!articlesDir) throw new Error('BASELINE_ARTICLES_DIR is not set (the folder of the article Markdown files)');

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: articlesDir }) }),
};
