/**
 * Loads the vocabulary shards a query needs and cuts its compound terms
 * (src/lib/search/vocabulary.ts). A short query loads nothing; a long term
 * loads the shard of its first two syllables, and only when no indexed word
 * starts with it, the shards of the places its pieces start at, one piece
 * after the other (`segmentTermLoading`).
 */
import { segmentTermLoading, shardsFor, vocabularyShard, VocabularyShard } from '../vocabulary';

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
      const cuts = new Map<string, string[] | null>();
      try {
        await load([...new Set(terms.flatMap((t) => shardsFor(t, shards, false)))]);
        for (const t of terms) {
          if (shardsFor(t, shards, false).length === 0) continue;
          cuts.set(t, await segmentTermLoading(t, hasPrefix, (start) => load([vocabularyShard(start, shards)]).then(() => undefined)));
        }
      } catch {
        return () => null;
      }
      return (term) => cuts.get(term) ?? null;
    },
  };
}
