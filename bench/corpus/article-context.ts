/** One article of the corpus while it is written, and what a reworded copy of it needs. */
import { DECKS, DOMAIN_NOUNS, FACTS, HEADLINES, PREFACES, QUOTES } from './invented-phrases';
import type { Rng } from './prng';

export interface ArticleRecord {
  file: string;
  line: number;
  topic: string;
  orgs: Map<string, string>;
  sentences: string[];
}

export interface ArticleContext {
  rng: Rng;
  topic: string;
  topicKeywords: readonly string[];
  /** Canonical organisation name → how this article names it. */
  orgs: Map<string, string>;
  /** Keyword of another topic → this article's keyword for it (or itself, when kept). */
  keywords: Map<string, string>;
  slots: Map<string, string>;
  phrases: Phrases;
}

/** The generator's own phrase lists, less the ones `avoidPhrase` rules out. */
export interface Phrases {
  headlines: readonly string[];
  quotes: readonly string[];
  decks: readonly string[];
  prefaces: readonly string[];
  facts: readonly string[];
  domainNouns: readonly string[];
  /** Whether a made-up name must be drawn again (`avoidPhrase`). */
  avoid: (phrase: string) => boolean;
}

export function phraseLists(avoid: ((phrase: string) => boolean) | undefined): Phrases {
  const keep = (name: string, list: readonly string[]) => {
    const kept = avoid ? list.filter((p) => !avoid(p)) : list;
    if (kept.length === 0) throw new Error(`avoidPhrase rules out every ${name} phrase`);
    return kept;
  };
  return {
    headlines: keep('headline', HEADLINES),
    quotes: keep('quote', QUOTES),
    decks: keep('subhead', DECKS),
    prefaces: keep('introduction', PREFACES),
    facts: keep('fact', FACTS),
    domainNouns: keep('beat noun', DOMAIN_NOUNS),
    avoid: avoid ?? (() => false),
  };
}
