/** Worker side of ingest-pool: composes the batches it is sent with its own matchers, scores similarity ranges, saves entries. */
import { parentPort, workerData } from 'node:worker_threads';
import { scoreRange, type SimilarityIndex, type SimilarityOptions } from '../corpus/similar-articles';
import type { Editorial } from '../editorial/schema';
import { sharedKoreanAnalyzer } from '../korean/analyzer';
import { composeArticle, createComposeContext } from './compose-article';
import { collectGarbage } from '../memory/collect-garbage';
import type { ComposeJob, EntryToSave, WorkerReply } from './ingest-pool';
import { saveEntry } from './entry-files';

type Job =
  | { kind: 'forget' }
  | ComposeJob
  | { kind: 'score'; index: SimilarityIndex; from: number; to: number; options: SimilarityOptions }
  | { kind: 'save'; dir: string; entries: EntryToSave[]; dryRun: boolean };

const { editorial } = workerData as { editorial: Editorial };
const context = createComposeContext(editorial);
const analyzer = sharedKoreanAnalyzer();
const reply = (message: WorkerReply) => parentPort!.postMessage(message);
parentPort!.on('message', (job: Job) => {
  if (job.kind === 'compose') {
    // Words the other threads have analysed already are not sent to the dictionary again.
    for (const shared of job.analyses) analyzer.addAnalyses(shared);
    // The main thread has each line's text already: it is not sent back (ingest-pool puts it back).
    const articles = job.items.map((item) => ({ ...composeArticle(item.text, item.sources, context), text: '' }));
    reply({ kind: 'composed', batch: job.batch, articles, analyses: analyzer.takeAnalyses() });
  } else if (job.kind === 'forget') {
    // Composing is over (ingest-pool `forgetAnalyses`): the memory goes back before scoring and saving.
    analyzer.forget();
    collectGarbage();
    reply({ kind: 'done', value: undefined });
  } else if (job.kind === 'score') {
    reply({ kind: 'done', value: scoreRange(job.index, job.from, job.to, job.options) });
  } else {
    reply({ kind: 'done', value: job.entries.map((e) => saveEntry(job.dir, e.data, e.body, e.exists, job.dryRun)) });
  }
});
