/**
 * The splitter measured on the labelled seed (tests/fixtures/labelled): per-field
 * accuracy against the gold labels, printed, with floors. No rule is keyed to
 * these lines; the same measures are meant to hold on other files of the format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reassemble, splitArticle, type ArticleParts } from '@/lib/parse/split-article';

interface Gold {
  line: number;
  headline: string | null;
  deck?: string;
  seriesIntro?: string;
  byline?: string;
  bodyStartsWith: string;
}

const dir = new URL('../../fixtures/labelled/', import.meta.url);
const lines = readFileSync(new URL('101_e3a94c07b51d28f6.txt', dir), 'utf8').split('\n');
const gold = (JSON.parse(readFileSync(new URL('101_e3a94c07b51d28f6.gold.json', dir), 'utf8')) as { gold: Gold[] }).gold;

/** The headline as the gold labels write it: the bracket label included. */
function headline(parts: ArticleParts): string | null {
  return parts.titleDerived ? null : [parts.label, parts.title].filter(Boolean).join(' ');
}

const fields = {
  headline: (p: ArticleParts, g: Gold) => headline(p) === g.headline,
  'derived title': (p: ArticleParts, g: Gold) => (g.headline === null) === p.titleDerived,
  deck: (p: ArticleParts, g: Gold) => (p.deck.length > 0 ? p.deck.join(' ') : undefined) === g.deck,
  'series intro': (p: ArticleParts, g: Gold) => p.preface === g.seriesIntro,
  byline: (p: ArticleParts, g: Gold) => p.byline?.text === g.byline,
  'body start': (p: ArticleParts, g: Gold) => p.body.slice(0, g.bodyStartsWith.length) === g.bodyStartsWith,
  label: (p: ArticleParts, g: Gold) => (p.label !== undefined) === /^[[<〈【]/u.test(g.headline ?? ''),
} as const;

/** Floors, out of 30 lines. */
const floors: Record<keyof typeof fields, number> = {
  headline: 30,
  'derived title': 30,
  deck: 30,
  'series intro': 30,
  byline: 30,
  'body start': 30,
  label: 30,
};

describe('splitter on the labelled seed', () => {
  const parts = gold.map((g) => splitArticle(lines[g.line - 1] as string));

  it('keeps every character: the parts rejoin to the line', () => {
    gold.forEach((g, i) => expect(reassemble(parts[i] as ArticleParts)).toBe(lines[g.line - 1]));
  });

  it('reaches the per-field floors', () => {
    const scores = Object.entries(fields).map(([name, right]) => {
      const misses = gold.filter((g, i) => !right(parts[i] as ArticleParts, g)).map((g) => g.line);
      return { name: name as keyof typeof fields, right: gold.length - misses.length, misses };
    });
    console.log(
      ['splitter accuracy on 101_e3a94c07b51d28f6.txt:']
        .concat(scores.map((s) => `  ${s.name}: ${s.right}/${gold.length}${s.misses.length ? ` (lines ${s.misses.join(', ')})` : ''}`))
        .join('\n'),
    );
    for (const s of scores) expect(s.right, s.name).toBeGreaterThanOrEqual(floors[s.name]);
  });
});
