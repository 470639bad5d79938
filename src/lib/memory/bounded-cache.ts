/**
 * A memo table of bounded size that keeps what is used often.
 *
 * Two generations: new entries go into the young one; when it is full, it
 * becomes the old one and the previous old one is dropped. A hit in the old
 * generation moves the entry back into the young one. So a word that keeps
 * coming up (`밝혔다`, `과기정통부는`) stays cached however large the corpus,
 * a word seen once is forgotten after at most two generations, and the table
 * never holds more than twice `generation` entries. Clearing everything when
 * full (what a plain Map with a size check does) throws the frequent entries
 * away with the rare ones, and holding every entry lets memory grow with the
 * corpus.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {
    if (!(generation >= 1)) throw new Error(`BoundedCache: generation must be at least 1, not ${generation}`);
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined || this.young.has(key)) return value;
    if (!this.old.has(key)) return undefined;
    const kept = this.old.get(key) as V;
    this.old.delete(key);
    this.set(key, kept);
    return kept;
  }

  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  set(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    // An old copy would come back on a hit after this one aged out.
    this.old.delete(key);
  }

  /** Entries held (at most twice the generation size). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
