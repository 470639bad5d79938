/** Builders for test articles (schema-valid by construction). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEntry } from '@/lib/ingest/entry-files';
import { articleSchema, type Article } from '@/lib/article-schema';

let counter = 0;

/** A 12-hex-char id from a number. */
export function hexId(n: number): string {
  return n.toString(16).padStart(12, '0');
}

export function makeArticle(over: Partial<Article> = {}): Article {
  counter += 1;
  const edition = over.edition ?? '000_aaaaaaaaaaaaaaaa';
  const line = over.source?.line ?? counter;
  const base: Article = {
    id: hexId(counter + 0x100000),
    title: `기사 ${counter}`,
    titleDerived: false,
    deck: [],
    summary: `요약 ${counter}`,
    topics: ['general'],
    organizations: [],
    figures: [],
    dates: [],
    edition,
    source: { file: `${edition}.txt`, line },
    sources: [{ file: `${edition}.txt`, line }],
    truncated: true,
    readingMinutes: 1,
    related: [],
    sameStory: [],
  };
  return articleSchema.parse({ ...base, ...over });
}

export const fixtureDir = path.resolve(__dirname, '../../fixtures/site');

/** The fixture articles under tests/fixtures/site/articles, parsed through the schema. */
export function fixtureArticles(): Article[] {
  const dir = path.join(fixtureDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => articleSchema.parse(parseEntry(readFileSync(path.join(dir, f), 'utf8')).data));
}
