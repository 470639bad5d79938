/** One article of the corpus while it is written, and what a reworded copy of it needs. */
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
}
