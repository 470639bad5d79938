/**
 * The site's own vocabulary, for cutting a compound query the text writes
 * another way (`재사용발사체` where the text says `재사용 발사체`,
 * `건식저장용기` for `건식저장 용기`) without shipping a dictionary.
 *
 * Built at index time from every Hangul word the index holds (the text's
 * words as Pagefind keys them, and the extra tokens). A word that begins
 * another stored word is left out: the segmenter only asks "does some
 * indexed word start with this?", which the longer word answers. The words
 * are spread over shards by their first two syllables, and the search page
 * loads only the shards of the places a long query can start a piece at —
 * nothing for short queries.
 *
 * Browser-safe: no Node imports.
 */

/** A query term must have this many syllables before it is looked up for cutting. */
export const MIN_SEGMENT_TERM = 4;
/** Pieces are at least two syllables long. */
const MIN_PIECE = 2;

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/**
 * The shard a word lives in: a hash of its first two characters (FNV-1a).
 * One character would not do: first syllables are very unevenly used
 * (`정`, `기`, `과` start a large share of all words).
 */
export function vocabularyShard(word: string, shards: number): number {
  let h = 0x811c9dc5;
  for (const ch of [...word].slice(0, MIN_PIECE)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return Math.floor(((h >>> 0) / 2 ** 32) * shards);
}

export interface VocabularyShards {
  shards: string[];
  /** Words stored over all shards (words that begin another stored word are left out). */
  words: number;
}

/**
 * Sorted, deduplicated Hangul words (two syllables or more), without the ones
 * that begin another stored word, spread over shards of about `targetBytes`
 * (before compression). One word per line.
 */
export function buildVocabularyShards(words: Iterable<string>, targetBytes = 12_000): VocabularyShards {
  const unique = [...new Set([...words].filter((w) => w.length >= MIN_PIECE && HANGUL_WORD.test(w)))].sort();
  const maximal = unique.filter((w, i) => !(unique[i + 1]?.startsWith(w) ?? false));
  const bytes = maximal.reduce((n, w) => n + w.length * 3 + 1, 0);
  const count = Math.max(1, Math.min(512, Math.ceil(bytes / targetBytes)));
  const lists: string[][] = Array.from({ length: count }, () => []);
  for (const w of maximal) lists[vocabularyShard(w, count)]!.push(w);
  return { shards: lists.map((l) => l.join('\n')), words: maximal.length };
}

/** A loaded shard: sorted words, searched by binary search. */
export class VocabularyShard {
  constructor(private readonly words: readonly string[]) {}
  /** Whether some stored word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.words.length && this.words[lo]!.startsWith(prefix);
  }
}

/** Answers "does an indexed word start with this?" from the shards loaded so far. */
export type PrefixLookup = (prefix: string) => boolean;

/**
 * The shards a term needs: the one of its first two syllables, and (to cut
 * it) those of every two syllables a piece could start with.
 */
export function shardsFor(term: string, shards: number, all: boolean): number[] {
  if (!HANGUL_WORD.test(term) || term.length < MIN_SEGMENT_TERM) return [];
  const starts = all ? [...term.slice(0, term.length - MIN_PIECE + 1)].map((_, i) => term.slice(i, i + MIN_PIECE)) : [term.slice(0, MIN_PIECE)];
  return [...new Set(starts.map((prefix) => vocabularyShard(prefix, shards)))];
}

/**
 * Cuts a Hangul term into the fewest pieces that each begin an indexed word
 * (`재사용발사체` → `재사용`, `발사체`). Returns null when the term needs no
 * cutting (an indexed word starts with it), when it is too short, or when no
 * cut covers it. Among cuts with as few pieces, the one with the longest
 * first piece wins (then the longest second, and so on).
 */
export function segmentTerm(term: string, hasPrefix: PrefixLookup): string[] | null {
  if (!HANGUL_WORD.test(term) || term.length < MIN_SEGMENT_TERM) return null;
  if (hasPrefix(term)) return null;
  const n = term.length;
  // best[i]: fewest pieces covering term[i..n), and the piece end for that.
  const best: { pieces: number; end: number }[] = new Array(n + 1);
  best[n] = { pieces: 0, end: n };
  for (let i = n - MIN_PIECE; i >= 0; i--) {
    for (let j = n; j >= i + MIN_PIECE; j--) {
      const rest = best[j];
      if (!rest) continue;
      if (j - i === n) continue; // the whole term is not a piece
      if (!hasPrefix(term.slice(i, j))) continue;
      const pieces = rest.pieces + 1;
      if (!best[i] || pieces < best[i]!.pieces) best[i] = { pieces, end: j };
    }
  }
  if (!best[0]) return null;
  const out: string[] = [];
  for (let i = 0; i < n; i = best[i]!.end) out.push(term.slice(i, best[i]!.end));
  return out;
}

/**
 * `segmentTerm` for the page, which loads vocabulary shards as it goes: the
 * longest piece at the start first, then the longest after it, and so on,
 * going back only when the rest cannot be cut. `need` loads the shard of the
 * two syllables a piece starts with before it is looked up, so a query loads
 * the shards of the places its pieces start at (two for `인공지능신용평가`),
 * not of every syllable. Same answer as `segmentTerm` when the longest first
 * piece leads to a cut with as few pieces, which is the usual case.
 */
export async function segmentTermLoading(
  term: string,
  hasPrefix: PrefixLookup,
  need: (start: string) => Promise<void>,
): Promise<string[] | null> {
  if (!HANGUL_WORD.test(term) || term.length < MIN_SEGMENT_TERM) return null;
  const n = term.length;
  const failed = new Set<number>();
  const cutFrom = async (i: number): Promise<string[] | null> => {
    if (i === n) return [];
    if (n - i < MIN_PIECE || failed.has(i)) return null;
    await need(term.slice(i, i + MIN_PIECE));
    for (let j = n; j >= i + MIN_PIECE; j--) {
      if (j - i === n) continue; // the whole term is not a piece
      if (!hasPrefix(term.slice(i, j))) continue;
      const rest = await cutFrom(j);
      if (rest) return [term.slice(i, j), ...rest];
    }
    failed.add(i);
    return null;
  };
  await need(term.slice(0, MIN_PIECE));
  if (hasPrefix(term)) return null;
  return cutFrom(0);
}
