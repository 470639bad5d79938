import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { projectPaths } from './lib/project-paths';

const articles = defineCollection({
  // The raw Markdown is not kept in the data store: pages render it, nothing reads it (at 10,000
  // entries it would be megabytes more to serialise and load on every build).
  loader: glob({ pattern: '*.md', base: projectPaths().articlesDir, retainBody: false }),
  schema: articleSchema,
});

export const collections = { articles };
