/**
 * Assigns one to three topics from the weighted keywords in content/topics.yaml.
 * Keywords in the headline or deck count double: they say what the story is about,
 * the body mostly says what it touches.
 */
import type { Topic } from '../editorial/schema';

export interface TopicText {
  heading: string;
  body: string;
}

export interface TopicClassifierOptions {
  /** A topic needs at least this score to be assigned. */
  minScore?: number;
  /** ...and at least this share of the best topic's score. */
  minShareOfBest?: number;
  maxTopics?: number;
  /** Repeats of one keyword stop adding weight after this many. */
  maxHitsPerKeyword?: number;
}

export interface TopicClassifier {
  classify(text: TopicText): string[];
  scores(text: TopicText): Map<string, number>;
}

function countOccurrences(haystack: string, needle: string, cap: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < cap; at = haystack.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}

export function createTopicClassifier(topics: readonly Topic[], options: TopicClassifierOptions = {}): TopicClassifier {
  const { minScore = 8, minShareOfBest = 0.3, maxTopics = 3, maxHitsPerKeyword = 4 } = options;
  const fallback = topics.find((t) => t.fallback);
  if (!fallback) throw new Error('topics: no fallback topic');
  const scored = topics.filter((t) => !t.fallback);

  const scores = ({ heading, body }: TopicText) => {
    const result = new Map<string, number>();
    for (const topic of scored) {
      let score = 0;
      for (const [keyword, weight] of Object.entries(topic.keywords)) {
        score += weight * 2 * countOccurrences(heading, keyword, maxHitsPerKeyword);
        score += weight * countOccurrences(body, keyword, maxHitsPerKeyword);
      }
      if (score > 0) result.set(topic.slug, score);
    }
    return result;
  };

  return {
    scores,
    classify(text) {
      // Stable order: score, then the taxonomy's own order.
      const ranked = [...scores(text).entries()]
        .map(([slug, score]) => ({ slug, score, order: scored.findIndex((t) => t.slug === slug) }))
        .sort((a, b) => b.score - a.score || a.order - b.order);
      const best = ranked[0]?.score ?? 0;
      const chosen = ranked
        .filter((r) => r.score >= minScore && r.score >= best * minShareOfBest)
        .slice(0, maxTopics)
        .map((r) => r.slug);
      return chosen.length > 0 ? chosen : [fallback.slug];
    },
  };
}
