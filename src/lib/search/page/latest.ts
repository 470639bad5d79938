/**
 * The guard that drops a stale result: every search takes a ticket, and only
 * the holder of the newest ticket may touch the page. A slow search for `특`
 * that finishes after the reader typed `특구` is thrown away.
 */
export interface LatestGuard {
  /** A new ticket; every earlier one becomes stale. */
  next(): number;
  /** Whether `ticket` is still the newest. */
  isCurrent(ticket: number): boolean;
  /** The newest ticket handed out (0 before any). */
  readonly current: number;
}

export function createLatestGuard(): LatestGuard {
  let current = 0;
  return {
    next: () => ++current,
    isCurrent: (ticket) => ticket === current,
    get current() {
      return current;
    },
  };
}
