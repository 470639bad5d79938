/**
 * The benchmark's queries (queries.yaml) and their expected articles.
 *
 * Expected articles are named by a distinctive phrase from their text, never
 * by id, so the file survives changes to the id algorithm. At run time each
 * phrase is looked up in content/articles/*.md (title, deck, preface and
 * body as plain text) and becomes the article URL(s) containing it.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { markdownToText, readArticleEntries } from '../../src/lib/search/pages';
import { joinBase, routes } from '../../src/lib/site/urls';
import { describeIssues } from '../../src/lib/zod-issues';

export const CATEGORIES = {
  everyday: '일상어',
  particles: '조사·어미',
  compounds: '복합어 일부',
  spacing: '띄어쓰기 변형',
  synonyms: '동의어·별칭',
  'latin-numbers': '영문·숫자 섞임',
  precision: '낱말 전체 우선',
} as const;

export type Category = keyof typeof CATEGORIES;

const querySchema = z.object({
  q: z.string().min(1),
  category: z.enum(Object.keys(CATEGORIES) as [Category, ...Category[]]),
  /** Phrases from the expected article(s); each must occur in at least one article. */
  expect: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});

const fileSchema = z.object({ queries: z.array(querySchema).min(1) });

export type BenchQuery = z.infer<typeof querySchema>;

export interface ResolvedQuery extends BenchQuery {
  /** Site paths of the expected articles (`/articles/<id>/`, base not included). */
  expected: string[];
}

export function loadQueries(file: string): BenchQuery[] {
  const raw = parseYaml(readFileSync(file, 'utf8'));
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file}: ${describeIssues(parsed.error)}`);
  }
  return parsed.data.queries;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The article text a phrase is looked up in. */
export function articleTexts(articlesDir: string): { path: string; text: string }[] {
  return readArticleEntries(articlesDir).map(({ data, body }) => ({
    path: routes.article(data.id),
    text: squash([data.title, ...data.deck, data.preface ?? '', markdownToText(body)].join(' ')),
  }));
}

export function resolveQueries(queries: BenchQuery[], articlesDir: string): ResolvedQuery[] {
  const texts = articleTexts(articlesDir);
  const problems: string[] = [];
  const resolved = queries.map((query) => {
    const expected = new Set<string>();
    for (const phrase of query.expect) {
      const hits = texts.filter((t) => t.text.includes(squash(phrase)));
      if (hits.length === 0) problems.push(`"${query.q}": no article contains "${phrase}"`);
      for (const hit of hits) expected.add(hit.path);
    }
    return { ...query, expected: [...expected] };
  });
  if (problems.length) throw new Error(`queries.yaml does not match the articles:\n  ${problems.join('\n  ')}`);
  return resolved;
}

/** Site path of a result link (`/news/articles/x/#:~:text=…` → `/articles/x/`). */
export function sitePathOf(href: string, base: string): string {
  const url = new URL(href, 'http://x');
  const prefix = joinBase(base, '/');
  return url.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : url.pathname;
}
