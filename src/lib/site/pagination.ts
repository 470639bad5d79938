/** Splitting lists into numbered pages and choosing which page links to show. */

export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  /** Position of the first item in the whole list (0-based). */
  start: number;
}

/** Always at least one (possibly empty) page, so a list route never disappears. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer: ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}

export type PageLink = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

/**
 * Page numbers to link: always the first and last, the current page and
 * `radius` on either side, with gaps where numbers are skipped.
 * `pageLinks(6, 12)` → 1 … 4 5 [6] 7 8 … 12.
 */
export function pageLinks(current: number, total: number, radius = 2): PageLink[] {
  const show = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) show.add(n);
  const numbers = [...show].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  const out: PageLink[] = [];
  let last = 0;
  for (const n of numbers) {
    if (n - last === 2) out.push({ kind: 'page', number: n - 1, current: n - 1 === current });
    else if (n - last > 2) out.push({ kind: 'gap' });
    out.push({ kind: 'page', number: n, current: n === current });
    last = n;
  }
  return out;
}
