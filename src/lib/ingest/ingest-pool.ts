/**
 * The ingest's worker threads, for large runs: they compose articles, score
 * similarity and write entries beside the main thread.
 *
 * Composing articles (splitting, summaries, figures, topics) is the bulk of an
 * ingest and each line is independent, so large runs spread it over worker
 * threads. Lines are handed over in batches while the seed files are still
 * being read: the workers start composing as soon as the run is large enough,
 * and the main thread joins in once reading is done. Workers and the main
 * thread take the next batch whenever they are free, so neither waits on the
 * other. Results come back in input order, so the output is the same as a
 * single-threaded run; a batch whose worker failed is composed inline.
 *
 * The same workers then score a share of the articles for related and
 * same-story detection (`findSimilar`), reading the similarity index from
 * shared memory, and serialise and write a share of the entries (`saveEntries`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, SourceRef } from '../article-schema';
import {
  assembleSimilarity,
  buildSimilarityIndex,
  scoreRange,
  type SimilarityInput,
  type SimilarityOptions,
  type SimilarityResult,
} from '../corpus/similar-articles';
import type { Editorial } from '../editorial/schema';
import { sharedKoreanAnalyzer, type SharedAnalyses } from '../korean/analyzer';
import { collectGarbage } from '../memory/collect-garbage';
import { composeArticle, createComposeContext, type ComposeContext, type ComposedArticle } from './compose-article';
import { saveEntry, type WriteOutcome } from './entry-files';

export interface ComposeItem {
  text: string;
  /**
   * Where the line occurs. The list may still grow after `add` (a repeat of
   * the line later in the input); the composed article gets the list as it
   * is when `finish` returns.
   */
  sources: SourceRef[];
}

/** From this many lines on, workers are started: below it, starting them costs more than it saves. */
const PARALLEL_FROM = 1500;
/** Lines per batch: small enough that no thread is left with a long tail at the end. */
const BATCH = 100;
/** Batches a worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

export interface IngestPoolOptions {
  threads?: number;
  /** Told when a worker failed; its batches and jobs are then done inline. */
  onWorkerFailure?: (error: unknown) => void;
  /** Another worker entry and more worker data (tests: a worker that fails on purpose). */
  worker?: { script: URL; data?: Record<string, unknown> };
}

interface WorkerSlot {
  worker: Worker;
  batches: Set<number>;
  alive: boolean;
  /** Analyses the other threads made that this worker has not been sent yet (dropped here once sent). */
  pendingAnalyses: SharedAnalyses[];
  /** A job in progress (scoring, saving): where its result goes, and what to do if the worker fails. */
  job?: { resolve: (value: never) => void; fallBack: () => void };
}

/** What a worker sends back (ingest-worker.ts). */
export type WorkerReply =
  | { kind: 'composed'; batch: number; articles: ComposedArticle[]; analyses: SharedAnalyses }
  | { kind: 'done'; value: unknown };

/** What the pool sends a worker to compose: the lines, and the analyses the other threads made since its last batch. */
export interface ComposeJob {
  kind: 'compose';
  batch: number;
  items: ComposeItem[];
  analyses: SharedAnalyses[];
}

/** An entry for `saveEntries`: its data, its Markdown body, and whether a file for it exists already. */
export interface EntryToSave {
  data: Article;
  body: string;
  exists: boolean;
}

export class IngestPool {
  private readonly items: ComposeItem[] = [];
  private readonly results: Array<ComposedArticle[] | undefined> = [];
  /** Sealed batches not yet taken by any thread, in order. */
  private readonly queue: number[] = [];
  private sealed = 0;
  private readonly slots: WorkerSlot[] = [];
  private readonly workerCount: number;
  private context: ComposeContext | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly editorial: Editorial,
    private readonly options: IngestPoolOptions = {},
  ) {
    const threads = options.threads ?? Math.min(availableParallelism(), 4);
    this.workerCount = Math.max(0, threads - 1);
  }

  /** Queues one line; large runs start composing it on a worker right away. */
  add(item: ComposeItem): void {
    this.items.push(item);
    if (this.items.length - this.sealed * BATCH === BATCH) this.seal();
    if (this.items.length === PARALLEL_FROM) this.startWorkers();
  }

  /** Every queued line composed, in the order added. The workers stay for `findSimilar`; `close` ends them. */
  async finish(): Promise<ComposedArticle[]> {
    if (this.items.length > this.sealed * BATCH) this.seal();
    for (;;) {
      // Batches no worker has taken (or a failed worker gave back), one at a time so
      // that the workers' results and requests for more come in between.
      while (this.queue.length > 0) {
        const batch = this.queue.shift()!;
        this.results[batch] = this.composeInline(batch);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!this.slots.some((slot) => slot.alive && slot.batches.size > 0)) break;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    await this.forgetAnalyses();
    const articles = this.results.flatMap((batch) => batch!);
    articles.forEach((article, i) => {
      article.text = this.items[i]!.text;
      article.data.sources = [...this.items[i]!.sources];
    });
    return articles;
  }

  /**
   * Related articles and same-story groups (corpus/similar-articles), with
   * each live worker scoring an equal share of the articles beside this thread.
   */
  async findSimilar(inputs: readonly SimilarityInput[], options: SimilarityOptions = {}): Promise<SimilarityResult> {
    const live = this.slots.filter((slot) => slot.alive);
    const index = buildSimilarityIndex(inputs, options, live.length > 0);
    const [mine, ...theirs] = shares(inputs.length, live.length + 1);
    const pending = live.map((slot, i) => {
      const [start, end] = theirs[i]!;
      return this.onWorker(slot, { kind: 'score', index, from: start, to: end, options }, () => scoreRange(index, start, end, options));
    });
    const own = scoreRange(index, ...mine, options);
    return assembleSimilarity(inputs, index, [own, ...(await Promise.all(pending))], options);
  }

  /**
   * Serialises and writes the entries (entry-files `saveEntry`; a dry run only
   * compares), each live worker taking an equal share. Outcomes in input order.
   */
  async saveEntries(dir: string, entries: readonly EntryToSave[], dryRun = false): Promise<WriteOutcome[]> {
    const live = this.slots.filter((slot) => slot.alive);
    const [mine, ...theirs] = shares(entries.length, live.length + 1);
    const save = (part: readonly EntryToSave[]) => part.map((e) => saveEntry(dir, e.data, e.body, e.exists, dryRun));
    const pending = live.map((slot, i) => {
      const part = entries.slice(...theirs[i]!);
      return this.onWorker(slot, { kind: 'save', dir, entries: part, dryRun }, () => save(part));
    });
    return [save(entries.slice(...mine)), ...(await Promise.all(pending))].flat();
  }

  /** Sends one job to a worker; if the worker fails, `inline` does it here instead. */
  private onWorker<T>(slot: WorkerSlot, job: object, inline: () => T): Promise<T> {
    // A worker that failed since the caller chose it.
    if (!slot.alive) return Promise.resolve().then(inline);
    return new Promise<T>((resolve) => {
      slot.job = { resolve: resolve as (value: never) => void, fallBack: () => resolve(inline()) };
      slot.worker.postMessage(job);
    });
  }

  /** Stops the workers (call it when done or giving up early, or the threads keep the process alive). */
  close(): void {
    for (const slot of this.slots) {
      slot.alive = false;
      void slot.worker.terminate();
    }
  }

  private seal(): void {
    this.queue.push(this.sealed++);
    this.feedWorkers();
  }

  private batchItems(batch: number): ComposeItem[] {
    return this.items.slice(batch * BATCH, (batch + 1) * BATCH);
  }

  private composeInline(batch: number): ComposedArticle[] {
    const context = this.composeContext();
    const articles = this.batchItems(batch).map((item) => composeArticle(item.text, item.sources, context));
    if (this.slots.length > 0) this.shareAnalyses(-1, sharedKoreanAnalyzer().takeAnalyses());
    return articles;
  }

  /** This thread's matchers; made before any analysis is taken in, since registering their user words clears the analyzer's cache. */
  private composeContext(): ComposeContext {
    return (this.context ??= createComposeContext(this.editorial));
  }

  /** A worker's new analyses: cached here, and queued for the other workers. */
  private takeAnalyses(from: number, shared: SharedAnalyses): void {
    if (shared.entries.length === 0) return;
    this.composeContext();
    sharedKoreanAnalyzer().addAnalyses(shared);
    this.shareAnalyses(from, shared);
  }

  /**
   * Queues one thread's new word analyses (`from`: its slot, -1 for this
   * thread) for every other worker. Each distinct word goes to the dictionary
   * once for the whole run, not once per thread, unless two threads meet it
   * before either has heard of the other's.
   */
  private shareAnalyses(from: number, shared: SharedAnalyses): void {
    if (shared.entries.length === 0) return;
    this.slots.forEach((slot, index) => {
      if (index !== from && slot.alive) slot.pendingAnalyses.push(shared);
    });
  }

  /** The analyses a worker has not had yet, other than its own; the pool keeps no copy. */
  private analysesFor(slot: WorkerSlot): SharedAnalyses[] {
    const out = slot.pendingAnalyses;
    slot.pendingAnalyses = [];
    return out;
  }

  /**
   * Composing is over: every thread drops its cached analyses and collects
   * its garbage (where the process allows it: `node --expose-gc`, as the
   * build runs ingest), so that relating and saving the articles start from
   * the memory the articles need, not that plus every word's analysis twice.
   */
  private async forgetAnalyses(): Promise<void> {
    sharedKoreanAnalyzer().forget();
    const live = this.slots.filter((slot) => slot.alive);
    for (const slot of live) slot.pendingAnalyses = [];
    await Promise.all(live.map((slot) => this.onWorker(slot, { kind: 'forget' }, () => undefined)));
    collectGarbage();
  }

  private startWorkers(): void {
    for (let i = 0; i < this.workerCount; i++) {
      let worker: Worker;
      try {
        worker = new Worker(this.options.worker?.script ?? new URL('./ingest-worker-boot.mjs', import.meta.url), {
          workerData: { ...this.options.worker?.data, editorial: this.editorial },
        });
      } catch (error) {
        this.options.onWorkerFailure?.(error);
        return;
      }
      const slot: WorkerSlot = { worker, batches: new Set(), alive: true, pendingAnalyses: [] };
      const index = this.slots.length;
      this.slots.push(slot);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'done') {
          const job = slot.job;
          slot.job = undefined;
          job?.resolve(reply.value as never);
          return;
        }
        this.results[reply.batch] = reply.articles;
        slot.batches.delete(reply.batch);
        this.takeAnalyses(index, reply.analyses);
        this.feedWorkers();
        this.wake?.();
      });
      const fail = (error: unknown) => {
        if (!slot.alive) return;
        slot.alive = false;
        this.options.onWorkerFailure?.(error);
        this.queue.unshift(...[...slot.batches].sort((a, b) => a - b));
        slot.batches.clear();
        const job = slot.job;
        slot.job = undefined;
        job?.fallBack();
        this.wake?.();
      };
      worker.on('error', fail);
      // Any exit not asked for by close() (which marks the slot first) is a failure, whatever the code.
      worker.on('exit', (code) => fail(new Error(`ingest worker exited with ${code}`)));
    }
    this.feedWorkers();
  }

  private feedWorkers(): void {
    this.slots.forEach((slot) => {
      while (slot.alive && slot.batches.size < IN_FLIGHT && this.queue.length > 0) {
        const batch = this.queue.shift()!;
        slot.batches.add(batch);
        const job: ComposeJob = { kind: 'compose', batch, items: this.batchItems(batch), analyses: this.analysesFor(slot) };
        slot.worker.postMessage(job);
      }
    });
  }
}

/** `count` items cut into `parts` consecutive ranges [from, to) of equal size (the last may be shorter or empty). */
function shares(count: number, parts: number): [[number, number], ...Array<[number, number]>] {
  const size = Math.ceil(count / parts);
  const range = (i: number): [number, number] => [Math.min(count, size * i), Math.min(count, size * (i + 1))];
  return [range(0), ...Array.from({ length: parts - 1 }, (_, i) => range(i + 1))];
}

/** All items at once (tests, callers that have every line already). */
export async function composeAll(items: readonly ComposeItem[], editorial: Editorial, options: IngestPoolOptions = {}): Promise<ComposedArticle[]> {
  const pool = new IngestPool(editorial, options);
  try {
    for (const item of items) pool.add(item);
    return await pool.finish();
  } finally {
    pool.close();
  }
}
