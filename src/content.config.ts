import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';
import { projectPaths } from './lib/project-paths';
import { withoutFrontmatterCopy } from './lib/markdown/stored-render';

// The raw Markdown is not kept in the data store: pages render it, nothing reads it (at 10,000
// entries it would be megabytes more to serialise and load on every build).
const articleFiles = glob({ pattern: '*.md', base: projectPaths().articlesDir, retainBody: false });

/** The glob loader, storing each entry without the front matter copy in its rendered metadata (src/lib/markdown/stored-render.ts). */
const articleLoader: Loader = {
  name: 'article-files',
  load: (context) => articleFiles.load({ ...context, store: { ...context.store, set: (entry) => context.store.set(withoutFrontmatterCopy(entry)) } }),
};

const articles = defineCollection({ loader: articleLoader, schema: articleSchema });

export const collections = { articles };
