/**
 * Loads the vocabulary shards a query needs and cuts its compound terms
 * (src/lib/search/vocabulary.ts). A short query loads nothing; a long term
 * loads the shard of its first syllable, and only when no indexed word
 * starts with it, the shards of its other syllables too.
 */
import { segmentTerm, shardsFor, vocabularyShard, VocabularyShard } from '../vocabulary';

export type Segmenter = (term: string) => string[] | null;

export interface VocabularyLoader {
  /** A segmenter for the query's terms, after loading the shards they need; never throws (no cut on failure). */
  segmenterFor(terms: readonly string[]): Promise<Segmenter>;
}

export function createVocabularyLoader(fetchShard: (n: number) => Promise<string[]>, shards: number): VocabularyLoader {
  const loaded = new Map<number, VocabularyShard>();
  const pending = new Map<number, Promise<void>>();
  const load = (ids: readonly number[]) =>
    Promise.all(
      ids.map((id) => {
        if (loaded.has(id)) return undefined;
        let p = pending.get(id);
        if (!p) {
          p = fetchShard(id).then((words) => void loaded.set(id, new VocabularyShard(words)));
          p.catch(() => pending.delete(id));
          pending.set(id, p);
        }
        return p;
      }),
    );
  /** Unknown when the shard is not loaded: treated as known, so nothing is cut on a guess. */
  const hasPrefix = (prefix: string) => loaded.get(vocabularyShard(prefix, shards))?.hasPrefix(prefix) ?? true;
  return {
    async segmenterFor(terms) {
      try {
        await load([...new Set(terms.flatMap((t) => shardsFor(t, shards, false)))]);
        const unknown = terms.filter((t) => shardsFor(t, shards, false).length > 0 && !hasPrefix(t));
        await load([...new Set(unknown.flatMap((t) => shardsFor(t, shards, true)))]);
      } catch {
        return () => null;
      }
      return (term) => segmentTerm(term, hasPrefix);
    },
  };
}
