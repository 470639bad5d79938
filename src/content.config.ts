import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { projectPaths } from './lib/project-paths';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: projectPaths().articlesDir }),
  schema: articleSchema,
});

export const collections = { articles };
