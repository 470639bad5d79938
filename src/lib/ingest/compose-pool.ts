/**
 * Composing articles (splitting, summaries, figures, topics) is the bulk of an
 * ingest and each line is independent, so large runs spread it over worker
 * threads. Results come back in input order, so the output is the same as a
 * single-threaded run; if workers cannot start, the work is done inline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceRef } from '../article-schema';
import { createTopicClassifier } from '../corpus/classify-topics';
import { createOrganizationMatcher } from '../corpus/organizations';
import type { Editorial } from '../editorial/schema';
import { composeArticle, type ComposedArticle } from './compose-article';

export interface ComposeItem {
  text: string;
  sources: SourceRef[];
}

/** Below this many lines, starting workers costs more than it saves. */
const PARALLEL_FROM = 1500;

function composeInline(items: readonly ComposeItem[], editorial: Editorial): ComposedArticle[] {
  const context = {
    topics: createTopicClassifier(editorial.topics),
    organizations: createOrganizationMatcher(editorial.organizations),
  };
  return items.map((item) => composeArticle(item.text, item.sources, context));
}

function composeInWorker(items: ComposeItem[], editorial: Editorial): Promise<ComposedArticle[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compose-worker-boot.mjs', import.meta.url), { workerData: { editorial, items } });
    worker.once('message', (result: ComposedArticle[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`compose worker exited with ${code}`));
    });
  });
}

export interface ComposeOptions {
  threads?: number;
  /** Told when a worker failed and its share was composed inline instead. */
  onWorkerFailure?: (error: unknown) => void;
}

export async function composeAll(
  items: readonly ComposeItem[],
  editorial: Editorial,
  { threads = Math.min(availableParallelism(), 4), onWorkerFailure }: ComposeOptions = {},
): Promise<ComposedArticle[]> {
  if (items.length < PARALLEL_FROM || threads < 2) return composeInline(items, editorial);
  const size = Math.ceil(items.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => items.slice(i * size, (i + 1) * size));
  // The main thread takes the first share itself while the workers do the rest.
  const pending = chunks.slice(1).map((chunk) =>
    composeInWorker(chunk, editorial).catch((error: unknown) => {
      onWorkerFailure?.(error);
      return composeInline(chunk, editorial);
    }),
  );
  const first = composeInline(chunks[0]!, editorial);
  return [first, ...(await Promise.all(pending))].flat();
}
