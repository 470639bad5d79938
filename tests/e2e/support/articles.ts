/** Reads the article entries a test build's ingest wrote (`<content>/articles/*.md`). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '@/lib/article-schema';
import { parseEntry } from '@/lib/ingest/entry-files';

export interface ArticleFile {
  data: Article;
  /** The Markdown body as written. */
  body: string;
  file: string;
}

export function readArticles(contentDir: string): ArticleFile[] {
  const dir = path.join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const parsed = parseEntry(readFileSync(file, 'utf8'));
      return { data: parsed.data as unknown as Article, body: parsed.body, file };
    });
}

/** Collapses runs of whitespace (newlines between paragraphs included) to one space. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A query any search over the built pages must answer: two Hangul words of a
 * real headline, exactly as they are written there.
 */
export function headlineQuery(contentDir: string): { query: string; id: string } {
  const articles = readArticles(contentDir);
  const hangulWords = (title: string) => title.split(/\s+/).filter((w) => /^[가-힣]{2,}$/.test(w));
  const article =
    articles.find((a) => !a.data.titleDerived && hangulWords(a.data.title).length >= 2) ??
    articles.find((a) => hangulWords(a.data.title).length >= 1);
  if (!article) throw new Error(`no article in ${contentDir} has a headline with Hangul words to search for`);
  return { query: hangulWords(article.data.title).slice(0, 2).join(' '), id: article.data.id };
}
