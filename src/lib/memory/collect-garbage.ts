/**
 * A full garbage collection that gives the freed memory back to the system,
 * where the process allows it (`node --expose-gc`, as the build runs its
 * ingest and search documents steps; in worker threads too); elsewhere
 * nothing. Called once a large piece of work is done, so its memory is
 * returned before the next one rather than piling up until V8 decides to
 * collect. A plain `gc()` frees the heap for reuse but keeps its pages: a
 * process that dropped 500 MB of objects still held 535 MB resident; the
 * `last-resort` collection (V8's "collect all available garbage", which
 * also shrinks the heap) brought it to 68 MB.
 */
type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

export function collectGarbage(): void {
  (globalThis as { gc?: Collect }).gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
